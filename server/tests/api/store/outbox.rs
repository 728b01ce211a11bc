use super::NOW;
use crate::on_both_backends;
use app::services::{Channel, OutboxMessage};
use sspr::store::SqlStore;

on_both_backends!(messages_read_back_newest_first_up_to_the_limit);

async fn messages_read_back_newest_first_up_to_the_limit(store: &SqlStore) {
    assert!(store.latest_outbox(50).await.unwrap().is_empty());
    let message = |n: i64, channel| OutboxMessage {
        created_at: NOW + n,
        channel,
        recipient: format!("+3934712345{n:02}"),
        subject: format!("Codice {n}"),
        body: format!("Il tuo codice è {n:06}.\nScade tra 10 minuti."),
    };
    let kept: Vec<_> = [Channel::Email, Channel::Sms, Channel::Voice]
        .into_iter()
        .cycle()
        .take(5)
        .enumerate()
        .map(|(n, channel)| message(n as i64, channel))
        .collect();
    for m in &kept {
        store.append_outbox(m).await.unwrap();
    }
    let newest_first: Vec<_> = kept.iter().rev().cloned().collect();
    assert_eq!(store.latest_outbox(50).await.unwrap(), newest_first);
    assert_eq!(store.latest_outbox(2).await.unwrap(), newest_first[..2]);
}
