use crate::api::RegistrationError;
use leptos::prelude::*;

/// Proves the password again before security info is changed.
#[server(prefix = "/api", endpoint = "reauthenticate")]
pub async fn reauthenticate(password: String) -> Result<(), RegistrationError> {
    use crate::domain::PasswordInput;
    use crate::services::SignInFailure;

    let (post, session) = super::post::signed_in()?;
    let result = match PasswordInput::parse(password) {
        Err(_) => Err(RegistrationError::WrongPassword),
        Ok(password) => {
            let accounts = &post.services.accounts;
            let checked = accounts.reauthenticate(&session, &password, &post.address()).await;
            checked.map_err(|e| match e {
                SignInFailure::Service(e) => {
                    tracing::error!(error = %e, "re-authentication could not be checked");
                    RegistrationError::Unavailable
                }
                SignInFailure::UnknownUser | SignInFailure::Disabled | SignInFailure::Locked => {
                    RegistrationError::NotSignedIn
                }
                SignInFailure::WrongPassword => RegistrationError::WrongPassword,
                SignInFailure::Paused { .. } | SignInFailure::BusyAddress => {
                    RegistrationError::TooManyPasswordTries
                }
            })
        }
    };
    leptos_axum::redirect(match &result {
        Ok(()) => "/security-info",
        Err(RegistrationError::NotSignedIn) => "/",
        Err(RegistrationError::Unavailable) => "/security-info/verify?error=unavailable",
        Err(RegistrationError::TooManyPasswordTries) => "/security-info/verify?error=paused",
        Err(_) => "/security-info/verify?error=password",
    });
    result
}
