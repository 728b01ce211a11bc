//! Reading the demo outbox. In demonstration mode, messages that have no
//! real transport are kept instead of sent, so that someone trying the
//! portal can read their one-time codes on a page.

use super::{Channel, ServiceError};

/// One kept message, in clear: demo mode only.
#[derive(Clone, PartialEq, Eq)]
pub struct OutboxMessage {
    /// Unix seconds.
    pub created_at: i64,
    pub channel: Channel,
    pub recipient: String,
    pub subject: String,
    pub body: String,
}

impl std::fmt::Debug for OutboxMessage {
    // Even demo codes stay out of logs.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("OutboxMessage")
            .field("created_at", &self.created_at)
            .field("channel", &self.channel)
            .finish_non_exhaustive()
    }
}

#[async_trait::async_trait]
pub trait DemoOutbox: Send + Sync {
    /// The newest `limit` messages, newest first.
    async fn latest(&self, limit: u32) -> Result<Vec<OutboxMessage>, ServiceError>;
}
