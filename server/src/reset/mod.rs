//! Password reset at sign-in against the built-in directory: who are you,
//! the gates, the new password or unlock, and what follows a reset.
//! Unknown users and users without data walk through decoy gates that
//! look like real ones and can never be passed; nothing is sent for them.

mod commit;
mod directory;
#[cfg(test)]
mod external_directory_tests;
mod gates;
mod notices;
mod send_latency;
mod start;
mod view;

pub use directory::{DirectoryError, DirectoryWriter, PasswordDirectory};
pub use send_latency::SendLatency;

use crate::store::{SqlStore, StoredReset};
use crate::{keyring::Keyring, password_hasher::PasswordHasher};
use app::contract::ResetError;
use app::contract::{ResetNotice, ResetView};
use app::domain::reset_flow::{Gate, ResetFlow};
use app::domain::verification_code::CodeInput;
use app::domain::UserName;
use app::i18n::Lang;
use app::services::{ClientAddress, Clock, FlowToken, PasswordReset, ResetCommit, Sender};
use std::sync::Arc;
use url::Url;

pub struct SqlPasswordReset {
    pub store: SqlStore,
    pub keys: Keyring,
    pub hasher: PasswordHasher,
    pub sender: Arc<dyn Sender>,
    pub clock: Arc<dyn Clock>,
    pub directory: PasswordDirectory,
    /// Where links in messages point; never the request's Host.
    pub public_base_url: Url,
    /// The password policy's minimum length.
    pub password_min: u16,
    /// How long real code sends take, which decoy gates imitate.
    pub latency: SendLatency,
}

/// A reset behind a cookie, with its storage key.
struct OpenReset {
    key: String,
    stored: StoredReset,
}

/// Storage failures are logged here and shown as "unavailable".
fn unavailable(error: impl std::fmt::Display) -> ResetError {
    tracing::error!(error = %error, "password reset storage failed");
    ResetError::Unavailable
}

impl SqlPasswordReset {
    fn now(&self) -> i64 {
        self.clock.unix_seconds()
    }

    fn flow_key(&self, token: &FlowToken) -> String {
        self.keys.keyed_hash("reset-flow", token.expose())
    }

    fn user_key(&self, user: &UserName) -> String {
        self.keys.keyed_hash("reset-user", &user.lookup_key())
    }

    fn address_key(&self, address: &ClientAddress) -> String {
        self.keys.keyed_hash("reset-address", &address.network())
    }

    async fn open(&self, token: &FlowToken) -> Result<OpenReset, ResetError> {
        let key = self.flow_key(token);
        let stored = self.store.reset(&key, self.now()).await.map_err(unavailable)?;
        let mut stored = stored.ok_or(ResetError::FlowMissing)?;
        if stored.flow.write_lost(self.now()) {
            // The instance writing to the directory stopped before it knew
            // the outcome: the last step is offered again, and says so.
            let mut back = stored.flow.clone();
            back.write_failed().map_err(|_| ResetError::StepOutOfOrder)?;
            if self.store.move_reset(&key, &stored.flow, &back).await.map_err(unavailable)? {
                let notice = ResetNotice { error: ResetError::WriteUnconfirmed };
                let json = serde_json::to_string(&notice).ok();
                self.store.set_reset_notice(&key, json).await.map_err(unavailable)?;
                stored.flow = back;
            }
        }
        Ok(OpenReset { key, stored })
    }

    /// Moves the flow from its state as read to `next`; a concurrent post
    /// that moved it first wins, and this one is out of order.
    async fn advance(&self, open: &OpenReset, next: &ResetFlow) -> Result<(), ResetError> {
        let moved =
            self.store.move_reset(&open.key, &open.stored.flow, next).await.map_err(unavailable)?;
        if moved {
            Ok(())
        } else {
            Err(ResetError::StepOutOfOrder)
        }
    }
}

#[async_trait::async_trait]
impl PasswordReset for SqlPasswordReset {
    async fn start(
        &self,
        user: &UserName,
        address: &ClientAddress,
    ) -> Result<FlowToken, ResetError> {
        self.start_reset(user, address).await
    }

    async fn view(&self, flow: &FlowToken) -> Result<ResetView, ResetError> {
        self.reset_view(flow).await
    }

    async fn choose_gate(
        &self,
        flow: &FlowToken,
        gate: Gate,
        lang: Lang,
        address: &ClientAddress,
    ) -> Result<(), ResetError> {
        self.choose(flow, gate, lang, address).await
    }

    async fn verify_code(
        &self,
        flow: &FlowToken,
        code: CodeInput,
        address: &ClientAddress,
    ) -> Result<(), ResetError> {
        self.check_code(flow, &code, address).await
    }

    async fn answer_questions(
        &self,
        flow: &FlowToken,
        answers: Vec<String>,
        address: &ClientAddress,
    ) -> Result<(), ResetError> {
        self.check_answers(flow, answers, address).await
    }

    async fn back_to_choice(&self, flow: &FlowToken) -> Result<(), ResetError> {
        let open = self.open(flow).await?;
        let mut next = open.stored.flow.clone();
        next.back_to_choice().map_err(|_| ResetError::StepOutOfOrder)?;
        self.advance(&open, &next).await
    }

    async fn commit(
        &self,
        flow: &FlowToken,
        commit: ResetCommit,
        lang: Lang,
        address: &ClientAddress,
    ) -> Result<(), ResetError> {
        self.commit_reset(flow, commit, lang, address).await
    }

    async fn leave_notice(&self, flow: &FlowToken, notice: &ResetNotice) {
        let key = self.flow_key(flow);
        let json = serde_json::to_string(notice).ok();
        if let Err(e) = self.store.set_reset_notice(&key, json).await {
            tracing::error!(error = %e, "reset notice could not be kept");
        }
    }
}
