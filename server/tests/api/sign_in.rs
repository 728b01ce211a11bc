use crate::helpers::{
    assert_security_headers, browser, location, set_cookie, spawn_app, spawn_app_with, Options,
    PASSWORD,
};
use app::api::SignInError;
use reqwest::{header, StatusCode};
use std::time::Duration;

#[tokio::test]
async fn plain_form_sign_in_sets_a_session_and_lands_on_account() {
    let app = spawn_app().await;
    app.add_user("ada@contoso.example", "Ada Lovelace", true).await;
    let client = browser();

    let response = app.sign_in(&client, "Ada@Contoso.example", PASSWORD).await;
    assert_eq!(response.status(), StatusCode::FOUND);
    assert_eq!(location(&response).as_deref(), Some("/account"));
    let cookie = set_cookie(&response, "sspr_session").expect("session cookie");
    assert!(cookie.contains("HttpOnly"), "{cookie}");
    assert!(cookie.contains("SameSite=Lax"), "{cookie}");
    assert!(cookie.contains("Path=/"), "{cookie}");
    // Plain HTTP on loopback: browsers would drop a Secure cookie.
    assert!(!cookie.contains("Secure"), "{cookie}");

    let account = client.get(app.url("/account")).send().await.unwrap();
    assert_eq!(account.status(), StatusCode::OK);
    let body = account.text().await.unwrap();
    assert!(body.contains("Ada Lovelace"), "{body}");
    assert!(body.contains("Sign out"));
}

#[tokio::test]
async fn every_sign_in_gets_a_fresh_session() {
    let app = spawn_app().await;
    app.add_user("ada@contoso.example", "Ada Lovelace", true).await;
    let client = browser();
    let first = app.sign_in(&client, "ada@contoso.example", PASSWORD).await;
    let first = set_cookie(&first, "sspr_session").unwrap();
    let second = app.sign_in(&client, "ada@contoso.example", PASSWORD).await;
    assert_ne!(Some(first.clone()), set_cookie(&second, "sspr_session"));
    // The session the browser presented is over; only the new one lives.
    assert_eq!(app.session_count().await, 1);
    let old_token = first.split(';').next().unwrap().to_owned();
    let replay =
        browser().get(app.url("/account")).header(header::COOKIE, old_token).send().await.unwrap();
    assert_eq!(replay.status(), StatusCode::FOUND);
}

#[tokio::test]
async fn wrong_unknown_and_disabled_look_the_same() {
    let app = spawn_app().await;
    app.add_user("ada@contoso.example", "Ada Lovelace", true).await;
    app.add_user("ken@contoso.example", "Ken Thompson", false).await;

    let mut flashes = Vec::new();
    for (user, password) in [
        ("ada@contoso.example", "not-the-password"),
        ("nobody@contoso.example", PASSWORD),
        ("ken@contoso.example", PASSWORD),
    ] {
        let client = browser();
        let response = app.sign_in(&client, user, password).await;
        assert_eq!(response.status(), StatusCode::FOUND, "{user}");
        assert_eq!(location(&response).as_deref(), Some("/"), "{user}");
        assert!(set_cookie(&response, "sspr_session").is_none(), "{user}");
        let flash = set_cookie(&response, "sspr_sign_in_flash").expect("flash");
        flashes.push(flash.replace(&user.replace('@', "%40"), "USER"));

        // Back on the form: one message, the user name kept, the password not.
        let page = client.get(app.url("/")).send().await.unwrap();
        let cleared = set_cookie(&page, "sspr_sign_in_flash").expect("flash cleared");
        assert!(cleared.contains("Max-Age=0"), "{cleared}");
        let body = page.text().await.unwrap();
        assert!(body.contains("Your user name or password is incorrect"), "{body}");
        assert!(body.contains(&format!("value=\"{user}\"")), "{body}");
        assert!(!body.contains(password));
    }
    assert_eq!(app.session_count().await, 0);
    assert!(flashes.windows(2).all(|w| w[0] == w[1]), "{flashes:?}");
}

#[tokio::test]
async fn empty_fields_get_their_own_messages() {
    let app = spawn_app().await;
    let client = browser();
    app.sign_in(&client, "  ", "x").await;
    let body = client.get(app.url("/")).send().await.unwrap().text().await.unwrap();
    assert!(body.contains("Enter your user name."), "{body}");
    assert!(body.contains("aria-describedby=\"username-error\""), "{body}");

    app.sign_in(&client, "ada@contoso.example", "").await;
    let body = client.get(app.url("/")).send().await.unwrap().text().await.unwrap();
    assert!(body.contains("Enter your password."), "{body}");
    assert!(body.contains("aria-describedby=\"password-error\""), "{body}");
}

#[tokio::test]
async fn failure_message_is_localized() {
    let app = spawn_app().await;
    let client = browser();
    app.sign_in(&client, "nobody@contoso.example", "whatever").await;
    let body = app.page_in(&client, "/", "it-IT,it;q=0.9").await;
    assert!(body.contains("Nome utente o password non corretti"), "{body}");
}

