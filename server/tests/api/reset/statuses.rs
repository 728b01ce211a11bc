//! What a script (the hydrated page, or any client other than a browser
//! posting a form) gets back from the reset's posts: a refusal answers 4xx
//! with the typed error, a real failure 5xx; made-up flows answer exactly
//! as real ones.

use super::{harness, policy, ADA, NEW_PASSWORD};
use crate::helpers::{assert_security_headers, browser, location};
use app::contract::ResetError;
use app::domain::sspr_policy::Method;
use reqwest::{header, Response, StatusCode};
use std::time::{Duration, UNIX_EPOCH};

async fn error_of(response: Response) -> ResetError {
    assert_security_headers(&response);
    response.json().await.unwrap()
}

#[tokio::test]
async fn refusals_answer_4xx_with_the_typed_error() {
    let h = harness(policy(&[Method::Email], 1)).await;

    // No flow cookie.
    let response = h.app.call(&browser(), "/api/choose_reset_gate", &[("gate", "email")]).await;
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
    assert_eq!(error_of(response).await, ResetError::FlowMissing);

    // A user id that does not parse.
    let response = h.app.call(&browser(), "/api/start_reset", &[("user_id", "")]).await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(error_of(response).await, ResetError::UserIdMissing);

    // A code before any gate was chosen.
    let client = h.start(ADA).await;
    let response = h.app.call(&client, "/api/verify_reset_code", &[("code", "123456")]).await;
    assert_eq!(response.status(), StatusCode::CONFLICT);
    assert_eq!(error_of(response).await, ResetError::StepOutOfOrder);

    // A gate the policy does not offer.
    let response =
        h.app.call(&client, "/api/choose_reset_gate", &[("gate", "carrier-pigeon")]).await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(error_of(response).await, ResetError::GateMissing);

    // The browser without script is still sent back to the page.
    let response = h.app.post_form(&client, "/api/verify_reset_code", &[("code", "123456")]).await;
    assert_eq!(response.status(), StatusCode::FOUND);
    assert_eq!(location(&response).as_deref(), Some("/reset/verify"));
    assert!(h.page(&client).await.contains("Email a code to"), "still at the choice");
}

#[tokio::test]
async fn a_block_answers_429_with_its_end_the_same_for_unknown_users() {
    let h = harness(policy(&[Method::Email], 1)).await;
    let mut seen = Vec::new();
    for user in [ADA, "nobody@contoso.example"] {
        let client = h.start(user).await;
        let mut statuses = Vec::new();
        for _ in 0..5 {
            let response =
                h.app.call(&client, "/api/choose_reset_gate", &[("gate", "email")]).await;
            statuses.push(response.status());
        }
        let response = h.app.call(&client, "/api/choose_reset_gate", &[("gate", "email")]).await;
        statuses.push(response.status());
        let retry_after = response.headers()[header::RETRY_AFTER].to_str().unwrap().to_owned();
        let ResetError::Blocked { until } = error_of(response).await else {
            panic!("{user}: not blocked");
        };
        let until = UNIX_EPOCH + Duration::from_secs(until.try_into().unwrap());
        assert_eq!(retry_after, httpdate::fmt_http_date(until), "{user}");
        seen.push(statuses);
    }
    let mut expected = vec![StatusCode::OK; 5];
    expected.push(StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(seen, [expected.clone(), expected]);
}

#[tokio::test]
async fn a_failed_directory_write_answers_5xx() {
    let h = harness(policy(&[Method::Email], 1)).await;
    sqlx::query(
        "CREATE TRIGGER refuse_password BEFORE UPDATE OF password_hash ON users \
         BEGIN SELECT RAISE(ABORT, 'directory offline'); END",
    )
    .execute(&h.app.store.db().pool)
    .await
    .unwrap();
    let client = h.start(ADA).await;
    h.email_gate(&client).await;
    let form = [("password", NEW_PASSWORD), ("confirm", NEW_PASSWORD)];
    let response = h.app.call(&client, "/api/set_new_password", &form).await;
    assert_eq!(response.status(), StatusCode::BAD_GATEWAY);
    assert_eq!(error_of(response).await, ResetError::WriteFailed);
}
