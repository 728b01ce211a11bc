//! Storage: the directory, security info, the SSPR policy, the audit log
//! and the demo outbox, on SQLite or PostgreSQL.
//!
//! [`SqlStore`] is the one storage interface; the backend is chosen by the
//! database URL (see [`crate::db`]). Rows are parsed back into domain types
//! on the way out, so a value that no longer parses is reported, never
//! passed on.

mod audit;
mod branding;
mod captcha;
mod codes;
mod import;
mod outbox;
mod policy;
mod registration_flows;
mod reset_budget;
mod reset_commit;
mod reset_flows;
mod rows;
mod security_info;
mod sessions;
mod sign_in_attempts;
mod users;

pub(crate) use audit::insert_audit;
pub use audit::{AuditAction, AuditEntry, AuditOutcome};
pub use branding::{BrandingState, Publication, PublishError, StoredAsset};
pub use codes::{BudgetExhausted, IssuedCode, NewCode, ProvenDestination};
pub use import::{ImportBatch, ImportError, ImportRow};
pub use registration_flows::{completed, RegistrationChanges, StoredFlow};
pub use reset_budget::Refusal;
pub use reset_commit::{Finish, FinishedReset};
pub use reset_flows::StoredReset;
pub use security_info::AnswerHash;
pub use sessions::SESSION_LIFETIME;
pub use users::{DirectoryUser, UserId, NO_USER};

use crate::db::Db;

use app::domain::unix_time::seconds;

/// A foreign-key failure on a user's row means the user id names nobody.
fn user_must_exist(e: sqlx::Error) -> StoreError {
    if let sqlx::Error::Database(db) = &e {
        if db.is_foreign_key_violation() {
            return StoreError::UnknownUser;
        }
    }
    e.into()
}

/// A SQL `COUNT(*)` as a budget count.
fn count(n: i64) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}
use app::domain::sspr_policy::PolicyViolation;

/// Why a storage call failed.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// A user with this user principal name exists already.
    #[error("a user named {0} exists already")]
    DuplicateUser(String),
    #[error("no such user")]
    UnknownUser,
    /// The policy breaks a rule; nothing was written.
    #[error("the policy is not valid")]
    InvalidPolicy(Vec<PolicyViolation>),
    /// A stored value no longer parses: changed outside sspr, or by an
    /// older version with looser rules.
    #[error("stored {0} does not parse")]
    Corrupt(&'static str),
    /// The registration flow was finished or has expired.
    #[error("the registration flow has ended")]
    FlowGone,
    #[error(transparent)]
    Database(#[from] sqlx::Error),
}

/// The storage interface over either backend.
#[derive(Clone, Debug)]
pub struct SqlStore {
    db: Db,
}

impl SqlStore {
    pub fn new(db: Db) -> Self {
        Self { db }
    }

    pub fn db(&self) -> &Db {
        &self.db
    }
}

/// `($1, $2, $3), ($4, $5, $6)` for `rows` rows of `columns` parameters,
/// numbered from `first`.
fn placeholders(rows: usize, columns: usize, first: usize) -> String {
    let mut sql = String::with_capacity(rows * columns * 5);
    for row in 0..rows {
        if row > 0 {
            sql.push_str(", ");
        }
        sql.push('(');
        for column in 0..columns {
            if column > 0 {
                sql.push_str(", ");
            }
            sql.push('$');
            sql.push_str(&(first + row * columns + column).to_string());
        }
        sql.push(')');
    }
    sql
}

#[cfg(test)]
mod tests {
    #[test]
    fn placeholders_number_rows_then_columns() {
        assert_eq!(super::placeholders(2, 3, 1), "($1, $2, $3), ($4, $5, $6)");
        assert_eq!(super::placeholders(1, 1, 4), "($4)");
    }
}
