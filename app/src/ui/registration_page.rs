use super::{EmailStep, PhoneStep, QuestionsStep, StepIndicator, SummaryStep};
use crate::api::registration::{registration_wizard, StartRegistration};
use crate::api::RegistrationError;
use crate::contract::WizardView;
use crate::domain::registration_flow::{Position, Step};
use crate::i18n::use_i18n;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;

/// `/register`: the wizard, one method per page, then the summary. The
/// state is on the server, so every page is a plain form.
#[component]
pub fn RegistrationPage() -> impl IntoView {
    let i18n = use_i18n();
    let wizard = Resource::new_blocking(|| (), |_| registration_wizard());
    view! {
        <Title text=i18n.t("wizard-title")/>
        <section class="card wizard" aria-labelledby="wizard-heading">
            <Suspense fallback=move || view! { <p>{i18n.t("loading")}</p> }>
                {move || Suspend::new(async move {
                    match wizard.await {
                        Ok(view) => page(view).into_any(),
                        Err(RegistrationError::FlowMissing) => view! {
                            <h1 id="wizard-heading">{i18n.t("wizard-title")}</h1>
                            <p>{i18n.t("registration-error-flow-missing")}</p>
                            <form method="post" action=StartRegistration::url()>
                                <button type="submit" class="button-primary">{i18n.t("wizard-start")}</button>
                            </form>
                        }.into_any(),
                        Err(e) => {
                            #[cfg(feature = "ssr")]
                            if e == RegistrationError::NotSignedIn {
                                crate::api::redirect_page("/");
                            }
                            view! {
                                <h1 id="wizard-heading">{i18n.t("wizard-title")}</h1>
                                <p role="alert">{e.message(i18n)}</p>
                            }.into_any()
                        }
                    }
                })}
            </Suspense>
        </section>
    }
}

fn page(view: WizardView) -> impl IntoView {
    let i18n = use_i18n();
    let form_error = super::wizard_notice::notice_message(&view, None, i18n);
    match view.position {
        Position::Step { step, number, of } => {
            let body = match step {
                Step::MobilePhone => view! { <PhoneStep view/> }.into_any(),
                Step::Email => view! { <EmailStep view/> }.into_any(),
                Step::SecurityQuestions => view! { <QuestionsStep view/> }.into_any(),
            };
            // The questions step shows its own form-level message.
            let form_error = form_error.filter(|_| step != Step::SecurityQuestions);
            view! {
                <StepIndicator number of/>
                {form_error.map(|e| view! { <p class="form-error" role="alert" tabindex="-1" autofocus=true>{e}</p> })}
                {body}
            }
            .into_any()
        }
        Position::Summary => view! { <SummaryStep view/> }.into_any(),
    }
}
