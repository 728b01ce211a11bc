//! The security-info page: what is registered, and removing it.

use super::{Actor, SqlRegistration};
use crate::store::AuditAction;
use app::contract::{RegistrationError, SecurityInfoView, SecurityMethodView};
use app::domain::contact_methods::ContactSource;
use app::domain::registration_flow::Step;
use app::domain::sspr_policy::Method;
use app::i18n::Lang;
use app::services::ClientAddress;

pub(super) fn overview(actor: &Actor) -> SecurityInfoView {
    let lines = super::prompt::method_lines(actor);
    let enabled = &actor.policy.enabled_methods;
    let methods =
        [Method::MobilePhone, Method::OfficePhone, Method::Email, Method::SecurityQuestions]
            .into_iter()
            .filter(|m| enabled.contains(m))
            .map(|method| {
                let line = lines.iter().find(|l| l.method == method);
                let step = step_of(method);
                let registered_here = match method {
                    Method::MobilePhone => actor.info.authentication_phone.is_some(),
                    Method::Email => actor.info.authentication_email.is_some(),
                    Method::SecurityQuestions => !actor.info.answered_questions.is_empty(),
                    Method::OfficePhone => false,
                };
                SecurityMethodView {
                    method,
                    value: line.map(|l| l.value.clone()),
                    source: line.and_then(|l| l.source),
                    change_step: step,
                    deletable: registered_here
                        && line.is_none_or(|l| l.source != Some(ContactSource::Administrator)),
                }
            })
            .collect();
    let facts = actor.profile.facts(&actor.info, &actor.policy);
    let usable = facts.methods_with_data.intersection(enabled).count();
    SecurityInfoView {
        methods,
        methods_required: actor.policy.methods_required,
        usable: u8::try_from(usable).unwrap_or(u8::MAX),
    }
}

/// The wizard step that registers `method`; office phone has none.
pub(super) fn step_of(method: Method) -> Option<Step> {
    Step::ALL.into_iter().find(|s| s.method() == method)
}

impl SqlRegistration {
    pub(super) async fn delete(
        &self,
        actor: &Actor,
        step: Step,
        lang: Lang,
        address: &ClientAddress,
    ) -> Result<(), RegistrationError> {
        if !actor.policy.enabled_methods.contains(&step.method()) {
            return Err(RegistrationError::MethodNotChangeable);
        }
        let now = self.now();
        let changed = match step {
            Step::MobilePhone => {
                self.store.set_authentication_phone(actor.id, None, now).await?;
                "message-changed-phone"
            }
            Step::Email => {
                self.store.set_authentication_email(actor.id, None, now).await?;
                "message-changed-email"
            }
            Step::SecurityQuestions => {
                self.store.register_questions(actor.id, &[], now).await?;
                "message-changed-questions"
            }
        };
        self.audit(actor, AuditAction::deleted(step), address).await;
        self.notify_previous_addresses(actor, &[changed], lang).await;
        Ok(())
    }
}
