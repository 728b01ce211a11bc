//! The wizard page's data: masked values only, never answers or codes.

use super::{prompt, questions, Actor};
use crate::store::{completed, StoredFlow};
use app::contract::{
    MethodLine, QuestionLabel, QuestionOption, SummaryLine, WizardNotice, WizardView,
};
use app::domain::answered_questions::Question;
use app::domain::contact_methods::ContactSource;
use app::domain::phone_regions::regions;
use app::domain::registration_flow::Step;
use app::domain::security_questions::PredefinedQuestion;
use app::domain::sspr_policy::Method;

pub(super) fn wizard_view(
    actor: &Actor,
    stored: &StoredFlow,
    notice: Option<WizardNotice>,
) -> WizardView {
    let flow = &stored.flow;
    let lines = prompt::method_lines(actor);
    let line = |method| lines.iter().find(|l: &&MethodLine| l.method == method).cloned();
    let verified = |method, value: Option<String>| {
        value.map(|value| MethodLine { method, value, source: Some(ContactSource::Authentication) })
    };
    let contact = actor.profile.contact_fields(&actor.info);
    WizardView {
        position: flow.position(),
        notice,
        methods_required: actor.policy.methods_required,
        pending_phone: flow.pending_phone.as_ref().map(|(p, c)| (p.masked(), *c)),
        reset_phone: verified(
            Method::MobilePhone,
            flow.verified_phone.as_ref().map(|p| p.masked()),
        )
        .or_else(|| line(Method::MobilePhone)),
        office_phone: contact.office().map(|o| o.value.masked()),
        pending_email: flow.pending_email.as_ref().map(|e| e.masked()),
        reset_email: verified(Method::Email, flow.verified_email.as_ref().map(|e| e.masked()))
            .or_else(|| line(Method::Email)),
        questions_required: actor.policy.questions_to_register,
        question_options: options(actor),
        summary: flow
            .plan
            .steps()
            .iter()
            .map(|step| SummaryLine {
                method: step.method(),
                value: completed(flow, *step)
                    .then(|| match step {
                        Step::MobilePhone => flow.verified_phone.as_ref().map(|p| p.masked()),
                        Step::Email => flow.verified_email.as_ref().map(|e| e.masked()),
                        Step::SecurityQuestions => Some(flow.answered.len().to_string()),
                    })
                    .flatten(),
            })
            .collect(),
        regions: regions().map(|(id, code)| (id.to_owned(), code)).collect(),
    }
}

/// The predefined questions the policy offers, in their usual order, then
/// the custom ones as written.
fn options(actor: &Actor) -> Vec<QuestionOption> {
    let policy = &actor.policy;
    let predefined = PredefinedQuestion::all()
        .filter(|q| policy.predefined_questions.contains(q))
        .map(|q| (Question::Predefined(q), QuestionLabel::Predefined(q)));
    let custom = policy
        .custom_questions
        .iter()
        .map(|c| (Question::Custom(c.clone()), QuestionLabel::Text(c.text().to_owned())));
    predefined
        .chain(custom)
        .filter_map(|(q, label)| {
            questions::option_value(policy, &q).map(|value| QuestionOption { value, label })
        })
        .collect()
}
