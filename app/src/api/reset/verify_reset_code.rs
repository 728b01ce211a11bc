use crate::api::ResetError;
use leptos::prelude::*;

/// The code typed for the current gate.
#[server(prefix = "/api", endpoint = "verify_reset_code")]
pub async fn verify_reset_code(#[server(default)] code: String) -> Result<(), ResetError> {
    use crate::domain::verification_code::{CodeInput, CodeInputError};

    let services = super::post::services()?;
    let flow = super::post::flow(&services);
    let result = async {
        let flow = flow.as_ref().ok_or(ResetError::FlowMissing)?;
        let code = CodeInput::parse(&code).map_err(|e| match e {
            CodeInputError::Empty => ResetError::CodeMissing,
            CodeInputError::Malformed => ResetError::CodeMalformed,
        })?;
        services.reset.verify_code(flow, code, &crate::api::client_address()).await
    }
    .await
    .map_err(super::post::logged);
    super::post::back_to_flow(&services, flow.as_ref(), result).await
}
