use crate::api::RegistrationError;
use leptos::prelude::*;

/// Removes what the user registered for one method.
#[server(prefix = "/api", endpoint = "delete_security_method")]
pub async fn delete_security_method(step: String) -> Result<(), RegistrationError> {
    use crate::domain::registration_flow::Step;

    let (services, session) = super::post::session()?;
    let result = match Step::parse(&step) {
        None => Err(RegistrationError::MethodNotChangeable),
        Some(step) => {
            let lang = crate::i18n::request_lang();
            let address = crate::api::client_address();
            services.registration.delete_method(&session, step, lang, &address).await
        }
    }
    .map_err(super::post::logged);
    leptos_axum::redirect(match &result {
        Ok(()) => "/security-info?deleted=1",
        Err(RegistrationError::NotSignedIn) => "/",
        Err(RegistrationError::ReauthRequired) => "/security-info/verify",
        Err(_) => "/security-info",
    });
    result
}
