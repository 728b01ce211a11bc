use super::AppError;
use crate::domain::channel::Channel;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// How many messages the demo outbox page lists.
pub const OUTBOX_PAGE_SIZE: u32 = 50;

/// One kept message as the demo outbox page shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutboxEntry {
    /// When it was kept, for `<time datetime>`: `2026-11-22T10:31:05Z`.
    pub machine_time: String,
    /// The same instant for people: `2026-11-22 10:31:05 UTC`.
    pub shown_time: String,
    pub channel: Channel,
    pub recipient: String,
    pub subject: String,
    pub body: String,
}

/// The newest messages in the demo outbox, or `None` when the portal is
/// not in demonstration mode (the page is then a plain 404).
#[server(prefix = "/api", endpoint = "demo_outbox_messages")]
pub async fn demo_outbox_messages() -> Result<Option<Vec<OutboxEntry>>, AppError> {
    use crate::services::use_services;

    let services = use_services().map_err(|_| AppError::Unavailable)?;
    let Some(outbox) = services.outbox else {
        return Ok(None);
    };
    let messages = outbox.latest(OUTBOX_PAGE_SIZE).await.map_err(|e| {
        tracing::error!(error = %e, "demo outbox could not be read");
        AppError::Unavailable
    })?;
    Ok(Some(
        messages
            .into_iter()
            .map(|m| {
                let (machine_time, shown_time) = utc_times(m.created_at);
                OutboxEntry {
                    machine_time,
                    shown_time,
                    channel: m.channel,
                    recipient: m.recipient,
                    subject: m.subject,
                    body: m.body,
                }
            })
            .collect(),
    ))
}

/// Unix seconds as an RFC 3339 instant and as a readable UTC time.
#[cfg(feature = "ssr")]
fn utc_times(unix_seconds: i64) -> (String, String) {
    match time::OffsetDateTime::from_unix_timestamp(unix_seconds) {
        Ok(t) => {
            let date = format!("{:04}-{:02}-{:02}", t.year(), u8::from(t.month()), t.day());
            let clock = format!("{:02}:{:02}:{:02}", t.hour(), t.minute(), t.second());
            (format!("{date}T{clock}Z"), format!("{date} {clock} UTC"))
        }
        Err(_) => (String::new(), unix_seconds.to_string()),
    }
}
