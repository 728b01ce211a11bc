//! The branding studio's form posts. Each works as a plain HTML form:
//! it does one thing and sends the browser back to the studio, with what
//! happened in the address (`done=…` or `refused=…`), never a secret.
//! Anyone who is not a designer gets the same 404 as for a missing page.

use super::request_cookies::cookie;
use app::domain::branding::{AssetSlot, BrandField, BrandSettings, ColourToken, Layout};
use app::i18n::Lang;
use app::services::{ClientAddress, Services, SessionToken, StudioRefusal};
use axum::{
    extract::{Multipart, State},
    http::{header, HeaderValue, StatusCode},
    response::{IntoResponse, Redirect, Response},
    Extension, Form,
};
use std::collections::HashMap;

pub const STUDIO_PATH: &str = "/admin/branding";
/// The upload form's address: its body may be larger than other forms'.
pub const UPLOAD_PATH: &str = "/admin/branding/upload";

type Fields = HashMap<String, String>;

/// A designer's session. As an extractor it runs before the body is
/// read, so everyone else gets the 404 before any field is looked at.
pub struct Designer(SessionToken);

impl axum::extract::FromRequestParts<Services> for Designer {
    type Rejection = Response;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        services: &Services,
    ) -> Result<Self, Response> {
        let token = cookie(&parts.headers, services.cookies.session_cookie_name())
            .map(SessionToken::new)
            .ok_or_else(|| StatusCode::NOT_FOUND.into_response())?;
        match services.branding.check_designer(&token).await {
            Ok(()) => Ok(Self(token)),
            Err(e) => Err(refused(None, e, "")),
        }
    }
}

/// The layer a form edits: absent or empty is the default.
fn layer(fields: &Fields) -> Result<Option<Lang>, StatusCode> {
    match fields.get("layer").map(String::as_str).unwrap_or("") {
        "" => Ok(None),
        tag => Lang::parse_setting(tag).map(Some).map_err(|_| StatusCode::BAD_REQUEST),
    }
}

fn back(layer: Option<Lang>, outcome: &str) -> Response {
    let layer = layer.map(|l| format!("layer={}&", l.tag())).unwrap_or_default();
    Redirect::to(&format!("{STUDIO_PATH}?{layer}{outcome}")).into_response()
}

fn refused(layer: Option<Lang>, refusal: StudioRefusal, extra: &str) -> Response {
    match refusal {
        StudioRefusal::NotFound => StatusCode::NOT_FOUND.into_response(),
        StudioRefusal::Image(problem) => {
            back(layer, &format!("refused={}{extra}", problem.as_str()))
        }
        StudioRefusal::NotPublishable(_) => back(layer, "refused=publish"),
        StudioRefusal::NoSuchVersion => back(layer, "refused=no-such-version"),
        StudioRefusal::Service(e) => {
            tracing::error!(error = %e, "the branding studio could not complete a change");
            back(layer, "refused=unavailable")
        }
    }
}

/// The layer and image slot an image form names.
fn layer_and_slot(fields: &Fields) -> Result<(Option<Lang>, AssetSlot), StatusCode> {
    let layer = layer(fields)?;
    let slot =
        fields.get("slot").and_then(|s| AssetSlot::parse(s)).ok_or(StatusCode::BAD_REQUEST)?;
    Ok((layer, slot))
}

/// A form's text: empty means "not set here".
fn text(fields: &Fields, name: &str) -> Option<String> {
    fields.get(name).map(|v| v.trim_end().to_owned()).filter(|v| !v.trim().is_empty())
}

/// `show` / `hide`, or unset.
fn switch(fields: &Fields, name: &str) -> Option<bool> {
    match fields.get(name).map(String::as_str) {
        Some("show") => Some(true),
        Some("hide") => Some(false),
        _ => None,
    }
}

/// The settings form as a layer: every field as typed, so that a
/// mistake is kept in the draft and named, never lost.
pub fn settings_from(fields: &Fields) -> BrandSettings {
    // Named as the studio's form names them (`BrandField::name`).
    let field = |f: BrandField| text(fields, &f.name());
    BrandSettings {
        organisation_name: field(BrandField::OrganisationName),
        colours: ColourToken::ALL
            .into_iter()
            .filter_map(|t| field(BrandField::Colour(t)).map(|v| (t, v.trim().to_owned())))
            .collect(),
        layout: fields.get("layout").and_then(|l| Layout::parse(l)),
        show_header: switch(fields, "show-header"),
        show_footer: switch(fields, "show-footer"),
        sign_in_text: field(BrandField::SignInText),
        user_name_hint: field(BrandField::UserNameHint),
        cant_access_label: field(BrandField::CantAccessLabel),
        show_reset_link: switch(fields, "show-reset-link"),
        privacy_url: field(BrandField::PrivacyUrl),
        terms_url: field(BrandField::TermsUrl),
        helpdesk_url: field(BrandField::HelpdeskUrl),
        custom_css: field(BrandField::CustomCss),
        images: Default::default(),
    }
}

