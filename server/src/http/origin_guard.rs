//! Refuses state-changing requests made from other sites. Server functions
//! have no CSRF token of their own, so this is their CSRF protection,
//! alongside `SameSite` cookies.

use axum::{
    extract::{Request, State},
    http::{header, HeaderMap, Method, StatusCode},
    middleware::Next,
    response::{IntoResponse, Response},
};
use std::sync::Arc;

/// The site's own origin, `scheme://host[:port]`.
#[derive(Clone)]
pub struct PublicOrigin(pub Arc<str>);

pub async fn reject_cross_site(
    State(origin): State<PublicOrigin>,
    request: Request,
    next: Next,
) -> Response {
    if is_state_changing(request.method()) && is_cross_site(request.headers(), &origin.0) {
        return StatusCode::FORBIDDEN.into_response();
    }
    next.run(request).await
}

fn is_state_changing(method: &Method) -> bool {
    !matches!(*method, Method::GET | Method::HEAD | Method::OPTIONS)
}

/// `Sec-Fetch-Site` is set by the browser and cannot be forged by a page;
/// where it is missing (older browsers) `Origin` decides. With
/// `Referrer-Policy: no-referrer`, browsers send `Origin: null` even for
/// same-origin posts, which is why `Sec-Fetch-Site` comes first. Requests
/// with neither header come from outside any browser and carry no
/// ambient cookies worth forging.
pub fn is_cross_site(headers: &HeaderMap, public_origin: &str) -> bool {
    if let Some(site) = headers.get("sec-fetch-site") {
        return !matches!(site.to_str(), Ok("same-origin") | Ok("none"));
    }
    match headers.get(header::ORIGIN).map(|o| o.to_str()) {
        Some(Ok(origin)) => !origin.eq_ignore_ascii_case(public_origin),
        Some(Err(_)) => true,
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    const SITE: &str = "https://sspr.example.com";

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in pairs {
            map.insert(*name, HeaderValue::from_static(value));
        }
        map
    }

    #[test]
    fn fetch_metadata_decides_when_present() {
        assert!(!is_cross_site(&headers(&[("sec-fetch-site", "same-origin")]), SITE));
        assert!(!is_cross_site(&headers(&[("sec-fetch-site", "none")]), SITE));
        assert!(is_cross_site(&headers(&[("sec-fetch-site", "cross-site")]), SITE));
        assert!(is_cross_site(&headers(&[("sec-fetch-site", "same-site")]), SITE));
        // A same-origin post under no-referrer: Origin is "null".
        assert!(!is_cross_site(
            &headers(&[("sec-fetch-site", "same-origin"), ("origin", "null")]),
            SITE
        ));
    }

    #[test]
    fn origin_decides_without_fetch_metadata() {
        assert!(!is_cross_site(&headers(&[("origin", "https://sspr.example.com")]), SITE));
        assert!(is_cross_site(&headers(&[("origin", "https://evil.example")]), SITE));
        assert!(is_cross_site(&headers(&[("origin", "null")]), SITE));
        assert!(!is_cross_site(&headers(&[]), SITE));
    }

    #[test]
    fn only_unsafe_methods_are_guarded() {
        assert!(!is_state_changing(&Method::GET));
        assert!(!is_state_changing(&Method::HEAD));
        assert!(is_state_changing(&Method::POST));
        assert!(is_state_changing(&Method::DELETE));
    }
}
