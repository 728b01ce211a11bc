//! The end of a reset, all or nothing: the flow marked done, the new
//! password (or the unlock) written to the built-in directory, every
//! session and every other open reset of the user ended, the sign-in
//! guesses forgotten and the audit entry written, in one transaction
//! committed last. A crash at any point leaves either all of it or none.

use super::audit::{insert_audit, AuditEntry};
use super::users::{write_password, UserId};
use super::{reset_flows::to_json, SqlStore, StoreError};
use app::domain::reset_flow::ResetFlow;

/// What a finished reset changes.
pub struct FinishedReset<'a> {
    pub flow_key: &'a str,
    /// The flow as read, and as it ends: moved only if nobody moved it.
    pub from: &'a ResetFlow,
    pub to: &'a ResetFlow,
    pub user: UserId,
    /// The built-in directory's write: `Some(Some(hash))` sets the
    /// password, `Some(None)` only unlocks; `None` when another directory
    /// took the change already.
    pub write: Option<Option<&'a str>>,
    /// The key the user's sign-in guesses are counted under.
    pub sign_in_key: &'a str,
    pub audit: &'a AuditEntry,
}

/// How finishing went; nothing was changed unless `Done`.
#[derive(Debug)]
pub enum Finish {
    Done,
    /// The flow had moved on: another post finished or changed it.
    Moved,
    /// The directory refused the change, for this reason.
    Refused(String),
}

impl SqlStore {
    pub async fn finish_reset(&self, reset: &FinishedReset<'_>) -> Result<Finish, StoreError> {
        let mut tx = self.db.begin_write().await?;
        let moved =
            sqlx::query("UPDATE reset_flows SET state = $3 WHERE key_hash = $1 AND state = $2")
                .bind(reset.flow_key.to_owned())
                .bind(to_json(reset.from)?)
                .bind(to_json(reset.to)?)
                .execute(&mut *tx)
                .await?;
        if moved.rows_affected() != 1 {
            return Ok(Finish::Moved);
        }
        if let Some(hash) = reset.write {
            if let Err(e) = write_password(&mut *tx, reset.user, hash).await {
                return Ok(Finish::Refused(e.to_string()));
            }
        }
        sqlx::query("DELETE FROM sessions WHERE user_id = $1")
            .bind(reset.user.0)
            .execute(&mut *tx)
            .await?;
        // A second reset that passed its gates cannot set another password.
        sqlx::query("DELETE FROM reset_flows WHERE user_id = $1 AND key_hash <> $2")
            .bind(reset.user.0)
            .bind(reset.flow_key.to_owned())
            .execute(&mut *tx)
            .await?;
        // Whoever was guessing the old password no longer keeps the owner
        // from signing in with the new one.
        sqlx::query("DELETE FROM sign_in_attempts WHERE user_key = $1")
            .bind(reset.sign_in_key.to_owned())
            .execute(&mut *tx)
            .await?;
        insert_audit(&mut *tx, reset.audit).await?;
        tx.commit().await?;
        Ok(Finish::Done)
    }
}
