//! What every reset post shares: the flow cookie, and the redirect back
//! to the flow page with a notice when refused.

use super::ResetNotice;
use crate::api::{cookies, ResetError};
use crate::services::{use_services, FlowToken, Services};

pub use super::FLOW_PAGE;

pub fn services() -> Result<Services, ResetError> {
    use_services().map_err(|_| ResetError::Unavailable)
}

pub fn flow(services: &Services) -> Option<FlowToken> {
    cookies::read_current(services.cookies.reset_cookie_name()).map(FlowToken::new)
}

/// Sends the browser on to the flow page; a refusal is left there.
pub async fn back_to_flow(
    services: &Services,
    flow: Option<&FlowToken>,
    result: Result<(), ResetError>,
) -> Result<(), ResetError> {
    match (&result, flow) {
        (Err(ResetError::FlowMissing), _) | (Err(_), None) => {
            leptos_axum::redirect("/reset?error=reset-error-flow-missing");
        }
        (Err(error), Some(flow)) => {
            services.reset.leave_notice(flow, &ResetNotice { error: error.clone() }).await;
            leptos_axum::redirect(FLOW_PAGE);
        }
        _ => leptos_axum::redirect(FLOW_PAGE),
    }
    result
}

/// Logs a service failure; the user sees the generic message.
pub fn logged(error: ResetError) -> ResetError {
    if matches!(error, ResetError::Unavailable | ResetError::WriteFailed) {
        tracing::error!(?error, "password reset failed");
    }
    error
}
