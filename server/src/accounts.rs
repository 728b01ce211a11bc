//! Signing in against the built-in directory. Every password check is
//! first counted against the guessing limits (`domain::sign_in_throttle`).

use crate::store::{AuditAction, AuditEntry, AuditOutcome};
use crate::{keyring::Keyring, password_hasher::PasswordHasher, store::SqlStore};
use app::domain::sign_in_throttle::GuessDecision;
use app::domain::{PasswordInput, UserName};
use app::i18n::Lang;
use app::services::{
    Accounts, ClientAddress, Clock, ServiceError, SessionToken, SessionUser, SignInFailure,
};
use std::sync::Arc;

/// Who the audit log names for a sign-in with a name that matches nobody.
pub const UNKNOWN_ACTOR: &str = "(unknown user)";

/// The key sign-in attempts on `name` are counted under.
pub fn sign_in_user_key(keys: &Keyring, name: &UserName) -> String {
    keys.keyed_hash("sign-in-user", &name.lookup_key())
}

pub struct SqlAccounts {
    pub store: SqlStore,
    pub hasher: PasswordHasher,
    pub keys: Keyring,
    pub clock: Arc<dyn Clock>,
}

impl SqlAccounts {
    /// Counts a password guess on `name` from `address`, or refuses it
    /// before any hashing. Returns the account's key for clearing.
    async fn admit_guess(
        &self,
        name: &UserName,
        address: &ClientAddress,
    ) -> Result<String, SignInFailure> {
        let user_key = sign_in_user_key(&self.keys, name);
        let address_key = self.keys.keyed_hash("sign-in-address", &address.network());
        let now = self.clock.unix_seconds();
        let decision = self
            .store
            .record_sign_in_attempt(&user_key, &address_key, now)
            .await
            .map_err(ServiceError::new)?;
        match decision {
            GuessDecision::Allow => Ok(user_key),
            GuessDecision::PauseAccount { until } => Err(SignInFailure::Paused { until }),
            GuessDecision::PauseAddress => Err(SignInFailure::BusyAddress),
        }
    }

    /// An authentication decision. A name that matches no account is
    /// counted without being written (it may be a password typed in the
    /// wrong field), and the write happens either way so that timing does
    /// not tell the two apart.
    async fn audit(&self, actor: &str, action: AuditAction, ok: bool, address: &ClientAddress) {
        let entry = AuditEntry::new(self.clock.unix_seconds(), actor, action, AuditOutcome::of(ok));
        self.store.record_audit(entry.from_address(address)).await;
    }

    /// The right password: the misses in a row are over.
    async fn forget_guesses(&self, user_key: &str) {
        if let Err(e) = self.store.clear_sign_in_attempts(user_key).await {
            tracing::warn!(error = %e, "sign-in attempts could not be cleared");
        }
    }
}

#[async_trait::async_trait]
impl Accounts for SqlAccounts {
    async fn sign_in(
        &self,
        name: &UserName,
        password: &PasswordInput,
        previous: Option<&SessionToken>,
        address: &ClientAddress,
        lang: Lang,
    ) -> Result<SessionToken, SignInFailure> {
        let user_key = self.admit_guess(name, address).await?;
        let user = self.store.credentials(name).await.map_err(ServiceError::new)?;
        // Unknown users are checked against a dummy hash: same work, same time.
        let matches = self
            .hasher
            .verify_password(
                password.expose(),
                user.as_ref().and_then(|u| u.password_hash.as_deref()),
            )
            .await
            .map_err(ServiceError::new)?;
        let decided = match user {
            None => Err(SignInFailure::UnknownUser),
            Some(_) if !matches => Err(SignInFailure::WrongPassword),
            // Checked only after the password, so it reveals nothing to guessers.
            Some(user) if !user.enabled => Err(SignInFailure::Disabled),
            Some(user) => {
                // The password is proven: the guesses in a row are over.
                self.forget_guesses(&user_key).await;
                if user.locked {
                    Err(SignInFailure::Locked)
                } else {
                    Ok(user)
                }
            }
        };
        let (actor, action) = match &decided {
            Err(SignInFailure::UnknownUser) => (UNKNOWN_ACTOR, AuditAction::SignInUnknownUser),
            Err(SignInFailure::Disabled) => (name.as_str(), AuditAction::SignInAccountDisabled),
            Err(SignInFailure::Locked) => (name.as_str(), AuditAction::SignInAccountLocked),
            _ => (name.as_str(), AuditAction::SignIn),
        };
        self.audit(actor, action, decided.is_ok(), address).await;
        let user = decided?;
        let token = self.keys.new_token().map_err(ServiceError::new)?;
        let now = self.clock.unix_seconds();
        let stored = self.store.insert_session(&self.keys.session_hash(&token), user.id, now).await;
        stored.map_err(ServiceError::new)?;
        if let Err(e) = self.store.set_preferred_language(user.id, Some(lang)).await {
            tracing::warn!(error = %e, "the user's language could not be recorded");
        }
        if let Some(previous) = previous {
            // The new session stands either way; a stale one expires.
            if let Err(e) = self.store.delete_session(&self.keys.session_hash(previous)).await {
                tracing::warn!(error = %e, "previous session could not be ended");
            }
        }
        Ok(token)
    }

    async fn use_language(&self, token: &SessionToken, lang: Lang) -> Result<(), ServiceError> {
        let now = self.clock.unix_seconds();
        self.store
            .set_session_user_language(&self.keys.session_hash(token), lang, now)
            .await
            .map_err(ServiceError::new)
    }

    async fn session_user(
        &self,
        token: &SessionToken,
    ) -> Result<Option<SessionUser>, ServiceError> {
        self.store
            .session_user(&self.keys.session_hash(token), self.clock.unix_seconds())
            .await
            .map_err(ServiceError::new)
    }

    async fn reauthenticate(
        &self,
        token: &SessionToken,
        password: &PasswordInput,
        address: &ClientAddress,
    ) -> Result<(), SignInFailure> {
        let now = self.clock.unix_seconds();
        let hash = self.keys.session_hash(token);
        let user = self.store.session_user(&hash, now).await.map_err(ServiceError::new)?;
        let name = user.and_then(|u| UserName::parse(&u.user_principal_name).ok());
        let (credentials, user_key) = match &name {
            Some(name) => {
                let user_key = self.admit_guess(name, address).await?;
                (self.store.credentials(name).await.map_err(ServiceError::new)?, user_key)
            }
            None => (None, String::new()),
        };
        let matches = self
            .hasher
            .verify_password(
                password.expose(),
                credentials.as_ref().and_then(|c| c.password_hash.as_deref()),
            )
            .await
            .map_err(ServiceError::new)?;
        let (Some(name), Some(_)) = (&name, credentials) else {
            return Err(SignInFailure::UnknownUser);
        };
        self.audit(name.as_str(), AuditAction::Reauthentication, matches, address).await;
        match matches {
            false => Err(SignInFailure::WrongPassword),
            true => {
                self.forget_guesses(&user_key).await;
                self.store
                    .mark_session_authenticated(&hash, now)
                    .await
                    .map_err(ServiceError::new)?;
                Ok(())
            }
        }
    }

    async fn sign_out(&self, token: &SessionToken) -> Result<(), ServiceError> {
        self.store.delete_session(&self.keys.session_hash(token)).await.map_err(ServiceError::new)
    }
}
