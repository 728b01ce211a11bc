use super::{name, profile, NOW};
use crate::on_both_backends;
use app::domain::{
    answered_questions::{AnsweredQuestions, Question},
    directory_user::SecurityInfo,
    email::Email,
    phone_number::PhoneNumber,
    roles::Role,
    security_answer::SecurityAnswer,
    security_questions::{CustomQuestion, PredefinedQuestion},
};
use sspr::{
    answer_hashes::{answer_matches, hash_answers},
    password_hasher::PasswordHasher,
    store::{AnswerHash, SqlStore, StoreError, UserId},
};

on_both_backends!(
    a_new_user_has_empty_security_info,
    an_administrators_authentication_phone_is_also_the_public_mobile,
    deleting_an_administrators_phone_also_removes_the_public_copy,
    questions_are_replaced_as_one_set_and_checked_only_by_hash,
    a_failed_registration_keeps_the_previous_answers,
    registration_confirmation_and_dismissals_are_dated,
    info_for_an_unknown_user_is_refused,
    concurrent_writers_all_succeed,
);

fn question(id: &str) -> Question {
    Question::Predefined(PredefinedQuestion::parse(id).unwrap())
}

fn fake_hash(n: usize) -> AnswerHash {
    AnswerHash::new(format!("$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA{n}"))
}

async fn a_new_user_has_empty_security_info(store: &SqlStore) {
    let id = store.add_user(profile("ada@contoso.example"), None, NOW).await.unwrap();
    assert_eq!(store.security_info(id).await.unwrap(), SecurityInfo::default());
}

async fn an_administrators_authentication_phone_is_also_the_public_mobile(store: &SqlStore) {
    let mut admin = profile("admin@contoso.example");
    admin.roles.insert(Role::PasswordAdministrator);
    let admin = store.add_user(admin, None, NOW).await.unwrap();
    let user = store.add_user(profile("user@contoso.example"), None, NOW).await.unwrap();
    let phone = PhoneNumber::parse("+39 347 123 4567", None).unwrap();
    for id in [admin, user] {
        store.set_authentication_phone(id, Some(&phone), NOW).await.unwrap();
        assert_eq!(
            store.security_info(id).await.unwrap().authentication_phone,
            Some(phone.clone())
        );
    }
    let mobile = |upn| async move {
        store.user_by_upn(&name(upn)).await.unwrap().unwrap().profile.mobile_phone
    };
    assert_eq!(mobile("admin@contoso.example").await, Some(phone.clone()));
    assert_eq!(mobile("user@contoso.example").await, None, "a user's private number stays private");

    let email = Email::parse("ada@home.example").unwrap();
    store.set_authentication_email(user, Some(&email), NOW).await.unwrap();
    store.set_authentication_phone(user, None, NOW).await.unwrap();
    let info = store.security_info(user).await.unwrap();
    assert_eq!((info.authentication_phone, info.authentication_email), (None, Some(email)));
}

async fn deleting_an_administrators_phone_also_removes_the_public_copy(store: &SqlStore) {
    let mut admin = profile("admin@contoso.example");
    admin.roles.insert(Role::GlobalAdministrator);
    let admin = store.add_user(admin, None, NOW).await.unwrap();
    let phone = PhoneNumber::parse("+39 347 123 4567", None).unwrap();
    store.set_authentication_phone(admin, Some(&phone), NOW).await.unwrap();
    store.set_authentication_phone(admin, None, NOW).await.unwrap();
    let found = store.user_by_upn(&name("admin@contoso.example")).await.unwrap().unwrap();
    assert_eq!(found.profile.mobile_phone, None, "no reset falls back to the deleted number");
    assert_eq!(store.security_info(admin).await.unwrap().authentication_phone, None);

    // A directory number that differs from the deleted one stays.
    let mut other = profile("other@contoso.example");
    other.roles.insert(Role::UserAdministrator);
    let desk = PhoneNumber::parse("+39 06 6982 1234", None).unwrap();
    other.mobile_phone = Some(desk.clone());
    let other = store.add_user(other, None, NOW).await.unwrap();
    store.set_authentication_phone(other, Some(&phone), NOW).await.unwrap();
    sqlx::query("UPDATE users SET mobile_phone = $1 WHERE id = $2")
        .bind(desk.as_e164().to_owned())
        .bind(other.0)
        .execute(&store.db().pool)
        .await
        .unwrap();
    store.set_authentication_phone(other, None, NOW).await.unwrap();
    let found = store.user_by_upn(&name("other@contoso.example")).await.unwrap().unwrap();
    assert_eq!(found.profile.mobile_phone, Some(desk));
}

