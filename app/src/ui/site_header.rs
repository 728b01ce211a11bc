use super::{use_page_brand, PreviewBanner};
use crate::i18n::use_i18n;
use leptos::prelude::*;

/// The branded band on top of every page; `children` go on its right.
/// A branding that hides the header keeps `children` (the language
/// picker) reachable in a bare band.
#[component]
pub fn SiteHeader(children: Children) -> impl IntoView {
    let i18n = use_i18n();
    let brand = use_page_brand();
    let name = brand.organisation_name.clone().unwrap_or_else(|| i18n.t("product-name"));
    let mark = match (&brand.banner_logo, &brand.square_logo) {
        (Some(logo), _) => view! {
            <img class="brand-banner" src=logo.href.clone() width=logo.width height=logo.height alt=name/>
        }
        .into_any(),
        // No banner: the square logo (its dark variant on dark pages) and the name.
        (None, Some(logo)) => {
            let dark = brand.square_logo_dark.as_ref().map(|d| {
                view! { <source srcset=d.href.clone() media="(prefers-color-scheme: dark)"/> }
            });
            view! {
                <picture class="brand-square">
                    {dark}
                    <img src=logo.href.clone() width=logo.width height=logo.height alt=""/>
                </picture>
                <span class="brand-name">{name}</span>
            }
            .into_any()
        }
        (None, None) => view! {
            <span class="brand-logo" aria-hidden="true"></span>
            <span class="brand-name">{name}</span>
        }
        .into_any(),
    };
    let brand_link = (!brand.hide_header).then(|| view! { <a class="brand" href="/">{mark}</a> });
    let class = if brand.hide_header { "site-header site-header-bare" } else { "site-header" };
    view! {
        <a class="skip-link" href="#main">{i18n.t("skip-to-content")}</a>
        {brand.preview.then(|| view! { <PreviewBanner/> })}
        <header class=class>
            {brand_link}
            {children()}
        </header>
    }
}
