//! The registration prompt and wizard over HTTP, as a browser without
//! JavaScript drives them: plain form posts and redirects.

use crate::helpers::{
    browser, location, spawn_app_with, Options, RecordingSender, TestApp, PASSWORD,
};
use crate::sink::Sink;
use app::contract::CodeError;
use app::domain::directory_user::{DirectoryName, UserProfile};
use app::domain::email::Email;
use app::domain::sspr_policy::{Method, Scope, SsprPolicy};
use app::domain::UserName;
use reqwest::Client;
use sspr::password_hasher::PasswordHasher;
use sspr::store::UserId;
use std::sync::{atomic::Ordering, Arc};
use std::time::Duration;

const ADA: &str = "ada@contoso.example";
const HOME: &str = "ada@home.example";
const GRACE: &str = "grace@contoso.example";

struct Harness {
    app: TestApp,
    sender: Arc<RecordingSender>,
    ada: UserId,
}

fn policy() -> SsprPolicy {
    SsprPolicy {
        scope: Scope::Everyone,
        enabled_methods: [Method::MobilePhone, Method::Email, Method::SecurityQuestions].into(),
        methods_required: 2,
        reconfirm_after_days: 180,
        ..SsprPolicy::initial()
    }
}

async fn harness() -> Harness {
    let sender = Arc::new(RecordingSender::default());
    harness_with(Options { sender: Some(sender.clone()), ..Options::default() }, sender).await
}

/// `sender` records only when `options` route messages through it.
async fn harness_with(options: Options, sender: Arc<RecordingSender>) -> Harness {
    let app = spawn_app_with(options).await;
    app.store.set_policy(&policy(), "test", 0).await.unwrap();
    let mut profile =
        UserProfile::new(UserName::parse(ADA).unwrap(), DirectoryName::parse("Ada").unwrap());
    profile.alternate_email = Some(Email::parse("ada.alt@example.org").unwrap());
    let hash = PasswordHasher::new(1).unwrap().hash(PASSWORD).await.unwrap();
    let ada = app.store.add_user(profile, Some(hash), 0).await.unwrap();
    Harness { app, sender, ada }
}

impl Harness {
    async fn signed_in(&self) -> (Client, String) {
        let client = browser();
        let response = self.app.sign_in(&client, ADA, PASSWORD).await;
        (client, location(&response).unwrap())
    }

    async fn post(&self, client: &Client, endpoint: &str, form: &[(&str, &str)]) -> String {
        let response = self.app.post_form(client, &format!("/api/{endpoint}"), form).await;
        assert!(response.status().is_redirection(), "{endpoint}: {}", response.status());
        location(&response).unwrap()
    }

    async fn wizard(&self, client: &Client) -> String {
        self.page(client, "/register", "en").await
    }

    /// The page's HTML without Fluent's bidi isolation marks.
    async fn page(&self, client: &Client, path: &str, lang: &str) -> String {
        self.app.page_in(client, path, lang).await.replace(['\u{2068}', '\u{2069}'], "")
    }

    async fn email_step(&self, client: &Client) {
        assert_eq!(self.post(client, "send_email_code", &[("email", HOME)]).await, "/register");
        let code = self.sender.last_code_to(HOME).expect("a code was sent");
        let to = self.post(client, "verify_code", &[("step", "email"), ("code", &code)]).await;
        assert_eq!(to, "/register");
    }

    async fn phone_step(&self, client: &Client) {
        let form = [("country", "IT"), ("number", "333 123 4567"), ("channel", "sms")];
        assert_eq!(self.post(client, "send_phone_code", &form).await, "/register");
        let code = self.sender.last_code_to("+393331234567").expect("an SMS was sent");
        self.post(client, "verify_code", &[("step", "mobile_phone"), ("code", &code)]).await;
    }

    async fn questions_step(&self, client: &Client, answers: [&str; 3]) -> String {
        let form = [
            ("question[0]", "p:first-pet"),
            ("answer[0]", answers[0]),
            ("question[1]", "p:first-job"),
            ("answer[1]", answers[1]),
            ("question[2]", "p:favorite-food"),
            ("answer[2]", answers[2]),
        ];
        self.post(client, "save_questions", &form).await;
        self.wizard(client).await
    }
}

