use super::WizardView;
use crate::api::RegistrationError;
use leptos::prelude::*;

/// The wizard's current page.
#[server(prefix = "/api", endpoint = "registration_wizard")]
pub async fn registration_wizard() -> Result<WizardView, RegistrationError> {
    let (services, session) = super::post::session()?;
    let flow = super::post::flow(&services).ok_or(RegistrationError::FlowMissing)?;
    services.registration.wizard(&session, &flow).await.map_err(super::post::logged)
}
