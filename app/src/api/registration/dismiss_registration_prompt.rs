use crate::api::RegistrationError;
use leptos::prelude::*;

/// "Skip for now": on to the account page; asked again next sign-in.
#[server(prefix = "/api", endpoint = "dismiss_registration_prompt")]
pub async fn dismiss_registration_prompt() -> Result<(), RegistrationError> {
    let (post, session) = super::post::signed_in()?;
    let result = post.services.registration.dismiss_prompt(&session, &post.address()).await;
    leptos_axum::redirect(if result.is_ok() { "/account" } else { "/" });
    result
}
