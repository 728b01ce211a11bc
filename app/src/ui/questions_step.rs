use super::wizard_notice::notice_message;
use super::{QuestionPickers, QuestionPickersText, SkipStepForm};
use crate::api::registration::SaveQuestions;
use crate::contract::{QuestionLabel, WizardView};
use crate::i18n::use_i18n;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;

/// Security questions: as many pickers as the policy requires.
#[component]
pub fn QuestionsStep(view: WizardView) -> impl IntoView {
    let i18n = use_i18n();
    let count = usize::from(view.questions_required);
    let numbered = |key: &str| -> Vec<String> {
        (1..=count).map(|n| i18n.t_with(key, &[("number", &n.to_string())])).collect()
    };
    let text = QuestionPickersText {
        question_labels: numbered("wizard-question-label"),
        answer_labels: numbered("wizard-answer-label"),
        choose: i18n.t("wizard-question-choose"),
        show: i18n.t("wizard-answers-show"),
        hide: i18n.t("wizard-answers-hide"),
        missing: i18n.t("error-answer-missing"),
        too_short: i18n.t("registration-error-answer-too-short"),
        too_long: i18n.t("registration-error-answer-too-long"),
        twice: i18n.t("registration-error-answer-twice"),
        submit: i18n.t("wizard-questions-save"),
    };
    let options: Vec<(String, String)> = view
        .question_options
        .iter()
        .map(|o| {
            let label = match &o.label {
                QuestionLabel::Predefined(q) => i18n.t(&q.message_key()),
                QuestionLabel::Text(text) => text.clone(),
            };
            (o.value.clone(), label)
        })
        .collect();
    let server_error =
        view.notice.as_ref().and_then(|n| n.error.field().map(|f| (f, n.error.message(i18n))));
    let chosen = view.notice.as_ref().map(|n| n.draft.questions.clone()).unwrap_or_default();
    let form_error = notice_message(&view, None, i18n);
    view! {
        <h1 id="wizard-heading">{i18n.t("method-security-questions")}</h1>
        <p>{i18n.t_count("wizard-questions-intro", &[("count", count as i64)])}</p>
        {form_error.map(|e| view! { <p class="form-error" role="alert" tabindex="-1" autofocus=true>{e}</p> })}
        {server_error.is_some().then(|| view! { <p class="form-error" role="alert">{i18n.t("wizard-questions-retype")}</p> })}
        <QuestionPickers action=SaveQuestions::url().to_owned() options chosen text server_error/>
        <SkipStepForm step="security_questions"/>
    }
}
