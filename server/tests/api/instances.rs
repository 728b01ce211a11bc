//! Several real `sspr serve` processes on one database: what one instance
//! starts another continues, budgets count across them, and an instance
//! whose session key differs from the database's refuses to start.

use crate::helpers::{browser, PASSWORD};
use crate::process::{spawn, Launch, Refused};
use crate::test_store::fresh_postgres_database;
use app::domain::directory_user::{DirectoryName, UserProfile};
use app::domain::email::Email;
use app::domain::sspr_policy::{Method, Scope, SsprPolicy};
use app::domain::UserName;
use sspr::{db, password_hasher::PasswordHasher, store::SqlStore};
use std::{
    path::{Path, PathBuf},
    process::Command,
};

const ADA: &str = "ada@contoso.example";
const ADA_HOME: &str = "ada@home.example";
const GRACE: &str = "grace@contoso.example";
const GRACE_HOME: &str = "grace@home.example";
const NEW_PASSWORD: &str = "Lovelace-Notes-Bernoulli";
const SHARED_KEY: &str = "shared-session-key-for-every-instance-0123456789";
const OTHER_KEY: &str = "another-session-key-nobody-else-has-0123456789ab";

/// The newest code the outbox holds for `to`.
async fn last_code_to(store: &SqlStore, to: &str) -> String {
    let messages = store.latest_outbox(50).await.unwrap();
    let message = messages.iter().find(|m| m.recipient == to).expect("a code was kept");
    message
        .body
        .split(|c: char| !c.is_ascii_digit())
        .find(|w| w.len() == 6)
        .expect("a six-digit code")
        .to_owned()
}

/// Email codes, one method; Ada and Grace may reset by their home address.
async fn directory(store: &SqlStore) {
    let policy = SsprPolicy {
        scope: Scope::Everyone,
        enabled_methods: [Method::Email].into_iter().collect(),
        methods_required: 1,
        ..SsprPolicy::initial()
    };
    store.set_policy(&policy, "test", 0).await.unwrap();
    let hash = PasswordHasher::new(1).unwrap().hash(PASSWORD).await.unwrap();
    for (upn, home) in [(ADA, ADA_HOME), (GRACE, GRACE_HOME)] {
        let mut profile =
            UserProfile::new(UserName::parse(upn).unwrap(), DirectoryName::parse("User").unwrap());
        profile.primary_email = Some(Email::parse(upn).unwrap());
        profile.alternate_email = Some(Email::parse(home).unwrap());
        store.add_user(profile, Some(hash.clone()), 0).await.unwrap();
    }
}

fn assert_names_the_fix(refused: &Refused, key_file: Option<&Path>) {
    assert!(!refused.status.success(), "{refused:?}");
    let lines: Vec<&str> = refused.stderr.lines().collect();
    assert_eq!(lines.len(), 1, "one line: {}", refused.stderr);
    let line = lines[0];
    for needed in ["`session_key`", "SSPR_SESSION_KEY", "the same", "sspr key reset-fingerprint"] {
        assert!(line.contains(needed), "{needed} missing: {line}");
    }
    if let Some(file) = key_file {
        assert!(line.contains(&file.display().to_string()), "{line}");
    }
    assert!(!line.contains(SHARED_KEY) && !line.contains(OTHER_KEY), "{line}");
}

