//! The interrupt after sign-in: register, reconfirm, or nothing.

use super::Actor;
use app::contract::{MethodLine, PromptKind, PromptView};
use app::domain::eligibility::{registration_prompt, RegistrationPrompt};
use app::domain::sspr_policy::Method;

pub(super) fn prompt_view(actor: &Actor, now: i64) -> Option<PromptView> {
    let facts = actor.profile.facts(&actor.info, &actor.policy);
    let kind = match registration_prompt(&facts, &actor.policy, now) {
        RegistrationPrompt::Register => PromptKind::Register,
        RegistrationPrompt::Reconfirm => PromptKind::Reconfirm,
        RegistrationPrompt::Nothing => return None,
    };
    Some(PromptView {
        kind,
        methods_required: actor.policy.methods_required,
        registered: method_lines(actor),
    })
}

/// The methods the policy enables that the user has data for, masked,
/// with where each value comes from.
pub(super) fn method_lines(actor: &Actor) -> Vec<MethodLine> {
    let contact = actor.profile.contact_fields(&actor.info);
    let enabled = &actor.policy.enabled_methods;
    let mut lines = Vec::new();
    if let Some(phone) = contact.mobile().filter(|_| enabled.contains(&Method::MobilePhone)) {
        lines.push(MethodLine {
            method: Method::MobilePhone,
            value: phone.value.masked(),
            source: Some(phone.source),
        });
    }
    if let Some(office) = contact.office().filter(|_| enabled.contains(&Method::OfficePhone)) {
        lines.push(MethodLine {
            method: Method::OfficePhone,
            value: office.value.masked(),
            source: Some(office.source),
        });
    }
    if let Some(email) = contact.email().filter(|_| enabled.contains(&Method::Email)) {
        lines.push(MethodLine {
            method: Method::Email,
            value: email.value.masked(),
            source: Some(email.source),
        });
    }
    let answered = actor.info.answered_questions.len();
    if answered > 0 && enabled.contains(&Method::SecurityQuestions) {
        lines.push(MethodLine {
            method: Method::SecurityQuestions,
            value: answered.to_string(),
            source: None,
        });
    }
    lines
}
