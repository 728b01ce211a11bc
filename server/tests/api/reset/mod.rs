//! Password reset over HTTP, as a browser without JavaScript drives it:
//! plain form posts and redirects, the flow's state on the server.

mod addresses;
mod administrators;
mod crash;
mod made_up;
mod notice_languages;
mod passwords;
mod statuses;

use crate::helpers::{
    browser, location, spawn_app_with, Options, RecordingSender, TestApp, PASSWORD,
};
use app::domain::answered_questions::{AnsweredQuestions, Question};
use app::domain::directory_user::{DirectoryName, UserProfile};
use app::domain::email::Email;
use app::domain::helpdesk_link::HelpdeskLink;
use app::domain::phone_number::PhoneNumber;
use app::domain::proof_of_work::{solve_slice, ChallengeToken};
use app::domain::roles::Role;
use app::domain::security_answer::SecurityAnswer;
use app::domain::security_questions::PredefinedQuestion;
use app::domain::sspr_policy::{Method, Scope, SsprPolicy};
use app::domain::UserName;
use reqwest::{header, Client, StatusCode};
use sspr::answer_hashes::hash_answers;
use sspr::password_hasher::PasswordHasher;
use sspr::store::UserId;
use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::time::{Duration, Instant};

const ADA: &str = "ada@contoso.example";
const ADA_HOME: &str = "ada@home.example";
const ADA_PHONE: &str = "+393331234567";
const NEW_PASSWORD: &str = "Lovelace-Notes-Bernoulli";

struct Harness {
    app: TestApp,
    sender: Arc<RecordingSender>,
    ada: UserId,
}

fn policy(methods: &[Method], required: u8) -> SsprPolicy {
    SsprPolicy {
        scope: Scope::Everyone,
        enabled_methods: methods.iter().copied().collect(),
        methods_required: required,
        helpdesk: Some(HelpdeskLink::parse("https://help.contoso.example/password").unwrap()),
        ..SsprPolicy::initial()
    }
}

async fn harness(policy: SsprPolicy) -> Harness {
    harness_behind(policy, Vec::new()).await
}

/// A portal that believes `X-Forwarded-For` from `trusted_proxies`.
async fn harness_behind(policy: SsprPolicy, trusted_proxies: Vec<ipnet::IpNet>) -> Harness {
    let sender = Arc::new(RecordingSender::default());
    let options = Options { sender: Some(sender.clone()), trusted_proxies, ..Options::default() };
    let app = spawn_app_with(options).await;
    app.store.set_policy(&policy, "test", 0).await.unwrap();
    let mut profile =
        UserProfile::new(UserName::parse(ADA).unwrap(), DirectoryName::parse("Ada").unwrap());
    profile.primary_email = Some(Email::parse(ADA).unwrap());
    profile.alternate_email = Some(Email::parse(ADA_HOME).unwrap());
    profile.mobile_phone = Some(PhoneNumber::parse(ADA_PHONE, None).unwrap());
    let hasher = PasswordHasher::new(1).unwrap();
    let ada =
        app.store.add_user(profile, Some(hasher.hash(PASSWORD).await.unwrap()), 0).await.unwrap();
    let q = |id| Question::Predefined(PredefinedQuestion::parse(id).unwrap());
    let answers = AnsweredQuestions::new(
        vec![
            (q("first-pet"), SecurityAnswer::parse("Biscuit").unwrap()),
            (q("first-job"), SecurityAnswer::parse("Translator").unwrap()),
            (q("favorite-food"), SecurityAnswer::parse("Seed cake").unwrap()),
        ],
        3,
    )
    .unwrap();
    let hashed = hash_answers(&hasher, &answers).await.unwrap();
    app.store.register_questions(ada, &hashed, 0).await.unwrap();
    Harness { app, sender, ada }
}

/// The answer registered for a question shown on the page.
fn answer_for(page: &str, position: usize) -> &'static str {
    let labels: Vec<&str> = page.split("<label for=\"answer-").skip(1).collect();
    let label = labels[position];
    if label.contains("first pet") {
        "Biscuit"
    } else if label.contains("first job") {
        "translator "
    } else {
        "SEED CAKE"
    }
}

