use crate::api::ResetError;
use leptos::prelude::*;

/// "Who are you": the user id (and the CAPTCHA), then the flow page. The
/// same redirect follows for every user id that parses.
#[server(prefix = "/api", endpoint = "start_reset")]
pub async fn start_reset(user_id: String) -> Result<(), ResetError> {
    use crate::api::cookies;
    use crate::domain::{UserName, UserNameError};

    let services = super::post::services()?;
    let parsed = UserName::parse(&user_id).map_err(|e| match e {
        UserNameError::Empty => ResetError::UserIdMissing,
        _ => ResetError::UserIdInvalid,
    });
    let result = match parsed {
        Ok(name) => services.reset.start(&name, &super::post::client_address()).await,
        Err(e) => Err(e),
    };
    match result.map_err(super::post::logged) {
        Ok(flow) => {
            let name = services.cookies.reset_cookie_name();
            cookies::send(&cookies::site_cookie(services.cookies, name, flow.expose().to_owned()));
            leptos_axum::redirect(super::post::FLOW_PAGE);
            Ok(())
        }
        Err(e) => {
            // What was typed comes back with the message; it is no secret.
            let query = url::form_urlencoded::Serializer::new(String::new())
                .append_pair("error", e.message_key())
                .append_pair("user", &user_id)
                .finish();
            leptos_axum::redirect(&format!("/reset?{query}"));
            Err(e)
        }
    }
}
