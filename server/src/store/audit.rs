//! The append-only audit log. Entries name people and actions, never
//! secrets: no passwords, codes, answers or hashes go in.

use super::{SqlStore, StoreError};
use app::domain::registration_flow::Step;
use app::services::ClientAddress;

/// Whether what was attempted happened.
#[derive(Clone, Copy, Debug, PartialEq, Eq, strum::AsRefStr, strum::EnumString)]
#[strum(serialize_all = "snake_case")]
pub enum AuditOutcome {
    Success,
    Failure,
}

impl AuditOutcome {
    pub fn of(succeeded: bool) -> Self {
        if succeeded {
            Self::Success
        } else {
            Self::Failure
        }
    }
}

/// Everything the log records, under stable dotted names that audit
/// tooling may match on: never rename one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, strum::IntoStaticStr, strum::EnumString)]
pub enum AuditAction {
    #[strum(serialize = "sign-in")]
    SignIn,
    #[strum(serialize = "sign-in.unknown-user")]
    SignInUnknownUser,
    #[strum(serialize = "sign-in.account-disabled")]
    SignInAccountDisabled,
    #[strum(serialize = "sign-in.account-locked")]
    SignInAccountLocked,
    /// The password typed again before a change of security info.
    #[strum(serialize = "reauthentication")]
    Reauthentication,
    #[strum(serialize = "password.reset")]
    PasswordReset,
    #[strum(serialize = "account.unlock")]
    AccountUnlock,
    #[strum(serialize = "security-info.registered")]
    SecurityInfoRegistered,
    #[strum(serialize = "security-info.prompt-dismissed")]
    SecurityInfoPromptDismissed,
    #[strum(serialize = "security-info.reconfirmed")]
    SecurityInfoReconfirmed,
    #[strum(serialize = "security-info.deleted.mobile_phone")]
    MobilePhoneDeleted,
    #[strum(serialize = "security-info.deleted.email")]
    EmailDeleted,
    #[strum(serialize = "security-info.deleted.security_questions")]
    SecurityQuestionsDeleted,
    #[strum(serialize = "user.add")]
    UserAdd,
    #[strum(serialize = "user.language")]
    UserLanguage,
    #[strum(serialize = "user.import")]
    UserImport,
    #[strum(serialize = "policy.set")]
    PolicySet,
    /// A designer changed the branding draft (the target names the layer
    /// and the settings).
    #[strum(serialize = "branding.draft")]
    BrandingDraft,
    #[strum(serialize = "branding.publish")]
    BrandingPublish,
    #[strum(serialize = "branding.roll-back")]
    BrandingRollBack,
    /// `sspr branding import`.
    #[strum(serialize = "branding.import")]
    BrandingImport,
    /// The operator accepted a new session key (`sspr key reset-fingerprint`).
    #[strum(serialize = "key.reset-fingerprint")]
    KeyResetFingerprint,
}

impl AuditAction {
    pub fn as_str(self) -> &'static str {
        self.into()
    }

    /// What the user removed on the security-info page.
    pub fn deleted(step: Step) -> Self {
        match step {
            Step::MobilePhone => Self::MobilePhoneDeleted,
            Step::Email => Self::EmailDeleted,
            Step::SecurityQuestions => Self::SecurityQuestionsDeleted,
        }
    }
}

/// Compares with the stored name, as audit tooling reads the log.
impl PartialEq<&str> for AuditAction {
    fn eq(&self, name: &&str) -> bool {
        self.as_str() == *name
    }
}

/// One thing that happened.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AuditEntry {
    pub occurred_at: i64,
    /// Who acted: a user principal name, or `cli` / `system`.
    pub actor: String,
    pub action: AuditAction,
    /// Whom or what it was done to.
    pub target: Option<String>,
    pub outcome: AuditOutcome,
    pub source_ip: Option<String>,
}

impl AuditEntry {
    /// `actor` did `action` at `at`; add a target or an address with the
    /// methods below.
    pub fn new(at: i64, actor: &str, action: AuditAction, outcome: AuditOutcome) -> Self {
        Self {
            occurred_at: at,
            actor: actor.to_owned(),
            action,
            target: None,
            outcome,
            source_ip: None,
        }
    }

    /// From where, as the HTTP layer worked it out.
    pub fn from_address(mut self, address: &ClientAddress) -> Self {
        self.source_ip = address.audit_text();
        self
    }

    /// Whom or what it was done to.
    pub fn on(mut self, target: impl Into<String>) -> Self {
        self.target = Some(target.into());
        self
    }
}

type AuditRow = (i64, String, String, Option<String>, String, Option<String>);

/// Writes `entry`, on its own or inside a caller's transaction.
pub(crate) async fn insert_audit<'e, E: sqlx::Executor<'e, Database = sqlx::Any>>(
    executor: E,
    entry: &AuditEntry,
) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO audit_log (occurred_at, actor, action, target, outcome, source_ip) \
         VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(entry.occurred_at)
    .bind(entry.actor.clone())
    .bind(entry.action.as_str())
    .bind(entry.target.clone())
    .bind(entry.outcome.as_ref())
    .bind(entry.source_ip.clone())
    .execute(executor)
    .await?;
    Ok(())
}

impl SqlStore {
    pub async fn append_audit(&self, entry: &AuditEntry) -> Result<(), StoreError> {
        insert_audit(&self.db.pool, entry).await
    }

    /// Records `entry`. A failure to write is logged, not returned: what
    /// the entry records has happened either way.
    pub async fn record_audit(&self, entry: AuditEntry) {
        if let Err(e) = self.append_audit(&entry).await {
            let action = entry.action.as_str();
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
                    action: action.parse().map_err(|_| StoreError::Corrupt("audit action"))?,
                    target,
                    outcome: outcome.parse().map_err(|_| StoreError::Corrupt("audit outcome"))?,
                    source_ip,
                })
            })
            .collect()
    }
}
