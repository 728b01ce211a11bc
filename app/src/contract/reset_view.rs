//! What the reset pages show, as the server hands it over: masked
//! destinations, never whole ones; questions, never answers.

use super::ResetError;
use crate::domain::answered_questions::Question;
use crate::domain::helpdesk_link::HelpdeskLink;
use crate::domain::reset_flow::Gate;
use serde::{Deserialize, Serialize};

/// One gate the user may pick, with where its code would go.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GateChoice {
    pub gate: Gate,
    /// Masked email address or phone number; `None` for the questions.
    pub destination: Option<String>,
}

/// "Verification 1 of 2".
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GateProgress {
    pub number: u8,
    pub of: u8,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ResetPage {
    Choose {
        progress: GateProgress,
        choices: Vec<GateChoice>,
    },
    Code {
        progress: GateProgress,
        gate: Gate,
        destination: String,
    },
    Questions {
        progress: GateProgress,
        questions: Vec<Question>,
    },
    NewPassword {
        unlock_offered: bool,
        min_length: u16,
        max_length: u16,
    },
    Ineligible {
        helpdesk: Option<HelpdeskLink>,
    },
    /// Another directory is taking the change right now.
    Writing,
    Done {
        unlocked_only: bool,
    },
}

/// A refusal left for the next page, with what was typed (never codes,
/// answers or passwords).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ResetNotice {
    pub error: ResetError,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ResetView {
    pub page: ResetPage,
    pub notice: Option<ResetNotice>,
}
