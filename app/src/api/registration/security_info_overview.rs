use super::SecurityInfoView;
use crate::api::RegistrationError;
use leptos::prelude::*;

/// Every method the policy enables, with what the user has for it.
#[server(prefix = "/api", endpoint = "security_info_overview")]
pub async fn security_info_overview() -> Result<SecurityInfoView, RegistrationError> {
    let (services, session) = super::post::session()?;
    services.registration.overview(&session).await.map_err(super::post::logged)
}
