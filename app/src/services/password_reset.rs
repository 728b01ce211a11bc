//! Resetting a forgotten password (or unlocking) without signing in.

use super::{ClientAddress, FlowToken};
use crate::contract::ResetError;
use crate::contract::{ResetNotice, ResetView};
use crate::domain::reset_flow::Gate;
use crate::domain::verification_code::CodeInput;
use crate::domain::UserName;
use crate::i18n::Lang;
use secrecy::SecretString;

/// What the last step writes.
#[derive(Debug)]
pub enum ResetCommit {
    /// A new password, with its confirmation, checked by the service
    /// against the password policy; the account is unlocked too.
    NewPassword { password: SecretString, confirm: SecretString },
    /// The account unlocked, the password unchanged.
    UnlockOnly,
}

/// Every step names the flow; the service checks on each that the steps
/// before it were passed, whatever page the post came from.
#[async_trait::async_trait]
pub trait PasswordReset: Send + Sync {
    /// Starts a reset for the typed user id (after the CAPTCHA). Known,
    /// unknown and ineligible users get the same answer.
    async fn start(
        &self,
        user: &UserName,
        address: &ClientAddress,
    ) -> Result<FlowToken, ResetError>;

    /// The current page, with the notice left for it.
    async fn view(&self, flow: &FlowToken) -> Result<ResetView, ResetError>;

    /// Picks a gate: sends its code, or picks the questions to ask.
    async fn choose_gate(
        &self,
        flow: &FlowToken,
        gate: Gate,
        lang: Lang,
        address: &ClientAddress,
    ) -> Result<(), ResetError>;

    async fn verify_code(
        &self,
        flow: &FlowToken,
        code: CodeInput,
        address: &ClientAddress,
    ) -> Result<(), ResetError>;

    /// Answers to the questions asked, in their order.
    async fn answer_questions(
        &self,
        flow: &FlowToken,
        answers: Vec<String>,
        address: &ClientAddress,
    ) -> Result<(), ResetError>;

    /// Back from a gate to the choice of gates.
    async fn back_to_choice(&self, flow: &FlowToken) -> Result<(), ResetError>;

    /// Writes the new password or the unlock to the directory, ends every
    /// session of the user, notifies, and ends the flow.
    async fn commit(
        &self,
        flow: &FlowToken,
        commit: ResetCommit,
        lang: Lang,
        address: &ClientAddress,
    ) -> Result<(), ResetError>;

    /// Keeps a refusal for the next page.
    async fn leave_notice(&self, flow: &FlowToken, notice: &ResetNotice);
}
