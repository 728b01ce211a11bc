use super::{profile, NOW};
use crate::on_both_backends;
use app::domain::answered_questions::Question;
use app::domain::registration_flow::{RegistrationFlow, RegistrationPlan, Step, StepState};
use app::domain::security_questions::PredefinedQuestion;
use app::domain::sspr_policy::{Method, SsprPolicy};
use app::domain::{email::Email, phone_number::PhoneNumber};
use sspr::store::{AnswerHash, RegistrationChanges, SqlStore, StoreError};

on_both_backends!(
    a_flow_round_trips_and_expires,
    a_new_flow_ends_the_users_previous_one,
    a_notice_is_read_once,
    finishing_saves_everything_once,
);

fn flow() -> RegistrationFlow {
    let policy = SsprPolicy {
        enabled_methods: [Method::MobilePhone, Method::Email, Method::SecurityQuestions].into(),
        ..SsprPolicy::initial()
    };
    RegistrationFlow::new(RegistrationPlan::for_policy(&policy).unwrap())
}

fn question(id: &str) -> Question {
    Question::Predefined(PredefinedQuestion::parse(id).unwrap())
}

async fn a_flow_round_trips_and_expires(store: &SqlStore) {
    let ada = store.add_user(profile("ada@contoso.example"), None, NOW).await.unwrap();
    let mut f = flow();
    store.start_flow("k1", ada, &f, NOW, NOW + 60).await.unwrap();
    f.settle(Step::MobilePhone, StepState::Skipped);
    f.verified_email = Some(Email::parse("ada@home.example").unwrap());
    let hashes = vec![(question("city-first-job"), AnswerHash::new("$argon2id$x".into()))];
    store.update_flow("k1", &f, Some(&hashes)).await.unwrap();
    // Updating the state alone keeps the hashes.
    store.update_flow("k1", &f, None).await.unwrap();
    let stored = store.flow("k1", NOW + 59).await.unwrap().unwrap();
    assert_eq!(stored.user, ada);
    assert_eq!(stored.flow, f);
    assert_eq!(stored.answer_hashes.len(), 1);
    assert_eq!(stored.answer_hashes[0].1.phc(), "$argon2id$x");
    assert!(store.flow("k1", NOW + 60).await.unwrap().is_none(), "expired");
    assert!(store.flow("other", NOW).await.unwrap().is_none());
}

async fn a_new_flow_ends_the_users_previous_one(store: &SqlStore) {
    let ada = store.add_user(profile("ada@contoso.example"), None, NOW).await.unwrap();
    store.start_flow("k1", ada, &flow(), NOW, NOW + 60).await.unwrap();
    store.start_flow("k2", ada, &flow(), NOW, NOW + 60).await.unwrap();
    assert!(store.flow("k1", NOW).await.unwrap().is_none());
    assert!(store.flow("k2", NOW).await.unwrap().is_some());
}

async fn a_notice_is_read_once(store: &SqlStore) {
    let ada = store.add_user(profile("ada@contoso.example"), None, NOW).await.unwrap();
    store.start_flow("k1", ada, &flow(), NOW, NOW + 60).await.unwrap();
    store.set_flow_notice("k1", Some("{\"x\":1}".into())).await.unwrap();
    assert_eq!(store.take_flow_notice("k1").await.unwrap().as_deref(), Some("{\"x\":1}"));
    assert_eq!(store.take_flow_notice("k1").await.unwrap(), None);
}

async fn finishing_saves_everything_once(store: &SqlStore) {
    let ada = store.add_user(profile("ada@contoso.example"), None, NOW).await.unwrap();
    store.start_flow("k1", ada, &flow(), NOW, NOW + 60).await.unwrap();
    let phone = PhoneNumber::parse("+393331234567", None).unwrap();
    let email = Email::parse("ada@home.example").unwrap();
    let answers: Vec<(Question, AnswerHash)> = ["city-first-job", "first-pet", "first-school"]
        .into_iter()
        .map(|id| (question(id), AnswerHash::new(format!("$argon2id${id}"))))
        .collect();
    let changes =
        RegistrationChanges { phone: Some(&phone), email: Some(&email), answers: Some(&answers) };
    let audit = sspr::store::AuditEntry::new(
        NOW + 5,
        "ada@contoso.example",
        sspr::store::AuditAction::SecurityInfoRegistered,
        sspr::store::AuditOutcome::Success,
    );
    store.finish_flow("k1", ada, &changes, &audit, NOW + 5).await.unwrap();
    let info = store.security_info(ada).await.unwrap();
    assert_eq!(info.authentication_phone, Some(phone.clone()));
    assert_eq!(info.authentication_email, Some(email.clone()));
    assert_eq!(info.answered_questions.len(), 3);
    assert_eq!(info.last_confirmed_at, Some(NOW + 5));
    assert!(store.flow("k1", NOW).await.unwrap().is_none(), "the flow ended");
    // A second submit of the summary finds no flow and writes nothing.
    let again = store.finish_flow("k1", ada, &changes, &audit, NOW + 9).await;
    assert!(matches!(again, Err(StoreError::FlowGone)), "{again:?}");
    let entries = store.recent_audit(10).await.unwrap();
    assert_eq!(entries.iter().filter(|e| e.action == "security-info.registered").count(), 1);
    assert_eq!(store.security_info(ada).await.unwrap().last_confirmed_at, Some(NOW + 5));
}
