use crate::api::RegistrationError;
use leptos::prelude::*;

/// Sends a code to the typed address.
#[server(prefix = "/api", endpoint = "send_email_code")]
pub async fn send_email_code(email: String) -> Result<(), RegistrationError> {
    use super::{post, Draft};
    use crate::domain::email::{Email, EmailError};

    let (services, session) = post::session()?;
    let flow = post::flow(&services);
    let result = async {
        let flow = flow.as_ref().ok_or(RegistrationError::FlowMissing)?;
        let address = Email::parse(&email).map_err(|e| match e {
            EmailError::Empty => RegistrationError::EmailMissing,
            EmailError::TooLong | EmailError::Invalid => RegistrationError::EmailInvalid,
        })?;
        let lang = crate::i18n::request_lang();
        services.registration.send_email_code(&session, flow, address, lang).await
    }
    .await
    .map_err(post::logged);
    post::back_to_wizard(&services, flow.as_ref(), result, Draft { email, ..Draft::default() })
        .await
}
