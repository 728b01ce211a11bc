//! Validation and re-encoding of branding images (logos, favicon, background).
//!
//! The type is decided from the bytes only; raster images are decoded under
//! size limits and re-encoded so that no metadata (EXIF, XMP, text chunks)
//! survives. SVG is handed to [`super::svg_upload`].

use std::io::Cursor;

use image::codecs::jpeg::JpegEncoder;
use image::codecs::png::PngEncoder;
use image::codecs::webp::WebPEncoder;
use image::metadata::Orientation;
use image::{DynamicImage, ImageDecoder, ImageError, ImageFormat, ImageReader, Limits};

use super::svg_upload::{sanitize_svg, SvgRefusal};
pub use app::domain::branding::AssetSlot;

const JPEG_QUALITY: u8 = 88;
/// Decoder working memory on top of the output buffer.
const DECODER_ALLOC_SLACK: u64 = 16 * 1024 * 1024;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SlotLimits {
    pub max_bytes: usize,
    pub max_width: u32,
    pub max_height: u32,
    pub svg_allowed: bool,
}

/// The slot's limits, as the domain sets them.
pub fn limits(slot: AssetSlot) -> SlotLimits {
    let (max_bytes, max_width, max_height) = slot.limits();
    SlotLimits { max_bytes, max_width, max_height, svg_allowed: slot.svg_allowed() }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SanitizedImage {
    pub bytes: Vec<u8>,
    /// `image/png`, `image/jpeg`, `image/webp` or `image/svg+xml`.
    pub media_type: &'static str,
    pub extension: &'static str,
    pub width: u32,
    pub height: u32,
}

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ImageRefusal {
    #[error("the upload is empty")]
    Empty,
    #[error("the upload exceeds {max_bytes} bytes")]
    TooManyBytes { max_bytes: usize },
    #[error("the bytes are not a PNG, JPEG or WebP image (or SVG where allowed)")]
    UnknownType,
    #[error("SVG is not allowed for this slot")]
    SvgNotAllowed,
    #[error("the image exceeds {max_width}x{max_height} pixels")]
    TooManyPixels { max_width: u32, max_height: u32 },
    #[error("the image could not be decoded")]
    Undecodable,
    #[error("SVG refused: {0}")]
    Svg(#[from] SvgRefusal),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Raster {
    Png,
    Jpeg,
    WebP,
}

impl Raster {
    fn format(self) -> ImageFormat {
        match self {
            Raster::Png => ImageFormat::Png,
            Raster::Jpeg => ImageFormat::Jpeg,
            Raster::WebP => ImageFormat::WebP,
        }
    }
}

/// Checks an upload for `slot` and returns a metadata-free re-encoding.
pub fn sanitize_image(slot: AssetSlot, bytes: &[u8]) -> Result<SanitizedImage, ImageRefusal> {
    let limits = self::limits(slot);
    if bytes.is_empty() {
        return Err(ImageRefusal::Empty);
    }
    if bytes.len() > limits.max_bytes {
        return Err(ImageRefusal::TooManyBytes { max_bytes: limits.max_bytes });
    }
    let raster = match image::guess_format(bytes) {
        Ok(ImageFormat::Png) => Raster::Png,
        Ok(ImageFormat::Jpeg) => Raster::Jpeg,
        Ok(ImageFormat::WebP) => Raster::WebP,
        Ok(_) => return Err(ImageRefusal::UnknownType),
        Err(_) if looks_like_svg(bytes) => {
            if !limits.svg_allowed {
                return Err(ImageRefusal::SvgNotAllowed);
            }
            return Ok(sanitize_svg(bytes, &limits)?);
        }
        Err(_) => return Err(ImageRefusal::UnknownType),
    };

    // Header-only read: a decompression bomb is refused before any pixel buffer exists.
    let (width, height) = ImageReader::with_format(Cursor::new(bytes), raster.format())
        .into_dimensions()
        .map_err(|_| ImageRefusal::Undecodable)?;
    check_size(width, height, &limits)?;

    let image = decode(raster, bytes, &limits)?;
    let bytes = encode(raster, &image)?;
    let (media_type, extension) = match raster {
        Raster::Png => ("image/png", "png"),
        Raster::Jpeg => ("image/jpeg", "jpg"),
        Raster::WebP => ("image/webp", "webp"),
    };
    Ok(SanitizedImage {
        bytes,
        media_type,
        extension,
        width: image.width(),
        height: image.height(),
    })
}

fn check_size(width: u32, height: u32, limits: &SlotLimits) -> Result<(), ImageRefusal> {
    if width == 0 || height == 0 {
        return Err(ImageRefusal::Undecodable);
    }
    if width > limits.max_width || height > limits.max_height {
        return Err(ImageRefusal::TooManyPixels {
            max_width: limits.max_width,
            max_height: limits.max_height,
        });
    }
    Ok(())
}

/// Decodes under `image::Limits` as a second guard behind the header check.
fn decode(raster: Raster, bytes: &[u8], limits: &SlotLimits) -> Result<DynamicImage, ImageRefusal> {
    let too_big =
        ImageRefusal::TooManyPixels { max_width: limits.max_width, max_height: limits.max_height };
    // 8 bytes per pixel covers 16-bit RGBA output.
    let max_alloc =
        u64::from(limits.max_width) * u64::from(limits.max_height) * 8 + DECODER_ALLOC_SLACK;
    // `Limits` is non_exhaustive: start from the default and set the fields.
    let mut decode_limits = Limits::default();
    decode_limits.max_image_width = Some(limits.max_width);
    decode_limits.max_image_height = Some(limits.max_height);
    decode_limits.max_alloc = Some(max_alloc);

    let mut reader = ImageReader::with_format(Cursor::new(bytes), raster.format());
    reader.limits(decode_limits);
    let limit_or_undecodable = |e: ImageError| match e {
        ImageError::Limits(_) => too_big.clone(),
        _ => ImageRefusal::Undecodable,
    };
    let mut decoder = reader.into_decoder().map_err(limit_or_undecodable)?;
    let (width, height) = decoder.dimensions();
    check_size(width, height, limits)?;
    if decoder.total_bytes() > max_alloc {
        return Err(too_big.clone());
    }
    // Stripping EXIF would lose the camera rotation, so apply it to the pixels.
    let orientation = decoder.orientation().unwrap_or(Orientation::NoTransforms);
    let mut image = DynamicImage::from_decoder(decoder).map_err(limit_or_undecodable)?;
    image.apply_orientation(orientation);
    check_size(image.width(), image.height(), limits)?;
    Ok(image)
}

/// Re-encodes from pixels only; the encoders are given no metadata to copy.
fn encode(raster: Raster, image: &DynamicImage) -> Result<Vec<u8>, ImageRefusal> {
    let mut out = Vec::new();
    let result = match raster {
        Raster::Png => image.write_with_encoder(PngEncoder::new(&mut out)),
        Raster::Jpeg => {
            // JPEG has no alpha; flatten explicitly rather than rely on conversion rules.
            let rgb;
            let pixels = match image {
                DynamicImage::ImageLuma8(_) | DynamicImage::ImageRgb8(_) => image,
                _ => {
                    rgb = DynamicImage::ImageRgb8(image.to_rgb8());
                    &rgb
                }
            };
            pixels.write_with_encoder(JpegEncoder::new_with_quality(&mut out, JPEG_QUALITY))
        }
        Raster::WebP => image.write_with_encoder(WebPEncoder::new_lossless(&mut out)),
    };
    result.map_err(|_| ImageRefusal::Undecodable)?;
    Ok(out)
}

/// True for XML whose root element is `svg` (any prefix); prolog items are skipped.
fn looks_like_svg(bytes: &[u8]) -> bool {
    let Ok(text) = std::str::from_utf8(bytes) else {
        return false;
    };
    let mut rest = text.strip_prefix('\u{feff}').unwrap_or(text);
    loop {
        rest = rest.trim_start();
        let skip_to = if rest.starts_with("<?") {
            "?>"
        } else if rest.starts_with("<!--") {
            "-->"
        } else if starts_with_ignore_case(rest, "<!doctype") {
            // An internal subset may contain '>' inside brackets.
            match (rest.find('['), rest.find('>')) {
                (Some(open), Some(close)) if open < close => "]>",
                _ => ">",
            }
        } else {
            break;
        };
        match rest.find(skip_to) {
            Some(end) => rest = &rest[end + skip_to.len()..],
            None => return false,
        }
    }
    let Some(tag) = rest.strip_prefix('<') else {
        return false;
    };
    let name_end =
        tag.find(|c: char| c.is_whitespace() || c == '>' || c == '/').unwrap_or(tag.len());
    let name = &tag[..name_end];
    let local = name.rsplit(':').next().unwrap_or(name);
    local == "svg" && name_end < tag.len()
}

fn starts_with_ignore_case(text: &str, prefix: &str) -> bool {
    text.get(..prefix.len()).is_some_and(|head| head.eq_ignore_ascii_case(prefix))
}

#[cfg(test)]
mod tests {
    use std::time::{Duration, Instant};

    use image::{ExtendedColorType, ImageEncoder, Rgba, RgbaImage};

    use super::*;
    use AssetSlot::*;

    fn pixels(width: u32, height: u32) -> RgbaImage {
        RgbaImage::from_fn(width, height, |x, y| Rgba([x as u8, y as u8, 90, 255]))
    }

    fn png(width: u32, height: u32) -> Vec<u8> {
        let mut out = Vec::new();
        let img = pixels(width, height);
        PngEncoder::new(&mut out)
            .write_image(img.as_raw(), width, height, ExtendedColorType::Rgba8)
            .unwrap();
        out
    }

    fn jpeg(width: u32, height: u32) -> Vec<u8> {
        let mut out = Vec::new();
        let img = DynamicImage::ImageRgba8(pixels(width, height)).to_rgb8();
        JpegEncoder::new_with_quality(&mut out, 90)
            .write_image(img.as_raw(), width, height, ExtendedColorType::Rgb8)
            .unwrap();
        out
    }

    fn webp(width: u32, height: u32) -> Vec<u8> {
        let mut out = Vec::new();
        let img = pixels(width, height);
        WebPEncoder::new_lossless(&mut out)
            .write_image(img.as_raw(), width, height, ExtendedColorType::Rgba8)
            .unwrap();
        out
    }

    fn png_chunk(kind: &[u8; 4], data: &[u8]) -> Vec<u8> {
        let mut chunk = (data.len() as u32).to_be_bytes().to_vec();
        chunk.extend_from_slice(kind);
        chunk.extend_from_slice(data);
        chunk.extend_from_slice(&crc32fast::hash(&chunk[4..]).to_be_bytes());
        chunk
    }

    fn contains(haystack: &[u8], needle: &[u8]) -> bool {
        haystack.windows(needle.len()).any(|w| w == needle)
    }

    fn ok(slot: AssetSlot, bytes: &[u8]) -> SanitizedImage {
        sanitize_image(slot, bytes).unwrap()
    }

    #[test]
    fn slot_names_round_trip() {
        for slot in AssetSlot::ALL {
            assert_eq!(AssetSlot::parse(slot.as_str()), Some(slot));
        }
        assert_eq!(AssetSlot::parse("logo"), None);
        assert_eq!(limits(Background).max_bytes, 2 * 1024 * 1024);
    }

    #[test]
    fn png_jpeg_webp_are_reencoded_in_kind() {
        for (bytes, media_type, format) in [
            (png(40, 20), "image/png", ImageFormat::Png),
            (jpeg(40, 20), "image/jpeg", ImageFormat::Jpeg),
            (webp(40, 20), "image/webp", ImageFormat::WebP),
        ] {
            let out = ok(AssetSlot::Favicon, &bytes);
            assert_eq!(out.media_type, media_type);
            assert_eq!((out.width, out.height), (40, 20));
            assert_eq!(image::guess_format(&out.bytes).unwrap(), format);
            let decoded = image::load_from_memory(&out.bytes).unwrap();
            assert_eq!((decoded.width(), decoded.height()), (40, 20));
        }
    }

    #[test]
    fn png_text_chunk_is_stripped() {
        let mut bytes = png(16, 16);
        let iend = bytes.len() - 12;
        bytes.splice(iend..iend, png_chunk(b"tEXt", b"Comment\0SECRET-PNG"));
        assert!(contains(&bytes, b"SECRET-PNG"));
        let out = ok(AssetSlot::SquareLogo, &bytes);
        assert!(!contains(&out.bytes, b"SECRET-PNG"));
        assert!(!contains(&out.bytes, b"tEXt"));
    }

    #[test]
    fn jpeg_exif_is_stripped_and_its_rotation_applied() {
        let mut exif = b"Exif\0\0MM\0\x2a\0\0\0\x08".to_vec();
        // One IFD entry: Orientation (0x0112), SHORT, 1 value = 6 (rotate 90° clockwise).
        exif.extend_from_slice(b"\0\x01\x01\x12\0\x03\0\0\0\x01\0\x06\0\0\0\0\0\0");
        exif.extend_from_slice(b"SECRET-GPS");
        let mut app1 = vec![0xFF, 0xE1];
        app1.extend_from_slice(&(exif.len() as u16 + 2).to_be_bytes());
        app1.extend_from_slice(&exif);
        let mut bytes = jpeg(40, 20);
        bytes.splice(2..2, app1);

        let out = ok(AssetSlot::SquareLogo, &bytes);
        assert_eq!(out.media_type, "image/jpeg");
        assert!(!contains(&out.bytes, b"Exif"));
        assert!(!contains(&out.bytes, b"SECRET-GPS"));
        assert!(!contains(&out.bytes, &[0xFF, 0xE1]));
        assert_eq!((out.width, out.height), (20, 40));
    }

    #[test]
    fn declared_bomb_is_refused_before_decoding() {
        let mut bytes = png(1, 1);
        // IHDR data starts at 16: width, height; its CRC covers bytes 12..29.
        bytes[16..20].copy_from_slice(&60_000u32.to_be_bytes());
        bytes[20..24].copy_from_slice(&60_000u32.to_be_bytes());
        let crc = crc32fast::hash(&bytes[12..29]);
        bytes[29..33].copy_from_slice(&crc.to_be_bytes());

        let started = Instant::now();
        let refusal = sanitize_image(AssetSlot::Background, &bytes).unwrap_err();
        assert!(started.elapsed() < Duration::from_secs(1));
        assert_eq!(refusal, ImageRefusal::TooManyPixels { max_width: 3840, max_height: 2160 });
    }

    #[test]
    fn decode_limits_guard_without_the_header_check() {
        let limits = super::super::image_upload::limits(Favicon);
        let refusal = decode(Raster::Png, &png(300, 300), &limits).unwrap_err();
        assert!(matches!(refusal, ImageRefusal::TooManyPixels { .. }));
    }

    #[test]
    fn oversized_and_broken_images_are_refused() {
        assert_eq!(
            sanitize_image(AssetSlot::Favicon, &png(300, 10)),
            Err(ImageRefusal::TooManyPixels { max_width: 256, max_height: 256 })
        );
        assert!(matches!(
            sanitize_image(AssetSlot::BannerLogo, &png(600, 400)),
            Err(ImageRefusal::TooManyPixels { .. })
        ));
        let truncated = &png(64, 64)[..60];
        assert_eq!(sanitize_image(AssetSlot::Favicon, truncated), Err(ImageRefusal::Undecodable));
    }

    #[test]
    fn byte_limits() {
        assert_eq!(sanitize_image(AssetSlot::Favicon, b""), Err(ImageRefusal::Empty));
        let mut big = png(8, 8);
        big.resize(100 * 1024 + 1, 0);
        assert_eq!(
            sanitize_image(AssetSlot::Favicon, &big),
            Err(ImageRefusal::TooManyBytes { max_bytes: 100 * 1024 })
        );
    }

    #[test]
    fn html_and_other_formats_are_unknown() {
        for bytes in [
            &b"<!DOCTYPE html><html><body><svg></svg></body></html>"[..],
            b"<html><script>alert(1)</script></html>",
            b"GIF89a\x01\x00\x01\x00\x00\x00\x00;",
            b"BM\x00\x00",
            b"just text",
        ] {
            assert_eq!(
                sanitize_image(AssetSlot::BannerLogo, bytes),
                Err(ImageRefusal::UnknownType)
            );
        }
    }

    const LOGO: &[u8] = br##"<?xml version="1.0"?>
<!-- exported -->
<svg xmlns="http://www.w3.org/2000/svg" width="120" height="30"><rect width="120" height="30" fill="#123"/></svg>"##;

    #[test]
    fn svg_only_where_allowed() {
        for slot in [AssetSlot::Favicon, AssetSlot::Background] {
            assert_eq!(sanitize_image(slot, LOGO), Err(ImageRefusal::SvgNotAllowed));
        }
        let out = ok(AssetSlot::BannerLogo, LOGO);
        assert_eq!((out.media_type, out.extension), ("image/svg+xml", "svg"));
        assert_eq!((out.width, out.height), (120, 30));
        let script = br#"<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>"#;
        assert_eq!(
            sanitize_image(AssetSlot::SquareLogo, script),
            Err(ImageRefusal::Svg(SvgRefusal::Script))
        );
    }
}
