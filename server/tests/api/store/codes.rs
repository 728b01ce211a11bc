use super::{profile, NOW};
use crate::on_both_backends;
use app::domain::channel::Channel;
use app::domain::verification_code::{CodeCheck, CODE_LIFETIME, SEND_BUDGET_WINDOW};
use sspr::store::{BudgetExhausted, NewCode, ProvenDestination, SqlStore, UserId};

on_both_backends!(
    a_code_is_accepted_once_and_replays_fail,
    five_wrong_tries_kill_the_code,
    a_resend_voids_the_previous_code,
    codes_expire_after_their_lifetime,
    sends_are_budgeted_per_budget_key_not_per_destination,
    a_made_up_reset_keeps_a_code_without_a_user,
    a_withdrawn_send_does_not_count,
    concurrent_submissions_of_one_code_succeed_once,
);

async fn user(store: &SqlStore, upn: &str) -> UserId {
    store.add_user(profile(upn), None, NOW).await.unwrap()
}

fn code<'a>(user: UserId, flow: &'a str, destination: &'a str, hash: &'a str) -> NewCode<'a> {
    NewCode {
        flow_key: flow,
        purpose: "email",
        user: Some(user),
        channel: Channel::Email,
        destination,
        budget_key: "ada's budget",
        code_hash: hash,
    }
}

async fn check(store: &SqlStore, flow: &str, hash: &str, now: i64) -> CodeCheck {
    store.check_code(flow, "email", hash, now).await.unwrap().0
}

async fn a_code_is_accepted_once_and_replays_fail(store: &SqlStore) {
    let ada = user(store, "ada@contoso.example").await;
    store.issue_code(&code(ada, "f1", "ada@home.example", "h1"), NOW).await.unwrap().unwrap();
    // Another flow's code with the same value proves nothing here.
    assert_eq!(check(store, "f2", "h1", NOW).await, CodeCheck::NoCode);
    let (result, proven) = store.check_code("f1", "email", "h1", NOW + 1).await.unwrap();
    assert_eq!(result, CodeCheck::Accepted);
    assert_eq!(
        proven,
        Some(ProvenDestination { channel: Channel::Email, destination: "ada@home.example".into() })
    );
    assert_eq!(check(store, "f1", "h1", NOW + 2).await, CodeCheck::Used);
}

async fn five_wrong_tries_kill_the_code(store: &SqlStore) {
    let ada = user(store, "ada@contoso.example").await;
    store.issue_code(&code(ada, "f1", "ada@home.example", "right"), NOW).await.unwrap().unwrap();
    for left in (1..=4).rev() {
        assert_eq!(check(store, "f1", "wrong", NOW).await, CodeCheck::Wrong { tries_left: left });
    }
    assert_eq!(check(store, "f1", "wrong", NOW).await, CodeCheck::Dead);
    // Even the right code is refused now.
    assert_eq!(check(store, "f1", "right", NOW).await, CodeCheck::Dead);
}

async fn a_resend_voids_the_previous_code(store: &SqlStore) {
    let ada = user(store, "ada@contoso.example").await;
    store.issue_code(&code(ada, "f1", "ada@home.example", "old"), NOW).await.unwrap().unwrap();
    store.issue_code(&code(ada, "f1", "ada@home.example", "new"), NOW).await.unwrap().unwrap();
    assert_eq!(check(store, "f1", "old", NOW).await, CodeCheck::Wrong { tries_left: 4 });
    assert_eq!(check(store, "f1", "new", NOW).await, CodeCheck::Accepted);
}

async fn codes_expire_after_their_lifetime(store: &SqlStore) {
    let ada = user(store, "ada@contoso.example").await;
    store.issue_code(&code(ada, "f1", "ada@home.example", "h"), NOW).await.unwrap().unwrap();
    let lifetime = CODE_LIFETIME.as_secs() as i64;
    assert_eq!(check(store, "f1", "h", NOW + lifetime).await, CodeCheck::Expired);
    store.issue_code(&code(ada, "f2", "ada@home.example", "h"), NOW).await.unwrap().unwrap();
    assert_eq!(check(store, "f2", "h", NOW + lifetime - 1).await, CodeCheck::Accepted);
}

