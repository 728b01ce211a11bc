use super::PromptView;
use crate::api::RegistrationError;
use leptos::prelude::*;

/// What to ask the signed-in user before their account page, if anything.
#[server(prefix = "/api", endpoint = "registration_prompt")]
pub async fn registration_prompt() -> Result<Option<PromptView>, RegistrationError> {
    let (services, session) = super::post::session()?;
    services.registration.prompt(&session).await.map_err(super::post::logged)
}
