//! One-time codes and their send budgets. Codes are stored as keyed hashes
//! made by the caller; checking one is a single conditional UPDATE, so of
//! many concurrent submissions of one code exactly one succeeds.

use super::{seconds, users::UserId, SqlStore, StoreError};
use app::domain::channel::Channel;
use app::domain::verification_code::{
    tries_left_after_wrong, CodeCheck, CODE_LIFETIME, MAX_WRONG_TRIES, SENDS_PER_WINDOW,
    SEND_BUDGET_WINDOW,
};

/// A code about to be sent.
pub struct NewCode<'a> {
    /// The flow the code belongs to (a keyed hash of its cookie).
    pub flow_key: &'a str,
    /// What it proves within the flow, e.g. `mobile_phone`.
    pub purpose: &'a str,
    /// Whose code it is; `None` for a made-up reset.
    pub user: Option<UserId>,
    pub channel: Channel,
    /// Where the code goes, as it will be saved once proven.
    pub destination: &'a str,
    /// A keyed hash naming the budget the send counts against.
    pub budget_key: &'a str,
    pub code_hash: &'a str,
}

/// A code written and counted against its budget, not yet delivered.
#[derive(Debug, Clone, Copy)]
pub struct IssuedCode {
    code_id: i64,
    send_id: i64,
}

/// The budget has no sends left in this window.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BudgetExhausted;

/// A code that was accepted, with what it proved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProvenDestination {
    pub channel: Channel,
    pub destination: String,
}

impl SqlStore {
    /// Counts the send against its budget, voids the flow's earlier
    /// codes for the same purpose and stores the new one, all in one
    /// transaction.
    pub async fn issue_code(
        &self,
        code: &NewCode<'_>,
        now: i64,
    ) -> Result<Result<IssuedCode, BudgetExhausted>, StoreError> {
        let since = now - seconds(SEND_BUDGET_WINDOW);
        let mut tx = self.db.begin_write().await?;
        // Serializes sends on one budget across instances on PostgreSQL.
        if let Some(lock) = self.db.backend.lock_key() {
            sqlx::query(lock).bind(code.budget_key.to_owned()).execute(&mut *tx).await?;
        }
        let (sent,): (i64,) = sqlx::query_as(
            "SELECT COUNT(*) FROM code_sends WHERE budget_key = $1 AND sent_at > $2",
        )
        .bind(code.budget_key.to_owned())
        .bind(since)
        .fetch_one(&mut *tx)
        .await?;
        if sent >= i64::from(SENDS_PER_WINDOW) {
            return Ok(Err(BudgetExhausted));
        }
        let (send_id,): (i64,) = sqlx::query_as(
            "INSERT INTO code_sends (budget_key, sent_at) VALUES ($1, $2) RETURNING id",
        )
        .bind(code.budget_key.to_owned())
        .bind(now)
        .fetch_one(&mut *tx)
        .await?;
        // A resend voids the code it replaces.
        sqlx::query(
            "UPDATE verification_codes SET state = 'voided' \
             WHERE flow_key = $1 AND purpose = $2 AND state = 'live'",
        )
        .bind(code.flow_key.to_owned())
        .bind(code.purpose.to_owned())
        .execute(&mut *tx)
        .await?;
        let inserted = sqlx::query_as(
            "INSERT INTO verification_codes (flow_key, purpose, user_id, channel, destination, \
             code_hash, created_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) \
             RETURNING id",
        )
        .bind(code.flow_key.to_owned())
        .bind(code.purpose.to_owned())
        .bind(code.user.map(|u| u.0))
        .bind(code.channel.as_str())
        .bind(code.destination.to_owned())
        .bind(code.code_hash.to_owned())
        .bind(now)
        .bind(now + seconds(CODE_LIFETIME))
        .fetch_one(&mut *tx)
        .await;
        let (code_id,): (i64,) = inserted.map_err(super::user_must_exist)?;
        tx.commit().await?;
        Ok(Ok(IssuedCode { code_id, send_id }))
    }

    /// The code could not be delivered: it is voided and its send no
    /// longer counts, so a transport outage does not use up the budget.
    pub async fn withdraw_code(&self, issued: IssuedCode) -> Result<(), StoreError> {
        let mut tx = self.db.begin_write().await?;
        sqlx::query("UPDATE verification_codes SET state = 'voided' WHERE id = $1")
            .bind(issued.code_id)
            .execute(&mut *tx)
            .await?;
        sqlx::query("DELETE FROM code_sends WHERE id = $1")
            .bind(issued.send_id)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Checks a typed code (as its keyed hash) against the flow's latest
    /// code for `purpose`, and uses it up when it matches.
    pub async fn check_code(
        &self,
        flow_key: &str,
        purpose: &str,
        code_hash: &str,
        now: i64,
    ) -> Result<(CodeCheck, Option<ProvenDestination>), StoreError> {
        let latest: Option<(i64, String, String, i64, String)> = sqlx::query_as(
            "SELECT id, channel, destination, expires_at, state \
             FROM verification_codes WHERE flow_key = $1 AND purpose = $2 \
             ORDER BY id DESC LIMIT 1",
        )
        .bind(flow_key.to_owned())
        .bind(purpose.to_owned())
        .fetch_optional(&self.db.pool)
        .await?;
        let Some((id, channel, destination, expires_at, state)) = latest else {
            return Ok((CodeCheck::NoCode, None));
        };
        match state.as_str() {
            "used" => return Ok((CodeCheck::Used, None)),
            "dead" => return Ok((CodeCheck::Dead, None)),
            "voided" => return Ok((CodeCheck::NoCode, None)),
            _ if expires_at <= now => return Ok((CodeCheck::Expired, None)),
            _ => {}
        }
        // The match, the state and the expiry are checked in the same
        // statement that uses the code up: exactly one caller wins.
        let used = sqlx::query(
            "UPDATE verification_codes SET state = 'used' \
             WHERE id = $1 AND state = 'live' AND expires_at > $2 AND code_hash = $3",
        )
        .bind(id)
        .bind(now)
        .bind(code_hash.to_owned())
        .execute(&self.db.pool)
        .await?;
        if used.rows_affected() == 1 {
            let channel = Channel::parse(&channel).ok_or(StoreError::Corrupt("code channel"))?;
            return Ok((CodeCheck::Accepted, Some(ProvenDestination { channel, destination })));
        }
        // Wrong (or beaten by a concurrent winner): count the try; the
        // fifth wrong one kills the code.
        let counted: Option<(i64,)> = sqlx::query_as(
            "UPDATE verification_codes SET wrong_tries = wrong_tries + 1, \
             state = CASE WHEN wrong_tries + 1 >= $2 THEN 'dead' ELSE state END \
             WHERE id = $1 AND state = 'live' RETURNING wrong_tries",
        )
        .bind(id)
        .bind(i64::from(MAX_WRONG_TRIES))
        .fetch_optional(&self.db.pool)
        .await?;
        // No row: someone else used or killed it in the meantime.
        Ok(match counted {
            None => (CodeCheck::Used, None),
            Some((after,)) => {
                let before = u8::try_from(after.saturating_sub(1)).unwrap_or(u8::MAX);
                (tries_left_after_wrong(before), None)
            }
        })
    }
}
