use crate::api::RegistrationError;
use crate::contract::SecurityInfoView;
use leptos::prelude::*;

/// Every method the policy enables, with what the user has for it.
#[server(prefix = "/api", endpoint = "security_info_overview")]
pub async fn security_info_overview() -> Result<SecurityInfoView, RegistrationError> {
    let (post, session) = super::post::signed_in()?;
    post.services.registration.overview(&session).await
}
