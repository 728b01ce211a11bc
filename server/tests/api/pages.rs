use crate::helpers::{assert_security_headers, browser, spawn_app};
use reqwest::StatusCode;

#[tokio::test]
async fn sign_in_page_has_labelled_fields_and_the_reset_link() {
    let app = spawn_app().await;
    let body = browser().get(app.url("/")).send().await.unwrap().text().await.unwrap();
    assert!(body.contains("<label for=\"username\">User name</label>"), "{body}");
    assert!(body.contains("<label for=\"password\">Password</label>"), "{body}");
    assert!(body.contains("href=\"/reset\""));
    assert!(
        body.contains("Can&#x27;t access your account?")
            || body.contains("Can't access your account?")
    );
    // The show-password toggle needs script: it is not in the server HTML.
    assert!(!body.contains("password-toggle"), "{body}");
}

#[tokio::test]
async fn reset_page_says_what_comes_next() {
    let app = spawn_app().await;
    let response = browser().get(app.url("/reset")).send().await.unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    let body = response.text().await.unwrap();
    assert!(body.contains("Get back into your account"), "{body}");
}

#[tokio::test]
async fn unknown_paths_are_a_localized_404() {
    let app = spawn_app().await;
    let response = browser()
        .get(app.url("/no/such/page"))
        .header(reqwest::header::ACCEPT_LANGUAGE, "it")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
    assert_security_headers(&response);
    assert!(response.text().await.unwrap().contains("Non abbiamo trovato questa pagina."));
}