#[tokio::test]
async fn script_calls_get_data_and_a_redirect_hint_not_a_302() {
    let app = spawn_app().await;
    app.add_user("ada@contoso.example", "Ada Lovelace", true).await;
    let client = browser();
    let call = |password: &'static str| {
        client
            .post(app.url("/api/sign_in"))
            .header(header::ACCEPT, "application/json")
            .header("sec-fetch-site", "same-origin")
            .form(&[("username", "ada@contoso.example"), ("password", password)])
            .send()
    };
    let failed = call("wrong").await.unwrap();
    assert_ne!(failed.status(), StatusCode::FOUND);
    assert!(set_cookie(&failed, "sspr_sign_in_flash").is_none());
    assert!(failed.text().await.unwrap().contains("InvalidCredentials"));

    let ok = call(PASSWORD).await.unwrap();
    assert_eq!(ok.status(), StatusCode::OK);
    assert!(ok.headers().contains_key("serverfnredirect"));
    assert!(set_cookie(&ok, "sspr_session").is_some());
}

#[tokio::test]
async fn account_without_session_goes_to_sign_in() {
    let app = spawn_app().await;
    let response = browser().get(app.url("/account")).send().await.unwrap();
    assert_eq!(response.status(), StatusCode::FOUND);
    assert_eq!(location(&response).as_deref(), Some("/"));
}

#[tokio::test]
async fn sign_out_ends_the_session() {
    let app = spawn_app().await;
    app.add_user("ada@contoso.example", "Ada Lovelace", true).await;
    let client = browser();
    app.sign_in(&client, "ada@contoso.example", PASSWORD).await;
    assert_eq!(app.session_count().await, 1);

    let response = app.post_form(&client, "/api/sign_out", &[]).await;
    assert_eq!(location(&response).as_deref(), Some("/"));
    assert!(set_cookie(&response, "sspr_session").unwrap().contains("Max-Age=0"));
    assert_eq!(app.session_count().await, 0);
    let account = client.get(app.url("/account")).send().await.unwrap();
    assert_eq!(account.status(), StatusCode::FOUND);
}

#[tokio::test]
async fn sessions_expire() {
    let app = spawn_app().await;
    app.add_user("ada@contoso.example", "Ada Lovelace", true).await;
    let client = browser();
    app.sign_in(&client, "ada@contoso.example", PASSWORD).await;
    app.clock.advance(sspr::store::SESSION_LIFETIME - Duration::from_secs(60));
    assert_eq!(client.get(app.url("/account")).send().await.unwrap().status(), StatusCode::OK);
    app.clock.advance(Duration::from_secs(120));
    assert_eq!(client.get(app.url("/account")).send().await.unwrap().status(), StatusCode::FOUND);
}

#[tokio::test]
async fn https_deployments_get_host_prefixed_secure_cookies() {
    let app = spawn_app_with(Options {
        public_base_url: "https://sspr.example.com/",
        ..Options::default()
    })
    .await;
    app.add_user("ada@contoso.example", "Ada Lovelace", true).await;
    let response = app.sign_in(&browser(), "ada@contoso.example", PASSWORD).await;
    let cookie = set_cookie(&response, "__Host-sspr_session").expect("host-prefixed cookie");
    assert!(cookie.contains("Secure"), "{cookie}");
    assert!(cookie.contains("Path=/"), "{cookie}");
    assert!(!cookie.contains("Domain"), "{cookie}");
    assert!(response.headers().contains_key(header::STRICT_TRANSPORT_SECURITY));
}

