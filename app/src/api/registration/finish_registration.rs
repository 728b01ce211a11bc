use crate::api::RegistrationError;
use leptos::prelude::*;

/// Saves the summary: everything or nothing.
#[server(prefix = "/api", endpoint = "finish_registration")]
pub async fn finish_registration() -> Result<(), RegistrationError> {
    use super::post;
    use crate::api::cookies;
    use crate::contract::Draft;

    let (post, session) = post::signed_in()?;
    let flow = post::flow(&post);
    let result = match flow.as_ref() {
        None => Err(RegistrationError::FlowMissing),
        Some(flow) => {
            let registration = &post.services.registration;
            registration.finish(&session, flow, post.lang(), &post.address()).await
        }
    };
    if result.is_ok() {
        let policy = post.services.cookies;
        cookies::clear(policy, policy.registration_cookie_name());
        leptos_axum::redirect("/account?saved=security-info");
        return result;
    }
    post::back_to_wizard(&post, flow.as_ref(), result, Draft::default()).await
}
