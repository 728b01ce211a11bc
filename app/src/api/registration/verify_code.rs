use crate::api::RegistrationError;
use leptos::prelude::*;

/// Checks the code typed for the phone or email step.
#[server(prefix = "/api", endpoint = "verify_code")]
pub async fn verify_code(step: String, code: String) -> Result<(), RegistrationError> {
    use crate::contract::{CodeError, Draft};
    use crate::domain::registration_flow::Step;
    use crate::domain::verification_code::{CodeInput, CodeInputError};

    let fields = (|| {
        let step = match Step::parse(&step) {
            Some(s @ (Step::MobilePhone | Step::Email)) => s,
            _ => return Err(RegistrationError::StepOutOfOrder),
        };
        let code = CodeInput::parse(&code).map_err(|e| match e {
            CodeInputError::Empty => CodeError::Missing,
            CodeInputError::Malformed => CodeError::Malformed,
        })?;
        Ok((step, code))
    })();
    super::post::run(fields, Draft::default(), |s, (step, code)| async move {
        s.registration.verify_code(&s.session, &s.flow, step, code).await
    })
    .await
}
