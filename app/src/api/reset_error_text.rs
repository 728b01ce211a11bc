//! The message and status of each reset refusal.

use super::error_status::ErrorJson;
#[cfg(feature = "ssr")]
use super::error_status::ErrorStatus;
use crate::contract::{CodeError, ResetError};
#[cfg(feature = "ssr")]
use http::StatusCode;
use leptos::server_fn::error::{FromServerFnError, ServerFnErrorErr};

impl ResetError {
    pub fn message_key(&self) -> &'static str {
        match self {
            Self::FlowMissing => "reset-error-flow-missing",
            Self::StepOutOfOrder => "reset-error-step-out-of-order",
            Self::UserIdMissing => "reset-error-user-id-missing",
            Self::UserIdInvalid => "reset-error-user-id-invalid",
            Self::CaptchaFailed => "reset-error-captcha-failed",
            Self::GateMissing => "reset-error-gate-missing",
            // A reset may go on with another method, and says so.
            Self::Code(CodeError::Dead) => "reset-error-code-dead",
            Self::Code(code) => code.message_key(),
            Self::AnswerMissing { .. } => "error-answer-missing",
            Self::AnswersWrong => "reset-error-answers-wrong",
            Self::Blocked { .. } => "reset-error-blocked",
            Self::BusyAddress => "reset-error-busy-address",
            Self::PasswordRejected { problem, .. } => problem.message_key(),
            Self::PasswordsDiffer => "reset-error-passwords-differ",
            Self::WriteFailed => "reset-error-write-failed",
            Self::WriteUnconfirmed => "reset-error-write-unconfirmed",
            Self::Unavailable => "error-unavailable",
            Self::Transport => "error-transport",
        }
    }

    /// The localized message; `until` is shown as the language writes
    /// a date and time, in UTC.
    pub fn message(&self, i18n: crate::i18n::I18n) -> String {
        match self {
            Self::Code(code) => i18n.t_count(self.message_key(), &code.message_args()),
            Self::PasswordRejected { min, .. } => {
                i18n.t_count(self.message_key(), &[("min", i64::from(*min))])
            }
            Self::Blocked { until } => {
                i18n.t_with(self.message_key(), &[("until", &i18n.instant(*until))])
            }
            _ => i18n.t(self.message_key()),
        }
    }
}

/// Refusals answer 4xx, failures 5xx (see `error_status`). Made-up flows
/// get the same errors as real ones, so the same statuses.
#[cfg(feature = "ssr")]
impl ErrorStatus for ResetError {
    fn status(&self) -> StatusCode {
        match self {
            Self::FlowMissing => StatusCode::NOT_FOUND,
            Self::StepOutOfOrder => StatusCode::CONFLICT,
            Self::Code(code) => code.status(),
            Self::UserIdMissing
            | Self::UserIdInvalid
            | Self::CaptchaFailed
            | Self::GateMissing
            | Self::AnswerMissing { .. }
            | Self::AnswersWrong
            | Self::PasswordRejected { .. }
            | Self::PasswordsDiffer => StatusCode::UNPROCESSABLE_ENTITY,
            Self::Blocked { .. } | Self::BusyAddress => StatusCode::TOO_MANY_REQUESTS,
            // The last step is offered again: the state moved under the post.
            Self::WriteUnconfirmed => StatusCode::CONFLICT,
            Self::WriteFailed => StatusCode::BAD_GATEWAY,
            Self::Unavailable => StatusCode::SERVICE_UNAVAILABLE,
            Self::Transport => StatusCode::BAD_REQUEST,
        }
    }

    fn retry_after(&self) -> Option<i64> {
        match self {
            Self::Blocked { until } => Some(*until),
            _ => None,
        }
    }
}

impl FromServerFnError for ResetError {
    type Encoder = ErrorJson;

    fn from_server_fn_error(_: ServerFnErrorErr) -> Self {
        Self::Transport
    }
}