/// The hidden value of input `name` in `page`.
fn hidden(page: &str, name: &str) -> String {
    let marker = format!("name=\"{name}\" value=\"");
    let start = page.find(&marker).map(|i| i + marker.len()).expect(name);
    page[start..].split('"').next().unwrap().to_owned()
}

/// A CAPTCHA answer: the proof of work solved, or the sum typed.
async fn captcha(app: &TestApp, client: &Client, solve: bool) -> Vec<(String, String)> {
    let page = app.page_in(client, "/reset", "en").await;
    let token = hidden(&page, "captcha_token");
    let sum_key = hidden(&page, "captcha_sum_key");
    let parsed = ChallengeToken::parse(&token).unwrap();
    let mut form =
        vec![("captcha_token".to_owned(), token), ("captcha_sum_key".to_owned(), sum_key)];
    if solve {
        let counter = solve_slice(&parsed.nonce, parsed.difficulty, 0, u64::MAX).unwrap();
        form.push(("captcha_counter".to_owned(), counter.to_string()));
    } else {
        // "what is 4 plus 7?"
        let question = page.split("what is ").nth(1).unwrap();
        let numbers: Vec<u32> = question
            .split(|c: char| !c.is_ascii_digit())
            .filter(|w| !w.is_empty())
            .take(2)
            .map(|w| w.parse().unwrap())
            .collect();
        form.push(("captcha_sum".to_owned(), (numbers[0] + numbers[1]).to_string()));
    }
    form
}

/// `captcha` plus the user id, as the start form posts them.
fn start_form(captcha: &[(String, String)], user: &str) -> Vec<(String, String)> {
    let mut form = captcha.to_vec();
    form.push(("user_id".to_owned(), user.to_owned()));
    form
}

impl Harness {
    async fn post_start(&self, client: &Client, form: &[(String, String)]) -> reqwest::Response {
        let form: Vec<(&str, &str)> = form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        self.app.post_form(client, "/api/start_reset", &form).await
    }

    async fn post(&self, client: &Client, endpoint: &str, form: &[(&str, &str)]) -> String {
        let response = self.app.post_form(client, &format!("/api/{endpoint}"), form).await;
        assert!(response.status().is_redirection(), "{endpoint}: {}", response.status());
        location(&response).unwrap()
    }

    async fn page(&self, client: &Client) -> String {
        self.app.page_in(client, "/reset/verify", "en").await.replace(['\u{2068}', '\u{2069}'], "")
    }

    async fn start(&self, user: &str) -> Client {
        self.start_in(browser(), user).await
    }

    async fn start_in(&self, client: Client, user: &str) -> Client {
        let answer = captcha(&self.app, &client, true).await;
        let response = self.post_start(&client, &start_form(&answer, user)).await;
        assert_eq!(location(&response).unwrap(), "/reset/verify");
        client
    }

    async fn email_gate(&self, client: &Client) {
        self.post(client, "choose_reset_gate", &[("gate", "email")]).await;
        let code = self.sender.last_code_to(ADA_HOME).expect("a code was emailed");
        self.post(client, "verify_reset_code", &[("code", &code)]).await;
    }

    async fn sign_in_works(&self, password: &str) -> bool {
        let response = self.app.sign_in(&browser(), ADA, password).await;
        location(&response).is_some_and(|to| to != "/")
    }
}

