//! The guessing limits on sign-in and on entering the password again.

use crate::helpers::{
    browser, browser_from, location, spawn_app, spawn_app_with, Options, TestApp, PASSWORD,
};
use app::domain::sign_in_throttle::{GUESSES_PER_ADDRESS, GUESSES_PER_BURST, GUESSES_PER_DAY};
use app::services::Clock;
use reqwest::Client;
use std::time::Duration;

const ADA: &str = "ada@contoso.example";
const PAUSED: &str = "sign-in is paused until";

/// Signs in without script; the message the form then shows, or `None`
/// when the user got in.
async fn try_sign_in(app: &TestApp, client: &Client, user: &str, password: &str) -> Option<String> {
    let response = app.sign_in(client, user, password).await;
    if location(&response).as_deref() != Some("/") {
        return None;
    }
    let page = app.page_in(client, "/", "en").await.replace(['\u{2068}', '\u{2069}'], "");
    let start = page.find("id=\"sign-in-error\"").expect("the form");
    Some(page[start..].split("</div>").next().unwrap_or_default().to_owned())
}

async fn miss(app: &TestApp, user: &str, times: u32) {
    for _ in 0..times {
        let shown = try_sign_in(app, &browser(), user, "not-the-password").await.unwrap();
        assert!(shown.contains("is incorrect"), "{shown}");
    }
}

#[tokio::test]
async fn a_burst_of_misses_pauses_the_name_even_for_the_right_password_known_or_not() {
    let app = spawn_app().await;
    app.add_user(ADA, "Ada Lovelace", true).await;
    let mut shown = Vec::new();
    for user in [ADA, "nobody@contoso.example"] {
        let first = app.clock.unix_seconds();
        miss(&app, user, GUESSES_PER_BURST).await;
        let last = app.clock.unix_seconds();
        let refused = try_sign_in(&app, &browser(), user, PASSWORD).await.expect("refused");
        assert!(refused.contains(PAUSED) && refused.contains("GMT"), "{refused}");
        // Fifteen minutes after the first miss, to the minute, as English
        // writes it. The two bursts may start in different minutes: the
        // rest must be equal.
        let english = app::i18n::I18n::new(app::i18n::Lang::En);
        let until = (first / 60..=last / 60)
            .map(|minute| english.instant(minute * 60 + 15 * 60))
            .find(|until| refused.contains(until.as_str()))
            .unwrap_or_else(|| panic!("no end between {first} and {last} in {refused}"));
        shown.push(refused.replace(&until, "UNTIL"));
    }
    assert_eq!(shown[0], shown[1], "a pause says nothing about whether the account exists");
    // Another account is not affected; the paused one is again later.
    app.add_user("grace@contoso.example", "Grace Hopper", true).await;
    assert_eq!(try_sign_in(&app, &browser(), "grace@contoso.example", PASSWORD).await, None);
    app.clock.advance(Duration::from_secs(15 * 60 + 1));
    assert_eq!(try_sign_in(&app, &browser(), ADA, PASSWORD).await, None);
}

#[tokio::test]
async fn the_right_password_ends_the_misses_in_a_row() {
    let app = spawn_app().await;
    app.add_user(ADA, "Ada Lovelace", true).await;
    miss(&app, ADA, GUESSES_PER_BURST - 1).await;
    assert_eq!(try_sign_in(&app, &browser(), ADA, PASSWORD).await, None);
    miss(&app, ADA, GUESSES_PER_BURST - 1).await;
    assert_eq!(try_sign_in(&app, &browser(), ADA, PASSWORD).await, None);
}

#[tokio::test]
async fn a_hundred_misses_pause_the_name_for_a_day() {
    let app = spawn_app().await;
    app.add_user(ADA, "Ada Lovelace", true).await;
    for _ in 0..GUESSES_PER_DAY / GUESSES_PER_BURST {
        miss(&app, ADA, GUESSES_PER_BURST).await;
        app.clock.advance(Duration::from_secs(15 * 60 + 1));
    }
    let refused = try_sign_in(&app, &browser(), ADA, PASSWORD).await.expect("refused");
    assert!(refused.contains(PAUSED), "{refused}");
    app.clock.advance(Duration::from_secs(24 * 60 * 60));
    assert_eq!(try_sign_in(&app, &browser(), ADA, PASSWORD).await, None);
}

#[tokio::test]
async fn a_network_with_too_many_misses_is_paused_for_every_name() {
    let options =
        Options { trusted_proxies: vec!["127.0.0.1/32".parse().unwrap()], ..Options::default() };
    let app = spawn_app_with(options).await;
    app.add_user(ADA, "Ada Lovelace", true).await;
    let from = browser_from("198.51.100.7");
    for i in 0..GUESSES_PER_ADDRESS {
        let user = format!("guess-{}@contoso.example", i % 20);
        let shown = try_sign_in(&app, &from, &user, "not-the-password").await.unwrap();
        assert!(shown.contains("is incorrect"), "{shown}");
    }
    let refused = try_sign_in(&app, &from, ADA, PASSWORD).await.expect("refused");
    assert!(refused.contains("too many failed sign-ins from your network"), "{refused}");
    let elsewhere = browser_from("198.51.100.8");
    assert_eq!(try_sign_in(&app, &elsewhere, ADA, PASSWORD).await, None);
}

#[tokio::test]
async fn entering_the_password_again_is_limited_too() {
    let app = spawn_app().await;
    app.add_user(ADA, "Ada Lovelace", true).await;
    let client = browser();
    assert_eq!(try_sign_in(&app, &client, ADA, PASSWORD).await, None);
    let reauth = |password: &'static str| {
        let (app, client) = (&app, &client);
        async move {
            let response =
                app.post_form(client, "/api/reauthenticate", &[("password", password)]).await;
            location(&response).unwrap()
        }
    };
    for _ in 0..GUESSES_PER_BURST {
        assert_eq!(reauth("not-the-password").await, "/security-info/verify?error=password");
    }
    assert_eq!(reauth(PASSWORD).await, "/security-info/verify?error=paused");
    let audit = app.store.recent_audit(50).await.unwrap();
    let misses = audit.iter().filter(|e| e.action == "reauthentication").count();
    assert_eq!(misses, GUESSES_PER_BURST as usize, "each checked password, not the refused one");
    let page = app.page_in(&client, "/security-info/verify?error=paused", "en").await;
    assert!(page.contains("too many wrong passwords"), "{page}");
}

#[tokio::test]
async fn a_paused_name_answers_a_script_429_with_when_to_retry() {
    use app::api::SignInError;
    use reqwest::{header, StatusCode};
    use std::time::UNIX_EPOCH;

    let app = spawn_app().await;
    app.add_user(ADA, "Ada Lovelace", true).await;
    miss(&app, ADA, GUESSES_PER_BURST).await;
    let form = [("username", ADA), ("password", PASSWORD)];
    let response = app.call(&browser(), "/api/sign_in", &form).await;
    assert_eq!(response.status(), StatusCode::TOO_MANY_REQUESTS);
    crate::helpers::assert_security_headers(&response);
    let retry_after = response.headers()[header::RETRY_AFTER].to_str().unwrap().to_owned();
    let SignInError::Paused { until, until_text } = response.json().await.unwrap() else {
        panic!("not paused");
    };
    // The page's language (English here) writes the end out, in UTC.
    assert!(until_text.contains("GMT") && until_text.contains(" 20"), "{until_text}");
    let until = UNIX_EPOCH + Duration::from_secs(until.try_into().unwrap());
    assert_eq!(retry_after, httpdate::fmt_http_date(until));
}
