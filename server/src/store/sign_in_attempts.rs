//! Sign-in attempts in the database, so that the guessing limits hold
//! across restarts and instances. The rules are in the domain.

use super::{count, seconds, SqlStore, StoreError};
use app::domain::sign_in_throttle::{
    decide_guess, GuessCounts, GuessDecision, ADDRESS_WINDOW, BURST_WINDOW, DAY_WINDOW,
};

impl SqlStore {
    /// Counts one attempt on the account from the address, or refuses it.
    /// Counted before the password is checked, under the account's lock,
    /// so concurrent guesses cannot pass the limit together.
    pub async fn record_sign_in_attempt(
        &self,
        user_key: &str,
        address_key: &str,
        now: i64,
    ) -> Result<GuessDecision, StoreError> {
        let mut tx = self.db.begin_write().await?;
        if let Some(lock) = self.db.backend.lock_key() {
            sqlx::query(lock).bind(user_key.to_owned()).execute(&mut *tx).await?;
        }
        // Both account windows in one pass over the day's attempts.
        let (day, oldest_in_day, burst, oldest_in_burst): (i64, Option<i64>, i64, Option<i64>) =
            sqlx::query_as(
                "SELECT COUNT(*), MIN(at), COUNT(CASE WHEN at > $3 THEN 1 END), \
                 MIN(CASE WHEN at > $3 THEN at END) \
                 FROM sign_in_attempts WHERE user_key = $1 AND at > $2",
            )
            .bind(user_key.to_owned())
            .bind(now - seconds(DAY_WINDOW))
            .bind(now - seconds(BURST_WINDOW))
            .fetch_one(&mut *tx)
            .await?;
        let (address,): (i64,) = sqlx::query_as(
            "SELECT COUNT(*) FROM sign_in_attempts WHERE address_key = $1 AND at > $2",
        )
        .bind(address_key.to_owned())
        .bind(now - seconds(ADDRESS_WINDOW))
        .fetch_one(&mut *tx)
        .await?;
        let decision = decide_guess(GuessCounts {
            burst: count(burst),
            oldest_in_burst,
            day: count(day),
            oldest_in_day,
            address: count(address),
        });
        if decision == GuessDecision::Allow {
            sqlx::query(
                "INSERT INTO sign_in_attempts (user_key, address_key, at) VALUES ($1, $2, $3)",
            )
            .bind(user_key.to_owned())
            .bind(address_key.to_owned())
            .bind(now)
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
        Ok(decision)
    }

    /// A correct password: the account's misses in a row are over.
    pub async fn clear_sign_in_attempts(&self, user_key: &str) -> Result<(), StoreError> {
        sqlx::query("DELETE FROM sign_in_attempts WHERE user_key = $1")
            .bind(user_key.to_owned())
            .execute(&self.db.pool)
            .await?;
        Ok(())
    }

    /// Drops attempts older than every window.
    pub async fn delete_expired_sign_in_attempts(&self, now: i64) -> Result<(), StoreError> {
        let oldest = now - seconds(DAY_WINDOW.max(ADDRESS_WINDOW).max(BURST_WINDOW));
        sqlx::query("DELETE FROM sign_in_attempts WHERE at <= $1")
            .bind(oldest)
            .execute(&self.db.pool)
            .await?;
        Ok(())
    }
}