#[tokio::test]
async fn a_reset_by_email_code_changes_the_password_signs_out_and_notifies() {
    let h = harness(policy(&[Method::Email, Method::MobilePhone], 1)).await;
    let (signed_in, _) = (browser(), ());
    h.app.sign_in(&signed_in, ADA, PASSWORD).await;
    assert_eq!(h.app.session_count().await, 1);

    let client = h.start(ADA).await;
    let page = h.page(&client).await;
    assert!(page.contains("Email a code to a•••@h•••"), "{page}");
    assert!(page.contains("Text a code to my mobile phone +••••••••••67"), "{page}");
    assert!(!page.contains(ADA_HOME) && !page.contains(ADA_PHONE), "never in full");
    h.email_gate(&client).await;
    let page = h.page(&client).await;
    assert!(page.contains("Choose a new password"), "{page}");
    h.post(&client, "set_new_password", &[("password", NEW_PASSWORD), ("confirm", NEW_PASSWORD)])
        .await;
    let page = h.page(&client).await;
    assert!(page.contains("Your password was reset"), "{page}");
    let account = h.app.page_in(&client, "/account", "en").await;
    assert!(!account.contains("You are signed in as"), "no automatic sign-in");

    assert_eq!(h.app.session_count().await, 0, "every session ended");
    assert!(!h.sign_in_works(PASSWORD).await, "the old password stopped working");
    assert!(h.sign_in_works(NEW_PASSWORD).await, "the new one works");
    let notices: Vec<_> =
        h.sender.all().into_iter().filter(|m| m.2 == "Your password was reset").collect();
    let mut to: Vec<&str> = notices.iter().map(|m| m.1.as_str()).collect();
    to.sort_unstable();
    assert_eq!(to, [ADA, ADA_HOME]);
    assert!(notices.iter().all(|m| !m.3.contains(NEW_PASSWORD)));
    let audit = h.app.store.recent_audit(10).await.unwrap();
    assert!(audit.iter().any(|e| e.action == "password.reset" && e.actor == ADA));
    // The finished flow cannot be used again.
    h.post(
        &client,
        "set_new_password",
        &[("password", "Another-Long-One-42"), ("confirm", "Another-Long-One-42")],
    )
    .await;
    assert!(h.sign_in_works(NEW_PASSWORD).await);
}

#[tokio::test]
async fn a_reset_lifts_a_sign_in_pause() {
    use app::domain::sign_in_throttle::GUESSES_PER_BURST;
    let h = harness(policy(&[Method::Email], 1)).await;
    for _ in 0..GUESSES_PER_BURST {
        assert!(!h.sign_in_works("not-the-password").await);
    }
    assert!(!h.sign_in_works(PASSWORD).await, "paused");
    let client = h.start(ADA).await;
    h.email_gate(&client).await;
    h.post(&client, "set_new_password", &[("password", NEW_PASSWORD), ("confirm", NEW_PASSWORD)])
        .await;
    assert!(h.sign_in_works(NEW_PASSWORD).await, "the owner is back in at once");
}

