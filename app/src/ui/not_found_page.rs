use crate::i18n::use_i18n;
use leptos::prelude::*;
use leptos_meta::Title;

/// Any unknown path: a 404 status and a way back.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    #[cfg(feature = "ssr")]
    if let Some(res) = use_context::<leptos_axum::ResponseOptions>() {
        res.set_status(http::StatusCode::NOT_FOUND);
    }
    let i18n = use_i18n();
    view! {
        <Title text=i18n.t("not-found-title")/>
        <section class="card" aria-labelledby="not-found-heading">
            <h1 id="not-found-heading">{i18n.t("not-found-heading")}</h1>
            <a href="/">{i18n.t("reset-back-to-sign-in")}</a>
        </section>
    }
}
