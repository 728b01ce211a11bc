use crate::api::reset::{BackToResetGates, ChooseResetGate, VerifyResetCode};
use crate::domain::reset_flow::Gate;
use crate::i18n::use_i18n;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;

/// The code sent for `gate`: where it went, the field, a resend, and the
/// way back to the other gates.
#[component]
pub fn ResetCodeForm(gate: Gate, destination: String, error: Option<String>) -> impl IntoView {
    let i18n = use_i18n();
    let invalid = error.is_some();
    let sent = match gate {
        Gate::Email => "reset-code-sent-email",
        Gate::MobileSms => "reset-code-sent-sms",
        _ => "reset-code-sent-voice",
    };
    view! {
        <p role="status">{i18n.t_with(sent, &[("destination", &destination)])}</p>
        <form method="post" action=VerifyResetCode::url() class="form" novalidate=true>
            <div class="field">
                <label for="code">{i18n.t("wizard-code-label")}</label>
                <input
                    id="code"
                    name="code"
                    type="text"
                    inputmode="numeric"
                    autocomplete="one-time-code"
                    maxlength="12"
                    required=true
                    dir="ltr"
                    autofocus=invalid
                    aria-invalid=invalid.then_some("true")
                    aria-describedby=invalid.then_some("code-error")
                />
                {error.map(|e| view! { <p id="code-error" class="field-error">{e}</p> })}
            </div>
            <button type="submit" class="button-primary">{i18n.t("wizard-verify")}</button>
        </form>
        <div class="secondary-actions">
            <form method="post" action=ChooseResetGate::url() class="inline-form">
                <input type="hidden" name="gate" value=gate.as_str()/>
                <button type="submit" class="button-link">{i18n.t("reset-code-resend")}</button>
            </form>
            <form method="post" action=BackToResetGates::url() class="inline-form">
                <button type="submit" class="button-link">{i18n.t("reset-other-method")}</button>
            </form>
        </div>
    }
}
