use crate::helpers::{browser, spawn_app, spawn_app_with, Options};
use app::services::{Channel, OutboxMessage};
use reqwest::{header, StatusCode};

#[tokio::test]
async fn the_outbox_page_does_not_exist_outside_demo_mode() {
    let app = spawn_app().await;
    let response = browser().get(app.url("/dev/outbox")).send().await.unwrap();
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
    let body = response.text().await.unwrap();
    assert!(
        body.contains("We couldn&#x27;t find that page.")
            || body.contains("We couldn't find that page."),
        "{body}"
    );
    assert!(!body.contains("demo-banner") && !body.contains("Demo outbox"), "{body}");
}

#[tokio::test]
async fn in_demo_mode_the_outbox_page_lists_messages_under_the_banner() {
    let app = spawn_app_with(Options { demo: true, ..Options::default() }).await;
    let message = |n: i64, channel, body: &str| OutboxMessage {
        created_at: 1_790_000_000 + n,
        channel,
        recipient: "+393471234567".to_owned(),
        subject: format!("Oggetto {n}"),
        body: body.to_owned(),
    };
    app.store.append_outbox(&message(0, Channel::Sms, "Il codice è 482913")).await.unwrap();
    app.store
        .append_outbox(&message(1, Channel::Email, "<script>alert(1)</script> codice 771204"))
        .await
        .unwrap();

    let response = browser().get(app.url("/dev/outbox")).send().await.unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    let body = response.text().await.unwrap();
    assert!(body.contains("class=\"demo-banner\""), "{body}");
    assert!(body.contains("This page exists only in demonstration mode."), "{body}");
    assert!(body.contains("Messages are not really sent"), "{body}");
    for expected in [
        "Il codice è 482913",
        "+393471234567",
        "Oggetto 0",
        "Text message",
        "<time datetime=\"2026-09-21T14:13:20Z\">2026-09-21 14:13:20 UTC</time>",
    ] {
        assert!(body.contains(expected), "{expected} missing: {body}");
    }
    // Newest first, and a body is text, never markup.
    assert!(body.find("771204").unwrap() < body.find("482913").unwrap());
    assert!(body.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "{body}");
    assert!(!body.contains("<script>alert(1)"), "{body}");

    let italian = browser()
        .get(app.url("/dev/outbox"))
        .header(header::ACCEPT_LANGUAGE, "it")
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(italian.contains("Questa pagina esiste solo in modalità dimostrativa."), "{italian}");
}

#[tokio::test]
async fn an_empty_demo_outbox_says_so() {
    let app = spawn_app_with(Options { demo: true, ..Options::default() }).await;
    let body = browser().get(app.url("/dev/outbox")).send().await.unwrap().text().await.unwrap();
    assert!(body.contains("class=\"demo-banner\"") && body.contains("No messages yet."), "{body}");
}
