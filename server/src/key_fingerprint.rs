//! The database remembers which session key it is used with, so that an
//! instance with another key refuses to start instead of quietly refusing
//! the sessions, flows, codes and CAPTCHAs the other instances made.
//!
//! What is stored is a keyed hash of a constant under the session key (a
//! fingerprint), never the key: it tells whether two keys are the same and
//! nothing else.

use crate::{
    db::Db,
    keyring::Keyring,
    session_key::{KeySource, KEY_FILE},
    store::{insert_audit, AuditAction, AuditEntry, AuditOutcome, StoreError},
};

/// The keyed hash's purpose: no other stored hash uses it.
const PURPOSE: &str = "session-key-fingerprint";
/// What is hashed. Changing it would make every database refuse its key.
const CONSTANT: &str = "sspr session key fingerprint, version 1";

/// The fingerprint of the key in `keys`.
pub fn fingerprint(keys: &Keyring) -> String {
    keys.keyed_hash(PURPOSE, CONSTANT)
}

/// Why an instance may not use the database with its key.
#[derive(Debug, thiserror::Error)]
pub enum FingerprintError {
    /// The database was first used with another key.
    #[error("{}", mismatch_message(.0))]
    Mismatch(KeySource),
    #[error("cannot check the session key against the database: {0}")]
    Database(#[from] sqlx::Error),
}

/// One line: what is wrong, and how to put it right.
fn mismatch_message(source: &KeySource) -> String {
    let this_key = match source {
        KeySource::Configured => {
            "this instance's `session_key` (from the configuration file or SSPR_SESSION_KEY)"
                .to_owned()
        }
        KeySource::File(path) => {
            format!("this instance has no `session_key` set and uses the key in {}", path.display())
        }
    };
    format!(
        "the session key differs from the one this database is used with ({this_key}): every \
         instance sharing a database must have the same `session_key`, set in the configuration \
         file or SSPR_SESSION_KEY (or the same {KEY_FILE} file in its data_dir); to change the \
         key on purpose, stop every instance and run `sspr key reset-fingerprint` with the new \
         key"
    )
}

/// Whether the fingerprint was just recorded or found in place.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Checked {
    /// The database had none: this key's is now recorded.
    Recorded,
    /// The database already recorded this key's.
    Matches,
}

/// Records the key's fingerprint if the database has none yet, then
/// compares. Two instances starting at once on a new database both try to
/// record theirs; one row wins and the other instance compares against it.
pub async fn check_or_record(
    db: &Db,
    keys: &Keyring,
    source: KeySource,
    now: i64,
) -> Result<Checked, FingerprintError> {
    let ours = fingerprint(keys);
    let inserted = sqlx::query(
        "INSERT INTO key_fingerprint (id, fingerprint, recorded_at) VALUES (1, $1, $2) \
         ON CONFLICT (id) DO NOTHING",
    )
    .bind(ours.clone())
    .bind(now)
    .execute(&db.pool)
    .await?
    .rows_affected();
    let (stored,): (String,) =
        sqlx::query_as("SELECT fingerprint FROM key_fingerprint WHERE id = 1")
            .fetch_one(&db.pool)
            .await?;
    if stored != ours {
        return Err(FingerprintError::Mismatch(source));
    }
    Ok(if inserted == 1 { Checked::Recorded } else { Checked::Matches })
}

/// Whether [`replace`] changed anything.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Replaced {
    /// The database now records this key instead of another (the change
    /// is audited).
    Changed,
    /// The database recorded no key yet; now it records this one (audited).
    First,
    /// It already did; nothing was written.
    AlreadyThisKey,
}

