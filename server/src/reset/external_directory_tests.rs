//! The reset's last step against a directory outside sspr's database: the
//! write is recorded as in progress first, confirmed in one transaction
//! after, undone when refused, and found and offered again when the
//! instance that made it stopped before it knew the outcome.

use super::{DirectoryError, DirectoryWriter, PasswordDirectory, SendLatency, SqlPasswordReset};
use crate::keyring::Keyring;
use crate::password_hasher::PasswordHasher;
use crate::senders::Outbox;
use crate::store::{SqlStore, StoredReset, UserId};
use app::contract::ResetError;
use app::contract::ResetPage;
use app::domain::directory_user::{DirectoryName, UserProfile};
use app::domain::reset_flow::{Gate, ResetFlow, Stage, DIRECTORY_WRITE_TIMEOUT};
use app::domain::sspr_policy::SsprPolicy;
use app::domain::UserName;
use app::i18n::Lang;
use app::services::{ClientAddress, Clock, FlowToken, PasswordReset, ResetCommit, SystemClock};
use secrecy::SecretString;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;

const NEW: &str = "Directory-Side-Password-1";

/// A directory that takes or refuses writes on demand, and counts them.
#[derive(Default)]
struct FakeDirectory {
    refuse: AtomicBool,
    writes: AtomicUsize,
}

#[async_trait::async_trait]
impl DirectoryWriter for FakeDirectory {
    async fn set_password(&self, _: UserId, _: &SecretString) -> Result<(), DirectoryError> {
        self.writes.fetch_add(1, Ordering::SeqCst);
        if self.refuse.load(Ordering::SeqCst) {
            return Err(DirectoryError("the directory is offline".into()));
        }
        Ok(())
    }

    async fn unlock(&self, _: UserId) -> Result<(), DirectoryError> {
        Ok(())
    }
}

struct Setup {
    reset: SqlPasswordReset,
    directory: Arc<FakeDirectory>,
    store: SqlStore,
    token: FlowToken,
    key: String,
    _dir: tempfile::TempDir,
}

async fn setup() -> Setup {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}?mode=rwc", dir.path().join("t.db").display());
    let db = crate::db::connect(&url).await.unwrap();
    crate::db::migrate(&db).await.unwrap();
    let store = SqlStore::new(db);
    let profile = UserProfile::new(
        UserName::parse("ada@contoso.example").unwrap(),
        DirectoryName::parse("Ada").unwrap(),
    );
    let user = store.add_user(profile, None, 0).await.unwrap();
    let keys = Keyring::new(&SecretString::from("external-directory-test-key-0123")).unwrap();
    let token = FlowToken::new("flow-token".into());
    let key = keys.keyed_hash("reset-flow", token.expose());
    let policy = SsprPolicy { methods_required: 1, ..SsprPolicy::initial() };
    let mut flow = ResetFlow::new(vec![Gate::Email], &policy, true, false);
    flow.choose(Gate::Email, vec![]).unwrap();
    flow.pass_current().unwrap();
    let stored =
        StoredReset { user_key: "k".into(), user: Some(user), flow, decoy_masks: Vec::new() };
    let now = SystemClock.unix_seconds();
    store.start_reset(&key, &stored, now, now + 3600).await.unwrap();
    let directory = Arc::new(FakeDirectory::default());
    let clock: Arc<dyn Clock> = Arc::new(SystemClock);
    let reset = SqlPasswordReset {
        store: store.clone(),
        keys,
        hasher: PasswordHasher::new(1).unwrap(),
        sender: Arc::new(Outbox::new(store.clone(), clock.clone())),
        clock,
        directory: PasswordDirectory::External(directory.clone()),
        public_base_url: "http://127.0.0.1:3000/".parse().unwrap(),
        password_min: 8,
        latency: SendLatency::default(),
    };
    Setup { reset, directory, store, token, key, _dir: dir }
}

fn new_password() -> ResetCommit {
    ResetCommit::NewPassword { password: SecretString::from(NEW), confirm: SecretString::from(NEW) }
}

async fn stage(s: &Setup) -> Stage {
    s.store.reset(&s.key, SystemClock.unix_seconds()).await.unwrap().unwrap().flow.stage
}

#[tokio::test]
async fn a_confirmed_write_finishes_the_reset_and_a_refused_one_can_be_tried_again() {
    let s = setup().await;
    let address = ClientAddress::default();
    s.directory.refuse.store(true, Ordering::SeqCst);
    let refused = s.reset.commit(&s.token, new_password(), Lang::En, &address).await;
    assert_eq!(refused, Err(ResetError::WriteFailed));
    assert_eq!(stage(&s).await, Stage::NewPassword, "back at the last step");

    s.directory.refuse.store(false, Ordering::SeqCst);
    s.reset.commit(&s.token, new_password(), Lang::En, &address).await.unwrap();
    assert_eq!(stage(&s).await, Stage::Done { unlocked_only: false });
    assert_eq!(s.directory.writes.load(Ordering::SeqCst), 2);
    let audit = s.store.recent_audit(10).await.unwrap();
    let outcomes: Vec<_> = audit.iter().map(|e| (e.action.as_str(), e.outcome)).collect();
    use crate::store::AuditOutcome::{Failure, Success};
    assert_eq!(outcomes, [("password.reset", Success), ("password.reset", Failure)]);
}

#[tokio::test]
async fn a_write_whose_instance_stopped_is_found_and_offered_again() {
    let s = setup().await;
    // As left by an instance killed between recording and confirming.
    let read = s.store.reset(&s.key, SystemClock.unix_seconds()).await.unwrap().unwrap();
    let mut writing = read.flow.clone();
    let timeout = app::domain::unix_time::seconds(DIRECTORY_WRITE_TIMEOUT);
    writing.start_writing(false, SystemClock.unix_seconds() - timeout - 1).unwrap();
    assert!(s.store.move_reset(&s.key, &read.flow, &writing).await.unwrap());

    let view = s.reset.view(&s.token).await.unwrap();
    assert!(matches!(view.page, ResetPage::NewPassword { .. }), "{:?}", view.page);
    assert_eq!(view.notice.map(|n| n.error), Some(ResetError::WriteUnconfirmed));
    s.reset.commit(&s.token, new_password(), Lang::En, &ClientAddress::default()).await.unwrap();
    assert_eq!(stage(&s).await, Stage::Done { unlocked_only: false });
}

#[tokio::test]
async fn a_write_under_way_is_neither_repeated_nor_undone() {
    let s = setup().await;
    let read = s.store.reset(&s.key, SystemClock.unix_seconds()).await.unwrap().unwrap();
    let mut writing = read.flow.clone();
    writing.start_writing(false, SystemClock.unix_seconds()).unwrap();
    assert!(s.store.move_reset(&s.key, &read.flow, &writing).await.unwrap());
    assert_eq!(s.reset.view(&s.token).await.unwrap().page, ResetPage::Writing);
    let again = s.reset.commit(&s.token, new_password(), Lang::En, &ClientAddress::default()).await;
    assert_eq!(again, Err(ResetError::StepOutOfOrder));
    assert_eq!(s.directory.writes.load(Ordering::SeqCst), 0);
}
