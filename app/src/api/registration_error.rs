//! Why a registration step was refused, as the user may learn it. Each
//! error has one localized message and, when it concerns one input, the
//! field it is shown under.

use super::error_status::ErrorJson;
#[cfg(feature = "ssr")]
use super::error_status::ErrorStatus;
#[cfg(feature = "ssr")]
use http::StatusCode;
use leptos::server_fn::error::{FromServerFnError, ServerFnErrorErr};
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
    #[error("no code sent")]
    NoCodeSent,
    #[error("send budget used up")]
    TooManyCodes,
    #[error("delivery failed")]
    DeliveryFailed,
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
    pub fn message_key(&self) -> &'static str {
        match self {
            Self::NotSignedIn => "registration-error-not-signed-in",
            Self::FlowMissing => "registration-error-flow-missing",
            Self::ReauthRequired => "registration-error-reauth-required",
            Self::WrongPassword => "registration-error-wrong-password",
            Self::TooManyPasswordTries => "registration-error-too-many-password-tries",
            Self::MethodNotChangeable => "registration-error-method-not-changeable",
            Self::StepOutOfOrder => "registration-error-step-out-of-order",
            Self::PhoneMissing => "registration-error-phone-missing",
            Self::CountryNeeded => "registration-error-country-needed",
            Self::PhoneInvalid => "registration-error-phone-invalid",
            Self::EmailMissing => "registration-error-email-missing",
            Self::EmailInvalid => "registration-error-email-invalid",
            Self::CodeMissing => "registration-error-code-missing",
            Self::CodeMalformed => "registration-error-code-malformed",
            Self::CodeWrong { .. } => "registration-error-code-wrong",
            Self::CodeDead => "registration-error-code-dead",
            Self::CodeExpired => "registration-error-code-expired",
            Self::CodeUsed => "registration-error-code-used",
            Self::NoCodeSent => "registration-error-no-code-sent",
            Self::TooManyCodes => "registration-error-too-many-codes",
            Self::DeliveryFailed => "registration-error-delivery-failed",
            Self::QuestionMissing { .. } => "registration-error-question-missing",
            Self::QuestionNotOffered { .. } => "registration-error-question-not-offered",
            Self::QuestionTwice { .. } => "registration-error-question-twice",
            Self::AnswerMissing { .. } => "registration-error-answer-missing",
            Self::AnswerTooShort { .. } => "registration-error-answer-too-short",
            Self::AnswerTooLong { .. } => "registration-error-answer-too-long",
            Self::AnswerTwice { .. } => "registration-error-answer-twice",
            Self::StepsPending => "registration-error-steps-pending",
            Self::NothingToSave => "registration-error-nothing-to-save",
            Self::NotEnoughMethods { .. } => "registration-error-not-enough-methods",
            Self::Unavailable => "error-unavailable",
            Self::Transport => "error-transport",
        }
    }

    /// Named arguments of the message.
    pub fn message_args(&self) -> Vec<(&'static str, i64)> {
        match self {
            Self::CodeWrong { tries_left } => vec![("tries", i64::from(*tries_left))],
            Self::NotEnoughMethods { needed } => vec![("needed", i64::from(*needed))],
            _ => Vec::new(),
        }
    }

    pub fn field(&self) -> Option<RegistrationField> {
        use RegistrationField as F;
        match self {
            Self::PhoneMissing | Self::CountryNeeded | Self::PhoneInvalid => Some(F::Phone),
            Self::EmailMissing | Self::EmailInvalid => Some(F::Email),
            Self::CodeMissing
            | Self::CodeMalformed
            | Self::CodeWrong { .. }
            | Self::CodeDead
            | Self::CodeExpired
            | Self::CodeUsed
            | Self::NoCodeSent => Some(F::Code),
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

    /// The localized message.
    pub fn message(&self, i18n: crate::i18n::I18n) -> String {
        i18n.t_count(self.message_key(), &self.message_args())
    }
}

/// Refusals answer 4xx, failures 5xx (see `error_status`).
#[cfg(feature = "ssr")]
impl ErrorStatus for RegistrationError {
    fn status(&self) -> StatusCode {
        match self {
            Self::NotSignedIn | Self::WrongPassword => StatusCode::UNAUTHORIZED,
            Self::ReauthRequired | Self::MethodNotChangeable => StatusCode::FORBIDDEN,
            Self::FlowMissing => StatusCode::NOT_FOUND,
            Self::StepOutOfOrder
            | Self::NoCodeSent
            | Self::StepsPending
            | Self::NothingToSave
            | Self::NotEnoughMethods { .. } => StatusCode::CONFLICT,
            Self::PhoneMissing
            | Self::CountryNeeded
            | Self::PhoneInvalid
            | Self::EmailMissing
            | Self::EmailInvalid
            | Self::CodeMissing
            | Self::CodeMalformed
            | Self::CodeWrong { .. }
            | Self::CodeDead
            | Self::CodeExpired
            | Self::CodeUsed
            | Self::QuestionMissing { .. }
            | Self::QuestionNotOffered { .. }
            | Self::QuestionTwice { .. }
            | Self::AnswerMissing { .. }
            | Self::AnswerTooShort { .. }
            | Self::AnswerTooLong { .. }
            | Self::AnswerTwice { .. } => StatusCode::UNPROCESSABLE_ENTITY,
            Self::TooManyPasswordTries | Self::TooManyCodes => StatusCode::TOO_MANY_REQUESTS,
            Self::DeliveryFailed => StatusCode::BAD_GATEWAY,
            Self::Unavailable => StatusCode::SERVICE_UNAVAILABLE,
            Self::Transport => StatusCode::BAD_REQUEST,
        }
    }
}

impl FromServerFnError for RegistrationError {
    type Encoder = ErrorJson;

    fn from_server_fn_error(_: ServerFnErrorErr) -> Self {
        Self::Transport
    }
}
