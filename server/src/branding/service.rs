//! The studio's operations and the pages' branding, over the store and
//! the per-instance cache.

use super::built::media_type;
use super::cache::BrandCache;
use super::{preview, upload};
use crate::keyring::Keyring;
use crate::store::{AuditAction, AuditEntry, AuditOutcome, PublishError, SqlStore, StoreError};
use app::contract::{PageBrand, PublicationView, StudioView};
use app::domain::branding::{AssetRef, AssetSlot, BrandDocument, BrandSettings};
use app::domain::roles::can_brand;
use app::i18n::{I18n, Lang};
use app::services::{
    Branding, ClientAddress, Clock, PreviewClaim, ServiceError, SessionToken, StudioRefusal,
};
use sha2::{Digest, Sha256};
use std::sync::Arc;

/// Publications the studio lists for rolling back to.
const PUBLICATIONS_LISTED: u32 = 20;

pub struct SqlBranding {
    pub store: SqlStore,
    pub keys: Keyring,
    pub clock: Arc<dyn Clock>,
    pub cache: Arc<BrandCache>,
}

fn failed(e: StoreError) -> StudioRefusal {
    StudioRefusal::Service(ServiceError::new(e))
}

/// `default` or the language's tag, as the log names a layer.
fn layer_name(layer: Option<Lang>) -> &'static str {
    layer.map_or("default", Lang::tag)
}

/// What the publication check asks of a draft.
pub fn publish_problems(document: &BrandDocument) -> Vec<app::domain::branding::PublishProblem> {
    document.publish_problems(&upload::check_css)
}

impl SqlBranding {
    /// The designer's user principal name, or `NotFound` for anyone else.
    async fn designer(&self, session: &SessionToken) -> Result<String, StudioRefusal> {
        let hash = self.keys.session_hash(session);
        let found =
            self.store.session_roles(&hash, self.clock.unix_seconds()).await.map_err(failed)?;
        match found {
            Some((upn, roles)) if can_brand(&roles.iter().copied().collect::<Vec<_>>()) => Ok(upn),
            _ => Err(StudioRefusal::NotFound),
        }
    }

    fn entry(&self, actor: &str, action: AuditAction, address: &ClientAddress) -> AuditEntry {
        AuditEntry::new(self.clock.unix_seconds(), actor, action, AuditOutcome::Success)
            .from_address(address)
    }

    /// Changes one layer of the draft as `designer`. `edit` works on the
    /// layer as it is under the draft's lock and says what it changed,
    /// for the audit log.
    async fn edit_layer(
        &self,
        designer: &str,
        layer: Option<Lang>,
        address: &ClientAddress,
        edit: impl FnOnce(&mut BrandSettings) -> String + Send,
    ) -> Result<(), StudioRefusal> {
        let entry = self.entry(designer, AuditAction::BrandingDraft, address);
        let edit = move |doc: &mut BrandDocument| {
            let mut settings = doc.layer(layer);
            let what = edit(&mut settings);
            doc.set_layer(layer, settings);
            format!("{}: {what}", layer_name(layer))
        };
        self.store.edit_branding_draft(edit, &entry).await.map_err(failed)?;
        self.refresh().await;
        Ok(())
    }

    /// This instance sees its own change at once; others at their poll.
    async fn refresh(&self) {
        if let Err(e) = self.cache.refresh().await {
            tracing::warn!(error = %e, "branding could not be reloaded");
        }
    }

    fn previewing(&self, claim: Option<&PreviewClaim<'_>>) -> bool {
        claim.is_some_and(|c| preview::verify(&self.keys, c, self.clock.unix_seconds()))
    }
}

/// The names of the settings `new` changes in `old`, for the log.
fn changed(old: &BrandSettings, new: &BrandSettings) -> String {
    let (Ok(old), Ok(new)) = (serde_json::to_value(old), serde_json::to_value(new)) else {
        return String::new();
    };
    let empty = serde_json::Map::new();
    let (old, new) = (old.as_object().unwrap_or(&empty), new.as_object().unwrap_or(&empty));
    let mut keys: Vec<&String> = old.keys().chain(new.keys()).collect();
    keys.sort();
    keys.dedup();
    keys.retain(|k| old.get(*k) != new.get(*k));
    keys.iter().map(|k| k.as_str()).collect::<Vec<_>>().join(", ")
}

#[async_trait::async_trait]
impl Branding for SqlBranding {
    fn page_brand(&self, lang: Lang, claim: Option<PreviewClaim<'_>>) -> Arc<PageBrand> {
        if self.previewing(claim.as_ref()) {
            self.cache.draft().page(lang)
        } else {
            self.cache.published().page(lang)
        }
    }

    async fn file(
        &self,
        name: &str,
        claim: Option<PreviewClaim<'_>>,
    ) -> Option<(&'static str, Arc<[u8]>)> {
        let (stem, extension) = name.split_once('.')?;
        if extension == "css" {
            if let Some(css) = self.cache.published().files.get(name) {
                return Some(("text/css; charset=utf-8", css.clone()));
            }
            // A draft's stylesheet only for the designer previewing it.
            if self.previewing(claim.as_ref()) {
                return self
                    .cache
                    .draft()
                    .files
                    .get(name)
                    .map(|css| ("text/css; charset=utf-8", css.clone()));
            }
            return None;
        }
        let media_type = media_type(extension)?;
        if !AssetRef::is_asset_url(&format!("{}{name}", app::domain::branding::ASSET_PATH)) {
            return None;
        }
        match self.cache.asset(stem).await {
            Ok(bytes) => bytes.map(|b| (media_type, b)),
            Err(e) => {
                tracing::error!(error = %e, "a branding image could not be read");
                None
            }
        }
    }

