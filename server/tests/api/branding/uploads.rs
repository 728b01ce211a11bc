//! Every rule an upload must pass. A refused upload names its reason on
//! the studio page and changes nothing.

use super::*;
use reqwest::StatusCode;

const CLEAN_SVG: &str = r##"<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40" viewBox="0 0 120 40"><rect width="120" height="40" fill="#0b5cad"/><circle cx="20" cy="20" r="12" fill="#fff"/></svg>"##;

/// A PNG whose header claims 60000 × 60000 pixels: a decompression bomb.
fn bomb() -> Vec<u8> {
    let mut bytes = png(4, 4);
    // IHDR's width and height follow the signature (8), length (4), type (4).
    bytes[16..20].copy_from_slice(&60_000u32.to_be_bytes());
    bytes[20..24].copy_from_slice(&60_000u32.to_be_bytes());
    let crc = crc32fast::hash(&bytes[12..29]);
    bytes[29..33].copy_from_slice(&crc.to_be_bytes());
    bytes
}

/// A PNG carrying a text chunk (metadata) before its image data.
fn png_with_text() -> Vec<u8> {
    let plain = png(40, 20);
    let data = b"Comment\0secret-camera-serial-1234";
    let mut chunk = Vec::new();
    chunk.extend_from_slice(&(data.len() as u32).to_be_bytes());
    chunk.extend_from_slice(b"tEXt");
    chunk.extend_from_slice(data);
    chunk.extend_from_slice(&crc32fast::hash(&chunk[4..]).to_be_bytes());
    // After the signature (8) and IHDR (25).
    [&plain[..33], &chunk, &plain[33..]].concat()
}

async fn refused_with(
    app: &TestApp,
    client: &Client,
    slot: &str,
    name: &str,
    bytes: Vec<u8>,
    reason: &str,
    words: &str,
) {
    let before = app.store.branding_draft().await.unwrap();
    let response = upload(app, client, "", slot, name, bytes).await;
    let to = outcome(&response);
    assert!(to.contains(&format!("refused={reason}")), "{slot} {name}: {to}");
    let shown = page(app, client, &to, "en").await;
    assert!(shown.contains(words), "{reason}: the page says why\n{shown}");
    assert!(shown.contains("Nothing was changed"), "{reason}");
    assert_eq!(app.store.branding_draft().await.unwrap(), before, "{reason}: nothing changed");
}

#[tokio::test]
async fn each_refused_upload_names_its_reason_and_changes_nothing() {
    let app = studio_app().await;
    let designer = signed_in(&app, DESIGNER).await;
    let html = b"<!DOCTYPE html><html><body><script>alert(1)</script></body></html>".to_vec();
    let mut too_big = png(8, 8);
    too_big.resize(301 * 1024, 0);
    let cases: Vec<(&str, &str, Vec<u8>, &str, &str)> = vec![
        ("banner-logo", "logo.png", html, "unknown-type", "not a PNG, JPEG or WebP image"),
        ("banner-logo", "logo.png", too_big, "too-many-bytes", "larger than 300 KB"),
        ("banner-logo", "wide.png", png(1300, 10), "too-many-pixels", "1200 × 300 pixels"),
        ("background", "bomb.png", bomb(), "too-many-pixels", "3840 × 2160 pixels"),
        ("banner-logo", "empty.png", Vec::new(), "empty", "was empty"),
        ("favicon", "broken.png", [&png(8, 8)[..40], &[0u8; 40][..]].concat(), "undecodable", "damaged"),
        ("favicon", "icon.svg", CLEAN_SVG.as_bytes().to_vec(), "svg-not-allowed", "for logos only"),
        (
            "banner-logo",
            "logo.svg",
            r#"<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>"#.into(),
            "svg-script",
            "contains a script",
        ),
        (
            "banner-logo",
            "logo.svg",
            r#"<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10" onload="alert(1)"><rect width="5" height="5"/></svg>"#.into(),
            "svg-event-handler",
            "event handlers",
        ),
        (
            "square-logo",
            "logo.svg",
            r#"<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><foreignObject width="5" height="5"><div xmlns="http://www.w3.org/1999/xhtml">x</div></foreignObject></svg>"#.into(),
            "svg-foreign-object",
            "foreignObject",
        ),
        (
            "square-logo",
            "logo.svg",
            r#"<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="10" height="10"><image xlink:href="https://evil.example/track.png" width="5" height="5"/></svg>"#.into(),
            "svg-external-reference",
            "outside itself",
        ),
        (
            "square-logo-dark",
            "logo.svg",
            r#"<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaa">]><svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><text>&a;</text></svg>"#.into(),
            "svg-doctype",
            "DOCTYPE",
        ),
    ];
    for (slot, name, bytes, reason, words) in cases {
        refused_with(&app, &designer, slot, name, bytes, reason, words).await;
    }
}