#[tokio::test]
async fn two_instances_on_one_postgres_database_act_as_one_portal() {
    let Some(url) = fresh_postgres_database().await else { return };
    let (dir_a, dir_b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let launch = |dir: &Path, key: Option<&str>| Launch {
        data_dir: dir.to_path_buf(),
        database_url: Some(url.clone()),
        session_key: key.map(str::to_owned),
    };
    // Both start at once on an empty database: both migrate, both try to
    // record the key's fingerprint.
    let (a, b) = (
        spawn(&launch(dir_a.path(), Some(SHARED_KEY))),
        spawn(&launch(dir_b.path(), Some(SHARED_KEY))),
    );
    let (a, b) = (a.started().await, b.started().await);
    let store = SqlStore::new(db::connect(&url).await.unwrap());
    directory(&store).await;

    // A session signed in on one is good on the other.
    let ada = browser();
    let to = a.post_form(&ada, "/api/sign_in", &[("username", ADA), ("password", PASSWORD)]).await;
    assert_ne!(to, "/", "signed in on a");
    assert!(b.signed_in(&ada).await, "the session from a is good on b");
    assert!(!b.signed_in(&browser()).await, "and only with its cookie");

    // A CAPTCHA from a is accepted by b, once across both.
    let resetting = browser();
    let captcha = a.solved_captcha(&resetting).await;
    assert_eq!(b.start_reset(&resetting, &captcha, ADA).await, "/reset/verify");
    let replay = a.start_reset(&browser(), &captcha, ADA).await;
    assert!(replay.starts_with("/reset?error=reset-error-captcha-failed"), "{replay}");

    // The reset started on b goes on at a, b, a.
    let page = a.page(&resetting, "/reset/verify").await;
    assert!(page.contains("Email a code to"), "{page}");
    a.post_form(&resetting, "/api/choose_reset_gate", &[("gate", "email")]).await;
    let code = last_code_to(&store, ADA_HOME).await;
    b.post_form(&resetting, "/api/verify_reset_code", &[("code", &code)]).await;
    assert!(a.page(&resetting, "/reset/verify").await.contains("Choose a new password"));
    let form = [("password", NEW_PASSWORD), ("confirm", NEW_PASSWORD)];
    a.post_form(&resetting, "/api/set_new_password", &form).await;
    assert!(b.page(&resetting, "/reset/verify").await.contains("Your password was reset"));
    assert!(b.sign_in_works(ADA, NEW_PASSWORD).await && !a.sign_in_works(ADA, PASSWORD).await);
    assert!(!b.signed_in(&ada).await, "the reset on a ended the session everywhere");

    // Five codes an hour for an account, counted across both instances.
    let grace = browser();
    let captcha = b.solved_captcha(&grace).await;
    a.start_reset(&grace, &captcha, GRACE).await;
    for n in 0..5 {
        let server = if n % 2 == 0 { &a } else { &b };
        server.post_form(&grace, "/api/choose_reset_gate", &[("gate", "email")]).await;
        let page = server.page(&grace, "/reset/verify").await;
        assert!(page.contains("We sent an email"), "attempt {n}: {page}");
    }
    for server in [&a, &b] {
        server.post_form(&grace, "/api/choose_reset_gate", &[("gate", "email")]).await;
        let page = server.page(&grace, "/reset/verify").await;
        assert!(page.contains("self-service reset is paused for this account"), "{page}");
    }

    // Without `session_key`, an instance uses the key it generates into
    // its data directory: another key, so it refuses to start.
    let dir_c = tempfile::tempdir().unwrap();
    let refused = spawn(&launch(dir_c.path(), None)).refused().await;
    assert_names_the_fix(&refused, Some(&dir_c.path().join("session.key")));
    // A configured key that differs is refused the same way.
    assert_names_the_fix(&spawn(&launch(dir_c.path(), Some(OTHER_KEY))).refused().await, None);
    // The database still names the shared key, and nothing stored it.
    let (stored,): (String,) = sqlx::query_as("SELECT fingerprint FROM key_fingerprint")
        .fetch_one(&store.db().pool)
        .await
        .unwrap();
    assert_eq!(stored.len(), 64);
    assert!(!stored.contains(SHARED_KEY) && !stored.contains(&hex::encode(SHARED_KEY)));
    assert!(a.sign_in_works(ADA, NEW_PASSWORD).await, "the two keep serving");
}

/// `sspr` in `dir` with `key` (or the generated one), as the administrator
/// runs it; its success and output.
fn sspr_command(dir: &Path, args: &[&str], key: Option<&str>) -> (bool, String) {
    let mut command = Command::new(env!("CARGO_BIN_EXE_sspr"));
    for (name, _) in std::env::vars_os() {
        if name.to_string_lossy().starts_with("SSPR_") {
            command.env_remove(name);
        }
    }
    command.current_dir(dir).args(args).env_remove("RUST_LOG").env("SSPR_DATA_DIR", dir);
    if let Some(key) = key {
        command.env("SSPR_SESSION_KEY", key);
    }
    let out = command.output().unwrap();
    let text =
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    (out.status.success(), text)
}

#[tokio::test]
async fn one_instance_on_sqlite_keeps_its_generated_key_and_refuses_another() {
    let dir = tempfile::tempdir().unwrap();
    let launch = |key: Option<&str>| Launch {
        data_dir: dir.path().to_path_buf(),
        database_url: None,
        session_key: key.map(str::to_owned),
    };
    let key_file: PathBuf = dir.path().join("session.key");

    let first = spawn(&launch(None)).started().await;
    let generated = std::fs::read_to_string(&key_file).unwrap();
    drop(first);
    // Restarted with the key it generated: it starts.
    let again = spawn(&launch(None)).started().await;
    assert_eq!(std::fs::read_to_string(&key_file).unwrap(), generated);
    drop(again);

    // A key set in the configuration that is not the generated one.
    assert_names_the_fix(&spawn(&launch(Some(OTHER_KEY))).refused().await, None);
    // The generated key replaced by another file.
    std::fs::write(&key_file, "f".repeat(64)).unwrap();
    assert_names_the_fix(&spawn(&launch(None)).refused().await, Some(&key_file));
    std::fs::write(&key_file, &generated).unwrap();

    // Changing the key on purpose: the operator says so, then it starts,
    // and the previous key is refused from then on.
    let (ok, out) = sspr_command(dir.path(), &["key", "reset-fingerprint"], Some(OTHER_KEY));
    assert!(ok, "{out}");
    drop(spawn(&launch(Some(OTHER_KEY))).started().await);
    assert_names_the_fix(&spawn(&launch(None)).refused().await, Some(&key_file));
    let (ok, out) = sspr_command(dir.path(), &["key", "reset-fingerprint"], Some(OTHER_KEY));
    assert!(ok && out.contains("already"), "{out}");

    let url = format!("sqlite://{}?mode=rwc", dir.path().join("sspr.db").display());
    let store = SqlStore::new(db::connect(&url).await.unwrap());
    let audit = store.recent_audit(10).await.unwrap();
    let changes: Vec<_> = audit.iter().filter(|e| e.action == "key.reset-fingerprint").collect();
    assert_eq!(changes.len(), 1, "{audit:?}");
    assert!(changes[0].actor.starts_with("cli"), "{audit:?}");

    // Nothing generates a key just to record it.
    let empty = tempfile::tempdir().unwrap();
    let (ok, out) = sspr_command(empty.path(), &["key", "reset-fingerprint"], None);
    assert!(!ok && out.contains("no session key"), "{out}");
    assert!(!empty.path().join("session.key").exists());
}
