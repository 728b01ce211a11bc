//! The organisation's one SSPR policy.

use super::{SqlStore, StoreError};
use app::domain::sspr_policy::SsprPolicy;

impl SqlStore {
    /// The stored policy, or none before an administrator sets one.
    pub async fn policy(&self) -> Result<Option<SsprPolicy>, StoreError> {
        let row: Option<(String,)> =
            sqlx::query_as("SELECT document FROM sspr_policy WHERE id = 1")
                .fetch_optional(&self.db.pool)
                .await?;
        let Some((document,)) = row else { return Ok(None) };
        // The document is read back through the domain parsers and checked
        // again: a policy edited by hand into an invalid one is refused.
        let policy: SsprPolicy =
            serde_json::from_str(&document).map_err(|_| StoreError::Corrupt("policy"))?;
        policy.validate().map_err(|_| StoreError::Corrupt("policy"))?;
        Ok(Some(policy))
    }

    /// Replaces the policy after validating it; `by` names who changed it.
    pub async fn set_policy(
        &self,
        policy: &SsprPolicy,
        by: &str,
        now: i64,
    ) -> Result<(), StoreError> {
        policy.validate().map_err(StoreError::InvalidPolicy)?;
        let document = serde_json::to_string(policy).map_err(|_| StoreError::Corrupt("policy"))?;
        sqlx::query(
            "INSERT INTO sspr_policy (id, document, updated_at, updated_by) VALUES (1, $1, $2, $3) \
             ON CONFLICT (id) DO UPDATE SET document = $1, updated_at = $2, updated_by = $3",
        )
        .bind(document)
        .bind(now)
        .bind(by.to_owned())
        .execute(&self.db.pool)
        .await?;
        Ok(())
    }
}