#[tokio::test]
async fn an_accepted_image_is_re_encoded_and_served_under_its_hash_for_ever() {
    let app = studio_app().await;
    let designer = signed_in(&app, DESIGNER).await;
    let uploaded = png_with_text();
    assert!(uploaded.windows(20).any(|w| w == b"secret-camera-serial"));
    let to = outcome(&upload(&app, &designer, "", "banner-logo", "logo.png", uploaded).await);
    assert!(to.contains("done=uploaded"), "{to}");
    let draft = app.store.branding_draft().await.unwrap();
    let image = draft.default.images.values().next().cloned().expect("the draft holds the image");
    assert_eq!((image.extension.as_str(), image.width, image.height), ("png", 40, 20));

    let response = browser().get(app.url(&image.href())).send().await.unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    let headers = response.headers().clone();
    assert_eq!(headers[header::CONTENT_TYPE], "image/png");
    assert!(headers[header::CACHE_CONTROL].to_str().unwrap().contains("immutable"));
    assert!(headers[header::CONTENT_SECURITY_POLICY]
        .to_str()
        .unwrap()
        .contains("default-src 'none'"));
    let served = response.bytes().await.unwrap();
    assert!(!served.windows(20).any(|w| w == b"secret-camera-serial"), "metadata is stripped");
    let sha = sha2::Sha256::digest(&served);
    assert_eq!(hex::encode(sha), image.sha256, "the name is the hash of what is served");
    // A name that is not an uploaded image's is a 404, not a file read.
    for path in ["/branding/assets/../../etc/passwd", "/branding/assets/abc.png", "/branding/x.css"]
    {
        let status = browser().get(app.url(path)).send().await.unwrap().status();
        assert_eq!(status, StatusCode::NOT_FOUND, "{path}");
    }
}

#[tokio::test]
async fn a_clean_svg_logo_is_rewritten_and_a_jpeg_background_accepted() {
    let app = studio_app().await;
    let designer = signed_in(&app, DESIGNER).await;
    let to =
        outcome(&upload(&app, &designer, "", "banner-logo", "logo.svg", CLEAN_SVG.into()).await);
    assert!(to.contains("done=uploaded"), "{to}");
    let to = outcome(&upload(&app, &designer, "", "background", "bg.jpg", jpeg(64, 32)).await);
    assert!(to.contains("done=uploaded"), "{to}");
    let draft = app.store.branding_draft().await.unwrap();
    let logo = draft.default.images.get(&app::domain::branding::AssetSlot::BannerLogo).unwrap();
    assert_eq!(logo.extension, "svg");
    let served = browser().get(app.url(&logo.href())).send().await.unwrap();
    assert_eq!(served.headers()[header::CONTENT_TYPE], "image/svg+xml");
    let text = served.text().await.unwrap();
    assert!(text.contains("<svg") && !text.contains("script"), "{text}");
}

use sha2::Digest;
