//! The demo outbox table. It holds message bodies, one-time codes
//! included, in clear, which is why only demo mode ever writes to it.

use super::{SqlStore, StoreError};
use app::services::{Channel, OutboxMessage};

type OutboxRow = (i64, String, String, String, String);

impl SqlStore {
    /// Keeps one message (demo mode only).
    pub async fn append_outbox(&self, message: &OutboxMessage) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO outbox (channel, recipient, subject, body, created_at) \
             VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(message.channel.as_str())
        .bind(message.recipient.clone())
        .bind(message.subject.clone())
        .bind(message.body.clone())
        .bind(message.created_at)
        .execute(&self.db.pool)
        .await?;
        Ok(())
    }

    /// The newest `limit` messages, newest first.
    pub async fn latest_outbox(&self, limit: u32) -> Result<Vec<OutboxMessage>, StoreError> {
        let rows: Vec<OutboxRow> = sqlx::query_as(
            "SELECT created_at, channel, recipient, subject, body FROM outbox \
             ORDER BY id DESC LIMIT $1",
        )
        .bind(i64::from(limit))
        .fetch_all(&self.db.pool)
        .await?;
        rows.into_iter()
            .map(|(created_at, channel, recipient, subject, body)| {
                Ok(OutboxMessage {
                    created_at,
                    channel: Channel::parse(&channel)
                        .ok_or(StoreError::Corrupt("outbox channel"))?,
                    recipient,
                    subject,
                    body,
                })
            })
            .collect()
    }
}
