//! What the registration pages show, as sent from the server. Contact
//! values are masked before they leave the server; answers never do.

use super::RegistrationError;
use crate::domain::channel::Channel;
use crate::domain::contact_methods::ContactSource;
use crate::domain::registration_flow::{Position, Step};
use crate::domain::security_questions::PredefinedQuestion;
use crate::domain::sspr_policy::Method;
use serde::{Deserialize, Serialize};

/// The interrupt after sign-in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum PromptKind {
    /// Not enough methods: "more information required".
    Register,
    /// Registered long ago: "are these still correct?"
    Reconfirm,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PromptView {
    pub kind: PromptKind,
    pub methods_required: u8,
    pub registered: Vec<MethodLine>,
}

/// One registered method: masked value (or the number of questions) and
/// where it comes from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MethodLine {
    pub method: Method,
    pub value: String,
    pub source: Option<ContactSource>,
}

/// How a question is shown: a predefined one in the page's language, a
/// custom one exactly as the administrator wrote it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum QuestionLabel {
    Predefined(PredefinedQuestion),
    Text(String),
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuestionOption {
    /// The form value: `p:<id>` or `c:<index>`.
    pub value: String,
    pub label: QuestionLabel,
}

/// What the user typed that may be shown again after an error. Never
/// codes or answers.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Draft {
    pub country: String,
    pub number: String,
    pub email: String,
    pub questions: Vec<String>,
}

/// Left for the next page when a plain form post fails.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct WizardNotice {
    pub error: RegistrationError,
    pub draft: Draft,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SummaryLine {
    pub method: Method,
    /// Masked value, or the number of questions; `None` when skipped.
    pub value: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct WizardView {
    pub position: Position,
    pub notice: Option<WizardNotice>,
    pub methods_required: u8,
    /// A code went to this number by this channel and waits.
    pub pending_phone: Option<(String, Channel)>,
    /// The number a reset would use today, and why.
    pub reset_phone: Option<MethodLine>,
    /// Set by an administrator; shown, never edited here.
    pub office_phone: Option<String>,
    pub pending_email: Option<String>,
    /// The address a reset would use today, and why.
    pub reset_email: Option<MethodLine>,
    pub questions_required: u8,
    pub question_options: Vec<QuestionOption>,
    pub summary: Vec<SummaryLine>,
    /// Regions offered by the country picker (ISO codes, calling codes).
    pub regions: Vec<(String, u16)>,
}

/// One method on the security-info page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SecurityMethodView {
    pub method: Method,
    /// Masked value, or the number of questions; `None` when not set.
    pub value: Option<String>,
    pub source: Option<ContactSource>,
    /// The wizard step that changes it; `None` when the user cannot.
    pub change_step: Option<Step>,
    /// Whether the user may delete it (only what they registered).
    pub deletable: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SecurityInfoView {
    pub methods: Vec<SecurityMethodView>,
    pub methods_required: u8,
    /// Methods a reset could use today.
    pub usable: u8,
}
