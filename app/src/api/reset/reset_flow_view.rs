use crate::api::ResetError;
use crate::contract::ResetView;
use leptos::prelude::*;

/// The reset flow's current page.
#[server(prefix = "/api", endpoint = "reset_flow_view")]
pub async fn reset_flow_view() -> Result<ResetView, ResetError> {
    let post = super::post::current()?;
    let flow = super::post::flow(&post).ok_or(ResetError::FlowMissing)?;
    post.services.reset.view(&flow).await
}
