//! The branding of the page being rendered, asked of the branding
//! service once per request (from its memory) and shared by every part
//! of the page through context.

use crate::contract::PageBrand;
use crate::i18n::Lang;
use std::sync::Arc;

/// Works out the page's branding, draft included for a designer
/// previewing it, and provides it to the page.
pub fn provide_page_brand(lang: Lang) -> Arc<PageBrand> {
    use crate::services::{use_services, PreviewClaim};

    let brand = use_services().ok().map_or_else(Arc::default, |services| {
        let preview = super::cookies::read_current(services.cookies.brand_preview_cookie_name());
        let session = super::cookies::read_current(services.cookies.session_cookie_name());
        let claim = match (&preview, &session) {
            (Some(preview), Some(session)) => Some(PreviewClaim { preview, session }),
            _ => None,
        };
        services.branding.page_brand(lang, claim)
    });
    leptos::prelude::provide_context(brand.clone());
    brand
}
