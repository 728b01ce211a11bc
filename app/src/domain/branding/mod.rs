//! Branding: what a designer sets, per language, and the rules it must
//! meet before it is published (see each file).

mod asset_ref;
mod brand_document;
mod brand_settings;
mod colour;
mod colour_contrast;
mod sign_in_text;
mod tokens;

pub use asset_ref::{AssetRef, ASSET_PATH};
pub use brand_document::{BrandDocument, CssVerdict, PublishProblem};
pub use brand_settings::{
    BrandField, BrandSettings, FieldProblem, Problem, CUSTOM_CSS_MAX_BYTES, SHORT_TEXT_MAX_CHARS,
};
pub use colour::{Colour, ColourError};
pub use colour_contrast::{contrast_failures, ContrastFailure, ContrastPair};
pub use sign_in_text::{SignInText, SignInTextError, TextSegment, SIGN_IN_TEXT_MAX_CHARS};
pub use tokens::{AssetSlot, ColourToken, Layout};
