use super::AppError;
use crate::contract::StudioView;
use leptos::prelude::*;

/// The branding studio's view of the draft layer `layer` (a language tag,
/// or empty for the default); `None` for anyone who is not a designer.
#[server(prefix = "/api", endpoint = "studio_draft")]
pub async fn studio_draft(layer: String) -> Result<Option<StudioView>, AppError> {
    use crate::i18n::Lang;
    use crate::services::{SessionToken, StudioRefusal};

    let post = super::post::Post::current().map_err(|_| AppError::Unavailable)?;
    let services = &post.services;
    let Some(token) = post.cookie(services.cookies.session_cookie_name()) else { return Ok(None) };
    let layer = Lang::parse_setting(&layer).ok();
    let previewing = post.cookie(services.cookies.brand_preview_cookie_name()).is_some();
    match services.branding.studio(&SessionToken::new(token), layer, post.lang()).await {
        Ok(view) => Ok(Some(StudioView { previewing, ..view })),
        Err(StudioRefusal::NotFound) => Ok(None),
        Err(e) => {
            tracing::error!(error = %e, "the branding studio could not be read");
            Err(AppError::Unavailable)
        }
    }
}
