use crate::api::RegistrationError;
use leptos::prelude::*;

/// "Looks good": the registered info is still right.
#[server(prefix = "/api", endpoint = "reconfirm_security_info")]
pub async fn reconfirm_security_info() -> Result<(), RegistrationError> {
    let (post, session) = super::post::signed_in()?;
    let result = post.services.registration.reconfirm(&session, &post.address()).await;
    leptos_axum::redirect(if result.is_ok() { "/account" } else { "/" });
    result
}
