//! The last step: the directory takes the new password (or the unlock),
//! every session ends, and the user (and, for an administrator, the other
//! administrators) hear of it. A failed write changes nothing and can be
//! tried again.

use super::notices;
use super::{unavailable, SqlPasswordReset};
use crate::accounts::sign_in_user_key;
use crate::common_passwords;
use crate::store::AuditOutcome;
use app::api::ResetError;
use app::domain::password_policy::{NewPassword, PasswordProblem};
use app::domain::sspr_policy::SsprPolicy;
use app::i18n::Lang;
use app::services::{ClientAddress, FlowToken, ResetCommit};
use secrecy::ExposeSecret;

impl SqlPasswordReset {
    pub(super) async fn commit_reset(
        &self,
        token: &FlowToken,
        commit: ResetCommit,
        lang: Lang,
        address: &ClientAddress,
    ) -> Result<(), ResetError> {
        let open = self.open(token).await?;
        let (Some(user), true) = (open.stored.user, open.stored.flow.may_commit()) else {
            return Err(ResetError::StepOutOfOrder);
        };
        let found = self.store.user_by_id(user).await.map_err(unavailable)?;
        let profile = found.ok_or(ResetError::FlowMissing)?.profile;
        let hash = match &commit {
            ResetCommit::NewPassword { password, confirm } => {
                let password = password.expose_secret();
                check_password(
                    password,
                    confirm.expose_secret(),
                    profile.user_principal_name.as_str(),
                    self.password_min,
                )?;
                Some(self.hasher.hash(password).await.map_err(unavailable)?)
            }
            ResetCommit::UnlockOnly => None,
        };
        let mut next = open.stored.flow.clone();
        next.finish(hash.is_none()).map_err(|_| ResetError::StepOutOfOrder)?;
        // Claimed before writing: of two concurrent posts only one writes.
        self.advance(&open, &next).await?;
        let upn = profile.user_principal_name.as_str().to_owned();
        let written = match &hash {
            Some(hash) => self.directory.set_password(user, hash).await,
            None => self.directory.unlock(user).await,
        };
        let action = if hash.is_some() { "password.reset" } else { "account.unlock" };
        if let Err(e) = written {
            tracing::error!(error = %e, action, "directory write failed");
            let _ = self.store.move_reset(&open.key, &next, &open.stored.flow).await;
            self.audit(&upn, action, AuditOutcome::Failure, address).await;
            return Err(ResetError::WriteFailed);
        }
        if let Err(e) = self.store.end_sessions(user).await {
            tracing::error!(error = %e, "sessions could not be ended after a reset");
        }
        // Whoever was guessing the old password no longer keeps the owner
        // from signing in with the new one.
        let guesses = sign_in_user_key(&self.keys, &profile.user_principal_name);
        if let Err(e) = self.store.clear_sign_in_attempts(&guesses).await {
            tracing::warn!(error = %e, "sign-in attempts could not be cleared after a reset");
        }
        self.audit(&upn, action, AuditOutcome::Success, address).await;
        let policy =
            self.store.policy().await.map_err(unavailable)?.unwrap_or_else(SsprPolicy::initial);
        let unlocked_only = hash.is_none();
        if policy.notify_users_on_reset {
            for to in [&profile.primary_email, &profile.alternate_email].into_iter().flatten() {
                let message = notices::user_notice(&self.public_base_url, to, unlocked_only, lang);
                self.deliver(message).await;
            }
        }
        if policy.notify_admins_on_admin_reset && !profile.roles.is_empty() && !unlocked_only {
            let admins = self.store.administrators(user).await.map_err(unavailable)?;
            for admin in admins {
                if let Some(to) = &admin.profile.primary_email {
                    let message = notices::admin_notice(&self.public_base_url, to, &upn, lang);
                    self.deliver(message).await;
                }
            }
        }
        Ok(())
    }

    /// A notification that does not arrive is logged; the reset stands.
    async fn deliver(&self, message: app::services::OutgoingMessage) {
        if let Err(e) = self.sender.send(&message).await {
            tracing::warn!(error = %e, "reset notification not delivered");
        }
    }
}

/// The password policy, checked before anything is hashed.
fn check_password(
    password: &str,
    confirm: &str,
    user_name: &str,
    min: u16,
) -> Result<(), ResetError> {
    NewPassword::parse(password, confirm, user_name, min, common_passwords::is_common)
        .map(|_| ())
        .map_err(|problem| match problem {
            PasswordProblem::Mismatch => ResetError::PasswordsDiffer,
            PasswordProblem::TooShort { min } => {
                ResetError::PasswordRejected { key: problem.message_key().to_owned(), min }
            }
            PasswordProblem::Missing
            | PasswordProblem::TooLong
            | PasswordProblem::ContainsUserName
            | PasswordProblem::Common => {
                ResetError::PasswordRejected { key: problem.message_key().to_owned(), min }
            }
        })
}
