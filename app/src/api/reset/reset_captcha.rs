use crate::api::ResetError;
use crate::contract::CaptchaView;
use leptos::prelude::*;

/// A fresh CAPTCHA challenge for the start form.
#[server(prefix = "/api", endpoint = "reset_captcha")]
pub async fn reset_captcha() -> Result<CaptchaView, ResetError> {
    let post = super::post::current()?;
    post.services.captcha.challenge().await.map_err(|e| {
        tracing::error!(error = %e, "captcha challenge failed");
        ResetError::Unavailable
    })
}