async fn questions_are_replaced_as_one_set_and_checked_only_by_hash(store: &SqlStore) {
    let id = store.add_user(profile("ada@contoso.example"), None, NOW).await.unwrap();
    let hasher = PasswordHasher::new(1).unwrap();
    let custom = Question::Custom(CustomQuestion::parse("Name of our first server?").unwrap());
    let pairs = [
        (question("first-pet"), "Biscuit"),
        (custom.clone(), "Ada-1"),
        (question("first-job"), "Translator"),
    ]
    .into_iter()
    .map(|(q, a)| (q, SecurityAnswer::parse(a).unwrap()))
    .collect();
    let answers = AnsweredQuestions::new(pairs, 3).unwrap();
    let answers = hash_answers(&hasher, &answers).await.unwrap();
    store.register_questions(id, &answers, NOW).await.unwrap();

    let info = store.security_info(id).await.unwrap();
    assert_eq!(info.answered_questions, vec![question("first-pet"), custom, question("first-job")]);
    let stored = store.answer_hashes(id).await.unwrap();
    let given = SecurityAnswer::parse("  BISCUIT ").unwrap();
    assert!(answer_matches(&hasher, &given, &stored[0].1).await.unwrap());
    assert!(!answer_matches(&hasher, &given, &stored[1].1).await.unwrap());
    // The stored form is a salted hash: neither the answer nor printable.
    assert!(!stored[0].1.phc().contains("biscuit"));
    assert_eq!(format!("{:?}", stored[0].1), "AnswerHash(..)");

    let replacement: Vec<_> = ["city-first-job", "first-school", "favorite-food"]
        .iter()
        .enumerate()
        .map(|(n, id)| (question(id), fake_hash(n)))
        .collect();
    store.register_questions(id, &replacement, NOW + 1).await.unwrap();
    let info = store.security_info(id).await.unwrap();
    assert_eq!(
        info.answered_questions,
        vec![question("city-first-job"), question("first-school"), question("favorite-food")]
    );
}

async fn a_failed_registration_keeps_the_previous_answers(store: &SqlStore) {
    let id = store.add_user(profile("ada@contoso.example"), None, NOW).await.unwrap();
    let first: Vec<_> = ["first-pet", "first-job", "first-school"]
        .iter()
        .enumerate()
        .map(|(n, q)| (question(q), fake_hash(n)))
        .collect();
    store.register_questions(id, &first, NOW).await.unwrap();
    // The same question twice breaks a constraint on the third insert,
    // after the old answers were deleted: the transaction must undo that.
    let broken: Vec<_> = ["favorite-food", "childhood-hero", "favorite-food"]
        .iter()
        .enumerate()
        .map(|(n, q)| (question(q), fake_hash(n)))
        .collect();
    assert!(store.register_questions(id, &broken, NOW + 5).await.is_err());
    let info = store.security_info(id).await.unwrap();
    assert_eq!(info.answered_questions, first.iter().map(|(q, _)| q.clone()).collect::<Vec<_>>());
    assert_eq!(info.last_confirmed_at, Some(NOW));
}

async fn registration_confirmation_and_dismissals_are_dated(store: &SqlStore) {
    let id = store.add_user(profile("ada@contoso.example"), None, NOW).await.unwrap();
    store.record_prompt_dismissal(id, NOW).await.unwrap();
    store.record_prompt_dismissal(id, NOW + 60).await.unwrap();
    let info = store.security_info(id).await.unwrap();
    assert_eq!((info.prompt_dismissals, info.last_dismissed_at), (2, Some(NOW + 60)));
    assert_eq!((info.registered_at, info.last_confirmed_at), (None, None));

    let email = Email::parse("ada@home.example").unwrap();
    store.set_authentication_email(id, Some(&email), NOW + 100).await.unwrap();
    store.confirm_security_info(id, NOW + 200).await.unwrap();
    let info = store.security_info(id).await.unwrap();
    assert_eq!((info.registered_at, info.last_confirmed_at), (Some(NOW + 100), Some(NOW + 200)));
    assert_eq!(info.prompt_dismissals, 2);
}

async fn info_for_an_unknown_user_is_refused(store: &SqlStore) {
    let email = Email::parse("ada@home.example").unwrap();
    let result = store.set_authentication_email(UserId(424_242), Some(&email), NOW).await;
    assert!(matches!(result, Err(StoreError::UnknownUser)), "{result:?}");
}

async fn concurrent_writers_all_succeed(store: &SqlStore) {
    // Each write reads before it writes; on SQLite a deferred transaction
    // would fail to upgrade its lock under contention. BEGIN IMMEDIATE
    // queues the writers instead.
    let mut admin = profile("admin@contoso.example");
    admin.roles.insert(Role::GlobalAdministrator);
    let id = store.add_user(admin, None, NOW).await.unwrap();
    let mut tasks = Vec::new();
    for n in 0..16 {
        let store = store.clone();
        tasks.push(tokio::spawn(async move {
            let phone = PhoneNumber::parse(&format!("+39 347 123 45{n:02}"), None).unwrap();
            store.set_authentication_phone(id, Some(&phone), NOW + n).await
        }));
    }
    for task in tasks {
        task.await.unwrap().unwrap();
    }
    let info = store.security_info(id).await.unwrap();
    let admin = store.user_by_upn(&name("admin@contoso.example")).await.unwrap().unwrap();
    assert_eq!(admin.profile.mobile_phone, info.authentication_phone);
}
