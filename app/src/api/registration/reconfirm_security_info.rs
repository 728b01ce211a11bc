use crate::api::RegistrationError;
use leptos::prelude::*;

/// "Looks good": the registered info is still right.
#[server(prefix = "/api", endpoint = "reconfirm_security_info")]
pub async fn reconfirm_security_info() -> Result<(), RegistrationError> {
    let (services, session) = super::post::session()?;
    let result = services
        .registration
        .reconfirm(&session, &crate::api::client_address())
        .await
        .map_err(super::post::logged);
    leptos_axum::redirect(if result.is_ok() { "/account" } else { "/" });
    result
}
