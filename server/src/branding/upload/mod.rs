//! What a designer uploads, checked by real parsers: images decoded and
//! re-encoded (the `image` crate), SVG parsed and re-written (`usvg`),
//! custom CSS parsed (`cssparser`). Each refusal has a typed reason the
//! studio shows in the designer's language.

mod custom_css;
mod image_upload;
mod svg_upload;

pub use custom_css::{CssRefusalKind, MAX_CUSTOM_CSS_BYTES};
pub use image_upload::{limits, SanitizedImage, SlotLimits};

use app::contract::ImageProblem;
use app::domain::branding::{AssetRef, AssetSlot};
use image_upload::ImageRefusal;
use svg_upload::SvgRefusal;

/// The upload for `slot`, cleaned, or why it is refused.
pub fn sanitize(slot: AssetSlot, bytes: &[u8]) -> Result<SanitizedImage, ImageProblem> {
    image_upload::sanitize_image(slot, bytes).map_err(|e| match e {
        ImageRefusal::Empty => ImageProblem::Empty,
        ImageRefusal::TooManyBytes { .. } => ImageProblem::TooManyBytes,
        ImageRefusal::UnknownType => ImageProblem::UnknownType,
        ImageRefusal::SvgNotAllowed => ImageProblem::SvgNotAllowed,
        ImageRefusal::TooManyPixels { .. } => ImageProblem::TooManyPixels,
        ImageRefusal::Undecodable => ImageProblem::Undecodable,
        ImageRefusal::Svg(svg) => match svg {
            SvgRefusal::Unparsable => ImageProblem::SvgUnparsable,
            SvgRefusal::Doctype => ImageProblem::SvgDoctype,
            SvgRefusal::Script => ImageProblem::SvgScript,
            SvgRefusal::ForeignObject => ImageProblem::SvgForeignObject,
            SvgRefusal::EventHandler => ImageProblem::SvgEventHandler,
            SvgRefusal::ExternalReference => ImageProblem::SvgExternalReference,
            SvgRefusal::TooManyBytes { .. } => ImageProblem::TooManyBytes,
            SvgRefusal::TooComplex { .. } => ImageProblem::SvgTooComplex,
            SvgRefusal::Marker => ImageProblem::SvgMarker,
        },
    })
}

/// Custom CSS as the publication check wants it: the line and a reason
/// name the studio turns into words.
pub fn check_css(css: &str) -> app::domain::branding::CssVerdict {
    custom_css::check_custom_css(css, &AssetRef::is_asset_url).map_err(|refusal| {
        let reason = match refusal.kind {
            CssRefusalKind::TooLong { .. } => "too-long",
            CssRefusalKind::Import => "import",
            CssRefusalKind::ExternalUrl => "external-url",
            CssRefusalKind::Expression => "expression",
            CssRefusalKind::UnsupportedAtRule(_) => "at-rule",
            CssRefusalKind::MarkupBreakout => "markup",
            CssRefusalKind::Unparsable => "unparsable",
        };
        (refusal.line, reason.to_owned())
    })
}
