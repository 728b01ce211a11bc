use super::{PasswordField, PasswordFieldText};
use crate::api::registration::Reauthenticate;
use crate::i18n::use_i18n;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;

/// `/security-info/verify`: the password again, before security info
/// changes when the last sign-in is not recent.
#[component]
pub fn ReauthenticatePage() -> impl IntoView {
    let i18n = use_i18n();
    let error = leptos_router::hooks::use_query_map().with_untracked(|q| q.get("error"));
    let message = error.map(|e| {
        i18n.t(match e.as_str() {
            "unavailable" => "error-unavailable",
            "paused" => "registration-error-too-many-password-tries",
            _ => "registration-error-wrong-password",
        })
    });
    let text = PasswordFieldText {
        label: i18n.t("sign-in-password"),
        show: i18n.t("password-show"),
        hide: i18n.t("password-hide"),
    };
    view! {
        <Title text=i18n.t("reauth-title")/>
        <section class="card" aria-labelledby="reauth-heading">
            <h1 id="reauth-heading">{i18n.t("reauth-title")}</h1>
            <p>{i18n.t("registration-error-reauth-required")}</p>
            <form method="post" action=Reauthenticate::url() class="form" novalidate=true>
                <PasswordField id="password" name="password" text error_id="password-error"
                    autocomplete="current-password" autofocus=message.is_some()
                    error=Signal::stored(message)/>
                <button type="submit" class="button-primary">{i18n.t("reauth-submit")}</button>
            </form>
        </section>
    }
}