#[tokio::test]
async fn the_prompt_comes_back_at_every_sign_in_until_skipped_no_more() {
    let h = harness().await;
    let (client, to) = h.signed_in().await;
    assert_eq!(to, "/register/prompt");
    let page = h.page(&client, "/register/prompt", "en").await;
    assert!(page.contains("More information required"), "{page}");
    assert!(page.contains("at least 2 different verification methods"), "{page}");
    assert_eq!(h.post(&client, "dismiss_registration_prompt", &[]).await, "/account");
    let audit = h.app.store.recent_audit(10).await.unwrap();
    let dismissal = audit.iter().find(|e| e.action == "security-info.prompt-dismissed").unwrap();
    assert_eq!(dismissal.actor, ADA);
    assert_eq!(dismissal.source_ip.as_deref(), Some("127.0.0.1"), "where it came from");
    let (_, again) = h.signed_in().await;
    assert_eq!(again, "/register/prompt");
}

#[tokio::test]
async fn a_full_registration_saves_everything_at_the_end_and_stops_the_prompt() {
    let h = harness().await;
    let (client, _) = h.signed_in().await;
    assert_eq!(h.post(&client, "start_registration", &[]).await, "/register");
    let page = h.wizard(&client).await;
    assert!(page.contains("Step 1 of 3") && page.contains("Mobile phone"), "{page}");
    h.phone_step(&client).await;
    assert!(h.wizard(&client).await.contains("Step 2 of 3"));
    // Nothing is saved before the summary.
    assert_eq!(h.app.store.security_info(h.ada).await.unwrap().authentication_phone, None);
    h.email_step(&client).await;
    let summary = h.questions_step(&client, ["Biscuit", "Baker", "Pizza"]).await;
    assert!(summary.contains("Check and save"), "{summary}");
    assert!(!summary.contains("Biscuit"), "answers never come back");
    assert_eq!(h.post(&client, "finish_registration", &[]).await, "/account?saved=security-info");
    let info = h.app.store.security_info(h.ada).await.unwrap();
    assert_eq!(info.authentication_phone.unwrap().as_e164(), "+393331234567");
    assert_eq!(info.authentication_email.unwrap().as_str(), HOME);
    assert_eq!(info.answered_questions.len(), 3);
    // The previous address hears of the change, without the new values.
    let notice = h.sender.all().into_iter().find(|m| m.1 == "ada.alt@example.org").unwrap();
    assert!(notice.2.contains("security info was changed"), "{notice:?}");
    assert!(!notice.3.contains(HOME) && !notice.3.contains("4567"), "{notice:?}");
    let (_, to) = h.signed_in().await;
    assert_eq!(to, "/account");
}

#[tokio::test]
async fn reconfirmation_is_asked_after_the_period_and_looks_good_resets_it() {
    let h = harness().await;
    let (client, _) = h.signed_in().await;
    h.post(&client, "start_registration", &[]).await;
    h.phone_step(&client).await;
    h.email_step(&client).await;
    h.questions_step(&client, ["Biscuit", "Baker", "Pizza"]).await;
    h.post(&client, "finish_registration", &[]).await;
    h.app.clock.advance(Duration::from_secs(181 * 24 * 60 * 60));
    let (client, to) = h.signed_in().await;
    assert_eq!(to, "/register/prompt");
    let page = h.page(&client, "/register/prompt", "en").await;
    assert!(page.contains("Are these still correct?"), "{page}");
    // What Ada registered, each masked: +39 333 123 4567, her home address,
    // and her three questions.
    let methods = page.split("<dl class=\"method-list\">").nth(1).expect("the methods are listed");
    let methods = methods.split("</dl>").next().unwrap();
    for shown in ["Mobile phone", "+••••••••••67", "Email", "a•••@home.example", "3 questions"]
    {
        assert!(methods.contains(shown), "{shown}: {methods}");
    }
    assert!(!page.contains("3331234567") && !page.contains(HOME), "never the full values");
    assert_eq!(h.post(&client, "reconfirm_security_info", &[]).await, "/account");
    let (_, to) = h.signed_in().await;
    assert_eq!(to, "/account");
}

