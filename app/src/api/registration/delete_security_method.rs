use crate::api::RegistrationError;
use leptos::prelude::*;

/// Removes what the user registered for one method.
#[server(prefix = "/api", endpoint = "delete_security_method")]
pub async fn delete_security_method(step: String) -> Result<(), RegistrationError> {
    use crate::domain::registration_flow::Step;

    let (post, session) = super::post::signed_in()?;
    let result = match Step::parse(&step) {
        None => Err(RegistrationError::MethodNotChangeable),
        Some(step) => {
            let registration = &post.services.registration;
            registration.delete_method(&session, step, post.lang(), &post.address()).await
        }
    };
    leptos_axum::redirect(match &result {
        Ok(()) => "/security-info?deleted=1",
        Err(RegistrationError::NotSignedIn) => "/",
        Err(RegistrationError::ReauthRequired) => "/security-info/verify",
        Err(_) => "/security-info",
    });
    result
}