pub async fn save(
    State(services): State<Services>,
    Designer(token): Designer,
    Extension(address): Extension<ClientAddress>,
    Form(fields): Form<Fields>,
) -> Response {
    let layer = match layer(&fields) {
        Ok(l) => l,
        Err(status) => return status.into_response(),
    };
    match services.branding.save_layer(&token, layer, settings_from(&fields), &address).await {
        Ok(()) => back(layer, "done=saved"),
        Err(e) => refused(layer, e, ""),
    }
}

pub async fn upload(
    State(services): State<Services>,
    Designer(token): Designer,
    Extension(address): Extension<ClientAddress>,
    mut form: Multipart,
) -> Response {
    let mut fields = Fields::new();
    let mut file = None;
    loop {
        match form.next_field().await {
            Ok(Some(field)) => {
                let name = field.name().unwrap_or_default().to_owned();
                let Ok(bytes) = field.bytes().await else {
                    return StatusCode::BAD_REQUEST.into_response();
                };
                if name == "file" {
                    file = Some(bytes);
                } else {
                    fields.insert(name, String::from_utf8_lossy(&bytes).into_owned());
                }
            }
            Ok(None) => break,
            Err(_) => return StatusCode::BAD_REQUEST.into_response(),
        }
    }
    let (layer, slot) = match layer_and_slot(&fields) {
        Ok(found) => found,
        Err(status) => return status.into_response(),
    };
    let bytes = file.unwrap_or_default();
    let extra = format!("&slot={}", slot.as_str());
    match services.branding.upload_image(&token, layer, slot, &bytes, &address).await {
        Ok(()) => back(layer, &format!("done=uploaded{extra}")),
        Err(e) => refused(layer, e, &extra),
    }
}

pub async fn remove_image(
    State(services): State<Services>,
    Designer(token): Designer,
    Extension(address): Extension<ClientAddress>,
    Form(fields): Form<Fields>,
) -> Response {
    let (layer, slot) = match layer_and_slot(&fields) {
        Ok(found) => found,
        Err(status) => return status.into_response(),
    };
    match services.branding.remove_image(&token, layer, slot, &address).await {
        Ok(()) => back(layer, "done=removed"),
        Err(e) => refused(layer, e, ""),
    }
}

pub async fn publish(
    State(services): State<Services>,
    Designer(token): Designer,
    Extension(address): Extension<ClientAddress>,
) -> Response {
    match services.branding.publish(&token, &address).await {
        Ok(version) => back(None, &format!("done=published&version={version}")),
        Err(e) => refused(None, e, ""),
    }
}

pub async fn roll_back(
    State(services): State<Services>,
    Designer(token): Designer,
    Extension(address): Extension<ClientAddress>,
    Form(fields): Form<Fields>,
) -> Response {
    let Some(version) = fields.get("version").and_then(|v| v.parse::<i64>().ok()) else {
        return StatusCode::BAD_REQUEST.into_response();
    };
    match services.branding.roll_back(&token, version, &address).await {
        Ok(new) => back(None, &format!("done=rolled-back&version={new}")),
        Err(e) => refused(None, e, ""),
    }
}

/// `action=start` sets the preview cookie and opens the sign-in page;
/// `action=stop` clears it.
pub async fn preview(
    State(services): State<Services>,
    Designer(token): Designer,
    Form(fields): Form<Fields>,
) -> Response {
    let name = services.cookies.brand_preview_cookie_name();
    let (value, next) = if fields.get("action").map(String::as_str) == Some("stop") {
        (None, format!("{STUDIO_PATH}?done=preview-stopped"))
    } else {
        match services.branding.start_preview(&token).await {
            Ok(v) => (Some(v), "/".to_owned()),
            Err(e) => return refused(None, e, ""),
        }
    };
    let cookie = match value {
        Some(v) => app::api::cookies::site_cookie(services.cookies, name, v).to_string(),
        None => {
            let mut c = app::api::cookies::site_cookie(services.cookies, name, String::new());
            c.make_removal();
            c.to_string()
        }
    };
    let mut response = Redirect::to(&next).into_response();
    if let Ok(value) = HeaderValue::from_str(&cookie) {
        response.headers_mut().append(header::SET_COOKIE, value);
    }
    response
}

/// A sample email with the draft's branding, in `lang` (the page's by
/// default). Its own policy: the email's inline styles and its inlined
/// logo, nothing else, in a sandbox.
pub async fn email_preview(
    State(services): State<Services>,
    Designer(token): Designer,
    axum::extract::Query(query): axum::extract::Query<Fields>,
) -> Response {
    let lang = query.get("lang").and_then(|l| Lang::parse_setting(l).ok()).unwrap_or_default();
    match services.branding.email_preview(&token, lang).await {
        Ok(html) => (
            [
                (header::CONTENT_TYPE, HeaderValue::from_static("text/html; charset=utf-8")),
                (
                    header::CONTENT_SECURITY_POLICY,
                    HeaderValue::from_static(
                        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox; \
                         frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
                    ),
                ),
            ],
            html,
        )
            .into_response(),
        Err(e) => refused(None, e, ""),
    }
}
