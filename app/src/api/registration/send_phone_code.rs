use crate::api::RegistrationError;
use leptos::prelude::*;

/// Sends a code to the typed number by SMS or voice call.
#[server(prefix = "/api", endpoint = "send_phone_code")]
pub async fn send_phone_code(
    country: String,
    number: String,
    channel: String,
) -> Result<(), RegistrationError> {
    use crate::contract::Draft;
    use crate::domain::channel::Channel;
    use crate::domain::phone_number::{PhoneNumber, PhoneNumberError};

    let region = Some(country.as_str()).filter(|c| !c.trim().is_empty());
    let phone = PhoneNumber::parse(&number, region).map_err(|e| match e {
        PhoneNumberError::Empty => RegistrationError::PhoneMissing,
        PhoneNumberError::CountryNeeded => RegistrationError::CountryNeeded,
        PhoneNumberError::TooLong | PhoneNumberError::Invalid => RegistrationError::PhoneInvalid,
    });
    let channel = match Channel::parse(&channel) {
        Some(c @ (Channel::Sms | Channel::Voice)) => c,
        _ => Channel::Sms,
    };
    let draft = Draft { country, number, ..Draft::default() };
    super::post::run(phone, draft, |s, phone| async move {
        s.registration.send_phone_code(&s.session, &s.flow, phone, channel, s.lang).await
    })
    .await
}
