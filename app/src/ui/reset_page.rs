use crate::i18n::use_i18n;
use leptos::prelude::*;
use leptos_meta::Title;

/// `/reset`: where "Can't access your account?" leads. The reset flow
/// itself is not built yet; this page says so plainly.
#[component]
pub fn ResetPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Title text=i18n.t("reset-title")/>
        <section class="card" aria-labelledby="reset-heading">
            <h1 id="reset-heading">{i18n.t("reset-heading")}</h1>
            <p>{i18n.t("reset-coming-next")}</p>
            <a href="/">{i18n.t("reset-back-to-sign-in")}</a>
        </section>
    }
}
