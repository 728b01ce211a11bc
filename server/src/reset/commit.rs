//! The last step: the directory takes the new password (or the unlock),
//! every session and every other open reset of the user ends, and the
//! user (and, for an administrator, the other administrators) hear of it.
//! The built-in directory's change is one transaction; another
//! directory's write is recorded before it is made and confirmed after.
//! A failed write changes nothing and can be tried again.

use super::directory::PasswordDirectory;
use super::notices;
use super::{unavailable, OpenReset, SqlPasswordReset};
use crate::accounts::sign_in_user_key;
use crate::common_passwords;
use crate::store::{AuditAction, AuditEntry, AuditOutcome, DirectoryUser, Finish, FinishedReset};
use app::contract::ResetError;
use app::domain::password_policy::{NewPassword, PasswordProblem};
use app::domain::reset_flow::ResetFlow;
use app::domain::sspr_policy::SsprPolicy;
use app::i18n::Lang;
use app::services::{ClientAddress, FlowToken, ResetCommit};
use secrecy::{ExposeSecret, SecretString};

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
        let found = found.ok_or(ResetError::FlowMissing)?;
        let password = match &commit {
            ResetCommit::NewPassword { password, confirm } => Some(check_password(
                password.expose_secret(),
                confirm.expose_secret(),
                found.profile.user_principal_name.as_str(),
                self.password_min,
            )?),
            ResetCommit::UnlockOnly => None,
        };
        let unlocked_only = password.is_none();
        let mut done = open.stored.flow.clone();
        done.finish(unlocked_only).map_err(|_| ResetError::StepOutOfOrder)?;
        let action =
            if unlocked_only { AuditAction::AccountUnlock } else { AuditAction::PasswordReset };
        let upn = found.profile.user_principal_name.as_str().to_owned();
        let audit =
            AuditEntry::new(self.now(), &upn, action, AuditOutcome::Success).from_address(address);
        let sign_in_key = sign_in_user_key(&self.keys, &found.profile.user_principal_name);
        let finished = match &self.directory {
            PasswordDirectory::BuiltIn => {
                let hash = match &password {
                    Some(p) => Some(self.hasher.hash(p.expose()).await.map_err(unavailable)?),
                    None => None,
                };
                let reset = FinishedReset {
                    flow_key: &open.key,
                    from: &open.stored.flow,
                    to: &done,
                    user,
                    write: Some(hash.as_deref()),
                    sign_in_key: &sign_in_key,
                    audit: &audit,
                };
                self.store.finish_reset(&reset).await.map_err(unavailable)?
            }
            PasswordDirectory::External(directory) => {
                let writing = self.start_writing(&open, unlocked_only).await?;
                let written = match &password {
                    Some(p) => {
                        let secret = SecretString::from(p.expose().to_owned());
                        directory.set_password(user, &secret).await
                    }
                    None => directory.unlock(user).await,
                };
                let mut back = writing.clone();
                if let Err(e) = written {
                    let _ = back.write_failed();
                    let _ = self.store.move_reset(&open.key, &writing, &back).await;
                    Finish::Refused(e.to_string())
                } else {
                    let reset = FinishedReset {
                        flow_key: &open.key,
                        from: &writing,
                        to: &done,
                        user,
                        write: None,
                        sign_in_key: &sign_in_key,
                        audit: &audit,
                    };
                    self.store.finish_reset(&reset).await.map_err(unavailable)?
                }
            }
        };
        match finished {
            Finish::Done => {}
            Finish::Moved => return Err(ResetError::StepOutOfOrder),
            Finish::Refused(reason) => {
                tracing::error!(error = %reason, action = action.as_str(), "the directory refused the reset");
                let failed = AuditOutcome::Failure;
                let entry = AuditEntry { occurred_at: self.now(), outcome: failed, ..audit };
                self.store.record_audit(entry).await;
                return Err(ResetError::WriteFailed);
            }
        }
        // The user just used the portal in `lang`: later notices use it.
        if let Err(e) = self.store.set_preferred_language(user, Some(lang)).await {
            tracing::warn!(error = %e, "the user's language could not be recorded");
        }
        self.notify(&found, unlocked_only, lang).await
    }

    /// Records that another directory is being written, so that a crash
    /// before the write is confirmed is found; returns the flow as moved.
    async fn start_writing(
        &self,
        open: &OpenReset,
        unlocked_only: bool,
    ) -> Result<ResetFlow, ResetError> {
        let mut writing = open.stored.flow.clone();
        writing.start_writing(unlocked_only, self.now()).map_err(|_| ResetError::StepOutOfOrder)?;
        self.advance(open, &writing).await?;
        Ok(writing)
    }

    /// The user's addresses (in the language of the reset), and for an
    /// administrator's new password the other administrators (each in
    /// their own language, else the policy's), are told. A notice that
    /// does not arrive is logged; the reset stands.
    async fn notify(
        &self,
        user: &DirectoryUser,
        unlocked_only: bool,
        lang: Lang,
    ) -> Result<(), ResetError> {
        let profile = &user.profile;
        let policy =
            self.store.policy().await.map_err(unavailable)?.unwrap_or_else(SsprPolicy::initial);
        if policy.notify_users_on_reset {
            for to in [&profile.primary_email, &profile.alternate_email].into_iter().flatten() {
                let message = notices::user_notice(&self.public_base_url, to, unlocked_only, lang);
                self.deliver(message).await;
            }
        }
        if policy.notify_admins_on_admin_reset && !profile.roles.is_empty() && !unlocked_only {
            let admins = self.store.administrators(user.id).await.map_err(unavailable)?;
            let upn = profile.user_principal_name.as_str();
            for admin in admins {
                if let Some(to) = &admin.profile.primary_email {
                    let theirs =
                        admin.profile.preferred_language.unwrap_or(policy.default_language);
                    let message = notices::admin_notice(&self.public_base_url, to, upn, theirs);
                    self.deliver(message).await;
                }
            }
        }
        Ok(())
    }

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
) -> Result<NewPassword, ResetError> {
    NewPassword::parse(password, confirm, user_name, min, common_passwords::is_common).map_err(
        |problem| match problem {
            PasswordProblem::Mismatch => ResetError::PasswordsDiffer,
            // The rule's own minimum, which may be the policy's.
            PasswordProblem::TooShort { min } => ResetError::PasswordRejected { problem, min },
            _ => ResetError::PasswordRejected { problem, min },
        },
    )
}
