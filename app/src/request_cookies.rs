//! Reading a cookie from request headers: shared by server functions
//! and by language negotiation, which runs before any of them.

use cookie::Cookie;
use http::{header, HeaderMap};

/// The value of cookie `name` in the request headers.
pub fn read(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(Cookie::split_parse_encoded)
        .flatten()
        .find(|c| c.name() == name)
        .map(|c| c.value().to_owned())
}