async fn sends_are_budgeted_per_budget_key_not_per_destination(store: &SqlStore) {
    let ada = user(store, "ada@contoso.example").await;
    let bob = user(store, "bob@contoso.example").await;
    for i in 0..5 {
        let hash = format!("h{i}");
        let dest = format!("ada{i}@home.example");
        store.issue_code(&code(ada, "f1", &dest, &hash), NOW + i).await.unwrap().unwrap();
    }
    // The budget holds across flows and destinations.
    let sixth = store.issue_code(&code(ada, "f9", "ada9@home.example", "h"), NOW + 10).await;
    assert_eq!(sixth.unwrap().unwrap_err(), BudgetExhausted);
    // Bob's budget is his own, even for an address Ada's codes went to:
    // whose address it is never changes the answer.
    for i in 0..5 {
        let hash = format!("b{i}");
        let c =
            NewCode { budget_key: "bob's budget", ..code(bob, "f2", "ada0@home.example", &hash) };
        store.issue_code(&c, NOW + 10).await.unwrap().unwrap();
    }
    // After the window, Ada may send again.
    let later = NOW + SEND_BUDGET_WINDOW.as_secs() as i64 + 10;
    store.issue_code(&code(ada, "f1", "ada@home.example", "h"), later).await.unwrap().unwrap();
}

async fn a_made_up_reset_keeps_a_code_without_a_user(store: &SqlStore) {
    let ada = user(store, "ada@contoso.example").await;
    let made_up = NewCode { user: None, ..code(ada, "f1", "q•••@c•••", "unmatchable") };
    store.issue_code(&made_up, NOW).await.unwrap().unwrap();
    assert_eq!(check(store, "f1", "typed", NOW).await, CodeCheck::Wrong { tries_left: 4 });
    let lifetime = CODE_LIFETIME.as_secs() as i64;
    assert_eq!(check(store, "f1", "typed", NOW + lifetime).await, CodeCheck::Expired);
    let nobody = NewCode { user: Some(UserId(-5)), ..code(ada, "f2", "x", "y") };
    assert!(matches!(
        store.issue_code(&nobody, NOW).await,
        Err(sspr::store::StoreError::UnknownUser)
    ));
}

async fn a_withdrawn_send_does_not_count(store: &SqlStore) {
    let ada = user(store, "ada@contoso.example").await;
    for i in 0..10 {
        let hash = format!("h{i}");
        let issued =
            store.issue_code(&code(ada, "f1", "ada@home.example", &hash), NOW).await.unwrap();
        store.withdraw_code(issued.unwrap()).await.unwrap();
    }
    // The withdrawn code cannot be used either.
    assert_eq!(check(store, "f1", "h9", NOW).await, CodeCheck::NoCode);
    store.issue_code(&code(ada, "f1", "ada@home.example", "ok"), NOW).await.unwrap().unwrap();
}

async fn concurrent_submissions_of_one_code_succeed_once(store: &SqlStore) {
    let ada = user(store, "ada@contoso.example").await;
    store.issue_code(&code(ada, "f1", "ada@home.example", "h"), NOW).await.unwrap().unwrap();
    let attempts = (0..20).map(|_| {
        let store = store.clone();
        tokio::spawn(async move { store.check_code("f1", "email", "h", NOW).await.unwrap().0 })
    });
    let mut accepted = 0;
    for attempt in attempts {
        match attempt.await.unwrap() {
            CodeCheck::Accepted => accepted += 1,
            CodeCheck::Used => {}
            other => panic!("unexpected {other:?}"),
        }
    }
    assert_eq!(accepted, 1);
}
