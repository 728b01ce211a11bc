//! Registering security info: the sign-in prompt and the wizard.

use super::{ClientAddress, SessionToken};
use crate::contract::RegistrationError;
use crate::contract::{PromptView, SecurityInfoView, WizardNotice, WizardView};
use crate::domain::channel::Channel;
use crate::domain::registration_flow::Step;
use crate::domain::security_answer::SecurityAnswer;
use crate::domain::verification_code::CodeInput;
use crate::domain::{email::Email, phone_number::PhoneNumber};
use crate::i18n::Lang;
use secrecy::{ExposeSecret, SecretString};

/// The opaque value of the registration cookie.
#[derive(Clone)]
pub struct FlowToken(SecretString);

impl FlowToken {
    pub fn new(value: String) -> Self {
        Self(SecretString::from(value))
    }

    pub fn expose(&self) -> &str {
        self.0.expose_secret()
    }
}

impl std::fmt::Debug for FlowToken {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("FlowToken(<redacted>)")
    }
}

/// Every call names the session; a flow is only usable by the user who
/// started it.
#[async_trait::async_trait]
pub trait Registration: Send + Sync {
    /// What to ask right after sign-in, if anything.
    async fn prompt(&self, session: &SessionToken)
        -> Result<Option<PromptView>, RegistrationError>;

    /// "Skip for now": recorded, and asked again at the next sign-in.
    async fn dismiss_prompt(
        &self,
        session: &SessionToken,
        address: &ClientAddress,
    ) -> Result<(), RegistrationError>;

    /// "Looks good": the registered info is confirmed as of now.
    async fn reconfirm(
        &self,
        session: &SessionToken,
        address: &ClientAddress,
    ) -> Result<(), RegistrationError>;

    /// Starts the wizard over every enabled method, or over `only`.
    async fn start(
        &self,
        session: &SessionToken,
        only: Option<Step>,
    ) -> Result<FlowToken, RegistrationError>;

    /// The current page of the wizard, with the notice left for it.
    async fn wizard(
        &self,
        session: &SessionToken,
        flow: &FlowToken,
    ) -> Result<WizardView, RegistrationError>;

    async fn send_phone_code(
        &self,
        session: &SessionToken,
        flow: &FlowToken,
        phone: PhoneNumber,
        channel: Channel,
        lang: Lang,
    ) -> Result<(), RegistrationError>;

    async fn send_email_code(
        &self,
        session: &SessionToken,
        flow: &FlowToken,
        email: Email,
        lang: Lang,
    ) -> Result<(), RegistrationError>;

    async fn verify_code(
        &self,
        session: &SessionToken,
        flow: &FlowToken,
        step: Step,
        code: CodeInput,
    ) -> Result<(), RegistrationError>;

    /// `picks` are the form values of the chosen questions with answers.
    async fn save_questions(
        &self,
        session: &SessionToken,
        flow: &FlowToken,
        picks: Vec<(String, SecurityAnswer)>,
    ) -> Result<(), RegistrationError>;

    async fn skip(
        &self,
        session: &SessionToken,
        flow: &FlowToken,
        step: Step,
    ) -> Result<(), RegistrationError>;

    /// Saves everything at once, notifies the user's previous addresses
    /// and ends the flow.
    async fn finish(
        &self,
        session: &SessionToken,
        flow: &FlowToken,
        lang: Lang,
        address: &ClientAddress,
    ) -> Result<(), RegistrationError>;

    /// The security-info page: every method with its masked value.
    async fn overview(&self, session: &SessionToken)
        -> Result<SecurityInfoView, RegistrationError>;

    /// Removes what the user registered for `step`'s method. Needs a
    /// recent sign-in; tells the previous addresses.
    async fn delete_method(
        &self,
        session: &SessionToken,
        step: Step,
        lang: Lang,
        address: &ClientAddress,
    ) -> Result<(), RegistrationError>;

    /// Leaves `notice` for the next page of the flow (plain form posts).
    async fn leave_notice(&self, flow: &FlowToken, notice: &WizardNotice);
}
