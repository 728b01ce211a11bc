use super::method_label::method_key;
use super::wizard_notice::notice_message;
use crate::api::registration::FinishRegistration;
use crate::contract::WizardView;
use crate::domain::sspr_policy::Method;
use crate::i18n::use_i18n;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;

/// What will be saved; nothing is saved until this form is sent.
#[component]
pub fn SummaryStep(view: WizardView) -> impl IntoView {
    let i18n = use_i18n();
    let form_error = notice_message(&view, None, i18n);
    view! {
        <h1 id="wizard-heading">{i18n.t("wizard-summary-heading")}</h1>
        {form_error.map(|e| view! { <p class="form-error" role="alert" tabindex="-1" autofocus=true>{e}</p> })}
        <dl class="method-list">
            {view.summary.into_iter().map(|line| {
                // A masked address or number reads left to right in every language.
                let (value, dir) = match (line.method, line.value) {
                    (_, None) => (i18n.t("wizard-summary-skipped"), None),
                    (Method::SecurityQuestions, Some(n)) => (i18n.t_count("method-questions-count", &[("count", n.parse().unwrap_or_default())]), None),
                    (_, Some(v)) => (v, Some("ltr")),
                };
                view! { <dt>{i18n.t(method_key(line.method))}</dt><dd class="method-value"><span dir=dir>{value}</span></dd> }
            }).collect_view()}
        </dl>
        <div class="actions">
            <form method="post" action=FinishRegistration::url()>
                <button type="submit" class="button-primary">{i18n.t("wizard-save")}</button>
            </form>
            <a href="/account" class="button-link">{i18n.t("wizard-cancel")}</a>
        </div>
    }
}
