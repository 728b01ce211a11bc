use super::{answer_likeness, focus_element};
use crate::api::RegistrationField;
use crate::domain::security_answer::{check_length, AnswerError};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// The localized words of the questions step, resolved on the server.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuestionPickersText {
    /// "Question 1", "Question 2"…
    pub question_labels: Vec<String>,
    pub answer_labels: Vec<String>,
    pub choose: String,
    pub show: String,
    pub hide: String,
    pub missing: String,
    pub too_short: String,
    pub too_long: String,
    pub twice: String,
    pub submit: String,
}

/// The question pickers and answer fields. A question picked in one
/// picker disappears from the others; once hydrated, answers are checked
/// as they are typed (length, repeats) with the same rules the server
/// applies, and the form is not sent while one is wrong.
#[cfg_attr(feature = "islands", island)]
#[cfg_attr(not(feature = "islands"), component)]
pub fn QuestionPickers(
    action: String,
    options: Vec<(String, String)>,
    chosen: Vec<String>,
    text: QuestionPickersText,
    server_error: Option<(RegistrationField, String)>,
) -> impl IntoView {
    let count = text.question_labels.len();
    let selected: Vec<RwSignal<String>> =
        (0..count).map(|i| RwSignal::new(chosen.get(i).cloned().unwrap_or_default())).collect();
    let answers: Vec<RwSignal<String>> = (0..count).map(|_| RwSignal::new(String::new())).collect();
    let touched: Vec<RwSignal<bool>> = (0..count).map(|_| RwSignal::new(false)).collect();
    // The field the server refused has the focus when the page arrives.
    let refused = server_error.as_ref().map(|(field, _)| *field);
    let server_error = RwSignal::new(server_error);
    let revealed = RwSignal::new(false);
    let hydrated = RwSignal::new(false);
    // Effects run only in the browser: take over what was picked and typed
    // before the page was hydrated, or re-rendering the pickers loses it.
    Effect::new({
        let (selected, answers) = (selected.clone(), answers.clone());
        move |_| {
            for i in 0..count {
                if let Some(picked) = super::dom_value(&format!("question-{i}")) {
                    selected[i].set(picked);
                }
                if let Some(typed) = super::dom_value(&format!("answer-{i}")) {
                    answers[i].set(typed);
                }
            }
            hydrated.set(true);
        }
    });
    let text = StoredValue::new(text);
    let options = StoredValue::new(options);
    let (answers_sv, touched_sv) =
        (StoredValue::new(answers.clone()), StoredValue::new(touched.clone()));

    // The inline message for answer `i`, or the server's for that field.
    let answer_error = move |i: usize| -> Option<String> {
        let answers = answers_sv.get_value();
        let touched = touched_sv.get_value();
        if !touched[i].get() {
            return server_error
                .get()
                .filter(|(f, _)| *f == RegistrationField::Answer(i as u8))
                .map(|(_, m)| m);
        }
        let raw = answers[i].get();
        let t = text.get_value();
        if raw.trim().is_empty() {
            return Some(t.missing);
        }
        match check_length(&raw) {
            Err(AnswerError::TooShort) => return Some(t.too_short),
            Err(AnswerError::TooLong) => return Some(t.too_long),
            Ok(()) => {}
        }
        let mine = answer_likeness(&raw);
        let repeated = answers[..i]
            .iter()
            .any(|a| !a.get().trim().is_empty() && answer_likeness(&a.get()) == mine);
        repeated.then_some(t.twice)
    };
    let question_error = move |i: usize| {
        server_error
            .get()
            .filter(|(f, _)| *f == RegistrationField::Question(i as u8))
            .map(|(_, m)| m)
    };
    let selected_sv = StoredValue::new(selected.clone());
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        touched_sv.get_value().iter().for_each(|t| t.set(true));
        // Refused in place: the focus goes to the first answer in error.
        if let Some(i) = (0..count).find(|&i| answer_error(i).is_some()) {
            ev.prevent_default();
            focus_element(&format!("answer-{i}"));
        }
    };
    view! {
        <form method="post" action=action class="form" novalidate=true on:submit=on_submit>
            {(0..count).map(|i| {
                let q_id = format!("question-{i}");
                let a_id = format!("answer-{i}");
                let q_err_id = format!("question-{i}-error");
                let a_err_id = format!("answer-{i}-error");
                let this = selected[i];
                let answer = answers[i];
                let touched_i = touched[i];
                let (q_err_id2, a_err_id2, a_id2) = (q_err_id.clone(), a_err_id.clone(), a_id.clone());
                view! {
                    <div class="question-pair">
                        <div class="field">
                            <label for=q_id.clone()>{text.with_value(|t| t.question_labels[i].clone())}</label>
                            <select id=q_id name=format!("question[{i}]")
                                autofocus=refused == Some(RegistrationField::Question(i as u8))
                                aria-invalid=move || question_error(i).is_some().then_some("true")
                                aria-describedby=move || question_error(i).is_some().then(|| q_err_id2.clone())
                                on:change=move |ev| { this.set(event_target_value(&ev)); server_error.set(None); }>
                                <option value="">{text.with_value(|t| t.choose.clone())}</option>
                                {move || {
                                    let others: Vec<String> = selected_sv.get_value().iter().enumerate()
                                        .filter(|(j, _)| *j != i).map(|(_, s)| s.get()).collect();
                                    options.get_value().into_iter()
                                        .filter(|(value, _)| !others.contains(value))
                                        .map(|(value, label)| {
                                            let is_mine = value == this.get_untracked();
                                            view! { <option value=value selected=is_mine>{label}</option> }
                                        })
                                        .collect_view()
                                }}
                            </select>
                            {move || question_error(i).map(|m| view! { <p id=q_err_id.clone() class="field-error">{m}</p> })}
                        </div>
                        <div class="field">
                            <label for=a_id.clone()>{text.with_value(|t| t.answer_labels[i].clone())}</label>
                            <input id=a_id2 name=format!("answer[{i}]")
                                type=move || if revealed.get() { "text" } else { "password" }
                                autocomplete="off" required=true maxlength="200"
                                autofocus=refused == Some(RegistrationField::Answer(i as u8))
                                aria-invalid=move || answer_error(i).is_some().then_some("true")
                                aria-describedby=move || answer_error(i).is_some().then(|| a_err_id2.clone())
                                on:input=move |ev| answer.set(event_target_value(&ev))
                                on:change=move |_| touched_i.set(true)/>
                            {move || answer_error(i).map(|m| view! { <p id=a_err_id.clone() class="field-error">{m}</p> })}
                        </div>
                    </div>
                }
            }).collect_view()}
            <Show when=move || hydrated.get()>
                <button type="button" class="button-secondary" aria-pressed=move || revealed.get().to_string()
                    on:click=move |_| revealed.update(|r| *r = !*r)>
                    {move || if revealed.get() { text.with_value(|t| t.hide.clone()) } else { text.with_value(|t| t.show.clone()) }}
                </button>
            </Show>
            <button type="submit" class="button-primary">{text.with_value(|t| t.submit.clone())}</button>
        </form>
    }
}
