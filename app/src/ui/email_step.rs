use super::method_label::source_key;
use super::wizard_notice::notice_message;
use super::{CodeForm, SkipStepForm};
use crate::api::registration::SendEmailCode;
use crate::api::RegistrationField;
use crate::contract::WizardView;
use crate::i18n::use_i18n;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;

/// Email: an address proven by a code, and which address a reset uses.
#[component]
pub fn EmailStep(view: WizardView) -> impl IntoView {
    let i18n = use_i18n();
    let code_error = notice_message(&view, Some(RegistrationField::Code), i18n);
    let email_error = notice_message(&view, Some(RegistrationField::Email), i18n);
    let draft = view.notice.as_ref().map(|n| n.draft.email.clone()).unwrap_or_default();
    let sent = view.pending_email.clone().map(|masked| {
        view! {
            <p class="notice" role="status">{i18n.t_with("wizard-email-sent", &[("address", &masked)])}</p>
            <CodeForm step="email" error=code_error.clone()/>
            <h2 class="subheading">{i18n.t("wizard-email-resend-heading")}</h2>
        }
    });
    let invalid = email_error.is_some();
    view! {
        <h1 id="wizard-heading">{i18n.t("method-email")}</h1>
        {sent}
        <form method="post" action=SendEmailCode::url() class="form" novalidate=true>
            <div class="field">
                <label for="email">{i18n.t("wizard-email-address")}</label>
                <input id="email" name="email" type="email" autocomplete="email" required=true
                    value=draft spellcheck="false" autocapitalize="none" dir="ltr" autofocus=invalid
                    aria-invalid=invalid.then_some("true")
                    aria-describedby=invalid.then_some("email-error")/>
                {email_error.map(|e| view! { <p id="email-error" class="field-error">{e}</p> })}
            </div>
            <button type="submit" class="button-primary">{i18n.t("wizard-send-code")}</button>
        </form>
        <p class="precedence">
            {match view.reset_email.clone() {
                Some(line) => {
                    let source = line.source.map(|s| i18n.t(source_key(s))).unwrap_or_default();
                    i18n.t_with("wizard-email-reset-uses", &[("address", &line.value), ("source", &source)])
                }
                None => i18n.t("wizard-email-reset-none"),
            }}
            " "
            {i18n.t("wizard-email-precedence")}
        </p>
        <SkipStepForm step="email"/>
    }
}
