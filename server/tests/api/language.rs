use crate::helpers::{browser, location, set_cookie, spawn_app};
use reqwest::header;

async fn page(
    app: &crate::helpers::TestApp,
    accept_language: Option<&str>,
    cookie: Option<&str>,
) -> String {
    let mut request = browser().get(app.url("/"));
    if let Some(value) = accept_language {
        request = request.header(header::ACCEPT_LANGUAGE, value);
    }
    if let Some(value) = cookie {
        request = request.header(header::COOKIE, value);
    }
    request.send().await.unwrap().text().await.unwrap()
}

#[tokio::test]
async fn english_without_preferences() {
    let app = spawn_app().await;
    let body = page(&app, None, None).await;
    assert!(body.contains("<html lang=\"en\" dir=\"ltr\""), "{body}");
    assert!(body.contains("Sign in to your account"));
}

#[tokio::test]
async fn accept_language_with_weights() {
    let app = spawn_app().await;
    let body = page(&app, Some("fr-FR,fr;q=0.9,it;q=0.8,en;q=0.5"), None).await;
    assert!(body.contains("<html lang=\"it\" dir=\"ltr\""), "{body}");
    assert!(body.contains("Accedi al tuo account"));
    let body = page(&app, Some("it;q=0.2,en;q=0.7"), None).await;
    assert!(body.contains("<html lang=\"en\""));
}

#[tokio::test]
async fn explicit_choice_beats_accept_language() {
    let app = spawn_app().await;
    let body = page(&app, Some("en-US"), Some("sspr_lang=it")).await;
    assert!(body.contains("<html lang=\"it\""));
}

#[tokio::test]
async fn picker_sets_a_lasting_cookie_and_returns_to_the_page() {
    let app = spawn_app().await;
    let client = browser();
    let response = app
        .post_form(&client, "/api/set_language", &[("lang", "it"), ("return_to", "/reset")])
        .await;
    assert_eq!(location(&response).as_deref(), Some("/reset"));
    let cookie = set_cookie(&response, "sspr_lang").unwrap();
    assert!(cookie.starts_with("sspr_lang=it;"), "{cookie}");
    assert!(cookie.contains("Max-Age=31536000"), "{cookie}");
    let body = app.page_in(&client, "/reset", "en").await;
    assert!(body.contains("<html lang=\"it\""), "{body}");
}

#[tokio::test]
async fn picker_is_not_an_open_redirect() {
    let app = spawn_app().await;
    for target in ["//evil.example/", "https://evil.example/", "/\\evil.example"] {
        let response = app
            .post_form(&browser(), "/api/set_language", &[("lang", "en"), ("return_to", target)])
            .await;
        assert_eq!(location(&response).as_deref(), Some("/"), "{target}");
    }
}

#[tokio::test]
async fn picker_lists_each_language_in_itself() {
    let app = spawn_app().await;
    let body = page(&app, Some("it"), None).await;
    assert!(body.contains(">English</option>"), "{body}");
    assert!(body.contains(">Italiano</option>"), "{body}");
    assert!(body.contains("<label for=\"language-select\">Lingua</label>"), "{body}");
}
