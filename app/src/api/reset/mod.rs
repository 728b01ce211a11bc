//! The password reset's posts. Each is a plain form target that redirects
//! to the flow page, with or without script; the service re-checks on
//! every one that the steps before it were passed.

mod answer_reset_questions;
mod back_to_reset_gates;
mod choose_reset_gate;
#[cfg(feature = "ssr")]
mod post;
mod reset_captcha;
mod reset_flow_view;
mod set_new_password;
mod start_reset;
mod verify_reset_code;

pub use answer_reset_questions::{answer_reset_questions, AnswerResetQuestions};
pub use back_to_reset_gates::{back_to_reset_gates, BackToResetGates};
pub use choose_reset_gate::{choose_reset_gate, ChooseResetGate};
pub use reset_captcha::{reset_captcha, ResetCaptcha};
pub use reset_flow_view::{reset_flow_view, ResetFlowView};
pub use set_new_password::{set_new_password, SetNewPassword};
pub use start_reset::{start_reset, StartReset};
pub use verify_reset_code::{verify_reset_code, VerifyResetCode};

/// The reset flow's page.
pub const FLOW_PAGE: &str = "/reset/verify";
