use super::use_page_brand;
use crate::i18n::use_i18n;
use leptos::prelude::*;

/// The organisation's footer links (privacy, terms of use, helpdesk),
/// when its branding sets any and does not hide the footer.
#[component]
pub fn SiteFooter() -> impl IntoView {
    let i18n = use_i18n();
    let brand = use_page_brand();
    if brand.hide_footer || !brand.has_footer_links() {
        return None;
    }
    let links = [
        (&brand.privacy_href, "footer-privacy"),
        (&brand.terms_href, "footer-terms"),
        (&brand.helpdesk_href, "footer-helpdesk"),
    ];
    let items = links
        .into_iter()
        .filter_map(|(href, key)| {
            href.clone().map(|href| view! { <li><a href=href>{i18n.t(key)}</a></li> })
        })
        .collect_view();
    Some(view! {
        <footer class="site-footer">
            <nav aria-label=i18n.t("footer-label")>
                <ul>{items}</ul>
            </nav>
        </footer>
    })
}