    async fn check_designer(&self, session: &SessionToken) -> Result<(), StudioRefusal> {
        self.designer(session).await.map(|_| ())
    }

    async fn studio(
        &self,
        session: &SessionToken,
        layer: Option<Lang>,
        page_lang: Lang,
    ) -> Result<StudioView, StudioRefusal> {
        let designer = self.designer(session).await?;
        let draft = self.store.branding_draft().await.map_err(failed)?;
        let published = self.store.published_branding().await.map_err(failed)?;
        let publications =
            self.store.branding_publications(PUBLICATIONS_LISTED).await.map_err(failed)?;
        let published_version = published.as_ref().map_or(0, |(v, _)| *v);
        let unpublished_changes = match &published {
            Some((_, live)) => live != &draft,
            None => draft != BrandDocument::default(),
        };
        let i18n = I18n::new(page_lang);
        Ok(StudioView {
            designer,
            layer,
            settings: draft.layer(layer),
            default: draft.default.clone(),
            overridden: draft.languages.keys().copied().collect(),
            problems: publish_problems(&draft),
            published_version,
            unpublished_changes,
            publications: publications
                .into_iter()
                .map(|p| PublicationView {
                    version: p.version,
                    published_at: i18n.instant(p.published_at),
                    published_by: p.published_by,
                    restored_from: p.restored_from,
                    live: p.version == published_version,
                })
                .collect(),
            previewing: false,
        })
    }

    async fn save_layer(
        &self,
        session: &SessionToken,
        layer: Option<Lang>,
        settings: BrandSettings,
        address: &ClientAddress,
    ) -> Result<(), StudioRefusal> {
        let designer = self.designer(session).await?;
        self.edit_layer(&designer, layer, address, move |old| {
            // The form carries no images: the layer keeps its own.
            let new = BrandSettings { images: std::mem::take(&mut old.images), ..settings };
            let what = changed(old, &new);
            *old = new;
            what
        })
        .await
    }

    async fn upload_image(
        &self,
        session: &SessionToken,
        layer: Option<Lang>,
        slot: AssetSlot,
        bytes: &[u8],
        address: &ClientAddress,
    ) -> Result<(), StudioRefusal> {
        // Who asks is checked before any decoding work is done for them.
        let designer = self.designer(session).await?;
        let image = upload::sanitize(slot, bytes).map_err(StudioRefusal::Image)?;
        let sha256 = hex::encode(Sha256::digest(&image.bytes));
        let now = self.clock.unix_seconds();
        self.store
            .put_branding_asset(
                &sha256,
                image.media_type,
                &image.bytes,
                (image.width, image.height),
                now,
            )
            .await
            .map_err(failed)?;
        let asset = AssetRef {
            sha256,
            extension: image.extension.to_owned(),
            width: image.width,
            height: image.height,
        };
        self.edit_layer(&designer, layer, address, move |settings| {
            let what = format!("image {} {}", slot.as_str(), asset.sha256);
            settings.images.insert(slot, asset);
            what
        })
        .await
    }

    async fn remove_image(
        &self,
        session: &SessionToken,
        layer: Option<Lang>,
        slot: AssetSlot,
        address: &ClientAddress,
    ) -> Result<(), StudioRefusal> {
        let designer = self.designer(session).await?;
        self.edit_layer(&designer, layer, address, move |settings| {
            settings.images.remove(&slot);
            format!("image {} removed", slot.as_str())
        })
        .await
    }

    async fn publish(
        &self,
        session: &SessionToken,
        address: &ClientAddress,
    ) -> Result<i64, StudioRefusal> {
        let designer = self.designer(session).await?;
        let entry = self.entry(&designer, AuditAction::BrandingPublish, address);
        let version = self.store.publish_branding_draft(publish_problems, &entry).await.map_err(
            |e| match e {
                PublishError::Problems(p) => StudioRefusal::NotPublishable(p),
                PublishError::NoSuchVersion => StudioRefusal::NoSuchVersion,
                PublishError::Store(e) => failed(e),
            },
        )?;
        self.refresh().await;
        Ok(version)
    }

    async fn roll_back(
        &self,
        session: &SessionToken,
        version: i64,
        address: &ClientAddress,
    ) -> Result<i64, StudioRefusal> {
        let designer = self.designer(session).await?;
        let entry = self.entry(&designer, AuditAction::BrandingRollBack, address);
        let new = self.store.roll_back_branding(version, &entry).await.map_err(|e| match e {
            PublishError::NoSuchVersion | PublishError::Problems(_) => StudioRefusal::NoSuchVersion,
            PublishError::Store(e) => failed(e),
        })?;
        self.refresh().await;
        Ok(new)
    }

    async fn email_preview(
        &self,
        session: &SessionToken,
        lang: Lang,
    ) -> Result<String, StudioRefusal> {
        self.designer(session).await?;
        Ok(crate::senders::email_preview(lang, &self.cache.draft().mail(lang)))
    }

    async fn start_preview(&self, session: &SessionToken) -> Result<String, StudioRefusal> {
        self.designer(session).await?;
        Ok(preview::issue(&self.keys, session.expose(), self.clock.unix_seconds()))
    }
}
