use crate::api::RegistrationError;
use crate::contract::WizardView;
use leptos::prelude::*;

/// The wizard's current page.
#[server(prefix = "/api", endpoint = "registration_wizard")]
pub async fn registration_wizard() -> Result<WizardView, RegistrationError> {
    let (post, session) = super::post::signed_in()?;
    let flow = super::post::flow(&post).ok_or(RegistrationError::FlowMissing)?;
    post.services.registration.wizard(&session, &flow).await
}
