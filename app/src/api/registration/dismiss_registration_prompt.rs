use crate::api::RegistrationError;
use leptos::prelude::*;

/// "Skip for now": on to the account page; asked again next sign-in.
#[server(prefix = "/api", endpoint = "dismiss_registration_prompt")]
pub async fn dismiss_registration_prompt() -> Result<(), RegistrationError> {
    let (services, session) = super::post::session()?;
    let result = services
        .registration
        .dismiss_prompt(&session, &crate::api::client_address())
        .await
        .map_err(super::post::logged);
    leptos_axum::redirect(if result.is_ok() { "/account" } else { "/" });
    result
}
