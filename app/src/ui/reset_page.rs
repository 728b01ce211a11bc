use super::{CaptchaField, CaptchaText};
use crate::api::reset::{reset_captcha, StartReset};
use crate::i18n::use_i18n;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

/// Messages the start form may be sent back with (anything else in the
/// query is ignored, so a link cannot put words on the page).
const START_ERRORS: [&str; 5] = [
    "reset-error-user-id-missing",
    "reset-error-user-id-invalid",
    "reset-error-captcha-failed",
    "reset-error-flow-missing",
    "error-unavailable",
];

/// `/reset`: "who are you". The user id and the CAPTCHA; then the same
/// next page for everyone.
#[component]
pub fn ResetPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let error =
        query.with_untracked(|q| q.get("error")).filter(|e| START_ERRORS.contains(&e.as_str()));
    let typed = query.with_untracked(|q| q.get("user")).unwrap_or_default();
    // The fields' own problems sit under them; the rest above the form.
    let field_error = error.clone().filter(|e| e.starts_with("reset-error-user-id"));
    let captcha_error = error.clone().filter(|e| e == "reset-error-captcha-failed");
    let form_error = error
        .filter(|e| !e.starts_with("reset-error-user-id") && e != "reset-error-captcha-failed");
    let challenge = Resource::new_blocking(|| (), |_| reset_captcha());
    let invalid = field_error.is_some();
    view! {
        <Title text=i18n.t("reset-title")/>
        <section class="card" aria-labelledby="reset-heading">
            <h1 id="reset-heading">{i18n.t("reset-heading")}</h1>
            <p>{i18n.t("reset-intro")}</p>
            // A refused form sends the focus to its message, or to the field in error.
            {form_error.map(|e| view! {
                <p class="form-error" role="alert" tabindex="-1" autofocus=true>{i18n.t(&e)}</p>
            })}
            <form method="post" action=StartReset::url() class="form" novalidate=true>
                <div class="field">
                    <label for="user-id">{i18n.t("reset-user-id")}</label>
                    <p id="user-id-hint" class="field-hint">{i18n.t("reset-user-id-hint")}</p>
                    <input
                        id="user-id"
                        name="user_id"
                        type="text"
                        autocomplete="username"
                        spellcheck="false"
                        required=true
                        autofocus=invalid
                        dir="ltr"
                        value=typed
                        aria-invalid=invalid.then_some("true")
                        aria-describedby=if invalid { "user-id-hint user-id-error" } else { "user-id-hint" }
                    />
                    {field_error.map(|e| view! { <p id="user-id-error" class="field-error">{i18n.t(&e)}</p> })}
                </div>
                <Suspense>
                    {move || {
                        let captcha_error = captcha_error.clone();
                        Suspend::new(async move {
                            challenge.await.ok().map(|challenge| {
                                let (a, b) = (challenge.first.to_string(), challenge.second.to_string());
                                let text = CaptchaText {
                                    question: i18n.t_with("captcha-question", &[("a", &a), ("b", &b)]),
                                    hint: i18n.t("captcha-hint"),
                                    checking: i18n.t("captcha-checking"),
                                    done: i18n.t("captcha-done"),
                                };
                                let error = captcha_error.map(|e| i18n.t(&e));
                                view! { <CaptchaField challenge text error/> }
                            })
                        })
                    }}
                </Suspense>
                <button type="submit" class="button-primary">{i18n.t("reset-next")}</button>
            </form>
            <p class="card-footer">
                <a href="/">{i18n.t("reset-back-to-sign-in")}</a>
            </p>
        </section>
    }
}
