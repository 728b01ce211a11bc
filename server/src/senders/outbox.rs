//! The demo outbox: a transport that keeps messages in the database
//! instead of sending them, and the reader behind `/dev/outbox`.
//!
//! It exists only for demonstration mode (`demo = true`). It stores every
//! body in clear, one-time codes included, and shows them to anyone who
//! opens the page, so it must never stand in for a real transport.

use crate::store::SqlStore;
use app::services::{
    Clock, DemoOutbox, OutboxMessage, OutgoingMessage, SendError, Sender, ServiceError,
};
use secrecy::ExposeSecret;
use std::sync::Arc;

pub struct Outbox {
    store: SqlStore,
    clock: Arc<dyn Clock>,
}

impl Outbox {
    pub fn new(store: SqlStore, clock: Arc<dyn Clock>) -> Self {
        Self { store, clock }
    }
}

#[async_trait::async_trait]
impl Sender for Outbox {
    async fn send(&self, message: &OutgoingMessage) -> Result<(), SendError> {
        let kept = OutboxMessage {
            created_at: self.clock.unix_seconds(),
            channel: message.channel,
            recipient: message.to.clone(),
            subject: message.subject.clone(),
            body: message.body.expose_secret().to_owned(),
        };
        self.store
            .append_outbox(&kept)
            .await
            .map_err(|e| SendError::Failed(format!("the demo outbox could not be written: {e}")))
    }
}

#[async_trait::async_trait]
impl DemoOutbox for Outbox {
    async fn latest(&self, limit: u32) -> Result<Vec<OutboxMessage>, ServiceError> {
        self.store.latest_outbox(limit).await.map_err(ServiceError::new)
    }
}
