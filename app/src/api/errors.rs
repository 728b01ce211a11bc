//! The errors server functions return to pages. Each maps to one localized
//! message; internal details are logged on the server and never sent.

use super::error_status::ErrorJson;
#[cfg(feature = "ssr")]
use super::error_status::ErrorStatus;
#[cfg(feature = "ssr")]
use http::StatusCode;
use leptos::server_fn::error::{FromServerFnError, ServerFnErrorErr};
use serde::{Deserialize, Serialize};

/// The form field an error belongs to, for `aria-describedby`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FormField {
    UserName,
    Password,
}

/// Why signing in failed, as the user may learn it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum SignInError {
    #[error("no user name")]
    UserNameMissing,
    #[error("user name not acceptable")]
    UserNameInvalid,
    #[error("no password")]
    PasswordMissing,
    /// Unknown user, wrong password and disabled account alike: the
    /// message must not reveal which accounts exist.
    #[error("invalid credentials")]
    InvalidCredentials,
    /// The right password, but the directory has locked the account; the
    /// owner can unlock it through "Can't access your account?".
    #[error("account locked")]
    AccountLocked,
    /// Too many misses on this user name (known or not): no guess is
    /// checked until `until` (unix seconds), which the server has already
    /// written out in the page's language as `until_text`.
    #[error("sign-in paused for this user name")]
    Paused { until: i64, until_text: String },
    /// Too many misses from the client's network.
    #[error("sign-in paused for this network")]
    BusyAddress,
    #[error("service unavailable")]
    Unavailable,
    #[error("request failed")]
    Transport,
}

impl SignInError {
    pub fn message_key(&self) -> &'static str {
        match self {
            Self::UserNameMissing => "error-user-name-missing",
            Self::UserNameInvalid => "error-user-name-invalid",
            Self::PasswordMissing => "error-password-missing",
            Self::InvalidCredentials => "error-invalid-credentials",
            Self::AccountLocked => "error-account-locked",
            Self::Paused { .. } => "error-sign-in-paused",
            Self::BusyAddress => "error-sign-in-busy-address",
            Self::Unavailable => "error-unavailable",
            Self::Transport => "error-transport",
        }
    }

    /// The field to mark invalid, or `None` for a form-level error.
    pub fn field(&self) -> Option<FormField> {
        match self {
            Self::UserNameMissing | Self::UserNameInvalid => Some(FormField::UserName),
            Self::PasswordMissing => Some(FormField::Password),
            _ => None,
        }
    }
}

/// Refusals answer 4xx, failures 5xx (see `error_status`).
#[cfg(feature = "ssr")]
impl ErrorStatus for SignInError {
    fn status(&self) -> StatusCode {
        match self {
            Self::UserNameMissing | Self::UserNameInvalid | Self::PasswordMissing => {
                StatusCode::UNPROCESSABLE_ENTITY
            }
            Self::InvalidCredentials => StatusCode::UNAUTHORIZED,
            Self::AccountLocked => StatusCode::FORBIDDEN,
            Self::Paused { .. } | Self::BusyAddress => StatusCode::TOO_MANY_REQUESTS,
            Self::Unavailable => StatusCode::SERVICE_UNAVAILABLE,
            Self::Transport => StatusCode::BAD_REQUEST,
        }
    }

    fn retry_after(&self) -> Option<i64> {
        match self {
            Self::Paused { until, .. } => Some(*until),
            _ => None,
        }
    }
}

impl FromServerFnError for SignInError {
    type Encoder = ErrorJson;

    fn from_server_fn_error(_: ServerFnErrorErr) -> Self {
        Self::Transport
    }
}

/// Failures of server functions without form fields of their own.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum AppError {
    #[error("service unavailable")]
    Unavailable,
    #[error("request failed")]
    Transport,
}

impl AppError {
    pub fn message_key(&self) -> &'static str {
        match self {
            Self::Unavailable => "error-unavailable",
            Self::Transport => "error-transport",
        }
    }
}

#[cfg(feature = "ssr")]
impl ErrorStatus for AppError {
    fn status(&self) -> StatusCode {
        match self {
            Self::Unavailable => StatusCode::SERVICE_UNAVAILABLE,
            Self::Transport => StatusCode::BAD_REQUEST,
        }
    }
}

impl FromServerFnError for AppError {
    type Encoder = ErrorJson;

    fn from_server_fn_error(_: ServerFnErrorErr) -> Self {
        Self::Transport
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn credential_failures_share_one_message() {
        // Everything that could hint at the account's existence maps here.
        assert_eq!(SignInError::InvalidCredentials.message_key(), "error-invalid-credentials");
        assert_eq!(SignInError::InvalidCredentials.field(), None);
    }
}
