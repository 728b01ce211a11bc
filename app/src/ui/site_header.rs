use crate::i18n::use_i18n;
use leptos::prelude::*;

/// The branded band on top of every page; `children` go on its right.
#[component]
pub fn SiteHeader(children: Children) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <a class="skip-link" href="#main">{i18n.t("skip-to-content")}</a>
        <header class="site-header">
            <a class="brand" href="/">
                <span class="brand-logo" aria-hidden="true"></span>
                <span class="brand-name">{i18n.t("product-name")}</span>
            </a>
            {children()}
        </header>
    }
}
