//! What every wizard post shares: who is asking, which flow, and the
//! redirect back to the wizard with a notice when something was refused.

use super::{Draft, WizardNotice};
use crate::api::{cookies, RegistrationError};
use crate::services::{use_services, FlowToken, Services, SessionToken};

pub fn session() -> Result<(Services, SessionToken), RegistrationError> {
    let services = use_services().map_err(|_| RegistrationError::Unavailable)?;
    let token = cookies::read_current(services.cookies.session_cookie_name())
        .ok_or(RegistrationError::NotSignedIn)?;
    Ok((services, SessionToken::new(token)))
}

pub fn flow(services: &Services) -> Option<FlowToken> {
    cookies::read_current(services.cookies.registration_cookie_name()).map(FlowToken::new)
}

/// Sends the browser on to the wizard's current page. A refusal is left
/// there as a notice with what the user typed (never codes or answers).
pub async fn back_to_wizard(
    services: &Services,
    flow: Option<&FlowToken>,
    result: Result<(), RegistrationError>,
    draft: Draft,
) -> Result<(), RegistrationError> {
    match (&result, flow) {
        (Err(RegistrationError::NotSignedIn), _) => leptos_axum::redirect("/"),
        (Err(error), Some(flow)) => {
            let notice = WizardNotice { error: error.clone(), draft };
            services.registration.leave_notice(flow, &notice).await;
            leptos_axum::redirect("/register");
        }
        _ => leptos_axum::redirect("/register"),
    }
    result
}

/// Logs a service failure; the user sees the generic message.
pub fn logged(error: RegistrationError) -> RegistrationError {
    if error == RegistrationError::Unavailable {
        tracing::error!("registration service failed");
    }
    error
}
