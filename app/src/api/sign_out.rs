use super::AppError;
use leptos::prelude::*;

/// Ends the current session and returns to the sign-in page.
#[server(prefix = "/api", endpoint = "sign_out")]
pub async fn sign_out() -> Result<(), AppError> {
    use crate::services::{use_services, SessionToken};

    let services = use_services().map_err(|_| AppError::Unavailable)?;
    let name = services.cookies.session_cookie_name();
    if let Some(token) = super::cookies::read_current(name) {
        services.accounts.sign_out(&SessionToken::new(token)).await.map_err(|e| {
            tracing::error!(error = %e, "sign-out could not end the session");
            AppError::Unavailable
        })?;
    }
    super::cookies::clear(services.cookies, name);
    leptos_axum::redirect("/");
    Ok(())
}
