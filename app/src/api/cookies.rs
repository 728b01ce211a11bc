//! Reading and writing cookies from server functions.

use crate::services::CookiePolicy;
use cookie::{Cookie, SameSite};
use http::{header, request::Parts, HeaderValue};
use leptos::prelude::use_context;
use leptos_axum::ResponseOptions;

/// The value of cookie `name` in the current request.
pub fn read_current(name: &str) -> Option<String> {
    use_context::<Parts>().and_then(|parts| crate::request_cookies::read(&parts.headers, name))
}

/// A cookie scoped to the whole site, flagged per `policy`.
pub fn site_cookie(policy: CookiePolicy, name: &str, value: String) -> Cookie<'static> {
    Cookie::build((name.to_owned(), value))
        .path("/")
        .http_only(true)
        .same_site(SameSite::Lax)
        .secure(policy.secure)
        .build()
}

/// Adds `Set-Cookie` to the response of the current request.
pub fn send(cookie: &Cookie<'_>) {
    if let (Some(res), Ok(value)) =
        (use_context::<ResponseOptions>(), HeaderValue::from_str(&cookie.encoded().to_string()))
    {
        res.append_header(header::SET_COOKIE, value);
    }
}

/// Tells the browser to drop cookie `name`.
pub fn clear(policy: CookiePolicy, name: &str) {
    let mut cookie = site_cookie(policy, name, String::new());
    cookie.make_removal();
    send(&cookie);
}