/// Makes the database record the key in `keys` as its key, after the
/// operator changed it on purpose. The change and its audit entry commit
/// together.
pub async fn replace(
    db: &Db,
    keys: &Keyring,
    actor: &str,
    now: i64,
) -> Result<Replaced, StoreError> {
    let ours = fingerprint(keys);
    let mut tx = db.begin_write().await?;
    let stored: Option<(String,)> = sqlx::query_as(&format!(
        "SELECT fingerprint FROM key_fingerprint WHERE id = 1{}",
        db.backend.lock_rows()
    ))
    .fetch_optional(&mut *tx)
    .await?;
    let replaced = match stored {
        Some((stored,)) if stored == ours => return Ok(Replaced::AlreadyThisKey),
        Some(_) => Replaced::Changed,
        None => Replaced::First,
    };
    sqlx::query(
        "INSERT INTO key_fingerprint (id, fingerprint, recorded_at) VALUES (1, $1, $2) \
         ON CONFLICT (id) DO UPDATE SET fingerprint = excluded.fingerprint, \
         recorded_at = excluded.recorded_at",
    )
    .bind(ours)
    .bind(now)
    .execute(&mut *tx)
    .await?;
    let entry =
        AuditEntry::new(now, actor, AuditAction::KeyResetFingerprint, AuditOutcome::Success);
    insert_audit(&mut *tx, &entry).await?;
    tx.commit().await?;
    Ok(replaced)
}

#[cfg(test)]
mod tests {
    use super::*;
    use secrecy::SecretString;

    async fn database() -> (tempfile::TempDir, Db) {
        let dir = tempfile::tempdir().unwrap();
        let url = format!("sqlite://{}?mode=rwc", dir.path().join("t.db").display());
        let db = crate::db::connect(&url).await.unwrap();
        crate::db::migrate(&db).await.unwrap();
        (dir, db)
    }

    fn keys(c: char) -> Keyring {
        Keyring::new(&SecretString::from(c.to_string().repeat(32))).unwrap()
    }

    #[test]
    fn the_fingerprint_is_keyed_and_never_the_key() {
        let key = "k".repeat(32);
        let print = fingerprint(&Keyring::new(&SecretString::from(key.clone())).unwrap());
        assert_eq!(print.len(), 64);
        assert!(!print.contains(&key) && !print.contains(&hex::encode(&key)));
        assert_ne!(print, fingerprint(&keys('j')));
        assert_eq!(print, fingerprint(&keys('k')));
        // Not the hash another purpose would store for the same input.
        assert_ne!(print, keys('k').keyed_hash("captcha", CONSTANT));
    }

    #[tokio::test]
    async fn the_first_key_is_recorded_and_another_refused_until_replaced() {
        let (_dir, db) = database().await;
        let first = check_or_record(&db, &keys('a'), KeySource::Configured, 1).await.unwrap();
        assert_eq!(first, Checked::Recorded);
        let again = check_or_record(&db, &keys('a'), KeySource::Configured, 2).await.unwrap();
        assert_eq!(again, Checked::Matches);
        let other = check_or_record(&db, &keys('b'), KeySource::Configured, 3).await;
        assert!(matches!(other, Err(FingerprintError::Mismatch(KeySource::Configured))));

        assert_eq!(replace(&db, &keys('b'), "cli:ops", 4).await.unwrap(), Replaced::Changed);
        let (_fresh_dir, fresh) = database().await;
        assert_eq!(replace(&fresh, &keys('b'), "cli:ops", 4).await.unwrap(), Replaced::First);
        assert_eq!(replace(&db, &keys('b'), "cli:ops", 5).await.unwrap(), Replaced::AlreadyThisKey);
        let now = check_or_record(&db, &keys('b'), KeySource::Configured, 6).await.unwrap();
        assert_eq!(now, Checked::Matches);
        assert!(check_or_record(&db, &keys('a'), KeySource::Configured, 7).await.is_err());
        let audited: Vec<(String, String)> = sqlx::query_as("SELECT actor, action FROM audit_log")
            .fetch_all(&db.pool)
            .await
            .unwrap();
        assert_eq!(audited, [("cli:ops".to_owned(), "key.reset-fingerprint".to_owned())]);
    }

    #[test]
    fn the_refusal_is_one_line_naming_the_fix() {
        let path = std::path::PathBuf::from("/var/lib/sspr/session.key");
        for source in [KeySource::Configured, KeySource::File(path)] {
            let line = FingerprintError::Mismatch(source.clone()).to_string();
            assert!(!line.contains('\n'), "{line}");
            for needed in ["`session_key`", "SSPR_SESSION_KEY", "session.key", "reset-fingerprint"]
            {
                assert!(line.contains(needed), "{needed} missing: {line}");
            }
            if let KeySource::File(path) = source {
                assert!(line.contains(&path.display().to_string()), "{line}");
            }
        }
    }
}
