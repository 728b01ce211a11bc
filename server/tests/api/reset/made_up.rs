//! A made-up user name walks through the reset exactly as a real account
//! does: every budget, lifetime, message and mask follows the same rules,
//! so that no response tells whether the name belongs to someone.

use super::{captcha, harness, harness_behind, policy, shape, start_form, Harness, ADA, ADA_HOME};
use crate::helpers::{browser, browser_from, location};
use app::domain::sspr_policy::Method;
use app::domain::verification_code::CODE_LIFETIME;
use reqwest::Client;
use std::time::Duration;

const EVERY_METHOD: [Method; 3] = [Method::Email, Method::MobilePhone, Method::SecurityQuestions];

/// Every response of one step: where a post redirects, or the page shown,
/// with masked destinations, question texts and block ends blanked.
struct Steps {
    client: Client,
    seen: Vec<String>,
}

impl Steps {
    async fn post(&mut self, h: &Harness, endpoint: &str, form: &[(&str, &str)]) {
        let response = h.app.post_form(&self.client, &format!("/api/{endpoint}"), form).await;
        let to = location(&response).unwrap_or_default();
        self.seen.push(format!("POST {endpoint} -> {} {to}", response.status()));
        self.page(h).await;
    }

    async fn page(&mut self, h: &Harness) {
        let page = h.page(&self.client).await;
        let questions = regex::Regex::new(r#"(<label for="answer-\d+"[^>]*>)[^<]*"#).unwrap();
        let until =
            regex::Regex::new(r"[A-Z][a-z]{2} \d{1,2}, \d{4}, \d{1,2}:\d\d.[AP]M GMT\+0").unwrap();
        let page = shape(&page);
        let page = questions.replace_all(&page, "${1}QUESTION");
        self.seen.push(until.replace_all(&page, "UNTIL").into_owned());
    }
}

/// A long walk through every kind of step a reset has.
async fn walk(h: &Harness, user: &str, from: &str, wrong: &str) -> Vec<String> {
    let client = h.start_in(browser_from(from), user).await;
    let mut s = Steps { client, seen: Vec::new() };
    s.page(h).await;
    // Email, two wrong codes, back to the choice.
    s.post(h, "choose_reset_gate", &[("gate", "email")]).await;
    s.post(h, "verify_reset_code", &[("code", wrong)]).await;
    s.post(h, "verify_reset_code", &[("code", wrong)]).await;
    s.post(h, "back_to_reset_gates", &[]).await;
    // A text, sent again, then a voice call instead, a wrong code.
    s.post(h, "choose_reset_gate", &[("gate", "mobile_sms")]).await;
    s.post(h, "choose_reset_gate", &[("gate", "mobile_sms")]).await;
    s.post(h, "choose_reset_gate", &[("gate", "mobile_voice")]).await;
    s.post(h, "verify_reset_code", &[("code", wrong)]).await;
    // Past the code's lifetime.
    h.app.clock.advance(CODE_LIFETIME + Duration::from_secs(15));
    s.post(h, "verify_reset_code", &[("code", wrong)]).await;
    // Email again: the fifth code of the hour, then one too many.
    s.post(h, "back_to_reset_gates", &[]).await;
    s.post(h, "choose_reset_gate", &[("gate", "email")]).await;
    s.post(h, "choose_reset_gate", &[("gate", "email")]).await;
    // Five wrong codes kill the live one.
    for _ in 0..5 {
        s.post(h, "verify_reset_code", &[("code", wrong)]).await;
    }
    // The questions, answered wrong; going back and choosing them again
    // until the method's hour is used up and the account is paused.
    s.post(h, "back_to_reset_gates", &[]).await;
    s.post(h, "choose_reset_gate", &[("gate", "security_questions")]).await;
    s.post(
        h,
        "answer_reset_questions",
        &[("answer[]", "wrong one"), ("answer[]", "wrong two"), ("answer[]", "wrong three")],
    )
    .await;
    for _ in 0..5 {
        s.post(h, "back_to_reset_gates", &[]).await;
        s.post(h, "choose_reset_gate", &[("gate", "security_questions")]).await;
    }
    // A new flow changes nothing.
    let fresh = h.start_in(browser_from(from), user).await;
    s.client = fresh;
    s.page(h).await;
    s.post(h, "choose_reset_gate", &[("gate", "email")]).await;
    s.seen
}

/// A name that matches nobody and is shown every gate Ada is shown.
async fn made_up_name_with_every_gate(h: &Harness) -> String {
    let ada = {
        let client = h.start_in(browser_from("192.0.2.200"), ADA).await;
        shape(&h.page(&client).await)
    };
    for i in 0..64 {
        let name = format!("someone{i}@contoso.example");
        let client = h.start_in(browser_from(&format!("192.0.2.{i}")), &name).await;
        if shape(&h.page(&client).await) == ada {
            return name;
        }
    }
    panic!("no made-up name among 64 was shown every gate");
}

#[tokio::test]
async fn a_made_up_name_answers_like_a_real_account_at_every_step() {
    let proxy = vec!["127.0.0.1/32".parse().unwrap()];
    let h = harness_behind(policy(&EVERY_METHOD, 1), proxy).await;
    let made_up = made_up_name_with_every_gate(&h).await;
    let ada_codes = h.sender.all().len();
    let real = walk(&h, ADA, "203.0.113.7", "000000").await;
    // A code Ada was sent could be 000000; her walk must not pass a gate.
    assert!(h.sender.all()[ada_codes..].iter().all(|m| !m.3.contains("000000")));
    let fake = walk(&h, &made_up, "198.51.100.9", "000000").await;
    assert_eq!(real.len(), fake.len());
    for (step, (r, f)) in real.iter().zip(&fake).enumerate() {
        assert_eq!(r, f, "step {step} differs");
    }
    let all = real.join("\n");
    for expected in [
        "We sent an email with a verification code to MASK",
        "You have 3 more tries",
        "That code has expired",
        "Too many codes were sent",
        "Too many wrong codes",
        "One or more answers are not right",
        "self-service reset is paused for this account until UNTIL",
    ] {
        assert!(all.contains(expected), "the walk never showed {expected:?}");
    }
    let to_made_up = h.sender.all().iter().filter(|m| m.1.contains("someone")).count();
    assert_eq!(to_made_up, 0, "nothing is ever sent for a made-up name");
}

#[tokio::test]
async fn masks_keep_one_shape_whatever_the_address_or_number() {
    let h = harness(policy(&EVERY_METHOD, 1)).await;
    let client = h.start(ADA).await;
    let page = h.page(&client).await;
    // ada@home.example, +393331234567: neither domain nor length shows.
    assert!(page.contains("Email a code to a•••@h•••"), "{page}");
    assert!(page.contains("+••••••••••67"), "{page}");
    assert!(!page.contains("home.example") && !page.contains("+39"), "{page}");
}

#[tokio::test]
async fn a_strangers_resets_never_show_in_anyone_elses_registration() {
    let h = harness(policy(&EVERY_METHOD, 1)).await;
    // A stranger has five reset codes emailed to Ada's home address.
    let client = h.start(ADA).await;
    for _ in 0..5 {
        h.post(&client, "choose_reset_gate", &[("gate", "email")]).await;
    }
    assert_eq!(h.sender.all().iter().filter(|m| m.1 == ADA_HOME).count(), 5);
    // Grace, signed in, can register that very address: it gets a code,
    // as any other address would.
    h.app.add_user("grace@contoso.example", "Grace", true).await;
    let grace = browser();
    h.app.sign_in(&grace, "grace@contoso.example", crate::helpers::PASSWORD).await;
    h.post(&grace, "start_registration", &[]).await;
    h.post(&grace, "skip_step", &[("step", "mobile_phone")]).await;
    h.post(&grace, "send_email_code", &[("email", ADA_HOME)]).await;
    let page = h.app.page_in(&grace, "/register", "en").await;
    assert!(!page.contains("Too many codes"), "{page}");
    assert_eq!(h.sender.all().iter().filter(|m| m.1 == ADA_HOME).count(), 6);
    // And the stranger's resets never keep Ada from registering.
    let ada = browser();
    h.app.sign_in(&ada, ADA, crate::helpers::PASSWORD).await;
    h.post(&ada, "start_registration", &[]).await;
    h.post(&ada, "skip_step", &[("step", "mobile_phone")]).await;
    h.post(&ada, "send_email_code", &[("email", "ada.new@example.org")]).await;
    let page = h.app.page_in(&ada, "/register", "en").await;
    assert!(!page.contains("Too many codes"), "{page}");
    assert!(h.sender.last_code_to("ada.new@example.org").is_some());
}

#[tokio::test]
async fn starting_a_reset_counts_against_the_address() {
    use app::domain::reset_budget::ATTEMPTS_PER_ADDRESS;
    let h = harness(policy(&EVERY_METHOD, 1)).await;
    let client = browser();
    for i in 0..ATTEMPTS_PER_ADDRESS {
        let answer = captcha(&h.app, &client, true).await;
        let name = format!("someone{i}@contoso.example");
        let response = h.post_start(&client, &start_form(&answer, &name)).await;
        assert_eq!(location(&response).unwrap(), "/reset/verify", "start {i}");
    }
    let answer = captcha(&h.app, &client, true).await;
    let response = h.post_start(&client, &start_form(&answer, ADA)).await;
    let to = location(&response).unwrap();
    assert!(to.starts_with("/reset?error=reset-error-busy-address"), "{to}");
}
