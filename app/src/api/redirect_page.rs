use http::{header, HeaderValue, StatusCode};
use leptos::prelude::use_context;
use leptos_axum::ResponseOptions;

/// Answers the page request being rendered with a `302` to `path`, whatever
/// the client accepts (unlike `leptos_axum::redirect`, which is meant for
/// server-function calls).
pub fn redirect_page(path: &str) {
    if let (Some(res), Ok(location)) =
        (use_context::<ResponseOptions>(), HeaderValue::from_str(path))
    {
        res.set_status(StatusCode::FOUND);
        res.insert_header(header::LOCATION, location);
    }
}
