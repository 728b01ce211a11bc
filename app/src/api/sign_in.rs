use super::SignInError;
use leptos::prelude::*;

/// Checks the user name and password; on success starts a fresh session
/// and sends the browser to the registration prompt or to `/account`.
#[server(prefix = "/api", endpoint = "sign_in")]
pub async fn sign_in(username: String, password: String) -> Result<(), SignInError> {
    use super::{cookies, plain_form, sign_in_flash};
    use crate::services::{use_services, SessionToken};

    let services = use_services().map_err(|_| SignInError::Unavailable)?;
    let session_cookie = services.cookies.session_cookie_name();
    let previous = cookies::read_current(session_cookie).map(SessionToken::new);
    let address = super::client_address();
    let outcome = ssr::sign_in(&services, &username, password, previous.as_ref(), &address).await;
    match &outcome {
        Ok(token) => {
            cookies::send(&cookies::site_cookie(
                services.cookies,
                session_cookie,
                token.expose().to_owned(),
            ));
            // Users the policy asks to register or reconfirm see that first.
            let next = match services.registration.prompt(token).await {
                Ok(Some(_)) => "/register/prompt",
                _ => "/account",
            };
            leptos_axum::redirect(next);
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
    use crate::services::{ClientAddress, Services, SessionToken, SignInFailure};

    pub async fn sign_in(
        services: &Services,
        username: &str,
        password: String,
        previous: Option<&SessionToken>,
        address: &ClientAddress,
    ) -> Result<SessionToken, SignInError> {
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
        let lang = crate::i18n::use_i18n().lang();
        let outcome = services.accounts.sign_in(&name, &password, previous, address, lang).await;
        outcome.map_err(|failure| match failure {
            SignInFailure::UnknownUser | SignInFailure::WrongPassword | SignInFailure::Disabled => {
                SignInError::InvalidCredentials
            }
            SignInFailure::Locked => SignInError::AccountLocked,
            SignInFailure::Paused { until } => {
                let until_text = crate::i18n::I18n::new(lang).instant(until);
                SignInError::Paused { until, until_text }
            }
            SignInFailure::BusyAddress => SignInError::BusyAddress,
            SignInFailure::Service(e) => {
                tracing::error!(error = %e, "sign-in could not be checked");
                SignInError::Unavailable
            }
        })
    }
}
