//! Telling a plain HTML form post (JavaScript off) from a call made by the
//! hydrated page, which must get data back rather than a redirect.

use http::{header, request::Parts};
use leptos::prelude::use_context;

/// Browsers send `Accept: text/html…` for form navigations; the server
/// function client asks for its own encoding.
pub fn is_plain_form_post() -> bool {
    use_context::<Parts>()
        .and_then(|parts| {
            parts
                .headers
                .get(header::ACCEPT)
                .and_then(|v| v.to_str().ok())
                .map(|v| v.contains("text/html"))
        })
        .unwrap_or(false)
}
