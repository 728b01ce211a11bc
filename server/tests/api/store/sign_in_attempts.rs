use super::NOW;
use crate::on_both_backends;
use app::domain::sign_in_throttle::{GuessDecision, GUESSES_PER_ADDRESS, GUESSES_PER_BURST};
use sspr::store::SqlStore;

on_both_backends!(
    concurrent_guesses_never_exceed_the_burst,
    the_pause_ends_when_the_oldest_miss_ages_out,
    clearing_ends_the_misses_in_a_row,
    an_address_is_counted_across_accounts,
    old_attempts_are_swept,
);

async fn concurrent_guesses_never_exceed_the_burst(store: &SqlStore) {
    let guesses = (0..25).map(|i| {
        let store = store.clone();
        tokio::spawn(async move {
            store.record_sign_in_attempt("u", &format!("a{i}"), NOW).await.unwrap()
        })
    });
    let mut allowed = 0;
    for g in guesses {
        allowed += usize::from(g.await.unwrap() == GuessDecision::Allow);
    }
    assert_eq!(allowed, GUESSES_PER_BURST as usize);
}

async fn the_pause_ends_when_the_oldest_miss_ages_out(store: &SqlStore) {
    for i in 0..GUESSES_PER_BURST {
        let at = NOW + i64::from(i) * 10;
        assert_eq!(store.record_sign_in_attempt("u", "a", at).await.unwrap(), GuessDecision::Allow);
    }
    let refused = store.record_sign_in_attempt("u", "a", NOW + 200).await.unwrap();
    assert_eq!(refused, GuessDecision::PauseAccount { until: NOW + 900 });
    // Refusals are not counted: once the first miss is 15 minutes old,
    // one more guess goes through.
    let later = store.record_sign_in_attempt("u", "a", NOW + 901).await.unwrap();
    assert_eq!(later, GuessDecision::Allow);
}

async fn clearing_ends_the_misses_in_a_row(store: &SqlStore) {
    for _ in 0..GUESSES_PER_BURST {
        store.record_sign_in_attempt("u", "a", NOW).await.unwrap();
        store.record_sign_in_attempt("other", "a", NOW).await.unwrap();
    }
    store.clear_sign_in_attempts("u").await.unwrap();
    assert_eq!(store.record_sign_in_attempt("u", "a", NOW).await.unwrap(), GuessDecision::Allow);
    assert_ne!(
        store.record_sign_in_attempt("other", "a", NOW).await.unwrap(),
        GuessDecision::Allow,
        "only that account's count is cleared"
    );
}

async fn an_address_is_counted_across_accounts(store: &SqlStore) {
    for i in 0..GUESSES_PER_ADDRESS {
        let decision = store.record_sign_in_attempt(&format!("u{i}"), "a", NOW).await.unwrap();
        assert_eq!(decision, GuessDecision::Allow);
    }
    let refused = store.record_sign_in_attempt("someone-else", "a", NOW).await.unwrap();
    assert_eq!(refused, GuessDecision::PauseAddress);
    let elsewhere = store.record_sign_in_attempt("someone-else", "b", NOW).await.unwrap();
    assert_eq!(elsewhere, GuessDecision::Allow);
}

async fn old_attempts_are_swept(store: &SqlStore) {
    store.record_sign_in_attempt("u", "a", NOW).await.unwrap();
    store.delete_expired_sign_in_attempts(NOW + 86_399).await.unwrap();
    let count = || async {
        let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM sign_in_attempts")
            .fetch_one(&store.db().pool)
            .await
            .unwrap();
        n
    };
    assert_eq!(count().await, 1);
    store.delete_expired_sign_in_attempts(NOW + 86_400).await.unwrap();
    assert_eq!(count().await, 0);
}
