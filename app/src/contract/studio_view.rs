//! What the branding studio shows: one layer of the draft (the default or
//! a language's overrides), what stops publishing, and the publications.

use crate::domain::branding::{BrandSettings, PublishProblem};
use crate::i18n::Lang;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StudioView {
    /// The designer, as the header of the studio names them.
    pub designer: String,
    /// The layer shown: `None` is the default.
    pub layer: Option<Lang>,
    pub settings: BrandSettings,
    /// The default layer, which a language's empty fields fall back to.
    pub default: BrandSettings,
    /// Languages that override something.
    pub overridden: Vec<Lang>,
    pub problems: Vec<PublishProblem>,
    pub published_version: i64,
    /// Whether the draft differs from what is published.
    pub unpublished_changes: bool,
    pub publications: Vec<PublicationView>,
    /// The designer is walking the pages with the draft.
    pub previewing: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PublicationView {
    pub version: i64,
    /// Formatted for the page's language.
    pub published_at: String,
    pub published_by: String,
    pub restored_from: Option<i64>,
    pub live: bool,
}

/// Why an uploaded image was refused.
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Serialize,
    Deserialize,
    strum::IntoStaticStr,
    strum::EnumString,
)]
#[strum(serialize_all = "kebab-case")]
pub enum ImageProblem {
    Empty,
    TooManyBytes,
    UnknownType,
    SvgNotAllowed,
    TooManyPixels,
    Undecodable,
    SvgUnparsable,
    SvgDoctype,
    SvgScript,
    SvgForeignObject,
    SvgEventHandler,
    SvgExternalReference,
    SvgTooComplex,
    SvgMarker,
}

impl ImageProblem {
    pub fn as_str(self) -> &'static str {
        self.into()
    }

    pub fn parse(name: &str) -> Option<Self> {
        name.parse().ok()
    }
}
