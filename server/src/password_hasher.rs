//! Argon2id password hashing off the async runtime, with a bound on how
//! many hashes run at once so a burst of sign-ins cannot exhaust memory.

use argon2::{
    password_hash::{
        rand_core::OsRng, PasswordHash, PasswordHasher as _, PasswordVerifier, SaltString,
    },
    Algorithm, Argon2, Params, Version,
};
use std::sync::Arc;
use tokio::sync::Semaphore;

/// OWASP's Argon2id recommendation: 19 MiB, 2 passes, 1 lane.
const MEMORY_KIB: u32 = 19 * 1024;
const ITERATIONS: u32 = 2;
const PARALLELISM: u32 = 1;

#[derive(Debug, thiserror::Error)]
pub enum HashError {
    #[error("argon2: {0}")]
    Argon2(String),
    #[error("hashing task failed: {0}")]
    Task(String),
}

#[derive(Clone)]
pub struct PasswordHasher {
    permits: Arc<Semaphore>,
    /// Verified against when the user does not exist, so the response
    /// takes as long as for a real user.
    dummy_hash: Arc<str>,
}

impl PasswordHasher {
    /// `max_concurrent` hashes run at once; the rest wait their turn.
    pub fn new(max_concurrent: usize) -> Result<Self, HashError> {
        let dummy_hash = hash_now(&random_string()?)?.into();
        Ok(Self { permits: Arc::new(Semaphore::new(max_concurrent.max(1))), dummy_hash })
    }

    pub async fn hash(&self, password: &str) -> Result<String, HashError> {
        let password = password.to_owned();
        self.run(move || hash_now(&password)).await?
    }

    /// Whether `password` matches `stored`. With `stored = None` the work of
    /// a real check is done anyway and the answer is `false`.
    pub async fn verify(&self, password: &str, stored: Option<&str>) -> Result<bool, HashError> {
        let known = stored.is_some();
        let stored: String = stored.unwrap_or(&self.dummy_hash).to_owned();
        let password = password.to_owned();
        let matches = self.run(move || verify_now(&password, &stored)).await??;
        Ok(matches && known)
    }

    /// Whether a typed password matches `stored`. Passwords are hashed in
    /// Unicode NFC; one stored before that was hashed as typed, so input
    /// not already in NFC is also checked as typed (both checks always
    /// run, known user or not).
    pub async fn verify_password(
        &self,
        typed: &str,
        stored: Option<&str>,
    ) -> Result<bool, HashError> {
        let normalized = app::domain::password_policy::normalize(typed);
        let mut matches = self.verify(&normalized, stored).await?;
        if normalized != typed {
            matches |= self.verify(typed, stored).await?;
        }
        Ok(matches)
    }

    async fn run<T: Send + 'static>(
        &self,
        work: impl FnOnce() -> T + Send + 'static,
    ) -> Result<T, HashError> {
        let _permit = self.permits.acquire().await.map_err(|e| HashError::Task(e.to_string()))?;
        tokio::task::spawn_blocking(work).await.map_err(|e| HashError::Task(e.to_string()))
    }
}

fn argon2() -> Result<Argon2<'static>, HashError> {
    let params = Params::new(MEMORY_KIB, ITERATIONS, PARALLELISM, None)
        .map_err(|e| HashError::Argon2(e.to_string()))?;
    Ok(Argon2::new(Algorithm::Argon2id, Version::V0x13, params))
}

fn hash_now(password: &str) -> Result<String, HashError> {
    let salt = SaltString::generate(&mut OsRng);
    argon2()?
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| HashError::Argon2(e.to_string()))
}

fn verify_now(password: &str, stored: &str) -> Result<bool, HashError> {
    let parsed = PasswordHash::new(stored).map_err(|e| HashError::Argon2(e.to_string()))?;
    // The parameters come from the stored hash, so older hashes still verify.
    Ok(argon2()?.verify_password(password.as_bytes(), &parsed).is_ok())
}

fn random_string() -> Result<String, HashError> {
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes).map_err(|e| HashError::Argon2(e.to_string()))?;
    Ok(hex::encode(bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn hashes_verify_and_use_owasp_argon2id() {
        let hasher = PasswordHasher::new(2).unwrap();
        let hash = hasher.hash("correct horse").await.unwrap();
        assert!(hash.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{hash}");
        assert!(hasher.verify("correct horse", Some(&hash)).await.unwrap());
        assert!(!hasher.verify("wrong horse", Some(&hash)).await.unwrap());
    }

    #[tokio::test]
    async fn salts_differ() {
        let hasher = PasswordHasher::new(1).unwrap();
        assert_ne!(hasher.hash("same").await.unwrap(), hasher.hash("same").await.unwrap());
    }

    #[tokio::test]
    async fn unknown_user_never_matches() {
        let hasher = PasswordHasher::new(1).unwrap();
        assert!(!hasher.verify("anything", None).await.unwrap());
    }
}
