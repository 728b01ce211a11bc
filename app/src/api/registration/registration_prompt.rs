use crate::api::RegistrationError;
use crate::contract::PromptView;
use leptos::prelude::*;

/// What to ask the signed-in user before their account page, if anything.
#[server(prefix = "/api", endpoint = "registration_prompt")]
pub async fn registration_prompt() -> Result<Option<PromptView>, RegistrationError> {
    let (post, session) = super::post::signed_in()?;
    post.services.registration.prompt(&session).await
}
