use crate::api::RegistrationError;
use leptos::prelude::*;

/// Sends a code to the typed number by SMS or voice call.
#[server(prefix = "/api", endpoint = "send_phone_code")]
pub async fn send_phone_code(
    country: String,
    number: String,
    channel: String,
) -> Result<(), RegistrationError> {
    use super::{post, Draft};
    use crate::domain::channel::Channel;
    use crate::domain::phone_number::{PhoneNumber, PhoneNumberError};

    let (services, session) = post::session()?;
    let flow = post::flow(&services);
    let result = async {
        let flow = flow.as_ref().ok_or(RegistrationError::FlowMissing)?;
        let region = Some(country.as_str()).filter(|c| !c.trim().is_empty());
        let phone = PhoneNumber::parse(&number, region).map_err(|e| match e {
            PhoneNumberError::Empty => RegistrationError::PhoneMissing,
            PhoneNumberError::CountryNeeded => RegistrationError::CountryNeeded,
            PhoneNumberError::TooLong | PhoneNumberError::Invalid => {
                RegistrationError::PhoneInvalid
            }
        })?;
        let channel = match Channel::parse(&channel) {
            Some(c @ (Channel::Sms | Channel::Voice)) => c,
            _ => Channel::Sms,
        };
        let lang = crate::i18n::request_lang();
        services.registration.send_phone_code(&session, flow, phone, channel, lang).await
    }
    .await
    .map_err(post::logged);
    let draft = Draft { country, number, ..Draft::default() };
    post::back_to_wizard(&services, flow.as_ref(), result, draft).await
}
