use crate::api::registration::VerifyCode;
use crate::i18n::use_i18n;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;

/// Entering the code sent for `step`.
#[component]
pub fn CodeForm(step: &'static str, error: Option<String>) -> impl IntoView {
    let i18n = use_i18n();
    let invalid = error.is_some();
    view! {
        <form method="post" action=VerifyCode::url() class="form" novalidate=true>
            <input type="hidden" name="step" value=step/>
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
    }
}
