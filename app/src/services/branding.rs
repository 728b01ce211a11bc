//! The branding studio and the branding every page is shown with.

use super::{ClientAddress, ServiceError, SessionToken};
use crate::contract::{ImageProblem, PageBrand, StudioView};
use crate::domain::branding::{AssetSlot, BrandSettings, PublishProblem};
use crate::i18n::Lang;
use std::sync::Arc;

/// Who is asking to see the draft: the preview cookie and the session
/// cookie it is bound to, as the request carried them.
pub struct PreviewClaim<'a> {
    pub preview: &'a str,
    pub session: &'a str,
}

/// Why the studio did not do what was asked.
#[derive(Debug, thiserror::Error)]
pub enum StudioRefusal {
    /// Not signed in, or not a branding or global administrator: the
    /// studio answers as if it did not exist.
    #[error("no studio here")]
    NotFound,
    #[error("the image was refused: {0:?}")]
    Image(ImageProblem),
    #[error("the draft cannot be published")]
    NotPublishable(Vec<PublishProblem>),
    #[error("no publication has this version")]
    NoSuchVersion,
    #[error(transparent)]
    Service(#[from] ServiceError),
}

#[async_trait::async_trait]
pub trait Branding: Send + Sync {
    /// The branding of a page in `lang`: what is published, or the draft
    /// when `claim` proves a designer asked to preview it. From memory:
    /// never a database read.
    fn page_brand(&self, lang: Lang, claim: Option<PreviewClaim<'_>>) -> Arc<PageBrand>;

    /// The branding stylesheet or image at `name` (the last part of its
    /// URL): its media type and bytes.
    async fn file(
        &self,
        name: &str,
        claim: Option<PreviewClaim<'_>>,
    ) -> Option<(&'static str, Arc<[u8]>)>;

    /// `NotFound` unless `session` is a designer's: checked before a post's
    /// fields are, so that the studio answers nobody else anything.
    async fn check_designer(&self, session: &SessionToken) -> Result<(), StudioRefusal>;

    async fn studio(
        &self,
        session: &SessionToken,
        layer: Option<Lang>,
        page_lang: Lang,
    ) -> Result<StudioView, StudioRefusal>;

    /// Replaces the texts, colours, links and switches of one layer
    /// (its images stay as they are).
    async fn save_layer(
        &self,
        session: &SessionToken,
        layer: Option<Lang>,
        settings: BrandSettings,
        address: &ClientAddress,
    ) -> Result<(), StudioRefusal>;

    async fn upload_image(
        &self,
        session: &SessionToken,
        layer: Option<Lang>,
        slot: AssetSlot,
        bytes: &[u8],
        address: &ClientAddress,
    ) -> Result<(), StudioRefusal>;

    async fn remove_image(
        &self,
        session: &SessionToken,
        layer: Option<Lang>,
        slot: AssetSlot,
        address: &ClientAddress,
    ) -> Result<(), StudioRefusal>;

    /// Publishes the draft; the new version.
    async fn publish(
        &self,
        session: &SessionToken,
        address: &ClientAddress,
    ) -> Result<i64, StudioRefusal>;

    async fn roll_back(
        &self,
        session: &SessionToken,
        version: i64,
        address: &ClientAddress,
    ) -> Result<i64, StudioRefusal>;

    /// A sample email in `lang` with the draft's branding, as the HTML a
    /// mail client shows.
    async fn email_preview(
        &self,
        session: &SessionToken,
        lang: Lang,
    ) -> Result<String, StudioRefusal>;

    /// A preview cookie value bound to `session`, for a designer.
    async fn start_preview(&self, session: &SessionToken) -> Result<String, StudioRefusal>;
}
