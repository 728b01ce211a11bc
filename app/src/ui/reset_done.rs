use crate::i18n::use_i18n;
use leptos::prelude::*;

/// The end of a reset. Nobody is signed in: the user signs in afresh.
#[component]
pub fn ResetDone(unlocked_only: bool) -> impl IntoView {
    let i18n = use_i18n();
    let (heading, text) = if unlocked_only {
        ("reset-unlocked-heading", "reset-unlocked-text")
    } else {
        ("reset-done-heading", "reset-done-text")
    };
    view! {
        <h1 id="reset-heading">{i18n.t(heading)}</h1>
        <p role="status">{i18n.t(text)}</p>
        <a href="/" class="button-primary">{i18n.t("reset-go-sign-in")}</a>
    }
}
