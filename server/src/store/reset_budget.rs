//! The reset budgets in the database: attempts per account and method,
//! per client address, failed verifications per account, and the blocks
//! they lead to. The rules themselves are in the domain.

use super::{count, seconds, SqlStore, StoreError};
use app::domain::reset_budget::{
    decide_attempt, failure_blocks, AttemptCounts, AttemptDecision, ATTEMPT_WINDOW, BLOCK_DURATION,
    FAILURE_WINDOW,
};

/// The method name a reset's start is counted under.
const START: &str = "start";

/// Why a reset attempt was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// The account is blocked until this unix time.
    Blocked { until: i64 },
    /// Too many attempts from the client's address.
    BusyAddress,
}

impl SqlStore {
    /// The end of the account's block, if it is blocked now.
    pub async fn reset_blocked_until(
        &self,
        user_key: &str,
        now: i64,
    ) -> Result<Option<i64>, StoreError> {
        let row: Option<(i64,)> =
            sqlx::query_as("SELECT until FROM reset_blocks WHERE user_key = $1 AND until > $2")
                .bind(user_key.to_owned())
                .bind(now)
                .fetch_optional(&self.db.pool)
                .await?;
        Ok(row.map(|(until,)| until))
    }

    /// Counts one gate attempt with `method`, or refuses it. The sixth
    /// attempt in an hour blocks the account for a day.
    pub async fn record_reset_attempt(
        &self,
        user_key: &str,
        method: &str,
        address_key: &str,
        now: i64,
    ) -> Result<Result<(), Refusal>, StoreError> {
        let mut tx = self.db.begin_write().await?;
        if let Some(lock) = self.db.backend.lock_key() {
            sqlx::query(lock).bind(user_key.to_owned()).execute(&mut *tx).await?;
        }
        let blocked: Option<(i64,)> =
            sqlx::query_as("SELECT until FROM reset_blocks WHERE user_key = $1 AND until > $2")
                .bind(user_key.to_owned())
                .bind(now)
                .fetch_optional(&mut *tx)
                .await?;
        if let Some((until,)) = blocked {
            return Ok(Err(Refusal::Blocked { until }));
        }
        let hour_ago = now - seconds(ATTEMPT_WINDOW);
        let (by_method,): (i64,) = sqlx::query_as(
            "SELECT COUNT(*) FROM reset_attempts \
             WHERE user_key = $1 AND method = $2 AND failed = 0 AND at > $3",
        )
        .bind(user_key.to_owned())
        .bind(method.to_owned())
        .bind(hour_ago)
        .fetch_one(&mut *tx)
        .await?;
        let by_address = attempts_from(&mut tx, address_key, hour_ago).await?;
        let (failures,): (i64,) = sqlx::query_as(
            "SELECT COUNT(*) FROM reset_attempts WHERE user_key = $1 AND failed = 1 AND at > $2",
        )
        .bind(user_key.to_owned())
        .bind(now - seconds(FAILURE_WINDOW))
        .fetch_one(&mut *tx)
        .await?;
        let counts = AttemptCounts {
            method: count(by_method),
            address: count(by_address),
            failures: count(failures),
        };
        match decide_attempt(counts) {
            AttemptDecision::RefuseAddress => return Ok(Err(Refusal::BusyAddress)),
            AttemptDecision::BlockAccount => {
                let until = now + seconds(BLOCK_DURATION);
                block(&mut tx, user_key, until).await?;
                tx.commit().await?;
                return Ok(Err(Refusal::Blocked { until }));
            }
            AttemptDecision::Allow => {}
        }
        insert(&mut tx, user_key, method, address_key, false, now).await?;
        tx.commit().await?;
        Ok(Ok(()))
    }

    /// Counts the start of a reset against the client address's hour, or
    /// refuses it when that is used up. Whose name was typed plays no part.
    pub async fn record_reset_start(
        &self,
        user_key: &str,
        address_key: &str,
        now: i64,
    ) -> Result<Result<(), Refusal>, StoreError> {
        let mut tx = self.db.begin_write().await?;
        if let Some(lock) = self.db.backend.lock_key() {
            sqlx::query(lock).bind(address_key.to_owned()).execute(&mut *tx).await?;
        }
        let by_address = attempts_from(&mut tx, address_key, now - seconds(ATTEMPT_WINDOW)).await?;
        let counts = AttemptCounts { address: count(by_address), ..AttemptCounts::default() };
        if decide_attempt(counts) == AttemptDecision::RefuseAddress {
            return Ok(Err(Refusal::BusyAddress));
        }
        insert(&mut tx, user_key, START, address_key, false, now).await?;
        tx.commit().await?;
        Ok(Ok(()))
    }

    /// Counts a wrong code or wrong answers; the hundredth in a day blocks
    /// the account. Returns the block's end when it does.
    pub async fn record_reset_failure(
        &self,
        user_key: &str,
        method: &str,
        address_key: &str,
        now: i64,
    ) -> Result<Option<i64>, StoreError> {
        let mut tx = self.db.begin_write().await?;
        if let Some(lock) = self.db.backend.lock_key() {
            sqlx::query(lock).bind(user_key.to_owned()).execute(&mut *tx).await?;
        }
        insert(&mut tx, user_key, method, address_key, true, now).await?;
        let (failures,): (i64,) = sqlx::query_as(
            "SELECT COUNT(*) FROM reset_attempts WHERE user_key = $1 AND failed = 1 AND at > $2",
        )
        .bind(user_key.to_owned())
        .bind(now - seconds(FAILURE_WINDOW))
        .fetch_one(&mut *tx)
        .await?;
        let blocked = failure_blocks(count(failures)).then(|| now + seconds(BLOCK_DURATION));
        if let Some(until) = blocked {
            block(&mut tx, user_key, until).await?;
        }
        tx.commit().await?;
        Ok(blocked)
    }

    /// Drops attempts older than every window and blocks that ended.
    pub async fn delete_expired_reset_budget(&self, now: i64) -> Result<(), StoreError> {
        let oldest = now - seconds(FAILURE_WINDOW.max(ATTEMPT_WINDOW));
        sqlx::query("DELETE FROM reset_attempts WHERE at <= $1")
            .bind(oldest)
            .execute(&self.db.pool)
            .await?;
        sqlx::query("DELETE FROM reset_blocks WHERE until <= $1")
            .bind(now)
            .execute(&self.db.pool)
            .await?;
        Ok(())
    }
}

/// Gate attempts (and starts) from `address_key` since `since`.
async fn attempts_from(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    address_key: &str,
    since: i64,
) -> Result<i64, StoreError> {
    let (n,): (i64,) = sqlx::query_as(
        "SELECT COUNT(*) FROM reset_attempts WHERE address_key = $1 AND failed = 0 AND at > $2",
    )
    .bind(address_key.to_owned())
    .bind(since)
    .fetch_one(&mut **tx)
    .await?;
    Ok(n)
}

async fn insert(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    user_key: &str,
    method: &str,
    address_key: &str,
    failed: bool,
    now: i64,
) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO reset_attempts (user_key, method, address_key, failed, at) \
         VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(user_key.to_owned())
    .bind(method.to_owned())
    .bind(address_key.to_owned())
    .bind(i64::from(failed))
    .bind(now)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

async fn block(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    user_key: &str,
    until: i64,
) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO reset_blocks (user_key, until) VALUES ($1, $2) \
         ON CONFLICT (user_key) DO UPDATE SET until = excluded.until",
    )
    .bind(user_key.to_owned())
    .bind(until)
    .execute(&mut **tx)
    .await?;
    Ok(())
}
