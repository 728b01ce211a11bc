//! One runner for every step of the wizard: it checks who is asking,
//! finds the flow, hands the parsed fields to the step's service call,
//! and sends the browser back to the wizard, leaving a refusal there with
//! what was typed (never codes or answers).

use crate::api::post::Post;
use crate::contract::{Draft, RegistrationError, WizardNotice};
use crate::i18n::Lang;
use crate::services::{FlowToken, Registration, SessionToken};
use std::future::Future;
use std::sync::Arc;

/// What a step's service call works with.
pub struct WizardStep {
    pub registration: Arc<dyn Registration>,
    pub session: SessionToken,
    pub flow: FlowToken,
    pub lang: Lang,
}

/// The post of a signed-in user, with their session.
pub fn signed_in() -> Result<(Post, SessionToken), RegistrationError> {
    let post = Post::current().map_err(|_| RegistrationError::Unavailable)?;
    let token = post
        .cookie(post.services.cookies.session_cookie_name())
        .ok_or(RegistrationError::NotSignedIn)?;
    Ok((post, SessionToken::new(token)))
}

/// The wizard the browser is in, if any.
pub fn flow(post: &Post) -> Option<FlowToken> {
    post.cookie(post.services.cookies.registration_cookie_name()).map(FlowToken::new)
}

/// Runs one step of the wizard: no session, no flow, or fields that did
/// not parse, are refused before `call` (in that order).
pub async fn run<T, F, Fut>(
    fields: Result<T, RegistrationError>,
    draft: Draft,
    call: F,
) -> Result<(), RegistrationError>
where
    F: FnOnce(WizardStep, T) -> Fut,
    Fut: Future<Output = Result<(), RegistrationError>>,
{
    let (post, session) = signed_in()?;
    let flow = flow(&post);
    let result = match (flow.clone(), fields) {
        (None, _) => Err(RegistrationError::FlowMissing),
        (Some(_), Err(refused)) => Err(refused),
        (Some(flow), Ok(fields)) => {
            let step = WizardStep {
                registration: post.services.registration.clone(),
                session,
                flow,
                lang: post.lang(),
            };
            call(step, fields).await
        }
    };
    back_to_wizard(&post, flow.as_ref(), result, draft).await
}

/// Sends the browser on to the wizard's current page, leaving a refusal
/// there.
pub async fn back_to_wizard(
    post: &Post,
    flow: Option<&FlowToken>,
    result: Result<(), RegistrationError>,
    draft: Draft,
) -> Result<(), RegistrationError> {
    match (&result, flow) {
        (Err(RegistrationError::NotSignedIn), _) => leptos_axum::redirect("/"),
        (Err(error), Some(flow)) => {
            let notice = WizardNotice { error: error.clone(), draft };
            post.services.registration.leave_notice(flow, &notice).await;
            leptos_axum::redirect("/register");
        }
        _ => leptos_axum::redirect("/register"),
    }
    result
}