#[tokio::test]
async fn five_wrong_codes_kill_the_code_and_a_used_code_cannot_be_replayed() {
    let h = harness().await;
    let (client, _) = h.signed_in().await;
    h.post(&client, "start_registration", &[]).await;
    h.post(&client, "skip_step", &[("step", "mobile_phone")]).await;
    h.post(&client, "send_email_code", &[("email", HOME)]).await;
    let code = h.sender.last_code_to(HOME).unwrap();
    let wrong = if code == "000000" { "111111" } else { "000000" };
    for tries_left in (1..=4).rev() {
        h.post(&client, "verify_code", &[("step", "email"), ("code", wrong)]).await;
        let page = h.wizard(&client).await;
        let expected = if tries_left == 1 {
            "You have one more try.".to_owned()
        } else {
            format!("You have {tries_left} more tries.")
        };
        assert!(page.contains(&expected), "{expected}: {page}");
        assert!(page.contains(r#"aria-describedby="code-error""#), "{page}");
    }
    h.post(&client, "verify_code", &[("step", "email"), ("code", wrong)]).await;
    assert!(h.wizard(&client).await.contains("Too many wrong codes"));
    h.post(&client, "verify_code", &[("step", "email"), ("code", &code)]).await;
    assert!(h.wizard(&client).await.contains("Too many wrong codes"), "the right code is dead too");
    // A new code works once; replaying it on the next step's form fails.
    h.post(&client, "send_email_code", &[("email", HOME)]).await;
    let fresh = h.sender.last_code_to(HOME).unwrap();
    h.post(&client, "verify_code", &[("step", "email"), ("code", &fresh)]).await;
    h.post(&client, "verify_code", &[("step", "email"), ("code", &fresh)]).await;
    let page = h.wizard(&client).await;
    assert!(page.contains("That step is not available now"), "{page}");
}

#[tokio::test]
async fn answers_are_checked_with_a_message_for_each_rule() {
    let h = harness().await;
    let (client, _) = h.signed_in().await;
    h.post(&client, "start_registration", &[]).await;
    h.post(&client, "skip_step", &[("step", "mobile_phone")]).await;
    h.post(&client, "skip_step", &[("step", "email")]).await;
    let cases = [
        (["ab", "Baker", "Pizza"], "at least 3 characters", "answer-0-error"),
        (["Biscuit", &"x".repeat(41), "Pizza"], "at most 40 characters", "answer-1-error"),
        (["Biscuit", "Baker", "  BISCUIT "], "already gave this answer", "answer-2-error"),
        (["Biscuit", "", "Pizza"], "Enter an answer", "answer-1-error"),
    ];
    for (answers, message, field) in cases {
        let page = h.questions_step(&client, answers).await;
        assert!(page.contains(message), "{message}: {page}");
        assert!(page.contains(&format!(r#"aria-describedby="{field}""#)), "{field}: {page}");
        assert!(page.contains("first-pet"), "the chosen questions are kept");
    }
    let twice = [
        ("question[0]", "p:first-pet"),
        ("answer[0]", "Biscuit"),
        ("question[1]", "p:first-pet"),
        ("answer[1]", "Baker"),
        ("question[2]", "p:favorite-food"),
        ("answer[2]", "Pizza"),
    ];
    h.post(&client, "save_questions", &twice).await;
    assert!(h.wizard(&client).await.contains("already chose this question"));
    assert_eq!(h.app.store.security_info(h.ada).await.unwrap().answered_questions.len(), 0);
}

#[tokio::test]
async fn the_final_step_cannot_be_posted_before_the_others() {
    let h = harness().await;
    let (client, _) = h.signed_in().await;
    h.post(&client, "start_registration", &[]).await;
    h.post(&client, "finish_registration", &[]).await;
    assert!(h.wizard(&client).await.contains("Complete or skip each step"));
    // Later steps cannot be posted early either.
    let early = [("question[0]", "p:first-pet"), ("answer[0]", "Biscuit")];
    h.post(&client, "save_questions", &early).await;
    h.post(&client, "skip_step", &[("step", "security_questions")]).await;
    assert!(h.wizard(&client).await.contains("That step is not available now"));
    // Skipping everything leaves nothing to save.
    for step in ["mobile_phone", "email", "security_questions"] {
        h.post(&client, "skip_step", &[("step", step)]).await;
    }
    h.post(&client, "finish_registration", &[]).await;
    assert!(h.wizard(&client).await.contains("Nothing was added"));
    assert_eq!(
        h.app.store.security_info(h.ada).await.unwrap(),
        app::domain::directory_user::SecurityInfo::default()
    );
}

#[tokio::test]
async fn one_new_method_is_enough_when_the_directory_email_makes_two() {
    let h = harness().await;
    let (client, _) = h.signed_in().await;
    h.post(&client, "start_registration", &[]).await;
    h.phone_step(&client).await;
    h.post(&client, "skip_step", &[("step", "email")]).await;
    h.post(&client, "skip_step", &[("step", "security_questions")]).await;
    let to = h.post(&client, "finish_registration", &[]).await;
    // The directory's alternate email counts: phone + email make two.
    assert_eq!(to, "/account?saved=security-info");
    assert!(!h.wizard(&client).await.contains("Register at least"));
    let info = h.app.store.security_info(h.ada).await.unwrap();
    assert!(info.authentication_phone.is_some());
}

#[tokio::test]
async fn one_new_method_is_not_enough_when_two_are_required() {
    let h = harness().await;
    // Grace has no email in the directory: a phone alone is one method.
    let grace = UserName::parse(GRACE).unwrap();
    let profile = UserProfile::new(grace, DirectoryName::parse("Grace").unwrap());
    let hash = PasswordHasher::new(1).unwrap().hash(PASSWORD).await.unwrap();
    let id = h.app.store.add_user(profile, Some(hash), 0).await.unwrap();
    let client = browser();
    h.app.sign_in(&client, GRACE, PASSWORD).await;
    h.post(&client, "start_registration", &[]).await;
    h.phone_step(&client).await;
    h.post(&client, "skip_step", &[("step", "email")]).await;
    h.post(&client, "skip_step", &[("step", "security_questions")]).await;
    assert_eq!(h.post(&client, "finish_registration", &[]).await, "/register");
    let page = h.wizard(&client).await;
    assert!(page.contains("Register at least 2 different methods"), "{page}");
    assert_eq!(h.app.store.security_info(id).await.unwrap().authentication_phone, None);
}

#[tokio::test]
async fn a_delivery_failure_says_so_and_saves_nothing() {
    let h = harness().await;
    let (client, _) = h.signed_in().await;
    h.post(&client, "start_registration", &[]).await;
    h.post(&client, "skip_step", &[("step", "mobile_phone")]).await;
    h.sender.failing.store(true, Ordering::SeqCst);
    h.post(&client, "send_email_code", &[("email", HOME)]).await;
    let page = h.wizard(&client).await;
    assert!(page.contains("We could not send the code"), "{page}");
    assert!(page.contains(HOME), "the typed address is kept");
    assert!(!page.contains("We sent an email"), "no code is waiting");
    // Outages do not use up the send budget.
    h.sender.failing.store(false, Ordering::SeqCst);
    h.email_step(&client).await;
}

#[tokio::test]
async fn a_cross_site_registration_post_is_rejected() {
    let h = harness().await;
    let (client, _) = h.signed_in().await;
    let response = client
        .post(h.app.url("/api/start_registration"))
        .header("origin", "https://evil.example")
        .header("sec-fetch-site", "cross-site")
        .form(&[("only", "")])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 403);
}

#[tokio::test]
async fn an_administrator_registers_two_methods_and_no_questions() {
    let h = harness().await;
    sqlx::query("INSERT INTO user_roles (user_id, role) VALUES ($1, 'global-administrator')")
        .bind(h.ada.0)
        .execute(&h.app.store.db().pool)
        .await
        .unwrap();
    let (client, to) = h.signed_in().await;
    assert_eq!(to, "/register/prompt");
    h.post(&client, "start_registration", &[]).await;
    let page = h.wizard(&client).await;
    assert!(page.contains("Step 1 of 2") && page.contains("Mobile phone"), "{page}");
    h.phone_step(&client).await;
    h.email_step(&client).await;
    let summary = h.wizard(&client).await;
    assert!(summary.contains("Check and save"), "no questions step: {summary}");
    assert_eq!(h.post(&client, "finish_registration", &[]).await, "/account?saved=security-info");
    let (_, to) = h.signed_in().await;
    assert_eq!(to, "/account", "registered under the administrators' rule");
}

#[tokio::test]
async fn the_wizard_speaks_italian() {
    let h = harness().await;
    let (client, _) = h.signed_in().await;
    h.post(&client, "start_registration", &[]).await;
    let page = h.page(&client, "/register", "it").await;
    assert!(page.contains("Passaggio 1 di 3") && page.contains("Telefono cellulare"), "{page}");
    h.post(&client, "skip_step", &[("step", "mobile_phone")]).await;
    h.post(&client, "skip_step", &[("step", "email")]).await;
    let page = h.page(&client, "/register", "it").await;
    assert!(page.contains("Come si chiamava il Suo primo animale domestico?"), "{page}");
}

#[tokio::test]
async fn the_security_info_page_lists_methods_and_changes_need_a_recent_password() {
    let h = harness().await;
    let (client, _) = h.signed_in().await;
    h.post(&client, "start_registration", &[]).await;
    h.phone_step(&client).await;
    h.email_step(&client).await;
    h.questions_step(&client, ["Biscuit", "Baker", "Pizza"]).await;
    h.post(&client, "finish_registration", &[]).await;
    let page = h.page(&client, "/security-info", "en").await;
    assert!(page.contains("a•••@home.example"), "{page}");
    assert!(page.contains("registered by you for verification"), "{page}");
    assert!(page.contains("3 questions answered"), "{page}");
    assert!(!page.contains("3331234567") && !page.contains(HOME), "masked only");

    // Eleven minutes later, deleting asks for the password first.
    h.app.clock.advance(Duration::from_secs(11 * 60));
    let to = h.post(&client, "delete_security_method", &[("step", "email")]).await;
    assert_eq!(to, "/security-info/verify");
    assert!(h.app.store.security_info(h.ada).await.unwrap().authentication_email.is_some());
    let to = h.post(&client, "start_registration", &[("only", "email")]).await;
    assert_eq!(to, "/security-info/verify", "changing too");
    let to = h.post(&client, "reauthenticate", &[("password", "wrong-password")]).await;
    assert_eq!(to, "/security-info/verify?error=password");
    assert_eq!(
        h.post(&client, "reauthenticate", &[("password", PASSWORD)]).await,
        "/security-info"
    );

    // Deleting one of three leaves enough: no warning. The old address hears of it.
    let confirm = h.page(&client, "/security-info/delete?step=email", "en").await;
    assert!(confirm.contains("Delete “Email”"), "{confirm}");
    assert!(!confirm.contains("could no longer reset"), "{confirm}");
    let before = h.sender.all().len();
    let to = h.post(&client, "delete_security_method", &[("step", "email")]).await;
    assert_eq!(to, "/security-info?deleted=1");
    assert_eq!(h.app.store.security_info(h.ada).await.unwrap().authentication_email, None);
    let sent = h.sender.all();
    assert!(sent[before..].iter().any(|m| m.1 == HOME && m.3.contains("authentication email")));

    // The directory's alternate email is now what reset uses; it cannot be deleted here.
    let page = h.page(&client, "/security-info", "en").await;
    assert!(page.contains("a•••@example.org") && page.contains("from your directory profile"));
    h.post(&client, "delete_security_method", &[("step", "mobile_phone")]).await;
    // Down to the directory email and the questions: two, as required.
    let confirm = h.page(&client, "/security-info/delete?step=security_questions", "en").await;
    assert!(confirm.contains("could no longer reset your password"), "{confirm}");
}

#[tokio::test]
async fn codes_go_through_a_real_smtp_server_and_an_outage_saves_nothing() {
    let sink = Sink::start();
    let options = Options { smtp: Some(sink.smtp_settings()), ..Options::default() };
    let h = harness_with(options, Arc::default()).await;
    let (client, _) = h.signed_in().await;
    h.post(&client, "start_registration", &[]).await;
    h.post(&client, "skip_step", &[("step", "mobile_phone")]).await;
    h.post(&client, "send_email_code", &[("email", HOME)]).await;
    let mail = sink.emails().await.into_iter().last().expect("the sink received the code");
    assert_eq!(mail["rcpt_to"][0], HOME);
    let body = mail["body"].as_str().unwrap().to_owned();
    let code = body.split(|c: char| !c.is_ascii_digit()).find(|w| w.len() == 6).unwrap();
    h.post(&client, "verify_code", &[("step", "email"), ("code", code)]).await;
    assert!(h.wizard(&client).await.contains("Security questions"));

    // The same with the SMTP server gone: a clear message and nothing kept.
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let mut down = sink.smtp_settings();
    down.port = Some(closed.try_into().unwrap());
    let h = harness_with(Options { smtp: Some(down), ..Options::default() }, Arc::default()).await;
    let (client, _) = h.signed_in().await;
    h.post(&client, "start_registration", &[]).await;
    h.post(&client, "skip_step", &[("step", "mobile_phone")]).await;
    h.post(&client, "send_email_code", &[("email", HOME)]).await;
    let page = h.wizard(&client).await;
    assert!(page.contains("We could not send the code. Try again, or choose another method."));
    assert!(!page.contains("We sent an email"), "{page}");
    let (codes,): (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM verification_codes WHERE state = 'live'")
            .fetch_one(&h.app.store.db().pool)
            .await
            .unwrap();
    assert_eq!(codes, 0, "the undelivered code was withdrawn");
    assert_eq!(h.app.store.security_info(h.ada).await.unwrap().authentication_email, None);
}

#[tokio::test]
async fn a_script_is_refused_with_4xx_and_a_failed_delivery_is_5xx() {
    use crate::helpers::assert_security_headers;
    use app::contract::RegistrationError;
    use reqwest::StatusCode;

    let h = harness().await;
    let call = |client: &Client, endpoint: &'static str, form: &'static [(&str, &str)]| {
        let (app, client) = (&h.app, client.clone());
        async move {
            let response = app.call(&client, &format!("/api/{endpoint}"), form).await;
            assert_security_headers(&response);
            let status = response.status();
            (status, response.json::<RegistrationError>().await.unwrap())
        }
    };
    assert_eq!(
        call(&browser(), "send_email_code", &[("email", HOME)]).await,
        (StatusCode::UNAUTHORIZED, RegistrationError::NotSignedIn)
    );
    let (client, _) = h.signed_in().await;
    assert_eq!(
        call(&client, "send_email_code", &[("email", HOME)]).await,
        (StatusCode::NOT_FOUND, RegistrationError::FlowMissing)
    );
    h.post(&client, "start_registration", &[]).await;
    assert_eq!(
        call(&client, "send_email_code", &[("email", HOME)]).await,
        (StatusCode::CONFLICT, RegistrationError::StepOutOfOrder),
        "the phone step comes first"
    );
    h.post(&client, "skip_step", &[("step", "mobile_phone")]).await;
    assert_eq!(
        call(&client, "send_email_code", &[("email", "not-an-address")]).await,
        (StatusCode::UNPROCESSABLE_ENTITY, RegistrationError::EmailInvalid)
    );
    h.sender.failing.store(true, Ordering::SeqCst);
    assert_eq!(
        call(&client, "send_email_code", &[("email", HOME)]).await,
        (StatusCode::BAD_GATEWAY, RegistrationError::Code(CodeError::DeliveryFailed))
    );

    // The browser without script is still sent back to a page: the wizard,
    // or, refused before its flow is looked at, where it came from.
    let response = h.app.post_form(&browser(), "/api/send_email_code", &[("email", HOME)]).await;
    assert_eq!(response.status(), StatusCode::FOUND);
    let response =
        h.app.post_form(&client, "/api/send_email_code", &[("email", "not-an-address")]).await;
    assert_eq!(response.status(), StatusCode::FOUND);
    assert_eq!(location(&response).as_deref(), Some("/register"));
    assert!(h.wizard(&client).await.contains("not-an-address"), "the typed address is kept");
}
