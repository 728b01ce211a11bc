//! Why a registration step was refused, as the user may learn it. Each
//! error has one localized message and, when it concerns one input, the
//! field it is shown under.

use super::CodeError;
use serde::{Deserialize, Serialize};

/// An input of the wizard; questions and answers by position from 0.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum RegistrationField {
    Phone,
    Email,
    Code,
    Question(u8),
    Answer(u8),
}

impl RegistrationField {
    /// The id of the message under the field, for `aria-describedby`.
    pub fn error_id(self) -> String {
        match self {
            Self::Phone => "phone-error".into(),
            Self::Email => "email-error".into(),
            Self::Code => "code-error".into(),
            Self::Question(i) => format!("question-{i}-error"),
            Self::Answer(i) => format!("answer-{i}-error"),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum RegistrationError {
    #[error("not signed in")]
    NotSignedIn,
    /// Changing existing info needs the password again.
    #[error("recent sign-in required")]
    ReauthRequired,
    #[error("wrong password")]
    WrongPassword,
    /// Too many wrong passwords lately; no guess is checked for a while.
    #[error("too many password tries")]
    TooManyPasswordTries,
    /// A method that cannot be changed here (set by an administrator or
    /// not enabled by the policy).
    #[error("method not changeable")]
    MethodNotChangeable,
    /// No registration under way (never started, finished or expired).
    #[error("no registration in progress")]
    FlowMissing,
    /// A post for a step other than the current one.
    #[error("step out of order")]
    StepOutOfOrder,
    #[error("phone number missing")]
    PhoneMissing,
    #[error("country needed")]
    CountryNeeded,
    #[error("phone number invalid")]
    PhoneInvalid,
    #[error("email missing")]
    EmailMissing,
    #[error("email invalid")]
    EmailInvalid,
    #[error(transparent)]
    Code(#[from] CodeError),
    #[error("question missing")]
    QuestionMissing { position: u8 },
    #[error("question not offered")]
    QuestionNotOffered { position: u8 },
    #[error("question twice")]
    QuestionTwice { position: u8 },
    #[error("answer missing")]
    AnswerMissing { position: u8 },
    #[error("answer too short")]
    AnswerTooShort { position: u8 },
    #[error("answer too long")]
    AnswerTooLong { position: u8 },
    #[error("answer twice")]
    AnswerTwice { position: u8 },
    #[error("steps pending")]
    StepsPending,
    #[error("nothing to save")]
    NothingToSave,
    #[error("not enough methods")]
    NotEnoughMethods { needed: u8 },
    #[error("service unavailable")]
    Unavailable,
    #[error("request failed")]
    Transport,
}

impl RegistrationError {
    /// The input the refusal is shown under, or `None` for the page.
    pub fn field(&self) -> Option<RegistrationField> {
        use RegistrationField as F;
        match self {
            Self::PhoneMissing | Self::CountryNeeded | Self::PhoneInvalid => Some(F::Phone),
            Self::EmailMissing | Self::EmailInvalid => Some(F::Email),
            Self::Code(code) if code.is_about_input() => Some(F::Code),
            Self::QuestionMissing { position }
            | Self::QuestionNotOffered { position }
            | Self::QuestionTwice { position } => Some(F::Question(*position)),
            Self::AnswerMissing { position }
            | Self::AnswerTooShort { position }
            | Self::AnswerTooLong { position }
            | Self::AnswerTwice { position } => Some(F::Answer(*position)),
            _ => None,
        }
    }
}
