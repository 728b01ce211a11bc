//! `/branding/…`: the branding stylesheets and uploaded images. Their
//! names are the hash of their bytes, so browsers may keep them for ever.

use super::request_cookies::{claim, preview_cookies};
use app::services::Services;
use axum::{
    extract::{Path, State},
    http::{header, HeaderMap, HeaderValue, StatusCode},
    response::{IntoResponse, Response},
};

const IMMUTABLE: &str = "public, max-age=31536000, immutable";

pub async fn file(
    State(services): State<Services>,
    Path(name): Path<String>,
    headers: HeaderMap,
) -> Response {
    let cookies = preview_cookies(&headers, &services);
    match services.branding.file(&name, claim(&cookies)).await {
        Some((media_type, bytes)) => (
            [
                (header::CONTENT_TYPE, HeaderValue::from_static(media_type)),
                (header::CACHE_CONTROL, HeaderValue::from_static(IMMUTABLE)),
            ],
            bytes.to_vec(),
        )
            .into_response(),
        None => StatusCode::NOT_FOUND.into_response(),
    }
}
