use crate::api::reset::{AnswerResetQuestions, BackToResetGates};
use crate::api::ResetField;
use crate::domain::answered_questions::Question;
use crate::i18n::use_i18n;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;

/// The questions picked for this reset, one answer field each. A wrong
/// set is refused as a whole: which answer was wrong is not told.
#[component]
pub fn ResetQuestionsForm(
    questions: Vec<Question>,
    error: Option<(Option<ResetField>, String)>,
) -> impl IntoView {
    let i18n = use_i18n();
    let fields = questions
        .iter()
        .enumerate()
        .map(|(i, question)| {
            let label = match question {
                Question::Predefined(q) => i18n.t(&q.message_key()),
                Question::Custom(c) => c.text().to_owned(),
            };
            let field = ResetField::Answer(u8::try_from(i).unwrap_or(u8::MAX));
            let message = error.as_ref().filter(|(f, _)| *f == Some(field)).map(|(_, m)| m.clone());
            let id = format!("answer-{i}");
            let error_id = field.error_id();
            let invalid = message.is_some();
            view! {
                <div class="field">
                    <label for=id.clone()>{label}</label>
                    <input
                        id=id
                        name="answer[]"
                        type="password"
                        autocomplete="off"
                        maxlength="200"
                        required=true
                        autofocus=invalid
                        aria-invalid=invalid.then_some("true")
                        aria-describedby=invalid.then_some(error_id.clone())
                    />
                    {message.map(|m| view! { <p id=error_id class="field-error">{m}</p> })}
                </div>
            }
        })
        .collect_view();
    view! {
        <form method="post" action=AnswerResetQuestions::url() class="form" novalidate=true>
            {fields}
            <button type="submit" class="button-primary">{i18n.t("wizard-verify")}</button>
        </form>
        <form method="post" action=BackToResetGates::url() class="inline-form">
            <button type="submit" class="button-link">{i18n.t("reset-other-method")}</button>
        </form>
    }
}
