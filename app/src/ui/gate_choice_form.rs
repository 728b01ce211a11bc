use crate::api::reset::ChooseResetGate;
use crate::contract::GateChoice;
use crate::domain::reset_flow::Gate;
use crate::i18n::{use_i18n, I18n};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;

/// How `choice` reads in the list: what happens and where.
pub fn gate_label(i18n: I18n, choice: &GateChoice) -> String {
    let to = choice.destination.clone().unwrap_or_default();
    let key = match choice.gate {
        Gate::Email => "reset-gate-email",
        Gate::MobileSms => "reset-gate-mobile-sms",
        Gate::MobileVoice => "reset-gate-mobile-voice",
        Gate::OfficeVoice => "reset-gate-office-voice",
        Gate::SecurityQuestions => "reset-gate-questions",
    };
    i18n.t_with(key, &[("destination", &to)])
}

/// The gates still open, as radio buttons; the first is preselected.
#[component]
pub fn GateChoiceForm(choices: Vec<GateChoice>, error: Option<String>) -> impl IntoView {
    let i18n = use_i18n();
    let invalid = error.is_some();
    let options = choices
        .iter()
        .enumerate()
        .map(|(i, choice)| {
            let id = format!("gate-{}", choice.gate.as_str());
            view! {
                <div class="choice">
                    <input type="radio" id=id.clone() name="gate" value=choice.gate.as_str() checked=i == 0
                        autofocus=invalid && i == 0/>
                    <label for=id>{gate_label(i18n, choice)}</label>
                </div>
            }
        })
        .collect_view();
    view! {
        <form method="post" action=ChooseResetGate::url() class="form">
            <fieldset aria-describedby=invalid.then_some("gate-error")>
                <legend>{i18n.t("reset-gate-legend")}</legend>
                {options}
                {error.map(|e| view! { <p id="gate-error" class="field-error">{e}</p> })}
            </fieldset>
            <button type="submit" class="button-primary">{i18n.t("reset-next")}</button>
        </form>
    }
}
