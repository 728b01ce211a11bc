use crate::api::RegistrationError;
use leptos::prelude::*;

/// Starts the wizard (over one method when `only` names it) and opens it.
#[server(prefix = "/api", endpoint = "start_registration")]
pub async fn start_registration(only: Option<String>) -> Result<(), RegistrationError> {
    use crate::api::cookies;
    use crate::domain::registration_flow::Step;

    let (post, session) = super::post::signed_in()?;
    let services = &post.services;
    let only = only.as_deref().filter(|s| !s.is_empty()).map(Step::parse);
    let Some(only) = only.map_or(Some(None), |s| s.map(Some)) else {
        leptos_axum::redirect("/security-info");
        return Err(RegistrationError::MethodNotChangeable);
    };
    match services.registration.start(&session, only).await {
        Ok(flow) => {
            let name = services.cookies.registration_cookie_name();
            cookies::send(&cookies::site_cookie(services.cookies, name, flow.expose().to_owned()));
            leptos_axum::redirect("/register");
            Ok(())
        }
        Err(e) => {
            leptos_axum::redirect(match e {
                RegistrationError::NotSignedIn => "/",
                RegistrationError::ReauthRequired => "/security-info/verify",
                _ => "/security-info",
            });
            Err(e)
        }
    }
}
