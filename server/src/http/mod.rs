//! The HTTP surface: pages, server functions, static assets and the
//! layers around them.

mod branding_files;
pub mod client_address;
pub mod origin_guard;
mod request_cookies;
pub mod security_headers;
pub mod studio;

use app::services::Services;
use axum::{
    body::Body,
    extract::Request,
    http::{header, HeaderValue, StatusCode},
    middleware,
    response::IntoResponse,
    response::Response,
    Router,
};
use client_address::TrustedProxies;
use leptos::prelude::*;
use leptos_axum::{generate_route_list, AxumRouteListing, LeptosRoutes};
use origin_guard::PublicOrigin;
use std::sync::OnceLock;
use tower::ServiceBuilder;
use tower_http::{
    compression::CompressionLayer, services::ServeDir, set_header::SetResponseHeaderLayer,
};

/// Largest request body accepted. Forms here are a few fields.
const MAX_BODY_BYTES: usize = 64 * 1024;
/// The studio's image upload: the largest image (a 2 MB background) and
/// the form around it.
const MAX_UPLOAD_BYTES: usize = 2 * 1024 * 1024 + 64 * 1024;

pub fn router(
    options: LeptosOptions,
    services: Services,
    public_origin: &str,
    hsts: bool,
    trusted_proxies: TrustedProxies,
) -> Router {
    let routes = routes();
    let studio = studio_routes(services.clone());
    let context = move || provide_context(services.clone());
    let pkg_dir =
        std::path::Path::new(options.site_root.as_ref()).join(options.site_pkg_dir.as_ref());
    // Built assets: served precompressed when cargo-leptos made .br/.gz
    // files, revalidated on every load since their names carry no hash.
    let assets = ServiceBuilder::new()
        .layer(SetResponseHeaderLayer::overriding(
            header::CACHE_CONTROL,
            HeaderValue::from_static("no-cache"),
        ))
        .service(ServeDir::new(pkg_dir).precompressed_br().precompressed_gzip());
    let mut router = Router::new()
        .nest_service(&format!("/{}", options.site_pkg_dir), assets)
        .leptos_routes_with_context(&options, routes, context.clone(), {
            let options = options.clone();
            move || app::shell(options.clone())
        })
        .fallback(leptos_axum::file_and_error_handler_with_context(context, app::shell))
        .with_state(options)
        .merge(studio);
    router = router
        .layer(CompressionLayer::new().br(true).gzip(true))
        .layer(middleware::from_fn_with_state(
            PublicOrigin(public_origin.into()),
            origin_guard::reject_cross_site,
        ))
        .layer(middleware::from_fn(read_whole_body))
        .layer(middleware::from_fn_with_state(trusted_proxies, client_address::attach));
    // Outermost, so that every response carries them, the refusals of the
    // layers above (403, 413) included.
    for layer in security_headers::layers(hsts) {
        router = router.layer(layer);
    }
    router
}

/// The app's routes, listed once per process. Leptos lists them by
/// rendering the app with data loading switched off process-wide, so a
/// page rendering meanwhile in another server of the same process (the
/// tests run many) would wait forever for its data. Listed once, before
/// the first router exists, no page can be rendering then.
fn routes() -> Vec<AxumRouteListing> {
    static ROUTES: OnceLock<Vec<AxumRouteListing>> = OnceLock::new();
    ROUTES.get_or_init(|| generate_route_list(app::App)).clone()
}

/// The most a request to `path` may carry: only the studio's upload is
/// larger than an ordinary form.
fn body_cap(path: &str) -> usize {
    if path == studio::UPLOAD_PATH {
        MAX_UPLOAD_BYTES
    } else {
        MAX_BODY_BYTES
    }
}

/// Reads the whole body, within its path's cap, before any handler runs:
/// a server function handed a body cut short would take it for a
/// malformed request, where the client is owed a 413. A declared length
/// over the cap is refused at once; any other body is cut off where it
/// passes the cap (413), and one broken off is a 400.
async fn read_whole_body(request: Request, next: middleware::Next) -> Response {
    use http_body_util::{BodyExt, LengthLimitError, Limited};

    let cap = body_cap(request.uri().path());
    let (parts, body) = request.into_parts();
    let declared = parts
        .headers
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|n| n > cap as u64) {
        return StatusCode::PAYLOAD_TOO_LARGE.into_response();
    }
    match Limited::new(body, cap).collect().await {
        Ok(collected) => {
            next.run(Request::from_parts(parts, Body::from(collected.to_bytes()))).await
        }
        Err(e) if e.downcast_ref::<LengthLimitError>().is_some() => {
            StatusCode::PAYLOAD_TOO_LARGE.into_response()
        }
        Err(_) => StatusCode::BAD_REQUEST.into_response(),
    }
}

/// The branding files and the studio's form posts (its page is a Leptos
/// route like any other).
fn studio_routes(services: Services) -> Router {
    use axum::routing::{get, post};
    Router::new()
        .route("/branding/{name}", get(branding_files::file))
        .route("/branding/assets/{name}", get(branding_files::file))
        .route("/admin/branding/save", post(studio::save))
        // The multipart reader's own cap (2 MB by default) is the upload's.
        .route(
            studio::UPLOAD_PATH,
            post(studio::upload).layer(axum::extract::DefaultBodyLimit::max(MAX_UPLOAD_BYTES)),
        )
        .route("/admin/branding/remove-image", post(studio::remove_image))
        .route("/admin/branding/publish", post(studio::publish))
        .route("/admin/branding/roll-back", post(studio::roll_back))
        .route("/admin/branding/preview", post(studio::preview))
        .route("/admin/branding/email-preview", get(studio::email_preview))
        .with_state(services)
}
