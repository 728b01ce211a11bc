//! Registering security info against the built-in directory: the sign-in
//! prompt, the wizard's steps and the atomic save at the end.

mod codes;
mod finish;
mod manage;
mod messages;
mod prompt;
mod questions;
mod view;

pub(crate) use codes::new_code;
pub(crate) use messages::code_message;

use crate::store::{AuditAction, AuditEntry, AuditOutcome, StoreError, StoredFlow, UserId};
use crate::{keyring::Keyring, password_hasher::PasswordHasher, store::SqlStore};
use app::contract::{PromptView, RegistrationError, SecurityInfoView, WizardNotice, WizardView};
use app::domain::administrator_reset_policy::policy_for;
use app::domain::channel::Channel;
use app::domain::directory_user::{SecurityInfo, UserProfile};
use app::domain::recent_sign_in::is_recent;
use app::domain::registration_flow::REGISTRATION_FLOW_LIFETIME;
use app::domain::registration_flow::{RegistrationFlow, RegistrationPlan, Step, StepState};
use app::domain::security_answer::SecurityAnswer;
use app::domain::sspr_policy::SsprPolicy;
use app::domain::unix_time;
use app::domain::verification_code::CodeInput;
use app::domain::{email::Email, phone_number::PhoneNumber, UserName};
use app::i18n::Lang;
use app::services::{ClientAddress, Clock, FlowToken, Registration, Sender, SessionToken};
use std::sync::Arc;

pub struct SqlRegistration {
    pub store: SqlStore,
    pub keys: Keyring,
    pub hasher: PasswordHasher,
    pub sender: Arc<dyn Sender>,
    pub clock: Arc<dyn Clock>,
}

/// The signed-in user with everything the rules need.
struct Actor {
    id: UserId,
    /// When the session last proved the password.
    authenticated_at: i64,
    profile: UserProfile,
    info: SecurityInfo,
    policy: SsprPolicy,
}

/// A flow that belongs to the actor, with its storage key.
struct OpenFlow {
    key: String,
    stored: StoredFlow,
}

/// Storage failures are logged here and shown as "unavailable".
fn unavailable(error: impl std::fmt::Display) -> RegistrationError {
    tracing::error!(error = %error, "registration storage failed");
    RegistrationError::Unavailable
}

impl SqlRegistration {
    fn now(&self) -> i64 {
        self.clock.unix_seconds()
    }

    async fn actor(&self, session: &SessionToken) -> Result<Actor, RegistrationError> {
        let user = self
            .store
            .session_user(&self.keys.session_hash(session), self.now())
            .await
            .map_err(unavailable)?
            .ok_or(RegistrationError::NotSignedIn)?;
        let name = UserName::parse(&user.user_principal_name)
            .map_err(|_| RegistrationError::NotSignedIn)?;
        let found = self.store.user_by_upn(&name).await.map_err(unavailable)?;
        let found = found.ok_or(RegistrationError::NotSignedIn)?;
        let info = self.store.security_info(found.id).await.map_err(unavailable)?;
        let policy =
            self.store.policy().await.map_err(unavailable)?.unwrap_or_else(SsprPolicy::initial);
        // An administrator registers what the stronger rule asks for.
        let policy = policy_for(&policy, &found.profile.roles);
        Ok(Actor {
            id: found.id,
            authenticated_at: user.authenticated_at,
            profile: found.profile,
            info,
            policy,
        })
    }

    fn flow_key(&self, token: &FlowToken) -> String {
        self.keys.keyed_hash("registration-flow", token.expose())
    }

    /// The actor's flow behind `token`; someone else's flow is as good as
    /// none.
    async fn open_flow(
        &self,
        actor: &Actor,
        token: &FlowToken,
    ) -> Result<OpenFlow, RegistrationError> {
        let key = self.flow_key(token);
        let stored = self.store.flow(&key, self.now()).await.map_err(unavailable)?;
        match stored {
            Some(stored) if stored.user == actor.id => Ok(OpenFlow { key, stored }),
            _ => Err(RegistrationError::FlowMissing),
        }
    }

    async fn save_flow(&self, open: &OpenFlow) -> Result<(), RegistrationError> {
        self.store.update_flow(&open.key, &open.stored.flow, None).await.map_err(unavailable)
    }

