//! Password resets in progress. The browser holds only an opaque cookie;
//! the flow's state and a notice for the next page live here. Moving the
//! state on is a compare-and-swap on the stored JSON, so two concurrent
//! posts to one flow cannot both move it.

use super::{users::UserId, SqlStore, StoreError};
use app::domain::reset_flow::{Gate, ResetFlow};

/// A reset as stored.
#[derive(Debug, Clone)]
pub struct StoredReset {
    /// Keyed hash of the typed user id.
    pub user_key: String,
    /// `None` when no such user exists: the flow is a decoy.
    pub user: Option<UserId>,
    pub flow: ResetFlow,
    /// The masked destinations a decoy shows, per gate.
    pub decoy_masks: Vec<(Gate, String)>,
}

impl StoredReset {
    /// The made-up destination a decoy shows for `gate`.
    pub fn decoy_mask(&self, gate: Gate) -> Option<String> {
        self.decoy_masks.iter().find(|(g, _)| *g == gate).map(|(_, m)| m.clone())
    }
}

/// user_key, user_id, state, decoy_masks.
type ResetRow = (String, Option<i64>, String, Option<String>);

pub(super) fn to_json(flow: &ResetFlow) -> Result<String, StoreError> {
    serde_json::to_string(flow).map_err(|_| StoreError::Corrupt("reset flow"))
}

impl SqlStore {
    pub async fn start_reset(
        &self,
        key_hash: &str,
        reset: &StoredReset,
        now: i64,
        expires_at: i64,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO reset_flows (key_hash, user_key, user_id, state, decoy_masks, \
             created_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(key_hash.to_owned())
        .bind(reset.user_key.clone())
        .bind(reset.user.map(|u| u.0))
        .bind(to_json(&reset.flow)?)
        .bind(
            serde_json::to_string(&reset.decoy_masks)
                .map_err(|_| StoreError::Corrupt("reset flow"))?,
        )
        .bind(now)
        .bind(expires_at)
        .execute(&self.db.pool)
        .await?;
        Ok(())
    }

    /// The live reset behind `key_hash`, if it has not expired.
    pub async fn reset(&self, key_hash: &str, now: i64) -> Result<Option<StoredReset>, StoreError> {
        let row: Option<ResetRow> = sqlx::query_as(
            "SELECT user_key, user_id, state, decoy_masks FROM reset_flows \
             WHERE key_hash = $1 AND expires_at > $2",
        )
        .bind(key_hash.to_owned())
        .bind(now)
        .fetch_optional(&self.db.pool)
        .await?;
        let Some((user_key, user, state, masks)) = row else { return Ok(None) };
        let corrupt = |_| StoreError::Corrupt("reset flow");
        let flow = serde_json::from_str(&state).map_err(corrupt)?;
        let decoy_masks = match masks {
            Some(json) => serde_json::from_str(&json).map_err(corrupt)?,
            None => Vec::new(),
        };
        Ok(Some(StoredReset { user_key, user: user.map(UserId), flow, decoy_masks }))
    }

    /// Replaces the state `from` with `to`. `false` when the flow had
    /// moved on meanwhile (or ended): the caller's view is stale.
    pub async fn move_reset(
        &self,
        key_hash: &str,
        from: &ResetFlow,
        to: &ResetFlow,
    ) -> Result<bool, StoreError> {
        let done =
            sqlx::query("UPDATE reset_flows SET state = $3 WHERE key_hash = $1 AND state = $2")
                .bind(key_hash.to_owned())
                .bind(to_json(from)?)
                .bind(to_json(to)?)
                .execute(&self.db.pool)
                .await?;
        Ok(done.rows_affected() == 1)
    }

    /// Leaves a notice (as JSON) for the next page of the reset.
    pub async fn set_reset_notice(
        &self,
        key_hash: &str,
        notice: Option<String>,
    ) -> Result<(), StoreError> {
        sqlx::query("UPDATE reset_flows SET notice = $2 WHERE key_hash = $1")
            .bind(key_hash.to_owned())
            .bind(notice)
            .execute(&self.db.pool)
            .await?;
        Ok(())
    }

    /// Reads and clears the notice.
    pub async fn take_reset_notice(&self, key_hash: &str) -> Result<Option<String>, StoreError> {
        let mut tx = self.db.begin_write().await?;
        let row: Option<(Option<String>,)> =
            sqlx::query_as("SELECT notice FROM reset_flows WHERE key_hash = $1")
                .bind(key_hash.to_owned())
                .fetch_optional(&mut *tx)
                .await?;
        let notice = row.and_then(|(n,)| n);
        if notice.is_some() {
            sqlx::query("UPDATE reset_flows SET notice = NULL WHERE key_hash = $1")
                .bind(key_hash.to_owned())
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?;
        Ok(notice)
    }

    /// Drops resets that have expired; run now and then.
    pub async fn delete_expired_resets(&self, now: i64) -> Result<u64, StoreError> {
        let done = sqlx::query("DELETE FROM reset_flows WHERE expires_at <= $1")
            .bind(now)
            .execute(&self.db.pool)
            .await?;
        Ok(done.rows_affected())
    }
}
