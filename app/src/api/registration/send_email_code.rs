use crate::api::RegistrationError;
use leptos::prelude::*;

/// Sends a code to the typed address.
#[server(prefix = "/api", endpoint = "send_email_code")]
pub async fn send_email_code(email: String) -> Result<(), RegistrationError> {
    use crate::contract::Draft;
    use crate::domain::email::{Email, EmailError};

    let address = Email::parse(&email).map_err(|e| match e {
        EmailError::Empty => RegistrationError::EmailMissing,
        EmailError::TooLong | EmailError::Invalid => RegistrationError::EmailInvalid,
    });
    let draft = Draft { email, ..Draft::default() };
    super::post::run(address, draft, |s, address| async move {
        s.registration.send_email_code(&s.session, &s.flow, address, s.lang).await
    })
    .await
}
