use crate::contract::PageBrand;
use std::sync::Arc;

/// The branding the server worked out for this page (the product's own
/// look when there is none).
pub fn use_page_brand() -> Arc<PageBrand> {
    leptos::prelude::use_context::<Arc<PageBrand>>().unwrap_or_default()
}
