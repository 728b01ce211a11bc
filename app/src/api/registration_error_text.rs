//! The message and status of each registration refusal.

use super::error_status::ErrorJson;
#[cfg(feature = "ssr")]
use super::error_status::ErrorStatus;
use crate::contract::RegistrationError;
#[cfg(feature = "ssr")]
use http::StatusCode;
use leptos::server_fn::error::{FromServerFnError, ServerFnErrorErr};

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
            Self::Code(code) => code.message_key(),
            Self::QuestionMissing { .. } => "registration-error-question-missing",
            Self::QuestionNotOffered { .. } => "registration-error-question-not-offered",
            Self::QuestionTwice { .. } => "registration-error-question-twice",
            Self::AnswerMissing { .. } => "error-answer-missing",
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
            Self::Code(code) => code.message_args(),
            Self::NotEnoughMethods { needed } => vec![("needed", i64::from(*needed))],
            _ => Vec::new(),
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
            | Self::StepsPending
            | Self::NothingToSave
            | Self::NotEnoughMethods { .. } => StatusCode::CONFLICT,
            Self::PhoneMissing
            | Self::CountryNeeded
            | Self::PhoneInvalid
            | Self::EmailMissing
            | Self::EmailInvalid
            | Self::QuestionMissing { .. }
            | Self::QuestionNotOffered { .. }
            | Self::QuestionTwice { .. }
            | Self::AnswerMissing { .. }
            | Self::AnswerTooShort { .. }
            | Self::AnswerTooLong { .. }
            | Self::AnswerTwice { .. } => StatusCode::UNPROCESSABLE_ENTITY,
            Self::Code(code) => code.status(),
            Self::TooManyPasswordTries => StatusCode::TOO_MANY_REQUESTS,
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