    /// Records that the actor did `action` from `address`.
    async fn audit(&self, actor: &Actor, action: AuditAction, address: &ClientAddress) {
        let upn = actor.profile.user_principal_name.as_str();
        let entry = AuditEntry::new(self.now(), upn, action, AuditOutcome::Success);
        self.store.record_audit(entry.from_address(address)).await;
    }
}

/// Refuses a post for any step but the current one.
fn current(flow: &RegistrationFlow, step: Step) -> Result<(), RegistrationError> {
    if flow.is_current(step) {
        Ok(())
    } else {
        Err(RegistrationError::StepOutOfOrder)
    }
}

#[async_trait::async_trait]
impl Registration for SqlRegistration {
    async fn prompt(
        &self,
        session: &SessionToken,
    ) -> Result<Option<PromptView>, RegistrationError> {
        let actor = self.actor(session).await?;
        Ok(prompt::prompt_view(&actor, self.now()))
    }

    async fn dismiss_prompt(
        &self,
        session: &SessionToken,
        address: &ClientAddress,
    ) -> Result<(), RegistrationError> {
        let actor = self.actor(session).await?;
        self.store.record_prompt_dismissal(actor.id, self.now()).await.map_err(unavailable)?;
        self.audit(&actor, AuditAction::SecurityInfoPromptDismissed, address).await;
        Ok(())
    }

    async fn reconfirm(
        &self,
        session: &SessionToken,
        address: &ClientAddress,
    ) -> Result<(), RegistrationError> {
        let actor = self.actor(session).await?;
        self.store.confirm_security_info(actor.id, self.now()).await.map_err(unavailable)?;
        self.audit(&actor, AuditAction::SecurityInfoReconfirmed, address).await;
        Ok(())
    }

    async fn start(
        &self,
        session: &SessionToken,
        only: Option<Step>,
    ) -> Result<FlowToken, RegistrationError> {
        let actor = self.actor(session).await?;
        // Changing what is already registered needs a recent password.
        let has_info = actor.info.authentication_phone.is_some()
            || actor.info.authentication_email.is_some()
            || !actor.info.answered_questions.is_empty();
        if has_info && !is_recent(actor.authenticated_at, self.now()) {
            return Err(RegistrationError::ReauthRequired);
        }
        let plan = match only {
            Some(step) => RegistrationPlan::single(step, &actor.policy),
            None => RegistrationPlan::for_policy(&actor.policy),
        }
        .ok_or(RegistrationError::StepOutOfOrder)?;
        let token = self.keys.new_token().map_err(unavailable)?;
        let token = FlowToken::new(token.expose().to_owned());
        let now = self.now();
        let expires = unix_time::after(now, REGISTRATION_FLOW_LIFETIME);
        let flow = RegistrationFlow::new(plan);
        self.store
            .start_flow(&self.flow_key(&token), actor.id, &flow, now, expires)
            .await
            .map_err(unavailable)?;
        Ok(token)
    }

    async fn wizard(
        &self,
        session: &SessionToken,
        flow: &FlowToken,
    ) -> Result<WizardView, RegistrationError> {
        let actor = self.actor(session).await?;
        let open = self.open_flow(&actor, flow).await?;
        let notice = self.store.take_flow_notice(&open.key).await.map_err(unavailable)?;
        let notice: Option<WizardNotice> = notice.and_then(|n| serde_json::from_str(&n).ok());
        Ok(view::wizard_view(&actor, &open.stored, notice))
    }

    async fn send_phone_code(
        &self,
        session: &SessionToken,
        flow: &FlowToken,
        phone: PhoneNumber,
        channel: Channel,
        lang: Lang,
    ) -> Result<(), RegistrationError> {
        let actor = self.actor(session).await?;
        let mut open = self.open_flow(&actor, flow).await?;
        current(&open.stored.flow, Step::MobilePhone)?;
        self.send_code(&actor, &open, Step::MobilePhone, channel, phone.as_e164(), lang).await?;
        open.stored.flow.pending_phone = Some((phone, channel));
        self.save_flow(&open).await
    }

