//! Server-side sessions.

use app::services::{SessionToken, SessionUser};
use base64::{engine::general_purpose::URL_SAFE_NO_PAD, Engine};
use hmac::{Hmac, Mac};
use secrecy::{ExposeSecret, SecretString};
use sha2::Sha256;
use sqlx::AnyPool;
use std::time::Duration;

/// A session ends this long after sign-in, however active it is.
pub const SESSION_LIFETIME: Duration = Duration::from_secs(8 * 60 * 60);
const TOKEN_BYTES: usize = 32;

/// Makes tokens and the keyed hashes stored in their place.
#[derive(Clone)]
pub struct SessionKeys {
    key: SecretString,
}

impl SessionKeys {
    pub fn new(key: SecretString) -> Self {
        Self { key }
    }

    /// A fresh unguessable token (256 bits from the OS).
    pub fn new_token(&self) -> Result<SessionToken, getrandom::Error> {
        let mut bytes = [0u8; TOKEN_BYTES];
        getrandom::fill(&mut bytes)?;
        Ok(SessionToken::new(URL_SAFE_NO_PAD.encode(bytes)))
    }

    /// HMAC-SHA256 of the token under the session key, hex-encoded.
    pub fn hash(&self, token: &SessionToken) -> String {
        self.mac(token.expose())
    }

    /// A keyed hash of `value` for `purpose`: flow cookies, codes and
    /// destinations are stored this way. The purpose keeps a value of one
    /// kind from ever matching a hash of another kind.
    pub fn keyed_hash(&self, purpose: &str, value: &str) -> String {
        self.mac(&format!("{purpose}\0{value}"))
    }

    fn mac(&self, input: &str) -> String {
        // HMAC accepts keys of any length, so this cannot fail.
        let mut mac = match Hmac::<Sha256>::new_from_slice(self.key.expose_secret().as_bytes()) {
            Ok(mac) => mac,
            Err(_) => return String::new(),
        };
        mac.update(input.as_bytes());
        hex::encode(mac.finalize().into_bytes())
    }
}

pub async fn insert(
    pool: &AnyPool,
    token_hash: &str,
    user_id: i64,
    now: i64,
) -> Result<(), sqlx::Error> {
    let expires_at = app::domain::unix_time::after(now, SESSION_LIFETIME);
    sqlx::query(
        "INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES ($1, $2, $3, $4)",
    )
    .bind(token_hash.to_owned())
    .bind(user_id)
    .bind(now)
    .bind(expires_at)
    .execute(pool)
    .await?;
    Ok(())
}

/// The user of a session that has not expired and whose account is enabled.
pub async fn user_of(
    pool: &AnyPool,
    token_hash: &str,
    now: i64,
) -> Result<Option<SessionUser>, sqlx::Error> {
    let row: Option<(String, String, i64)> = sqlx::query_as(
        "SELECT u.user_principal_name, u.display_name, \
         COALESCE(s.authenticated_at, s.created_at) FROM sessions s \
         JOIN users u ON u.id = s.user_id \
         WHERE s.token_hash = $1 AND s.expires_at > $2 AND u.enabled",
    )
    .bind(token_hash.to_owned())
    .bind(now)
    .fetch_optional(pool)
    .await?;
    Ok(row.map(|(user_principal_name, display_name, authenticated_at)| SessionUser {
        user_principal_name,
        display_name,
        authenticated_at,
    }))
}

/// Records a fresh password entry in a live session.
pub async fn mark_authenticated(
    pool: &AnyPool,
    token_hash: &str,
    now: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE sessions SET authenticated_at = $2 WHERE token_hash = $1")
        .bind(token_hash.to_owned())
        .bind(now)
        .execute(pool)
        .await?;
    Ok(())
}

pub async fn delete(pool: &AnyPool, token_hash: &str) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM sessions WHERE token_hash = $1")
        .bind(token_hash.to_owned())
        .execute(pool)
        .await?;
    Ok(())
}

/// Drops sessions that have expired; run now and then.
pub async fn delete_expired(pool: &AnyPool, now: i64) -> Result<u64, sqlx::Error> {
    let done =
        sqlx::query("DELETE FROM sessions WHERE expires_at <= $1").bind(now).execute(pool).await?;
    Ok(done.rows_affected())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_unique_and_hashes_keyed() {
        let keys = SessionKeys::new(SecretString::from("k".repeat(32)));
        let other = SessionKeys::new(SecretString::from("j".repeat(32)));
        let a = keys.new_token().unwrap();
        let b = keys.new_token().unwrap();
        assert_ne!(a.expose(), b.expose());
        assert_eq!(a.expose().len(), 43);
        assert_eq!(keys.hash(&a), keys.hash(&a));
        assert_ne!(keys.hash(&a), other.hash(&a));
        assert!(!keys.hash(&a).contains(a.expose()));
    }
}
