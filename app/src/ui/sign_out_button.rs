use crate::api::SignOut;
use crate::i18n::use_i18n;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;

/// Ends the session: a plain form post in every mode, so signing out never
/// depends on script.
#[component]
pub fn SignOutButton() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <form method="post" action=SignOut::url() class="form-inline">
            <button type="submit" class="button-secondary">{i18n.t("account-sign-out")}</button>
        </form>
    }
}
