use crate::api::ResetError;
use leptos::prelude::*;

/// The new password (and its confirmation), or `action=unlock` to unlock
/// the account without changing the password.
#[server(prefix = "/api", endpoint = "set_new_password")]
pub async fn set_new_password(
    #[server(default)] password: String,
    #[server(default)] confirm: String,
    #[server(default)] action: String,
) -> Result<(), ResetError> {
    use crate::services::ResetCommit;
    use secrecy::SecretString;

    let commit = if action == "unlock" {
        ResetCommit::UnlockOnly
    } else {
        ResetCommit::NewPassword {
            password: SecretString::from(password),
            confirm: SecretString::from(confirm),
        }
    };
    super::post::run(Ok(commit), |step, commit| async move {
        step.reset.commit(&step.flow, commit, step.lang, &step.address).await
    })
    .await
}
