use super::ResetView;
use crate::api::ResetError;
use leptos::prelude::*;

/// The reset flow's current page.
#[server(prefix = "/api", endpoint = "reset_flow_view")]
pub async fn reset_flow_view() -> Result<ResetView, ResetError> {
    let services = super::post::services()?;
    let flow = super::post::flow(&services).ok_or(ResetError::FlowMissing)?;
    services.reset.view(&flow).await.map_err(super::post::logged)
}
