//! The append-only audit log. Entries name people and actions, never
//! secrets: no passwords, codes, answers or hashes go in.

use super::{SqlStore, StoreError};
use app::services::ClientAddress;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AuditOutcome {
    Success,
    Failure,
}

impl AuditOutcome {
    fn as_str(self) -> &'static str {
        match self {
            AuditOutcome::Success => "success",
            AuditOutcome::Failure => "failure",
        }
    }

    fn parse(raw: &str) -> Option<Self> {
        match raw {
            "success" => Some(AuditOutcome::Success),
            "failure" => Some(AuditOutcome::Failure),
            _ => None,
        }
    }
}

/// One thing that happened.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AuditEntry {
    pub occurred_at: i64,
    /// Who acted: a user principal name, or `cli` / `system`.
    pub actor: String,
    /// What was done, as a stable dotted name (`policy.set`, `user.add`).
    pub action: String,
    /// Whom or what it was done to.
    pub target: Option<String>,
    pub outcome: AuditOutcome,
    pub source_ip: Option<String>,
}

impl AuditEntry {
    /// `actor` did `action` from `address`, with no target.
    pub fn action(
        at: i64,
        actor: &str,
        action: &str,
        outcome: AuditOutcome,
        address: &ClientAddress,
    ) -> Self {
        Self {
            occurred_at: at,
            actor: actor.to_owned(),
            action: action.to_owned(),
            target: None,
            outcome,
            source_ip: address.audit_text(),
        }
    }
}

type AuditRow = (i64, String, String, Option<String>, String, Option<String>);

/// Writes `entry`, on its own or inside a caller's transaction.
pub(super) async fn insert_audit<'e, E: sqlx::Executor<'e, Database = sqlx::Any>>(
    executor: E,
    entry: &AuditEntry,
) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO audit_log (occurred_at, actor, action, target, outcome, source_ip) \
         VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(entry.occurred_at)
    .bind(entry.actor.clone())
    .bind(entry.action.clone())
    .bind(entry.target.clone())
    .bind(entry.outcome.as_str())
    .bind(entry.source_ip.clone())
    .execute(executor)
    .await?;
    Ok(())
}

impl SqlStore {
    pub async fn append_audit(&self, entry: &AuditEntry) -> Result<(), StoreError> {
        insert_audit(&self.db.pool, entry).await
    }

    /// Records that `actor` did `action` from `address`, with no target.
    /// A failure to write is logged, not returned: what the entry records
    /// has happened either way.
    pub async fn audit_action(
        &self,
        at: i64,
        actor: &str,
        action: &str,
        outcome: AuditOutcome,
        address: &ClientAddress,
    ) {
        let entry = AuditEntry::action(at, actor, action, outcome, address);
        if let Err(e) = self.append_audit(&entry).await {
            tracing::error!(error = %e, action, "audit entry could not be written");
        }
    }

    /// The newest `limit` entries, newest first.
    pub async fn recent_audit(&self, limit: u32) -> Result<Vec<AuditEntry>, StoreError> {
        let rows: Vec<AuditRow> = sqlx::query_as(
            "SELECT occurred_at, actor, action, target, outcome, source_ip FROM audit_log \
             ORDER BY id DESC LIMIT $1",
        )
        .bind(i64::from(limit))
        .fetch_all(&self.db.pool)
        .await?;
        rows.into_iter()
            .map(|(occurred_at, actor, action, target, outcome, source_ip)| {
                Ok(AuditEntry {
                    occurred_at,
                    actor,
                    action,
                    target,
                    outcome: AuditOutcome::parse(&outcome)
                        .ok_or(StoreError::Corrupt("audit outcome"))?,
                    source_ip,
                })
            })
            .collect()
    }
}
