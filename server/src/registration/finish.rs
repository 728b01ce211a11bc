//! The summary's save: everything the flow proved, in one transaction,
//! then an audit entry and a notice to the user's previous addresses.

use super::{messages, Actor, OpenFlow, SqlRegistration};
use crate::store::{completed, AuditAction, AuditEntry, AuditOutcome, RegistrationChanges};
use app::contract::RegistrationError;
use app::domain::registration_flow::{FinishError, Step};
use app::i18n::Lang;
use app::services::ClientAddress;
use std::collections::BTreeSet;

impl SqlRegistration {
    pub(super) async fn finish_flow(
        &self,
        actor: &Actor,
        open: OpenFlow,
        lang: Lang,
        address: &ClientAddress,
    ) -> Result<(), RegistrationError> {
        let flow = &open.stored.flow;
        let phone = flow.verified_phone.as_ref().filter(|_| completed(flow, Step::MobilePhone));
        let email = flow.verified_email.as_ref().filter(|_| completed(flow, Step::Email));
        let answers = completed(flow, Step::SecurityQuestions)
            .then_some(open.stored.answer_hashes.as_slice())
            .filter(|a| !a.is_empty());
        // A step marked done without its value cannot be saved.
        let missing = |step, present: bool| completed(flow, step) && !present;
        if missing(Step::MobilePhone, phone.is_some())
            || missing(Step::Email, email.is_some())
            || missing(Step::SecurityQuestions, answers.is_some())
        {
            return Err(RegistrationError::StepsPending);
        }
        let mut after = actor.info.clone();
        if let Some(phone) = phone {
            after.authentication_phone = Some(phone.clone());
        }
        if let Some(email) = email {
            after.authentication_email = Some(email.clone());
        }
        if answers.is_some() {
            after.answered_questions = flow.answered.clone();
        }
        let facts = actor.profile.facts(&after, &actor.policy);
        let methods_after =
            facts.methods_with_data.intersection(&actor.policy.enabled_methods).count();
        flow.check_finish(methods_after, &actor.policy).map_err(|e| match e {
            FinishError::StepsPending => RegistrationError::StepsPending,
            FinishError::NothingToSave => RegistrationError::NothingToSave,
            FinishError::NotEnoughMethods { needed } => {
                RegistrationError::NotEnoughMethods { needed }
            }
        })?;
        let changes = RegistrationChanges { phone, email, answers };
        let upn = actor.profile.user_principal_name.as_str();
        let action = AuditAction::SecurityInfoRegistered;
        let audit =
            AuditEntry::new(self.now(), upn, action, AuditOutcome::Success).from_address(address);
        self.store.finish_flow(&open.key, actor.id, &changes, &audit, self.now()).await?;
        let mut changed = Vec::new();
        if phone.is_some() {
            changed.push("message-changed-phone");
        }
        if email.is_some() {
            changed.push("message-changed-email");
        }
        if answers.is_some() {
            changed.push("message-changed-questions");
        }
        self.notify_previous_addresses(actor, &changed, lang).await;
        Ok(())
    }

    /// Every address the user had before the change hears of it, so a
    /// change made by someone else does not go unnoticed. The save stands
    /// even when a notice cannot be sent. The notice is in `lang`, the
    /// language the user is using, which also becomes theirs.
    pub(super) async fn notify_previous_addresses(
        &self,
        actor: &Actor,
        changed: &[&str],
        lang: Lang,
    ) {
        if let Err(e) = self.store.set_preferred_language(actor.id, Some(lang)).await {
            tracing::warn!(error = %e, "the user's language could not be recorded");
        }
        let before = actor.profile.contact_fields(&actor.info);
        let addresses: BTreeSet<String> = [before.authentication_email, before.alternate_email]
            .into_iter()
            .flatten()
            .map(|e| e.as_str().to_owned())
            .collect();
        for to in addresses {
            let message = messages::change_notice(&to, changed, lang);
            if let Err(e) = self.sender.send(&message).await {
                tracing::warn!(error = %e, "security-info change notice could not be sent");
            }
        }
    }
}
