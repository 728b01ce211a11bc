//! Signing in against the built-in directory.

use crate::{password_hasher::PasswordHasher, sessions, sessions::SessionKeys, store::SqlStore};
use app::domain::{PasswordInput, UserName};
use app::services::{Accounts, Clock, ServiceError, SessionToken, SessionUser, SignInFailure};
use std::sync::Arc;

pub struct SqlAccounts {
    pub store: SqlStore,
    pub hasher: PasswordHasher,
    pub keys: SessionKeys,
    pub clock: Arc<dyn Clock>,
}

impl SqlAccounts {
    fn pool(&self) -> &sqlx::AnyPool {
        &self.store.db().pool
    }
}

#[async_trait::async_trait]
impl Accounts for SqlAccounts {
    async fn sign_in(
        &self,
        name: &UserName,
        password: &PasswordInput,
        previous: Option<&SessionToken>,
    ) -> Result<SessionToken, SignInFailure> {
        let user = self.store.credentials(name).await.map_err(ServiceError::new)?;
        // Unknown users are checked against a dummy hash: same work, same time.
        let matches = self
            .hasher
            .verify(password.expose(), user.as_ref().and_then(|u| u.password_hash.as_deref()))
            .await
            .map_err(ServiceError::new)?;
        let user = match user {
            None => return Err(SignInFailure::UnknownUser),
            Some(_) if !matches => return Err(SignInFailure::WrongPassword),
            // Checked only after the password, so it reveals nothing to guessers.
            Some(user) if !user.enabled => return Err(SignInFailure::Disabled),
            Some(user) => user,
        };
        let token = self.keys.new_token().map_err(ServiceError::new)?;
        sessions::insert(
            self.pool(),
            &self.keys.hash(&token),
            user.id.0,
            self.clock.unix_seconds(),
        )
        .await
        .map_err(ServiceError::new)?;
        if let Some(previous) = previous {
            // The new session stands either way; a stale one expires.
            if let Err(e) = sessions::delete(self.pool(), &self.keys.hash(previous)).await {
                tracing::warn!(error = %e, "previous session could not be ended");
            }
        }
        Ok(token)
    }

    async fn session_user(
        &self,
        token: &SessionToken,
    ) -> Result<Option<SessionUser>, ServiceError> {
        sessions::user_of(self.pool(), &self.keys.hash(token), self.clock.unix_seconds())
            .await
            .map_err(ServiceError::new)
    }

    async fn reauthenticate(
        &self,
        token: &SessionToken,
        password: &PasswordInput,
    ) -> Result<(), SignInFailure> {
        let now = self.clock.unix_seconds();
        let hash = self.keys.hash(token);
        let user = sessions::user_of(self.pool(), &hash, now).await.map_err(ServiceError::new)?;
        let name = user.and_then(|u| UserName::parse(&u.user_principal_name).ok());
        let credentials = match &name {
            Some(name) => self.store.credentials(name).await.map_err(ServiceError::new)?,
            None => None,
        };
        let matches = self
            .hasher
            .verify(
                password.expose(),
                credentials.as_ref().and_then(|c| c.password_hash.as_deref()),
            )
            .await
            .map_err(ServiceError::new)?;
        match credentials {
            None => Err(SignInFailure::UnknownUser),
            Some(_) if !matches => Err(SignInFailure::WrongPassword),
            Some(_) => {
                sessions::mark_authenticated(self.pool(), &hash, now)
                    .await
                    .map_err(ServiceError::new)?;
                Ok(())
            }
        }
    }

    async fn sign_out(&self, token: &SessionToken) -> Result<(), ServiceError> {
        sessions::delete(self.pool(), &self.keys.hash(token)).await.map_err(ServiceError::new)
    }
}
