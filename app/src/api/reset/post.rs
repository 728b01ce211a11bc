//! One runner for every step of the reset: it finds the flow, hands the
//! parsed fields to the step's service call, and sends the browser back
//! to the flow page, leaving a refusal there for it to show.

use crate::api::post::Post;
use crate::contract::{ResetError, ResetNotice};
use crate::i18n::Lang;
use crate::services::{ClientAddress, FlowToken, PasswordReset};
use std::future::Future;
use std::sync::Arc;

pub use super::FLOW_PAGE;

/// What a step's service call works with.
pub struct ResetStep {
    pub reset: Arc<dyn PasswordReset>,
    pub flow: FlowToken,
    pub address: ClientAddress,
    pub lang: Lang,
}

pub fn current() -> Result<Post, ResetError> {
    Post::current().map_err(|_| ResetError::Unavailable)
}

/// The reset the browser is in, if any.
pub fn flow(post: &Post) -> Option<FlowToken> {
    post.cookie(post.services.cookies.reset_cookie_name()).map(FlowToken::new)
}

/// Runs one step: no flow, or fields that did not parse, are refused
/// before `call` (in that order); every outcome goes back to the flow page.
pub async fn run<T, F, Fut>(fields: Result<T, ResetError>, call: F) -> Result<(), ResetError>
where
    F: FnOnce(ResetStep, T) -> Fut,
    Fut: Future<Output = Result<(), ResetError>>,
{
    let post = current()?;
    let Some(flow) = flow(&post) else {
        return back_to_flow(&post, None, Err(ResetError::FlowMissing)).await;
    };
    let result = match fields {
        Ok(fields) => {
            let step = ResetStep {
                reset: post.services.reset.clone(),
                flow: flow.clone(),
                address: post.address(),
                lang: post.lang(),
            };
            call(step, fields).await
        }
        Err(refused) => Err(refused),
    };
    back_to_flow(&post, Some(&flow), result).await
}

/// Sends the browser on to the flow page; a refusal is left there.
async fn back_to_flow(
    post: &Post,
    flow: Option<&FlowToken>,
    result: Result<(), ResetError>,
) -> Result<(), ResetError> {
    match (&result, flow) {
        (Err(ResetError::FlowMissing), _) | (Err(_), None) => {
            leptos_axum::redirect("/reset?error=reset-error-flow-missing");
        }
        (Err(error), Some(flow)) => {
            let notice = ResetNotice { error: error.clone() };
            post.services.reset.leave_notice(flow, &notice).await;
            leptos_axum::redirect(FLOW_PAGE);
        }
        _ => leptos_axum::redirect(FLOW_PAGE),
    }
    result
}
