//! CAPTCHA challenges that were answered: each is accepted once.

use super::{SqlStore, StoreError};

impl SqlStore {
    /// Records the challenge as answered; `false` if it was already.
    pub async fn use_captcha(&self, nonce_key: &str, expires_at: i64) -> Result<bool, StoreError> {
        let done = sqlx::query(
            "INSERT INTO captcha_uses (nonce_key, expires_at) VALUES ($1, $2) \
             ON CONFLICT (nonce_key) DO NOTHING",
        )
        .bind(nonce_key.to_owned())
        .bind(expires_at)
        .execute(&self.db.pool)
        .await?;
        Ok(done.rows_affected() == 1)
    }

    pub async fn delete_expired_captcha_uses(&self, now: i64) -> Result<u64, StoreError> {
        let done = sqlx::query("DELETE FROM captcha_uses WHERE expires_at <= $1")
            .bind(now)
            .execute(&self.db.pool)
            .await?;
        Ok(done.rows_affected())
    }
}