#[tokio::test]
async fn oversized_bodies_are_refused_without_a_session() {
    let app = spawn_app().await;
    app.add_user("ada@contoso.example", "Ada Lovelace", true).await;
    let huge = "x".repeat(1024 * 1024);
    let response = app.sign_in(&browser(), "ada@contoso.example", &huge).await;
    assert_eq!(response.status(), StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(app.session_count().await, 0);
}

#[tokio::test]
async fn a_locked_account_learns_it_only_with_the_right_password() {
    let app = spawn_app().await;
    app.add_user("ada@contoso.example", "Ada Lovelace", true).await;
    sqlx::query("UPDATE users SET locked = $1")
        .bind(true)
        .execute(&app.store.db().pool)
        .await
        .unwrap();
    let client = browser();
    let message = |body: String| body.split("id=\"sign-in-error\"").nth(1).unwrap().to_owned();

    app.sign_in(&client, "ada@contoso.example", "not-the-password").await;
    let body = message(client.get(app.url("/")).send().await.unwrap().text().await.unwrap());
    assert!(body.contains("Your user name or password is incorrect"), "{body}");

    let response = app.sign_in(&client, "ada@contoso.example", PASSWORD).await;
    assert_eq!(location(&response).as_deref(), Some("/"));
    let body = message(client.get(app.url("/")).send().await.unwrap().text().await.unwrap());
    assert!(body.contains("Your account is locked"), "{body}");
    assert_eq!(app.session_count().await, 0);

    sqlx::query("UPDATE users SET locked = $1")
        .bind(false)
        .execute(&app.store.db().pool)
        .await
        .unwrap();
    let response = app.sign_in(&client, "ada@contoso.example", PASSWORD).await;
    assert_eq!(location(&response).as_deref(), Some("/account"));
}

#[tokio::test]
async fn every_sign_in_decision_is_audited_and_unknown_names_are_not_written() {
    use sspr::store::AuditOutcome::{Failure, Success};
    let app = spawn_app().await;
    app.add_user("ada@contoso.example", "Ada Lovelace", true).await;
    app.add_user("ken@contoso.example", "Ken Thompson", false).await;
    app.sign_in(&browser(), "ada@contoso.example", "not-the-password").await;
    app.sign_in(&browser(), "ada@contoso.example", PASSWORD).await;
    app.sign_in(&browser(), "ken@contoso.example", PASSWORD).await;
    // A name that matches nobody is counted, not written: it may be a
    // password typed into the wrong field. The write costs the same time.
    app.sign_in(&browser(), "nobody@contoso.example", PASSWORD).await;
    let audit = app.store.recent_audit(20).await.unwrap();
    let seen: Vec<_> = audit
        .iter()
        .rev()
        .filter(|e| e.action.as_str().starts_with("sign-in"))
        .map(|e| (e.actor.as_str(), e.action.as_str(), e.outcome, e.source_ip.as_deref()))
        .collect();
    let ip = Some("127.0.0.1");
    assert_eq!(
        seen,
        [
            ("ada@contoso.example", "sign-in", Failure, ip),
            ("ada@contoso.example", "sign-in", Success, ip),
            ("ken@contoso.example", "sign-in.account-disabled", Failure, ip),
            ("(unknown user)", "sign-in.unknown-user", Failure, ip),
        ]
    );
    assert!(audit.iter().all(|e| !e.actor.contains("nobody") && e.target.is_none()));
}

#[tokio::test]
async fn a_script_is_refused_with_4xx_and_the_typed_error_not_500() {
    let app = spawn_app().await;
    app.add_user("ada@contoso.example", "Ada Lovelace", true).await;
    app.add_user("linus@contoso.example", "Linus Pauling", true).await;
    sqlx::query("UPDATE users SET locked = $1 WHERE user_principal_name = $2")
        .bind(true)
        .bind("linus@contoso.example")
        .execute(&app.store.db().pool)
        .await
        .unwrap();
    let cases = [
        ("ada@contoso.example", "not-the-password", 401, SignInError::InvalidCredentials),
        ("nobody@contoso.example", PASSWORD, 401, SignInError::InvalidCredentials),
        ("", PASSWORD, 422, SignInError::UserNameMissing),
        ("ada@contoso.example", "", 422, SignInError::PasswordMissing),
        ("linus@contoso.example", PASSWORD, 403, SignInError::AccountLocked),
    ];
    for (user, password, status, error) in cases {
        let form = [("username", user), ("password", password)];
        let response = app.call(&browser(), "/api/sign_in", &form).await;
        assert_eq!(response.status().as_u16(), status, "{user}");
        assert!(set_cookie(&response, "sspr_session").is_none(), "{user}");
        assert_security_headers(&response);
        assert_eq!(response.json::<SignInError>().await.unwrap(), error, "{user}");
    }
    assert_eq!(app.session_count().await, 0);

    // A browser without script is still sent back to the form.
    let response = app.sign_in(&browser(), "ada@contoso.example", "not-the-password").await;
    assert_eq!(response.status(), StatusCode::FOUND);
    assert_eq!(location(&response).as_deref(), Some("/"));
}

#[tokio::test]
async fn a_storage_failure_is_5xx() {
    let app = spawn_app().await;
    app.add_user("ada@contoso.example", "Ada Lovelace", true).await;
    sqlx::query(
        "CREATE TRIGGER storage_down BEFORE INSERT ON sign_in_attempts \
         BEGIN SELECT RAISE(ABORT, 'storage offline'); END",
    )
    .execute(&app.store.db().pool)
    .await
    .unwrap();
    let form = [("username", "ada@contoso.example"), ("password", PASSWORD)];
    let response = app.call(&browser(), "/api/sign_in", &form).await;
    assert_eq!(response.status(), StatusCode::SERVICE_UNAVAILABLE);
    assert_security_headers(&response);
    assert_eq!(response.json::<SignInError>().await.unwrap(), SignInError::Unavailable);
    assert_eq!(app.session_count().await, 0);

    // The browser gets the form back with the message, as before.
    let response = app.sign_in(&browser(), "ada@contoso.example", PASSWORD).await;
    assert_eq!(response.status(), StatusCode::FOUND);
    assert_eq!(location(&response).as_deref(), Some("/"));
}
