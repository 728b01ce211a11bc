//! Two instances on one PostgreSQL database: what one publishes, the
//! other shows within five seconds, without a restart.

use super::*;
use crate::helpers::{test_settings, Options, TestClock};
use crate::test_store::fresh_postgres_database;
use secrecy::SecretString;
use sspr::{db, startup::Application};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// An in-process server on the database at `url`.
async fn instance(url: &str, dir: &std::path::Path) -> String {
    let mut settings = test_settings(dir, &Options::default());
    settings.database_url = Some(SecretString::from(url.to_owned()).try_into().unwrap());
    let app =
        Application::build_with(&settings, Arc::new(TestClock::default()), None).await.unwrap();
    let port = app.port();
    tokio::spawn(app.run_until(std::future::pending()));
    format!("http://127.0.0.1:{port}")
}

#[tokio::test]
async fn a_publication_on_one_instance_shows_on_the_other_within_five_seconds() {
    let Some(url) = fresh_postgres_database().await else { return };
    let (dir_a, dir_b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let a = instance(&url, dir_a.path()).await;
    let b = instance(&url, dir_b.path()).await;
    let store = SqlStore::new(db::connect(&url).await.unwrap());
    add(&store, DESIGNER, &[Role::BrandingAdministrator]).await;

    let designer = browser();
    let signed = designer
        .post(format!("{a}/api/sign_in"))
        .header(header::ACCEPT, "text/html")
        .form(&[("username", DESIGNER), ("password", PASSWORD)])
        .send()
        .await
        .unwrap();
    assert!(signed.status().is_redirection());
    let post = |path: &'static str, form: Vec<(&'static str, &'static str)>| {
        designer
            .post(format!("{a}{path}"))
            .header(header::ACCEPT, "text/html")
            .header("sec-fetch-site", "same-origin")
            .form(&form)
            .send()
    };
    let form = vec![("layer", ""), ("sign-in-text", "Welcome to Contoso's portal")];
    assert!(post("/admin/branding/save", form).await.unwrap().status().is_redirection());
    let visitor = browser();
    let shows = || async {
        let html = visitor.get(format!("{b}/")).send().await.unwrap().text().await.unwrap();
        html.contains("Welcome to Contoso&#x27;s portal")
            || html.contains("Welcome to Contoso's portal")
    };
    assert!(!shows().await, "a draft is not live anywhere");
    let published = Instant::now();
    assert!(post("/admin/branding/publish", vec![]).await.unwrap().status().is_redirection());
    while !shows().await {
        assert!(published.elapsed() < Duration::from_secs(5), "b still shows the old look");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    println!("b showed the publication after {:?}", published.elapsed());
}
