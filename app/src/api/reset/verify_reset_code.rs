use crate::api::ResetError;
use leptos::prelude::*;

/// The code typed for the current gate.
#[server(prefix = "/api", endpoint = "verify_reset_code")]
pub async fn verify_reset_code(#[server(default)] code: String) -> Result<(), ResetError> {
    use crate::contract::CodeError;
    use crate::domain::verification_code::{CodeInput, CodeInputError};

    let code = CodeInput::parse(&code).map_err(|e| match e {
        CodeInputError::Empty => CodeError::Missing.into(),
        CodeInputError::Malformed => CodeError::Malformed.into(),
    });
    super::post::run(code, |step, code| async move {
        step.reset.verify_code(&step.flow, code, &step.address).await
    })
    .await
}
