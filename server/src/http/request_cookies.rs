//! Reading cookies and claims out of a request's headers, for the axum
//! handlers that are not Leptos pages.

use app::services::{PreviewClaim, Services};
use axum::http::{header, HeaderMap};

/// The value of cookie `name`, if the request carries it.
pub fn cookie(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(cookie::Cookie::split_parse_encoded)
        .filter_map(Result::ok)
        .find(|c| c.name() == name)
        .map(|c| c.value().to_owned())
}

/// The preview cookie and the session it claims to be bound to.
pub fn preview_cookies(headers: &HeaderMap, services: &Services) -> Option<(String, String)> {
    let preview = cookie(headers, services.cookies.brand_preview_cookie_name())?;
    let session = cookie(headers, services.cookies.session_cookie_name())?;
    Some((preview, session))
}

/// As a claim the branding service checks.
pub fn claim(cookies: &Option<(String, String)>) -> Option<PreviewClaim<'_>> {
    cookies.as_ref().map(|(preview, session)| PreviewClaim { preview, session })
}
