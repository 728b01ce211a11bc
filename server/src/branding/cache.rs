//! Each instance's copy of the branding. Pages read it from memory; a
//! poll of one small row tells when another instance (or this one)
//! published or edited the draft, and only then is it rebuilt.

use super::built::{referenced, Assets, Built};
use crate::store::{BrandingState, SqlStore, StoreError};
use std::sync::{Arc, RwLock};
use std::time::Duration;

/// How often instances look for a new publication: well inside the
/// five seconds in which a publication must reach them all.
pub const POLL_INTERVAL: Duration = Duration::from_secs(1);

struct Snapshot {
    state: BrandingState,
    published: Arc<Built>,
    draft: Arc<Built>,
}

pub struct BrandCache {
    store: SqlStore,
    snapshot: RwLock<Arc<Snapshot>>,
    assets: RwLock<Assets>,
    /// One rebuild at a time.
    rebuilding: tokio::sync::Mutex<()>,
}

impl BrandCache {
    pub async fn load(store: SqlStore) -> Result<Arc<Self>, StoreError> {
        let empty = Snapshot {
            // Never a real state: the first refresh always builds.
            state: BrandingState { published_version: -1, draft_revision: -1 },
            published: Arc::default(),
            draft: Arc::default(),
        };
        let cache = Arc::new(Self {
            store,
            snapshot: RwLock::new(Arc::new(empty)),
            assets: RwLock::default(),
            rebuilding: tokio::sync::Mutex::new(()),
        });
        cache.refresh().await?;
        Ok(cache)
    }

    fn snapshot(&self) -> Arc<Snapshot> {
        match self.snapshot.read() {
            Ok(s) => s.clone(),
            Err(poisoned) => poisoned.into_inner().clone(),
        }
    }

    pub fn published(&self) -> Arc<Built> {
        self.snapshot().published.clone()
    }

    pub fn draft(&self) -> Arc<Built> {
        self.snapshot().draft.clone()
    }

    pub fn published_version(&self) -> i64 {
        self.snapshot().state.published_version
    }

    /// Rebuilds what changed since the last look.
    pub async fn refresh(&self) -> Result<(), StoreError> {
        let _one = self.rebuilding.lock().await;
        let state = self.store.branding_state().await?;
        let old = self.snapshot();
        if state == old.state {
            return Ok(());
        }
        let published = if state.published_version == old.state.published_version {
            old.published.clone()
        } else {
            let document =
                self.store.published_branding().await?.map(|(_, d)| d).unwrap_or_default();
            self.load_assets(&document).await?;
            Arc::new(Built::new(&document, &self.assets(), false))
        };
        let draft = if state.draft_revision == old.state.draft_revision {
            old.draft.clone()
        } else {
            let document = self.store.branding_draft().await?;
            self.load_assets(&document).await?;
            Arc::new(Built::new(&document, &self.assets(), true))
        };
        let fresh = Arc::new(Snapshot { state, published, draft });
        match self.snapshot.write() {
            Ok(mut s) => *s = fresh,
            Err(poisoned) => *poisoned.into_inner() = fresh,
        }
        Ok(())
    }

    fn assets(&self) -> Assets {
        match self.assets.read() {
            Ok(a) => a.clone(),
            Err(poisoned) => poisoned.into_inner().clone(),
        }
    }

    async fn load_assets(
        &self,
        document: &app::domain::branding::BrandDocument,
    ) -> Result<(), StoreError> {
        for asset in referenced(document) {
            self.asset(&asset.sha256).await?;
        }
        Ok(())
    }

    /// An uploaded image's bytes: from memory, else from the database
    /// once (they never change: the name is their hash).
    pub async fn asset(&self, sha256: &str) -> Result<Option<Arc<[u8]>>, StoreError> {
        if let Some(bytes) = self.assets().get(sha256) {
            return Ok(Some(bytes.clone()));
        }
        let Some(stored) = self.store.branding_asset(sha256).await? else { return Ok(None) };
        let bytes: Arc<[u8]> = Arc::from(stored.bytes);
        match self.assets.write() {
            Ok(mut a) => a.insert(sha256.to_owned(), bytes.clone()),
            Err(poisoned) => poisoned.into_inner().insert(sha256.to_owned(), bytes.clone()),
        };
        Ok(Some(bytes))
    }

    /// Polls for changes until the process ends. A failed poll is logged
    /// and retried: pages keep the branding they have.
    pub fn spawn_poller(self: &Arc<Self>) {
        let cache = Arc::downgrade(self);
        tokio::spawn(async move {
            let mut tick = tokio::time::interval(POLL_INTERVAL);
            tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
            loop {
                tick.tick().await;
                let Some(cache) = cache.upgrade() else { return };
                if let Err(e) = cache.refresh().await {
                    tracing::warn!(error = %e, "branding could not be reloaded");
                }
            }
        });
    }
}

impl super::MailBranding for BrandCache {
    fn mail_brand(&self, lang: app::i18n::Lang) -> super::MailBrand {
        self.published().mail(lang)
    }
}
