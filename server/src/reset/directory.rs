//! Where a reset writes: the directory the user's password lives in. The
//! built-in SQL directory here; an LDAP directory implements the same.

use crate::store::{SqlStore, UserId};

/// The directory refused or could not be reached; nothing changed.
#[derive(Debug, thiserror::Error)]
#[error("directory write failed: {0}")]
pub struct DirectoryError(pub String);

#[async_trait::async_trait]
pub trait DirectoryWriter: Send + Sync {
    /// Sets the password (an Argon2id hash here) and unlocks the account.
    async fn set_password(&self, user: UserId, hash: &str) -> Result<(), DirectoryError>;
    /// Unlocks the account, leaving the password as it is.
    async fn unlock(&self, user: UserId) -> Result<(), DirectoryError>;
}

pub struct SqlDirectory {
    pub store: SqlStore,
}

#[async_trait::async_trait]
impl DirectoryWriter for SqlDirectory {
    async fn set_password(&self, user: UserId, hash: &str) -> Result<(), DirectoryError> {
        self.store.write_password(user, Some(hash)).await.map_err(|e| DirectoryError(e.to_string()))
    }

    async fn unlock(&self, user: UserId) -> Result<(), DirectoryError> {
        self.store.write_password(user, None).await.map_err(|e| DirectoryError(e.to_string()))
    }
}
