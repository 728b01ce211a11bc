//! Several servers in one process, as this suite runs them: a server
//! starting must not hold back the pages another one is rendering.

use crate::helpers::spawn_app;
use reqwest::{Client, StatusCode};
use std::{
    sync::{
        atomic::{AtomicBool, Ordering},
        Arc,
    },
    time::Duration,
};

/// How many other servers start while pages are being loaded.
const STARTS: usize = 20;

#[tokio::test]
async fn a_server_starting_does_not_stall_pages_another_one_renders() {
    let app = spawn_app().await;
    // A page that waits for data before it is sent; it takes milliseconds,
    // so a few seconds without an answer means it would never come.
    let client = Client::builder().timeout(Duration::from_secs(15)).build().unwrap();
    let done = Arc::new(AtomicBool::new(false));
    // The other servers start on their own runtime and thread, as in
    // another test.
    let starter = std::thread::spawn({
        let done = done.clone();
        move || {
            let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build();
            runtime.unwrap().block_on(async {
                for _ in 0..STARTS {
                    drop(spawn_app().await);
                }
            });
            done.store(true, Ordering::SeqCst);
        }
    });
    let mut pages = 0;
    while !done.load(Ordering::SeqCst) {
        let response = client.get(app.url("/reset")).send().await;
        let response = response.unwrap_or_else(|e| panic!("page {pages} never came: {e}"));
        assert_eq!(response.status(), StatusCode::OK);
        pages += 1;
    }
    starter.join().unwrap();
    assert!(pages > 0);
}
