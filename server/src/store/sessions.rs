//! Server-side sessions: a keyed hash of the token, whose user, and when
//! the password was last typed.

use super::{SqlStore, StoreError, UserId};
use app::domain::unix_time;
use app::i18n::Lang;
use app::services::SessionUser;
use std::time::Duration;

/// A session ends this long after sign-in, however active it is.
pub const SESSION_LIFETIME: Duration = Duration::from_secs(8 * 60 * 60);

impl SqlStore {
    pub async fn insert_session(
        &self,
        token_hash: &str,
        user: UserId,
        now: i64,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO sessions (token_hash, user_id, created_at, expires_at) \
             VALUES ($1, $2, $3, $4)",
        )
        .bind(token_hash.to_owned())
        .bind(user.0)
        .bind(now)
        .bind(unix_time::after(now, SESSION_LIFETIME))
        .execute(&self.db.pool)
        .await?;
        Ok(())
    }

    /// The user of a session that has not expired and whose account is
    /// enabled.
    pub async fn session_user(
        &self,
        token_hash: &str,
        now: i64,
    ) -> Result<Option<SessionUser>, StoreError> {
        let row: Option<(String, String, i64)> = sqlx::query_as(
            "SELECT u.user_principal_name, u.display_name, \
             COALESCE(s.authenticated_at, s.created_at) FROM sessions s \
             JOIN users u ON u.id = s.user_id \
             WHERE s.token_hash = $1 AND s.expires_at > $2 AND u.enabled",
        )
        .bind(token_hash.to_owned())
        .bind(now)
        .fetch_optional(&self.db.pool)
        .await?;
        Ok(row.map(|(user_principal_name, display_name, authenticated_at)| SessionUser {
            user_principal_name,
            display_name,
            authenticated_at,
        }))
    }

    /// The user principal name and roles of a live session's user.
    pub async fn session_roles(
        &self,
        token_hash: &str,
        now: i64,
    ) -> Result<Option<(String, std::collections::BTreeSet<app::domain::roles::Role>)>, StoreError>
    {
        let row: Option<(i64, String)> = sqlx::query_as(
            "SELECT u.id, u.user_principal_name FROM sessions s JOIN users u ON u.id = s.user_id \
             WHERE s.token_hash = $1 AND s.expires_at > $2 AND u.enabled",
        )
        .bind(token_hash.to_owned())
        .bind(now)
        .fetch_optional(&self.db.pool)
        .await?;
        let Some((id, upn)) = row else { return Ok(None) };
        let roles = super::users::roles_of(&self.db.pool, UserId(id)).await?;
        Ok(Some((upn, roles)))
    }

    /// Records a fresh password entry in a live session.
    pub async fn mark_session_authenticated(
        &self,
        token_hash: &str,
        now: i64,
    ) -> Result<(), StoreError> {
        sqlx::query("UPDATE sessions SET authenticated_at = $2 WHERE token_hash = $1")
            .bind(token_hash.to_owned())
            .bind(now)
            .execute(&self.db.pool)
            .await?;
        Ok(())
    }

    /// Makes `lang` the language of the live session's user; no session,
    /// no change.
    pub async fn set_session_user_language(
        &self,
        token_hash: &str,
        lang: Lang,
        now: i64,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "UPDATE users SET preferred_language = $1 WHERE id = (SELECT user_id FROM sessions \
             WHERE token_hash = $2 AND expires_at > $3)",
        )
        .bind(lang.tag())
        .bind(token_hash.to_owned())
        .bind(now)
        .execute(&self.db.pool)
        .await?;
        Ok(())
    }

    pub async fn delete_session(&self, token_hash: &str) -> Result<(), StoreError> {
        sqlx::query("DELETE FROM sessions WHERE token_hash = $1")
            .bind(token_hash.to_owned())
            .execute(&self.db.pool)
            .await?;
        Ok(())
    }

    /// Ends every session of `user`: after a reset nobody stays signed in
    /// with the old password.
    pub async fn end_sessions(&self, user: UserId) -> Result<u64, StoreError> {
        let done = sqlx::query("DELETE FROM sessions WHERE user_id = $1")
            .bind(user.0)
            .execute(&self.db.pool)
            .await?;
        Ok(done.rows_affected())
    }

    /// Drops sessions that have expired; run now and then.
    pub async fn delete_expired_sessions(&self, now: i64) -> Result<u64, StoreError> {
        let done = sqlx::query("DELETE FROM sessions WHERE expires_at <= $1")
            .bind(now)
            .execute(&self.db.pool)
            .await?;
        Ok(done.rows_affected())
    }
}
