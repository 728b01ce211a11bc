use super::{
    GateChoiceForm, GateProgressLine, NewPasswordForm, ResetCodeForm, ResetDone, ResetIneligible,
    ResetQuestionsForm,
};
use crate::api::reset::reset_flow_view;
use crate::api::{ResetError, ResetField};
use crate::contract::{ResetPage, ResetView};
use crate::i18n::use_i18n;
use leptos::prelude::*;
use leptos_meta::Title;

/// `/reset/verify`: the reset after "who are you", one page per state the
/// server holds for the flow cookie.
#[component]
pub fn ResetFlowPage() -> impl IntoView {
    let i18n = use_i18n();
    let view = Resource::new_blocking(|| (), |_| reset_flow_view());
    view! {
        <Title text=i18n.t("reset-title")/>
        <section class="card wizard" aria-labelledby="reset-heading">
            <Suspense fallback=move || view! { <p>{i18n.t("loading")}</p> }>
                {move || Suspend::new(async move {
                    match view.await {
                        Ok(view) => page(view).into_any(),
                        Err(e) => {
                            let message = match e {
                                ResetError::FlowMissing => i18n.t("reset-error-flow-missing"),
                                e => e.message(i18n),
                            };
                            view! {
                                <h1 id="reset-heading">{i18n.t("reset-heading")}</h1>
                                <p role="alert">{message}</p>
                                <a href="/reset">{i18n.t("reset-start-again")}</a>
                            }.into_any()
                        }
                    }
                })}
            </Suspense>
        </section>
    }
}

fn page(view: ResetView) -> impl IntoView {
    let i18n = use_i18n();
    let error: Option<(Option<ResetField>, String)> =
        view.notice.map(|n| (n.error.field(), n.error.message(i18n)));
    // Messages not tied to a field of this page go above the form.
    let field_error = |fields: &[ResetField]| {
        error.clone().filter(|(f, _)| f.is_some_and(|f| fields.contains(&f))).map(|(_, m)| m)
    };
    let form_error = |fields: &[ResetField]| {
        error.clone().filter(|(f, _)| !f.is_some_and(|f| fields.contains(&f))).map(|(_, m)| m)
    };
    // A refused form sends the focus to its message (or, below, to the field in error).
    let alert = |message: Option<String>| {
        message.map(
            |m| view! { <p class="form-error" role="alert" tabindex="-1" autofocus=true>{m}</p> },
        )
    };
    let heading = |key: &str| view! { <h1 id="reset-heading">{i18n.t(key)}</h1> };
    match view.page {
        ResetPage::Choose { progress, choices } => view! {
            {heading("reset-verify-heading")}
            <GateProgressLine progress/>
            {alert(form_error(&[ResetField::Gate]))}
            <GateChoiceForm choices error=field_error(&[ResetField::Gate])/>
        }
        .into_any(),
        ResetPage::Code { progress, gate, destination } => view! {
            {heading("reset-verify-heading")}
            <GateProgressLine progress/>
            {alert(form_error(&[ResetField::Code]))}
            <ResetCodeForm gate destination error=field_error(&[ResetField::Code])/>
        }
        .into_any(),
        ResetPage::Questions { progress, questions } => {
            let answers: Vec<ResetField> =
                (0..questions.len()).map(|i| ResetField::Answer(i as u8)).collect();
            view! {
                {heading("reset-questions-heading")}
                <GateProgressLine progress/>
                {alert(form_error(&answers))}
                <ResetQuestionsForm questions error=error.clone()/>
            }
            .into_any()
        }
        ResetPage::NewPassword { unlock_offered, min_length, .. } => {
            let fields = [ResetField::Password, ResetField::Confirm];
            view! {
                {heading("reset-password-heading")}
                {alert(form_error(&fields))}
                <NewPasswordForm min_length unlock_offered error=error.clone()/>
            }
            .into_any()
        }
        ResetPage::Ineligible { helpdesk } => view! { <ResetIneligible helpdesk/> }.into_any(),
        ResetPage::Writing => view! {
            {heading("reset-password-heading")}
            <p role="status">{i18n.t("reset-writing")}</p>
        }
        .into_any(),
        ResetPage::Done { unlocked_only } => view! { <ResetDone unlocked_only/> }.into_any(),
    }
}
