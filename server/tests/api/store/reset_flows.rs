use super::{profile, NOW};
use crate::on_both_backends;
use app::domain::reset_budget::{ATTEMPTS_PER_METHOD, BLOCK_DURATION, FAILURES_PER_DAY};
use app::domain::reset_flow::{Gate, ResetFlow, Stage};
use app::domain::sspr_policy::SsprPolicy;
use sspr::store::{Refusal, SqlStore, StoredReset};

on_both_backends!(
    a_reset_reads_back_and_its_notice_is_read_once,
    concurrent_moves_of_one_reset_succeed_once,
    a_decoy_reset_keeps_its_masks,
    the_sixth_attempt_in_an_hour_blocks_for_a_day,
    concurrent_attempts_never_exceed_the_budget,
    a_hundred_failures_a_day_block_across_flows,
    expired_resets_are_swept,
    a_captcha_is_accepted_once_even_concurrently,
);

fn flow() -> ResetFlow {
    let policy = SsprPolicy { methods_required: 1, ..SsprPolicy::initial() };
    ResetFlow::new(vec![Gate::Email, Gate::MobileSms], &policy, true, false)
}

async fn started(store: &SqlStore, key: &str, decoy: bool) -> StoredReset {
    let user = if decoy {
        None
    } else {
        Some(store.add_user(profile("ada@contoso.example"), None, NOW).await.unwrap())
    };
    let masks =
        if decoy { vec![(Gate::Email, "q•••@contoso.example".to_owned())] } else { vec![] };
    let reset = StoredReset { user_key: "user-key".into(), user, flow: flow(), decoy_masks: masks };
    store.start_reset(key, &reset, NOW, NOW + 1200).await.unwrap();
    reset
}

async fn a_reset_reads_back_and_its_notice_is_read_once(store: &SqlStore) {
    let started = started(store, "k1", false).await;
    let read = store.reset("k1", NOW + 1).await.unwrap().unwrap();
    assert_eq!(
        (read.user, read.flow, read.user_key),
        (started.user, started.flow, started.user_key)
    );
    assert!(store.reset("k1", NOW + 1200).await.unwrap().is_none(), "expired");
    assert!(store.reset("other", NOW).await.unwrap().is_none());
    store.set_reset_notice("k1", Some("{\"n\":1}".into())).await.unwrap();
    assert_eq!(store.take_reset_notice("k1").await.unwrap().as_deref(), Some("{\"n\":1}"));
    assert_eq!(store.take_reset_notice("k1").await.unwrap(), None);
}

async fn concurrent_moves_of_one_reset_succeed_once(store: &SqlStore) {
    started(store, "k1", false).await;
    let from = flow();
    let mut to = flow();
    to.choose(Gate::Email, vec![]).unwrap();
    to.pass_current().unwrap();
    assert_eq!(to.stage, Stage::NewPassword);
    let moves = (0..20).map(|_| {
        let (store, from, to) = (store.clone(), from.clone(), to.clone());
        tokio::spawn(async move { store.move_reset("k1", &from, &to).await.unwrap() })
    });
    let mut moved = 0;
    for m in moves {
        moved += usize::from(m.await.unwrap());
    }
    assert_eq!(moved, 1);
    assert_eq!(store.reset("k1", NOW).await.unwrap().unwrap().flow, to);
}

async fn a_decoy_reset_keeps_its_masks(store: &SqlStore) {
    started(store, "k1", true).await;
    let read = store.reset("k1", NOW).await.unwrap().unwrap();
    assert_eq!(read.user, None);
    assert_eq!(read.decoy_masks, vec![(Gate::Email, "q•••@contoso.example".to_owned())]);
}

async fn the_sixth_attempt_in_an_hour_blocks_for_a_day(store: &SqlStore) {
    for i in 0..ATTEMPTS_PER_METHOD {
        let ok = store.record_reset_attempt("u", "email", "a", NOW + i64::from(i)).await.unwrap();
        assert_eq!(ok, Ok(()));
    }
    // Another method has its own count.
    assert_eq!(store.record_reset_attempt("u", "mobile_phone", "a", NOW).await.unwrap(), Ok(()));
    let until = NOW + 10 + BLOCK_DURATION.as_secs() as i64;
    assert_eq!(
        store.record_reset_attempt("u", "email", "a", NOW + 10).await.unwrap(),
        Err(Refusal::Blocked { until })
    );
    // The block covers every method and outlives the hour.
    assert_eq!(
        store.record_reset_attempt("u", "mobile_phone", "a", NOW + 7200).await.unwrap(),
        Err(Refusal::Blocked { until })
    );
    assert_eq!(store.reset_blocked_until("u", NOW + 7200).await.unwrap(), Some(until));
    assert_eq!(store.reset_blocked_until("u", until).await.unwrap(), None, "over after a day");
    assert_eq!(store.record_reset_attempt("u", "email", "a", until + 3600).await.unwrap(), Ok(()));
    assert_eq!(store.reset_blocked_until("other", NOW).await.unwrap(), None);
}

async fn concurrent_attempts_never_exceed_the_budget(store: &SqlStore) {
    let attempts = (0..20).map(|i| {
        let store = store.clone();
        tokio::spawn(async move {
            store.record_reset_attempt("u", "email", &format!("a{i}"), NOW).await.unwrap()
        })
    });
    let mut allowed = 0;
    for a in attempts {
        allowed += usize::from(a.await.unwrap().is_ok());
    }
    assert_eq!(allowed, ATTEMPTS_PER_METHOD as usize);
}

async fn a_hundred_failures_a_day_block_across_flows(store: &SqlStore) {
    for i in 0..FAILURES_PER_DAY - 1 {
        let blocked =
            store.record_reset_failure("u", "email", "a", NOW + i64::from(i)).await.unwrap();
        assert_eq!(blocked, None);
    }
    let blocked = store.record_reset_failure("u", "email", "a", NOW + 200).await.unwrap();
    assert_eq!(blocked, Some(NOW + 200 + BLOCK_DURATION.as_secs() as i64));
}

async fn expired_resets_are_swept(store: &SqlStore) {
    started(store, "k1", true).await;
    store.record_reset_attempt("u", "email", "a", NOW).await.unwrap().unwrap();
    assert_eq!(store.delete_expired_resets(NOW + 1199).await.unwrap(), 0);
    assert_eq!(store.delete_expired_resets(NOW + 1200).await.unwrap(), 1);
    store.delete_expired_reset_budget(NOW + 2 * 86_400).await.unwrap();
    let (left,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM reset_attempts")
        .fetch_one(&store.db().pool)
        .await
        .unwrap();
    assert_eq!(left, 0);
}

async fn a_captcha_is_accepted_once_even_concurrently(store: &SqlStore) {
    let uses = (0..20).map(|_| {
        let store = store.clone();
        tokio::spawn(async move { store.use_captcha("nonce-key", NOW + 300).await.unwrap() })
    });
    let mut accepted = 0;
    for u in uses {
        accepted += usize::from(u.await.unwrap());
    }
    assert_eq!(accepted, 1);
    assert_eq!(store.delete_expired_captcha_uses(NOW + 299).await.unwrap(), 0);
    assert_eq!(store.delete_expired_captcha_uses(NOW + 300).await.unwrap(), 1);
    assert!(store.use_captcha("nonce-key", NOW + 600).await.unwrap(), "gone once expired");
}
