use crate::api::RegistrationError;
use leptos::prelude::*;

/// Checks the code typed for the phone or email step.
#[server(prefix = "/api", endpoint = "verify_code")]
pub async fn verify_code(step: String, code: String) -> Result<(), RegistrationError> {
    use super::{post, Draft};
    use crate::domain::registration_flow::Step;
    use crate::domain::verification_code::{CodeInput, CodeInputError};

    let (services, session) = post::session()?;
    let flow = post::flow(&services);
    let result = async {
        let flow = flow.as_ref().ok_or(RegistrationError::FlowMissing)?;
        let step = match Step::parse(&step) {
            Some(s @ (Step::MobilePhone | Step::Email)) => s,
            _ => return Err(RegistrationError::StepOutOfOrder),
        };
        let code = CodeInput::parse(&code).map_err(|e| match e {
            CodeInputError::Empty => RegistrationError::CodeMissing,
            CodeInputError::Malformed => RegistrationError::CodeMalformed,
        })?;
        services.registration.verify_code(&session, flow, step, code).await
    }
    .await
    .map_err(post::logged);
    post::back_to_wizard(&services, flow.as_ref(), result, Draft::default()).await
}
