//! Signing in and out against the directory.

use super::{ClientAddress, ServiceError};
use crate::domain::{PasswordInput, UserName};
use crate::i18n::Lang;
use secrecy::{ExposeSecret, SecretString};

/// The opaque value of a session cookie.
#[derive(Clone)]
pub struct SessionToken(SecretString);

impl SessionToken {
    pub fn new(value: String) -> Self {
        Self(SecretString::from(value))
    }

    pub fn expose(&self) -> &str {
        self.0.expose_secret()
    }
}

impl std::fmt::Debug for SessionToken {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SessionToken(<redacted>)")
    }
}

/// Who a valid session belongs to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SessionUser {
    pub user_principal_name: String,
    pub display_name: String,
    /// Unix seconds of the last password entry in this session.
    pub authenticated_at: i64,
}

/// Why a sign-in did not produce a session. The first three look the same
/// to the user, so nobody learns which accounts exist; the pauses come
/// alike for known and unknown names.
#[derive(Debug, thiserror::Error)]
pub enum SignInFailure {
    #[error("no such user")]
    UnknownUser,
    #[error("wrong password")]
    WrongPassword,
    #[error("account disabled")]
    Disabled,
    /// The right password for a locked account: only its owner learns it.
    #[error("account locked")]
    Locked,
    /// Too many misses on this user name; no guess is checked until then.
    #[error("sign-in paused for this account")]
    Paused { until: i64 },
    /// Too many misses from the client's network.
    #[error("sign-in paused for this address")]
    BusyAddress,
    #[error(transparent)]
    Service(#[from] ServiceError),
}

#[async_trait::async_trait]
pub trait Accounts: Send + Sync {
    /// Checks the password and, on success, opens a fresh session and ends
    /// `previous`, the session the browser presented: one live session per
    /// sign-in, never one carried over from whoever signed in before.
    /// `lang`, the page's language, becomes the user's for later notices.
    async fn sign_in(
        &self,
        name: &UserName,
        password: &PasswordInput,
        previous: Option<&SessionToken>,
        address: &ClientAddress,
        lang: Lang,
    ) -> Result<SessionToken, SignInFailure>;

    /// Makes `lang`, picked on a page, the language of the session's
    /// user's later notices; nothing without a live session.
    async fn use_language(&self, token: &SessionToken, lang: Lang) -> Result<(), ServiceError>;

    /// The user of a live session, or `None` when it is unknown or expired.
    async fn session_user(&self, token: &SessionToken)
        -> Result<Option<SessionUser>, ServiceError>;

    /// Checks the session user's password again and, when it matches,
    /// marks the session as recently authenticated.
    async fn reauthenticate(
        &self,
        token: &SessionToken,
        password: &PasswordInput,
        address: &ClientAddress,
    ) -> Result<(), SignInFailure>;

    /// Ends the session. Ending an unknown session is not an error.
    async fn sign_out(&self, token: &SessionToken) -> Result<(), ServiceError>;
}
