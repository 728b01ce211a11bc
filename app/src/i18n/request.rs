//! Server side: the language of the request being rendered.

use super::{negotiate, Lang};
use http::{header, request::Parts};
use leptos::prelude::use_context;

/// Holds the language the user picked explicitly.
pub const LANG_COOKIE: &str = "sspr_lang";

/// Negotiates from the request in the current reactive context.
pub fn request_lang() -> Lang {
    use_context::<Parts>().map(|parts| lang_of(&parts.headers)).unwrap_or_default()
}

/// Negotiates from request headers: cookie, then `Accept-Language`.
pub fn lang_of(headers: &http::HeaderMap) -> Lang {
    let chosen = crate::request_cookies::read(headers, LANG_COOKIE);
    let accept = headers.get(header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok());
    negotiate(chosen.as_deref(), accept)
}
