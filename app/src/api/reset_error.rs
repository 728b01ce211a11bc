//! Why a reset step was refused, as the user may learn it: never whether
//! the account exists, only what they typed wrong and what to do next.

use super::error_status::ErrorJson;
#[cfg(feature = "ssr")]
use super::error_status::ErrorStatus;
#[cfg(feature = "ssr")]
use http::StatusCode;
use leptos::server_fn::error::{FromServerFnError, ServerFnErrorErr};
use serde::{Deserialize, Serialize};

/// An input of the reset pages; answers by position from 0.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ResetField {
    UserId,
    Captcha,
    Gate,
    Code,
    Answer(u8),
    Password,
    Confirm,
}

impl ResetField {
    /// The id of the message under the field, for `aria-describedby`.
    pub fn error_id(self) -> String {
        match self {
            Self::UserId => "user-id-error".into(),
            Self::Captcha => "captcha-error".into(),
            Self::Gate => "gate-error".into(),
            Self::Code => "code-error".into(),
            Self::Answer(i) => format!("answer-{i}-error"),
            Self::Password => "password-error".into(),
            Self::Confirm => "confirm-error".into(),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum ResetError {
    /// No reset under way (never started, finished or expired).
    #[error("no reset in progress")]
    FlowMissing,
    /// A post for a step the flow is not at.
    #[error("step out of order")]
    StepOutOfOrder,
    #[error("user id missing")]
    UserIdMissing,
    #[error("user id invalid")]
    UserIdInvalid,
    #[error("captcha failed")]
    CaptchaFailed,
    #[error("gate missing")]
    GateMissing,
    #[error("code missing")]
    CodeMissing,
    #[error("code malformed")]
    CodeMalformed,
    #[error("code wrong")]
    CodeWrong { tries_left: u8 },
    #[error("code dead")]
    CodeDead,
    #[error("code expired")]
    CodeExpired,
    #[error("code used")]
    CodeUsed,
    #[error("delivery failed")]
    DeliveryFailed,
    /// The account's codes for this hour were sent.
    #[error("too many codes")]
    TooManyCodes,
    #[error("answer missing")]
    AnswerMissing { position: u8 },
    #[error("answers wrong")]
    AnswersWrong,
    /// Too many attempts: blocked until this unix time.
    #[error("blocked")]
    Blocked { until: i64 },
    #[error("too many attempts from this address")]
    BusyAddress,
    /// The new password breaks a rule; the key names its message.
    #[error("password rejected")]
    PasswordRejected { key: String, min: u16 },
    #[error("passwords differ")]
    PasswordsDiffer,
    /// The directory refused the write; nothing changed.
    #[error("directory write failed")]
    WriteFailed,
    /// A write to another directory was begun and never confirmed.
    #[error("directory write unconfirmed")]
    WriteUnconfirmed,
    #[error("service unavailable")]
    Unavailable,
    #[error("request failed")]
    Transport,
}

impl ResetError {
    pub fn message_key(&self) -> &str {
        match self {
            Self::FlowMissing => "reset-error-flow-missing",
            Self::StepOutOfOrder => "reset-error-step-out-of-order",
            Self::UserIdMissing => "reset-error-user-id-missing",
            Self::UserIdInvalid => "reset-error-user-id-invalid",
            Self::CaptchaFailed => "reset-error-captcha-failed",
            Self::GateMissing => "reset-error-gate-missing",
            Self::CodeMissing => "registration-error-code-missing",
            Self::CodeMalformed => "registration-error-code-malformed",
            Self::CodeWrong { .. } => "registration-error-code-wrong",
            Self::CodeDead => "reset-error-code-dead",
            Self::CodeExpired => "reset-error-code-expired",
            Self::CodeUsed => "registration-error-code-used",
            Self::DeliveryFailed => "registration-error-delivery-failed",
            Self::TooManyCodes => "registration-error-too-many-codes",
            Self::AnswerMissing { .. } => "registration-error-answer-missing",
            Self::AnswersWrong => "reset-error-answers-wrong",
            Self::Blocked { .. } => "reset-error-blocked",
            Self::BusyAddress => "reset-error-busy-address",
            Self::PasswordRejected { key, .. } => key,
            Self::PasswordsDiffer => "reset-error-passwords-differ",
            Self::WriteFailed => "reset-error-write-failed",
            Self::WriteUnconfirmed => "reset-error-write-unconfirmed",
            Self::Unavailable => "error-unavailable",
            Self::Transport => "error-transport",
        }
    }

    pub fn field(&self) -> Option<ResetField> {
        use ResetField as F;
        match self {
            Self::UserIdMissing | Self::UserIdInvalid => Some(F::UserId),
            Self::CaptchaFailed => Some(F::Captcha),
            Self::GateMissing => Some(F::Gate),
            Self::CodeMissing
            | Self::CodeMalformed
            | Self::CodeWrong { .. }
            | Self::CodeDead
            | Self::CodeExpired
            | Self::CodeUsed => Some(F::Code),
            Self::AnswerMissing { position } => Some(F::Answer(*position)),
            Self::PasswordRejected { .. } => Some(F::Password),
            Self::PasswordsDiffer => Some(F::Confirm),
            _ => None,
        }
    }

    /// The localized message; `until` is shown in UTC.
    pub fn message(&self, i18n: crate::i18n::I18n) -> String {
        match self {
            Self::CodeWrong { tries_left } => {
                i18n.t_count(self.message_key(), &[("tries", i64::from(*tries_left))])
            }
            Self::PasswordRejected { min, .. } => {
                i18n.t_count(self.message_key(), &[("min", i64::from(*min))])
            }
            Self::Blocked { until } => {
                i18n.t_with(self.message_key(), &[("until", &utc_minute(*until))])
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
            Self::UserIdMissing
            | Self::UserIdInvalid
            | Self::CaptchaFailed
            | Self::GateMissing
            | Self::CodeMissing
            | Self::CodeMalformed
            | Self::CodeWrong { .. }
            | Self::CodeDead
            | Self::CodeExpired
            | Self::CodeUsed
            | Self::AnswerMissing { .. }
            | Self::AnswersWrong
            | Self::PasswordRejected { .. }
            | Self::PasswordsDiffer => StatusCode::UNPROCESSABLE_ENTITY,
            Self::Blocked { .. } | Self::BusyAddress | Self::TooManyCodes => {
                StatusCode::TOO_MANY_REQUESTS
            }
            // The last step is offered again: the state moved under the post.
            Self::WriteUnconfirmed => StatusCode::CONFLICT,
            Self::DeliveryFailed | Self::WriteFailed => StatusCode::BAD_GATEWAY,
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

/// `2026-11-23 14:05 UTC`: when a block ends, to the minute.
pub fn utc_minute(unix: i64) -> String {
    let days = unix.div_euclid(86_400);
    let secs = unix.rem_euclid(86_400);
    // Civil-from-days (Howard Hinnant's algorithm), to avoid a date crate
    // in the browser bundle for one line of text.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02} {:02}:{:02} UTC", secs / 3600, secs % 3600 / 60)
}

impl FromServerFnError for ResetError {
    type Encoder = ErrorJson;

    fn from_server_fn_error(_: ServerFnErrorErr) -> Self {
        Self::Transport
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn block_ends_are_shown_in_utc_to_the_minute() {
        assert_eq!(utc_minute(0), "1970-01-01 00:00 UTC");
        assert_eq!(utc_minute(1_795_442_700), "2026-11-23 14:05 UTC");
        assert_eq!(utc_minute(951_782_400), "2000-02-29 00:00 UTC");
    }
}
