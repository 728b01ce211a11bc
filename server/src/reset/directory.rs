//! Where a reset writes: the directory the user's password lives in.

use crate::store::UserId;
use std::sync::Arc;

/// The directory refused or could not be reached; nothing changed.
#[derive(Debug, thiserror::Error)]
#[error("directory write failed: {0}")]
pub struct DirectoryError(pub String);

/// A directory outside sspr's database (LDAP, Active Directory).
#[async_trait::async_trait]
pub trait DirectoryWriter: Send + Sync {
    /// Sets the password and unlocks the account.
    async fn set_password(
        &self,
        user: UserId,
        password: &secrecy::SecretString,
    ) -> Result<(), DirectoryError>;
    /// Unlocks the account, leaving the password as it is.
    async fn unlock(&self, user: UserId) -> Result<(), DirectoryError>;
}

/// Where reset passwords are written.
#[derive(Clone)]
pub enum PasswordDirectory {
    /// sspr's own database: the write is part of the reset's one
    /// transaction, with the flow, the sessions and the audit entry.
    BuiltIn,
    /// Another system: the flow records that it is writing before the
    /// write, and is finished in the database only once the write is
    /// confirmed; a write that never finishes is found and undone, so the
    /// reset can be tried again.
    External(Arc<dyn DirectoryWriter>),
}
