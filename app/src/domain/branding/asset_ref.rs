//! A reference to an uploaded image: the hash of its (re-encoded) bytes,
//! which names it in URLs, and what a page needs to lay it out.

use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct AssetRef {
    /// SHA-256 of the bytes, lower-case hex.
    pub sha256: String,
    /// `png`, `jpg`, `webp` or `svg`.
    pub extension: String,
    pub width: u32,
    pub height: u32,
}

/// Where the portal serves uploaded images.
pub const ASSET_PATH: &str = "/branding/assets/";

impl AssetRef {
    /// The content-hashed URL, cached for ever.
    pub fn href(&self) -> String {
        format!("{ASSET_PATH}{}.{}", self.sha256, self.extension)
    }

    /// Whether `url` names an uploaded image; custom CSS may only use these.
    pub fn is_asset_url(url: &str) -> bool {
        let Some(name) = url.strip_prefix(ASSET_PATH) else { return false };
        let Some((hash, ext)) = name.split_once('.') else { return false };
        hash.len() == 64
            && hash.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
            && matches!(ext, "png" | "jpg" | "webp" | "svg")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_hashed_asset_paths_count() {
        let hash = "a".repeat(64);
        assert!(AssetRef::is_asset_url(&format!("/branding/assets/{hash}.png")));
        for url in [
            format!("https://evil.example/branding/assets/{hash}.png"),
            format!("/branding/assets/{hash}.png?x"),
            format!("/branding/assets/{hash}.html"),
            format!("/branding/assets/../{hash}.png"),
            "/branding/assets/abc.png".to_owned(),
            format!("//branding/assets/{hash}.png"),
        ] {
            assert!(!AssetRef::is_asset_url(&url), "{url}");
        }
    }
}
