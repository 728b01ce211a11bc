use super::NOW;
use crate::on_both_backends;
use sspr::store::{AuditAction, AuditEntry, AuditOutcome, SqlStore};

on_both_backends!(entries_read_back_newest_first_and_cannot_be_changed);

async fn entries_read_back_newest_first_and_cannot_be_changed(store: &SqlStore) {
    let entry = |n: i64, outcome| AuditEntry {
        occurred_at: NOW + n,
        actor: "barbara@contoso.example".to_owned(),
        action: AuditAction::PolicySet,
        target: None,
        outcome,
        source_ip: Some("192.0.2.7".to_owned()),
    };
    store.append_audit(&entry(0, AuditOutcome::Failure)).await.unwrap();
    store.append_audit(&entry(1, AuditOutcome::Success)).await.unwrap();
    assert_eq!(
        store.recent_audit(10).await.unwrap(),
        vec![entry(1, AuditOutcome::Success), entry(0, AuditOutcome::Failure)]
    );
    let pool = &store.db().pool;
    assert!(sqlx::query("UPDATE audit_log SET outcome = 'success'").execute(pool).await.is_err());
    assert!(sqlx::query("DELETE FROM audit_log").execute(pool).await.is_err());
    assert_eq!(store.recent_audit(10).await.unwrap().len(), 2);
}
