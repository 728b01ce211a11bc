//! Why a reset step was refused, as the user may learn it: never whether
//! the account exists, only what they typed wrong and what to do next.

use super::CodeError;
use crate::domain::password_policy::PasswordProblem;
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
    #[error(transparent)]
    Code(#[from] CodeError),
    #[error("answer missing")]
    AnswerMissing { position: u8 },
    #[error("answers wrong")]
    AnswersWrong,
    /// Too many attempts: blocked until this unix time.
    #[error("blocked")]
    Blocked { until: i64 },
    #[error("too many attempts from this address")]
    BusyAddress,
    /// The new password breaks a rule of the policy (whose minimum is `min`).
    #[error("password rejected: {problem}")]
    PasswordRejected { problem: PasswordProblem, min: u16 },
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
    /// The input the refusal is shown under, or `None` for the page.
    pub fn field(&self) -> Option<ResetField> {
        use ResetField as F;
        match self {
            Self::UserIdMissing | Self::UserIdInvalid => Some(F::UserId),
            Self::CaptchaFailed => Some(F::Captcha),
            Self::GateMissing => Some(F::Gate),
            Self::Code(code) if code.is_about_input() => Some(F::Code),
            Self::AnswerMissing { position } => Some(F::Answer(*position)),
            Self::PasswordRejected { .. } => Some(F::Password),
            Self::PasswordsDiffer => Some(F::Confirm),
            _ => None,
        }
    }
}