/// The page with masked destinations and per-response nonces taken out.
fn shape(page: &str) -> String {
    let masks = regex::Regex::new(r"[a-z0-9•]•••@[a-z0-9•]•••|\+•{10}\d\d").unwrap();
    let nonces = regex::Regex::new(r#"(nonce|crossorigin)="[^"]*""#).unwrap();
    nonces.replace_all(&masks.replace_all(page, "MASK"), "$1").into_owned()
}

#[tokio::test]
async fn unknown_and_known_users_see_the_same_until_the_first_gate() {
    let h = harness(policy(&[Method::Email], 1)).await;
    let mut pages = Vec::new();
    for user in [ADA, "nobody@contoso.example"] {
        let client = browser();
        let answer = captcha(&h.app, &client, true).await;
        let response = h.post_start(&client, &start_form(&answer, user)).await;
        let cookie =
            response.headers().get(header::SET_COOKIE).unwrap().to_str().unwrap().to_owned();
        let (name, attributes) = cookie.split_once('=').unwrap();
        let attributes = attributes.split_once(';').unwrap().1.to_owned();
        let mut headers: Vec<String> = response
            .headers()
            .iter()
            .filter(|(n, _)| *n != header::SET_COOKIE && *n != header::DATE)
            .map(|(n, v)| format!("{n}: {}", v.to_str().unwrap()))
            .collect();
        headers.sort();
        let choose = shape(&h.page(&client).await);
        let sent = h.post(&client, "choose_reset_gate", &[("gate", "email")]).await;
        let code = shape(&h.page(&client).await);
        h.post(&client, "verify_reset_code", &[("code", "000000")]).await;
        let wrong = shape(&h.page(&client).await);
        pages.push((
            response.status(),
            name.to_owned(),
            attributes,
            headers,
            choose,
            sent,
            code,
            wrong,
        ));
    }
    let (known, unknown) = (&pages[0], &pages[1]);
    assert!(known.0.is_redirection());
    assert_eq!(known, unknown);
    assert!(known.6.contains("We sent an email with a verification code to MASK"), "{}", known.6);
    // One code went to Ada; nothing to anybody for the unknown user.
    assert_eq!(h.sender.all().len(), 1);
}

#[tokio::test]
async fn a_decoy_code_takes_about_as_long_as_real_sends_do() {
    let h = harness(policy(&[Method::Email], 1)).await;
    // A slow relay: Ada's code takes two seconds to hand over.
    h.sender.delay_ms.store(2_000, Ordering::SeqCst);
    let client = h.start(ADA).await;
    let started = Instant::now();
    h.post(&client, "choose_reset_gate", &[("gate", "email")]).await;
    assert!(started.elapsed() >= Duration::from_millis(2_000));

    // The estimate moved from its 250 ms prior towards two seconds (by an
    // eighth: 469 ms), and the decoy waits at least 3/4 of it.
    let client = h.start("nobody@contoso.example").await;
    let started = Instant::now();
    h.post(&client, "choose_reset_gate", &[("gate", "email")]).await;
    let decoy = started.elapsed();
    assert!(decoy >= Duration::from_millis(340), "{decoy:?}");
    assert_eq!(h.sender.all().len(), 1, "nothing is sent for the unknown user");
}

#[tokio::test]
async fn later_steps_cannot_be_reached_early_nor_with_the_same_method_twice() {
    let h =
        harness(policy(&[Method::Email, Method::MobilePhone, Method::SecurityQuestions], 2)).await;
    let client = h.start(ADA).await;
    let form = [("password", NEW_PASSWORD), ("confirm", NEW_PASSWORD)];
    h.post(&client, "set_new_password", &form).await;
    assert!(h.page(&client).await.contains("That step is not available now"));
    h.post(&client, "verify_reset_code", &[("code", "123456")]).await;
    assert!(h.page(&client).await.contains("That step is not available now"));

    // SMS, then a voice call to the same phone: one method, not two.
    h.post(&client, "choose_reset_gate", &[("gate", "mobile_sms")]).await;
    let code = h.sender.last_code_to(ADA_PHONE).unwrap();
    h.post(&client, "verify_reset_code", &[("code", &code)]).await;
    let page = h.page(&client).await;
    assert!(page.contains("Verification 2 of 2"), "{page}");
    assert!(!page.contains("mobile_voice"), "the passed method is not offered again: {page}");
    h.post(&client, "choose_reset_gate", &[("gate", "mobile_voice")]).await;
    assert!(h.page(&client).await.contains("That step is not available now"));
    h.post(&client, "set_new_password", &form).await;
    assert!(h.sign_in_works(PASSWORD).await, "nothing changed");

    // The questions make the second method.
    h.post(&client, "choose_reset_gate", &[("gate", "security_questions")]).await;
    let page = h.page(&client).await;
    assert_eq!(page.matches("name=\"answer[]\"").count(), 3, "{page}");
    h.post(
        &client,
        "answer_reset_questions",
        &[("answer[]", "wrong"), ("answer[]", "wrong"), ("answer[]", "wrong")],
    )
    .await;
    let again = h.page(&client).await;
    assert!(again.contains("One or more answers are not right"), "{again}");
    let answers: Vec<(&str, &str)> = (0..3).map(|i| ("answer[]", answer_for(&again, i))).collect();
    h.post(&client, "answer_reset_questions", &answers).await;
    assert!(h.page(&client).await.contains("Choose a new password"));
    h.post(&client, "set_new_password", &form).await;
    assert!(h.sign_in_works(NEW_PASSWORD).await);
}

#[tokio::test]
async fn the_sixth_wrong_code_is_refused_and_an_unknown_flow_gets_nowhere() {
    let h = harness(policy(&[Method::Email], 1)).await;
    let client = h.start(ADA).await;
    h.post(&client, "choose_reset_gate", &[("gate", "email")]).await;
    let code = h.sender.last_code_to(ADA_HOME).unwrap();
    let wrong = if code == "000000" { "111111" } else { "000000" };
    for _ in 0..5 {
        h.post(&client, "verify_reset_code", &[("code", wrong)]).await;
    }
    assert!(h.page(&client).await.contains("Too many wrong codes"));
    h.post(&client, "verify_reset_code", &[("code", &code)]).await;
    let page = h.page(&client).await;
    assert!(page.contains("Too many wrong codes"), "the sixth try, right or not: {page}");
    assert!(!page.contains("Choose a new password"));

    // An unknown flow cookie is no flow at all.
    let forged = browser();
    let response = forged
        .post(h.app.url("/api/set_new_password"))
        .header(header::COOKIE, "sspr_reset=forged-token-value")
        .header("sec-fetch-site", "same-origin")
        .header(header::ACCEPT, "text/html")
        .form(&[("password", NEW_PASSWORD), ("confirm", NEW_PASSWORD)])
        .send()
        .await
        .unwrap();
    assert_eq!(location(&response).unwrap(), "/reset?error=reset-error-flow-missing");
    assert!(h.sign_in_works(PASSWORD).await);
}

#[tokio::test]
async fn five_attempts_an_hour_then_a_block_that_looks_the_same_for_unknown_users() {
    let h = harness(policy(&[Method::Email], 1)).await;
    for user in [ADA, "nobody@contoso.example"] {
        let client = h.start(user).await;
        for _ in 0..5 {
            h.post(&client, "choose_reset_gate", &[("gate", "email")]).await;
            let page = h.page(&client).await;
            assert!(page.contains("We sent an email"), "{user}: {page}");
        }
        h.post(&client, "choose_reset_gate", &[("gate", "email")]).await;
        let page = h.page(&client).await;
        assert!(
            page.contains("self-service reset is paused for this account until"),
            "{user}: {page}"
        );
        assert!(page.contains("GMT"), "{page}");
        // A new flow does not lift the block.
        let fresh = h.start(user).await;
        h.post(&fresh, "choose_reset_gate", &[("gate", "email")]).await;
        assert!(h.page(&fresh).await.contains("is paused for this account"));
    }
}

#[tokio::test]
async fn an_ineligible_user_learns_it_only_after_the_first_gate() {
    let h = harness(policy(&[Method::Email], 1)).await;
    sqlx::query("UPDATE users SET licensed = $1 WHERE id = $2")
        .bind(false)
        .bind(h.ada.0)
        .execute(&h.app.store.db().pool)
        .await
        .unwrap();
    let client = h.start(ADA).await;
    assert!(h.page(&client).await.contains("Email a code to"));
    h.email_gate(&client).await;
    let page = h.page(&client).await;
    assert!(page.contains("Contact your administrator"), "{page}");
    assert!(page.contains("href=\"https://help.contoso.example/password\""), "{page}");
    h.post(&client, "set_new_password", &[("password", NEW_PASSWORD), ("confirm", NEW_PASSWORD)])
        .await;
    assert!(h.sign_in_works(PASSWORD).await);
}

#[tokio::test]
async fn unlock_only_keeps_the_password() {
    let mut p = policy(&[Method::Email], 1);
    p.allow_unlock_without_reset = true;
    let h = harness(p).await;
    sqlx::query("UPDATE users SET locked = $1 WHERE id = $2")
        .bind(true)
        .bind(h.ada.0)
        .execute(&h.app.store.db().pool)
        .await
        .unwrap();
    assert!(!h.sign_in_works(PASSWORD).await, "locked");
    let client = h.start(ADA).await;
    h.email_gate(&client).await;
    let page = h.page(&client).await;
    assert!(page.contains("Unlock only"), "{page}");
    h.post(&client, "set_new_password", &[("action", "unlock")]).await;
    assert!(h.page(&client).await.contains("Your account is unlocked"));
    let ada = h.app.store.user_by_upn(&UserName::parse(ADA).unwrap()).await.unwrap().unwrap();
    assert!(!ada.profile.locked);
    assert!(h.sign_in_works(PASSWORD).await);
    assert!(h.sender.all().iter().any(|m| m.2 == "Your account was unlocked"));
}

#[tokio::test]
async fn a_failed_directory_write_changes_nothing_and_can_be_retried() {
    let h = harness(policy(&[Method::Email], 1)).await;
    let pool = &h.app.store.db().pool;
    sqlx::query(
        "CREATE TRIGGER refuse_password BEFORE UPDATE OF password_hash ON users \
         BEGIN SELECT RAISE(ABORT, 'directory offline'); END",
    )
    .execute(pool)
    .await
    .unwrap();
    let client = h.start(ADA).await;
    h.email_gate(&client).await;
    let form = [("password", NEW_PASSWORD), ("confirm", NEW_PASSWORD)];
    h.post(&client, "set_new_password", &form).await;
    let page = h.page(&client).await;
    assert!(page.contains("nothing was changed"), "{page}");
    assert!(page.contains("Choose a new password"), "still at the last step: {page}");
    assert!(h.sign_in_works(PASSWORD).await);
    assert!(!h.sender.all().iter().any(|m| m.2 == "Your password was reset"));

    sqlx::query("DROP TRIGGER refuse_password").execute(pool).await.unwrap();
    h.post(&client, "set_new_password", &form).await;
    assert!(h.page(&client).await.contains("Your password was reset"));
    assert!(h.sign_in_works(NEW_PASSWORD).await);
}

#[tokio::test]
async fn passwords_are_checked_and_oversized_input_refused_before_hashing() {
    let h = harness(policy(&[Method::Email], 1)).await;
    let client = h.start(ADA).await;
    h.email_gate(&client).await;
    let cases = [
        ("short", "short", "Use at least 8 characters."),
        ("ada-is-here-2026", "ada-is-here-2026", "Do not use your user name"),
        (NEW_PASSWORD, "something else", "The two passwords do not match."),
        ("Iloveyou", "Iloveyou", "on the list of passwords attackers try first"),
        ("", "", "Enter a new password."),
    ];
    for (password, confirm, message) in cases {
        h.post(&client, "set_new_password", &[("password", password), ("confirm", confirm)]).await;
        let page = h.page(&client).await;
        assert!(page.contains(message), "{message}: {page}");
    }
    let long = "x".repeat(257);
    h.post(&client, "set_new_password", &[("password", &long), ("confirm", &long)]).await;
    assert!(h.page(&client).await.contains("Use at most 256 characters."));
    let huge = "x".repeat(1024 * 1024);
    let response = h
        .app
        .post_form(&client, "/api/set_new_password", &[("password", &huge), ("confirm", &huge)])
        .await;
    assert_eq!(response.status(), StatusCode::PAYLOAD_TOO_LARGE);
    assert!(h.sign_in_works(PASSWORD).await);
}

#[tokio::test]
async fn links_in_messages_use_the_configured_address_never_the_host_header() {
    let h = harness(policy(&[Method::Email], 1)).await;
    let client = browser();
    let evil = |r: reqwest::RequestBuilder| r.header(header::HOST, "evil.example");
    let answer = captcha(&h.app, &client, true).await;
    let response = evil(client.post(h.app.url("/api/start_reset")))
        .header("sec-fetch-site", "same-origin")
        .header(header::ACCEPT, "text/html")
        .form(&start_form(&answer, ADA))
        .send()
        .await
        .unwrap();
    assert_eq!(location(&response).unwrap(), "/reset/verify");
    h.email_gate(&client).await;
    h.post(&client, "set_new_password", &[("password", NEW_PASSWORD), ("confirm", NEW_PASSWORD)])
        .await;
    let messages = h.sender.all();
    assert!(messages.iter().any(|m| m.3.contains("http://127.0.0.1:3000/")), "{messages:?}");
    assert!(messages.iter().all(|m| !m.3.contains("evil.example")));
}

#[tokio::test]
async fn an_administrator_reset_tells_the_other_administrators() {
    let h = harness(policy(&[Method::Email], 1)).await;
    sqlx::query("INSERT INTO user_roles (user_id, role) VALUES ($1, $2)")
        .bind(h.ada.0)
        .bind(Role::PasswordAdministrator.as_str())
        .execute(&h.app.store.db().pool)
        .await
        .unwrap();
    let mut grace = UserProfile::new(
        UserName::parse("grace@contoso.example").unwrap(),
        DirectoryName::parse("Grace").unwrap(),
    );
    grace.primary_email = Some(Email::parse("grace@contoso.example").unwrap());
    grace.roles = [Role::GlobalAdministrator].into();
    h.app.store.add_user(grace, None, 0).await.unwrap();
    let client = h.start(ADA).await;
    h.email_gate(&client).await;
    // An administrator passes a second method, whatever the user policy.
    h.post(&client, "choose_reset_gate", &[("gate", "mobile_sms")]).await;
    let code = h.sender.last_code_to(ADA_PHONE).unwrap();
    h.post(&client, "verify_reset_code", &[("code", &code)]).await;
    h.post(&client, "set_new_password", &[("password", NEW_PASSWORD), ("confirm", NEW_PASSWORD)])
        .await;
    let to_grace: Vec<_> =
        h.sender.all().into_iter().filter(|m| m.1 == "grace@contoso.example").collect();
    assert_eq!(to_grace.len(), 1, "{to_grace:?}");
    assert!(to_grace[0].2.contains(ADA));
}

#[tokio::test]
async fn the_captcha_is_needed_once_and_works_without_script() {
    let h = harness(policy(&[Method::Email], 1)).await;
    let client = browser();
    let refused = |response: reqwest::Response| {
        let to = location(&response).unwrap();
        assert!(to.starts_with("/reset?error=reset-error-captcha-failed"), "{to}");
        assert!(to.contains("user=ada%40contoso.example"), "what was typed comes back: {to}");
    };
    // None at all, a forged token, a wrong proof.
    refused(h.post_start(&client, &start_form(&[], ADA)).await);
    let mut answer = captcha(&h.app, &client, true).await;
    let genuine = answer[0].1.clone();
    answer[0].1 = genuine.replacen(".4.", ".0.", 1);
    refused(h.post_start(&client, &start_form(&answer, ADA)).await);
    answer[0].1 = genuine;
    let counter = answer[2].1.parse::<u64>().unwrap();
    let token = ChallengeToken::parse(&answer[0].1).unwrap();
    let wrong =
        (0..).find(|c| !app::domain::proof_of_work::meets_difficulty(&token.nonce, *c, 4)).unwrap();
    answer[2].1 = wrong.to_string();
    refused(h.post_start(&client, &start_form(&answer, ADA)).await);
    // A wrong answer used the challenge up: its right proof is refused now.
    answer[2].1 = counter.to_string();
    refused(h.post_start(&client, &start_form(&answer, ADA)).await);
    // The right proof of a new challenge works once; replayed, it fails.
    let answer = captcha(&h.app, &client, true).await;
    let first = h.post_start(&client, &start_form(&answer, ADA)).await;
    assert_eq!(location(&first).unwrap(), "/reset/verify");
    refused(h.post_start(&client, &start_form(&answer, ADA)).await);

    // Without script: the sum, not sooner than a person could type it.
    let typed = captcha(&h.app, &client, false).await;
    refused(h.post_start(&client, &start_form(&typed, ADA)).await);
    let typed = captcha(&h.app, &client, false).await;
    h.app.clock.advance(std::time::Duration::from_secs(4));
    let mut wrong_sum = typed.clone();
    wrong_sum[2].1 = "99".into();
    refused(h.post_start(&client, &start_form(&wrong_sum, ADA)).await);
    // No second guess on the same sum.
    refused(h.post_start(&client, &start_form(&typed, ADA)).await);
    let typed = captcha(&h.app, &client, false).await;
    h.app.clock.advance(std::time::Duration::from_secs(4));
    let accepted = h.post_start(&client, &start_form(&typed, ADA)).await;
    assert_eq!(location(&accepted).unwrap(), "/reset/verify");
    // A challenge past its five minutes is refused.
    let late = captcha(&h.app, &client, true).await;
    h.app.clock.advance(std::time::Duration::from_secs(301));
    refused(h.post_start(&client, &start_form(&late, ADA)).await);

    let page = h
        .app
        .page_in(
            &client,
            "/reset?error=reset-error-captcha-failed&user=ada%40contoso.example",
            "en",
        )
        .await;
    assert!(page.contains("We could not check that you are a person"), "{page}");
    assert!(page.contains(r#"aria-describedby="captcha-hint captcha-error""#), "{page}");
    assert!(page.contains(r#"value="ada@contoso.example""#), "{page}");
    assert!(!page.contains("<img"), "no image anywhere");
}