    async fn send_email_code(
        &self,
        session: &SessionToken,
        flow: &FlowToken,
        email: Email,
        lang: Lang,
    ) -> Result<(), RegistrationError> {
        let actor = self.actor(session).await?;
        let mut open = self.open_flow(&actor, flow).await?;
        current(&open.stored.flow, Step::Email)?;
        self.send_code(&actor, &open, Step::Email, Channel::Email, email.as_str(), lang).await?;
        open.stored.flow.pending_email = Some(email);
        self.save_flow(&open).await
    }

    async fn verify_code(
        &self,
        session: &SessionToken,
        flow: &FlowToken,
        step: Step,
        code: CodeInput,
    ) -> Result<(), RegistrationError> {
        let actor = self.actor(session).await?;
        let mut open = self.open_flow(&actor, flow).await?;
        current(&open.stored.flow, step)?;
        let proven = self.check_code(&open, step, &code).await?;
        let flow = &mut open.stored.flow;
        match step {
            Step::MobilePhone => {
                let phone = PhoneNumber::parse(&proven, None).map_err(unavailable)?;
                flow.verified_phone = Some(phone);
                flow.pending_phone = None;
            }
            _ => {
                flow.verified_email = Some(Email::parse(&proven).map_err(unavailable)?);
                flow.pending_email = None;
            }
        }
        flow.settle(step, StepState::Done);
        self.save_flow(&open).await
    }

    async fn save_questions(
        &self,
        session: &SessionToken,
        flow: &FlowToken,
        picks: Vec<(String, SecurityAnswer)>,
    ) -> Result<(), RegistrationError> {
        let actor = self.actor(session).await?;
        let mut open = self.open_flow(&actor, flow).await?;
        current(&open.stored.flow, Step::SecurityQuestions)?;
        let answers = questions::answered(&actor.policy, picks)?;
        let hashes = crate::answer_hashes::hash_answers(&self.hasher, &answers)
            .await
            .map_err(unavailable)?;
        open.stored.flow.answered = answers.pairs().iter().map(|(q, _)| q.clone()).collect();
        open.stored.flow.settle(Step::SecurityQuestions, StepState::Done);
        self.store
            .update_flow(&open.key, &open.stored.flow, Some(&hashes))
            .await
            .map_err(unavailable)
    }

    async fn skip(
        &self,
        session: &SessionToken,
        flow: &FlowToken,
        step: Step,
    ) -> Result<(), RegistrationError> {
        let actor = self.actor(session).await?;
        let mut open = self.open_flow(&actor, flow).await?;
        current(&open.stored.flow, step)?;
        open.stored.flow.settle(step, StepState::Skipped);
        self.save_flow(&open).await
    }

    async fn finish(
        &self,
        session: &SessionToken,
        flow: &FlowToken,
        lang: Lang,
        address: &ClientAddress,
    ) -> Result<(), RegistrationError> {
        let actor = self.actor(session).await?;
        let open = self.open_flow(&actor, flow).await?;
        self.finish_flow(&actor, open, lang, address).await
    }

    async fn overview(
        &self,
        session: &SessionToken,
    ) -> Result<SecurityInfoView, RegistrationError> {
        let actor = self.actor(session).await?;
        Ok(manage::overview(&actor))
    }

    async fn delete_method(
        &self,
        session: &SessionToken,
        step: Step,
        lang: Lang,
        address: &ClientAddress,
    ) -> Result<(), RegistrationError> {
        let actor = self.actor(session).await?;
        if !is_recent(actor.authenticated_at, self.now()) {
            return Err(RegistrationError::ReauthRequired);
        }
        self.delete(&actor, step, lang, address).await
    }

    async fn leave_notice(&self, flow: &FlowToken, notice: &WizardNotice) {
        let Ok(json) = serde_json::to_string(notice) else { return };
        if let Err(e) = self.store.set_flow_notice(&self.flow_key(flow), Some(json)).await {
            tracing::warn!(error = %e, "registration notice could not be kept");
        }
    }
}

impl From<StoreError> for RegistrationError {
    fn from(error: StoreError) -> Self {
        match error {
            StoreError::FlowGone => RegistrationError::FlowMissing,
            other => unavailable(other),
        }
    }
}
