use super::SignInError;
use leptos::prelude::*;

/// Checks the user name and password; on success starts a fresh session
/// and sends the browser to `/account`.
#[server(prefix = "/api", endpoint = "sign_in")]
pub async fn sign_in(username: String, password: String) -> Result<(), SignInError> {
    use super::{cookies, plain_form, sign_in_flash};
    use crate::services::use_services;

    let outcome = ssr::sign_in(&username, password).await;
    let services = use_services().map_err(|_| SignInError::Unavailable)?;
    match &outcome {
        Ok(token) => {
            let name = services.cookies.session_cookie_name();
            // The session this browser had before is over: one live
            // session per sign-in, never one reused across users.
            if let Some(previous) = cookies::read_current(name) {
                let previous = crate::services::SessionToken::new(previous);
                if let Err(e) = services.accounts.sign_out(&previous).await {
                    tracing::warn!(error = %e, "previous session could not be ended");
                }
            }
            cookies::send(&cookies::site_cookie(services.cookies, name, token.expose().to_owned()));
            leptos_axum::redirect("/account");
        }
        Err(error) if plain_form::is_plain_form_post() => {
            // No script to show the error inline: come back to the form
            // with the error and the typed user name (never the password).
            sign_in_flash::send(services.cookies, error, &username);
            leptos_axum::redirect("/");
        }
        Err(_) => {}
    }
    outcome.map(|_| ())
}

#[cfg(feature = "ssr")]
mod ssr {
    use crate::api::SignInError;
    use crate::domain::{PasswordInput, PasswordInputError, UserName, UserNameError};
    use crate::services::{use_services, SessionToken, SignInFailure};

    pub async fn sign_in(username: &str, password: String) -> Result<SessionToken, SignInError> {
        let name = UserName::parse(username).map_err(|e| match e {
            UserNameError::Empty => SignInError::UserNameMissing,
            UserNameError::TooLong | UserNameError::ControlCharacter => {
                SignInError::UserNameInvalid
            }
        })?;
        let password = PasswordInput::parse(password).map_err(|e| match e {
            PasswordInputError::Empty => SignInError::PasswordMissing,
            // Longer than any password we store: it cannot match.
            PasswordInputError::TooLong => SignInError::InvalidCredentials,
        })?;
        let services = use_services().map_err(|_| SignInError::Unavailable)?;
        services.accounts.sign_in(&name, &password).await.map_err(|failure| match failure {
            SignInFailure::UnknownUser | SignInFailure::WrongPassword | SignInFailure::Disabled => {
                SignInError::InvalidCredentials
            }
            SignInFailure::Service(e) => {
                tracing::error!(error = %e, "sign-in could not be checked");
                SignInError::Unavailable
            }
        })
    }
}
