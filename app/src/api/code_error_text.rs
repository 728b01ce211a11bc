//! The message and status of a code refusal, the same in both flows.

#[cfg(feature = "ssr")]
use super::error_status::ErrorStatus;
use crate::contract::CodeError;
#[cfg(feature = "ssr")]
use http::StatusCode;

impl CodeError {
    pub fn message_key(self) -> &'static str {
        match self {
            Self::Missing => "code-error-missing",
            Self::Malformed => "code-error-malformed",
            Self::Wrong { .. } => "code-error-wrong",
            Self::Dead => "code-error-dead",
            Self::Expired => "code-error-expired",
            Self::Used => "code-error-used",
            Self::NoneSent => "code-error-none-sent",
            Self::TooMany => "code-error-too-many",
            Self::DeliveryFailed => "code-error-delivery-failed",
        }
    }

    /// Named arguments of the message.
    pub fn message_args(self) -> Vec<(&'static str, i64)> {
        match self {
            Self::Wrong { tries_left } => vec![("tries", i64::from(tries_left))],
            _ => Vec::new(),
        }
    }
}

#[cfg(feature = "ssr")]
impl ErrorStatus for CodeError {
    fn status(&self) -> StatusCode {
        match self {
            Self::NoneSent => StatusCode::CONFLICT,
            Self::TooMany => StatusCode::TOO_MANY_REQUESTS,
            Self::DeliveryFailed => StatusCode::BAD_GATEWAY,
            _ => StatusCode::UNPROCESSABLE_ENTITY,
        }
    }
}
