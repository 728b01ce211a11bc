use crate::api::RegistrationError;
use leptos::prelude::*;

/// Saves the summary: everything or nothing.
#[server(prefix = "/api", endpoint = "finish_registration")]
pub async fn finish_registration() -> Result<(), RegistrationError> {
    use super::{post, Draft};
    use crate::api::cookies;

    let (services, session) = post::session()?;
    let flow = post::flow(&services);
    let result = match flow.as_ref() {
        None => Err(RegistrationError::FlowMissing),
        Some(flow) => {
            let lang = crate::i18n::request_lang();
            let address = crate::api::client_address();
            services.registration.finish(&session, flow, lang, &address).await.map_err(post::logged)
        }
    };
    if result.is_ok() {
        cookies::clear(services.cookies, services.cookies.registration_cookie_name());
        leptos_axum::redirect("/account?saved=security-info");
        return result;
    }
    post::back_to_wizard(&services, flow.as_ref(), result, Draft::default()).await
}
