use super::MethodList;
use crate::api::registration::{
    registration_prompt, DismissRegistrationPrompt, ReconfirmSecurityInfo, StartRegistration,
};
use crate::contract::{PromptKind, PromptView};
use crate::i18n::use_i18n;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;

/// `/register/prompt`: asked after sign-in when the policy wants more
/// security info, or wants it reconfirmed. Leaving the page (or closing
/// the window) counts as putting it off: it comes back next sign-in.
#[component]
pub fn RegistrationPromptPage() -> impl IntoView {
    let i18n = use_i18n();
    let prompt = Resource::new_blocking(|| (), |_| registration_prompt());
    view! {
        <Title text=i18n.t("prompt-title")/>
        <section class="card" aria-labelledby="prompt-heading">
            <Suspense fallback=move || view! { <p>{i18n.t("loading")}</p> }>
                {move || Suspend::new(async move {
                    match prompt.await {
                        Ok(Some(view)) => prompt_view(view).into_any(),
                        Ok(None) => {
                            #[cfg(feature = "ssr")]
                            crate::api::redirect_page("/account");
                            view! { <h1 id="prompt-heading">{i18n.t("prompt-nothing")}</h1>
                                <a href="/account">{i18n.t("prompt-go-account")}</a> }.into_any()
                        }
                        Err(e) => {
                            #[cfg(feature = "ssr")]
                            if e == crate::api::RegistrationError::NotSignedIn {
                                crate::api::redirect_page("/");
                            }
                            view! { <h1 id="prompt-heading">{i18n.t("prompt-title")}</h1>
                                <p role="alert">{e.message(i18n)}</p> }.into_any()
                        }
                    }
                })}
            </Suspense>
        </section>
    }
}

fn prompt_view(view: PromptView) -> impl IntoView {
    let i18n = use_i18n();
    let needed = i64::from(view.methods_required);
    match view.kind {
        PromptKind::Register => view! {
            <h1 id="prompt-heading">{i18n.t("prompt-register-heading")}</h1>
            <p>{i18n.t("prompt-register-why")}</p>
            <p>{i18n.t_count("prompt-register-needed", &[("count", needed)])}</p>
            <div class="actions">
                <form method="post" action=StartRegistration::url()>
                    <button type="submit" class="button-primary">{i18n.t("prompt-next")}</button>
                </form>
                <form method="post" action=DismissRegistrationPrompt::url()>
                    <button type="submit" class="button-secondary">{i18n.t("prompt-skip")}</button>
                </form>
            </div>
        }
        .into_any(),
        PromptKind::Reconfirm => view! {
            <h1 id="prompt-heading">{i18n.t("prompt-reconfirm-heading")}</h1>
            <p>{i18n.t("prompt-reconfirm-why")}</p>
            <MethodList lines=view.registered/>
            <div class="actions">
                <form method="post" action=ReconfirmSecurityInfo::url()>
                    <button type="submit" class="button-primary">{i18n.t("prompt-looks-good")}</button>
                </form>
                <a href="/security-info" class="button-secondary">{i18n.t("prompt-change")}</a>
                <form method="post" action=DismissRegistrationPrompt::url()>
                    <button type="submit" class="button-link">{i18n.t("prompt-skip")}</button>
                </form>
            </div>
        }
        .into_any(),
    }
}
