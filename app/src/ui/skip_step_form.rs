use crate::api::registration::SkipStep;
use crate::i18n::use_i18n;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;

/// Leaves the current method out of this registration.
#[component]
pub fn SkipStepForm(step: &'static str) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <form method="post" action=SkipStep::url() class="form-inline">
            <input type="hidden" name="step" value=step/>
            <button type="submit" class="button-link">{i18n.t("wizard-skip-step")}</button>
        </form>
    }
}
