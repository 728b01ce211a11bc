//! Draft, contrast check, preview, publish and roll back, as designers and
//! visitors see them.

use super::*;
use sspr::store::AuditAction;

const ITALIAN_TEXT: &str = "Benvenuti in Contoso.\nAiuto: https://help.contoso.example/sspr";

/// Saves the default layer's colours and name, and the Italian text.
async fn save_brand(app: &TestApp, designer: &Client, button_text: &str) -> String {
    let default = [
        ("layer", ""),
        ("organisation-name", "Contoso"),
        ("colour-primary", "#7a1f2b"),
        ("colour-primary-text", button_text),
        ("colour-header", "#2b1a1a"),
        ("privacy-url", "https://contoso.example/privacy"),
    ];
    let to = outcome(&post(app, designer, "/admin/branding/save", &default).await);
    assert!(to.contains("done=saved"), "{to}");
    let italian = [
        ("layer", "it"),
        ("sign-in-text", ITALIAN_TEXT),
        ("user-name-hint", "nome@contoso.example"),
    ];
    outcome(&post(app, designer, "/admin/branding/save", &italian).await)
}

fn stylesheet_href(html: &str) -> Option<String> {
    let start = html.find("href=\"/branding/")? + "href=\"".len();
    let end = start + html[start..].find('"')?;
    Some(html[start..end].to_owned())
}

#[tokio::test]
async fn a_low_contrast_pair_is_named_and_not_published() {
    let app = studio_app().await;
    let designer = signed_in(&app, DESIGNER).await;
    // Pale pink on the dark red: far below 4.5:1.
    save_brand(&app, &designer, "#8a3f4b").await;
    let to = outcome(&post(&app, &designer, "/admin/branding/publish", &[]).await);
    assert!(to.contains("refused=publish"), "{to}");
    let studio = page(&app, &designer, &to, "en").await;
    assert!(studio.contains("Nothing was published"), "{studio}");
    assert!(studio.contains("Default (every language): button text and buttons have a contrast of 1.40:1; at least 4.5:1 is needed."), "{studio}");
    assert_eq!(app.store.branding_state().await.unwrap().published_version, 0);
    let visitor = page(&app, &browser(), "/", "it").await;
    assert!(!visitor.contains("Benvenuti in Contoso"), "nothing reached visitors");
}

#[tokio::test]
async fn publishing_brands_every_page_per_language_and_roll_back_restores_the_last_look() {
    let app = studio_app().await;
    let designer = signed_in(&app, DESIGNER).await;
    save_brand(&app, &designer, "#ffffff").await;
    outcome(&upload(&app, &designer, "", "banner-logo", "logo.png", png(120, 30)).await);

    // Before publishing, visitors see the product's own look.
    let visitor = browser();
    let before = page(&app, &visitor, "/", "it").await;
    assert!(stylesheet_href(&before).is_none() && !before.contains("Benvenuti"), "{before}");

    let to = outcome(&post(&app, &designer, "/admin/branding/publish", &[]).await);
    assert!(to.contains("done=published&version=1"), "{to}");

    let italian = page(&app, &visitor, "/", "it").await;
    assert!(italian.contains("Benvenuti in Contoso."), "{italian}");
    assert!(
        italian.contains(r#"<a href="https://help.contoso.example/sspr" dir="ltr">"#),
        "the address is a link"
    );
    assert!(italian.contains("<br"), "line breaks are kept");
    assert!(italian.contains(r#"placeholder="nome@contoso.example""#), "{italian}");
    assert!(italian.contains(r#"class="brand-banner""#) && italian.contains(r#"alt="Contoso""#));
    assert!(italian.contains("https://contoso.example/privacy"), "footer link");
    let english = page(&app, &visitor, "/", "en").await;
    assert!(!english.contains("Benvenuti"), "English keeps the default text");
    assert!(english.contains(r#"class="brand-banner""#), "the default's logo shows in English too");
    for path in ["/reset", "/register"] {
        let html = page(&app, &visitor, path, "it").await;
        assert!(stylesheet_href(&html).is_some() && html.contains("brand-banner"), "{path}");
    }
    let sheet = stylesheet_href(&italian).unwrap();
    let css = visitor.get(app.url(&sheet)).send().await.unwrap();
    assert!(css.headers()[header::CACHE_CONTROL].to_str().unwrap().contains("immutable"));
    let css = css.text().await.unwrap();
    assert!(css.contains("--brand-primary: #7a1f2b;"), "{css}");
    // The page's policy still forbids inline style: branding is a file.
    let response = visitor.get(app.url("/")).send().await.unwrap();
    let csp = response.headers()[header::CONTENT_SECURITY_POLICY].to_str().unwrap().to_owned();
    assert!(csp.contains("style-src 'self'") && !csp.contains("unsafe-inline"), "{csp}");

    // A second look, then back to the first.
    let second =
        [("layer", ""), ("organisation-name", "Contoso Ltd"), ("colour-primary", "#1f4d7a")];
    outcome(&post(&app, &designer, "/admin/branding/save", &second).await);
    let kept = app.store.branding_draft().await.unwrap();
    assert!(
        kept.default.images.contains_key(&app::domain::branding::AssetSlot::BannerLogo),
        "a save keeps the layer's images"
    );
    outcome(&post(&app, &designer, "/admin/branding/publish", &[]).await);
    let css_two = visitor
        .get(app.url(&stylesheet_href(&page(&app, &visitor, "/", "en").await).unwrap()))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(css_two.contains("--brand-primary: #1f4d7a;"), "{css_two}");
    let to =
        outcome(&post(&app, &designer, "/admin/branding/roll-back", &[("version", "1")]).await);
    assert!(to.contains("done=rolled-back&version=3"), "{to}");
    let restored = page(&app, &visitor, "/", "en").await;
    let css_three = visitor
        .get(app.url(&stylesheet_href(&restored).unwrap()))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(css_three.contains("--brand-primary: #7a1f2b;"), "the first look is back: {css_three}");
    assert!(restored.contains(r#"alt="Contoso""#), "{restored}");
    let kept = app.store.branding_publications(10).await.unwrap();
    assert_eq!(
        kept.iter().map(|p| (p.version, p.restored_from)).collect::<Vec<_>>(),
        [(3, Some(1)), (2, None), (1, None)]
    );
    let studio = page(&app, &designer, "/admin/branding", "en").await;
    assert!(studio.contains("Live now · Restores version 1"), "{studio}");

    // Each change names who made it.
    let audit = app.store.recent_audit(50).await.unwrap();
    for action in
        [AuditAction::BrandingDraft, AuditAction::BrandingPublish, AuditAction::BrandingRollBack]
    {
        assert!(audit.iter().any(|e| e.action == action && e.actor == DESIGNER), "{action:?}");
    }
    let saved = audit
        .iter()
        .find(|e| {
            e.action == AuditAction::BrandingDraft
                && e.target.as_deref().is_some_and(|t| t.starts_with("it:"))
        })
        .unwrap();
    assert!(saved.target.as_deref().unwrap().contains("sign-in-text"), "{saved:?}");
}

#[tokio::test]
async fn only_the_previewing_designer_sees_the_draft() {
    let app = studio_app().await;
    let designer = signed_in(&app, DESIGNER).await;
    save_brand(&app, &designer, "#ffffff").await;
    let response = post(&app, &designer, "/admin/branding/preview", &[("action", "start")]).await;
    assert_eq!(outcome(&response), "/");
    let previewed = page(&app, &designer, "/reset", "it").await;
    assert!(
        previewed.contains("You are previewing the unpublished branding")
            || previewed.contains("preview-banner"),
        "{previewed}"
    );
    assert!(stylesheet_href(&previewed).is_some(), "the draft's stylesheet");
    let sheet = stylesheet_href(&previewed).unwrap();
    assert_eq!(
        designer.get(app.url(&sheet)).send().await.unwrap().status(),
        reqwest::StatusCode::OK
    );
    // Nobody else: not a visitor, not even with the cookie copied.
    let visitor = browser();
    assert!(stylesheet_href(&page(&app, &visitor, "/reset", "it").await).is_none());
    assert_eq!(
        visitor.get(app.url(&sheet)).send().await.unwrap().status(),
        reqwest::StatusCode::NOT_FOUND
    );
    let ordinary = signed_in(&app, ORDINARY).await;
    let copied = ordinary
        .get(app.url("/reset"))
        .header(header::COOKIE, "sspr_brand_preview=99999999999.00")
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(!copied.contains("preview-banner"), "a forged cookie shows nothing");
    // Stopping the preview brings the published look back.
    outcome(&post(&app, &designer, "/admin/branding/preview", &[("action", "stop")]).await);
    assert!(!page(&app, &designer, "/reset", "it").await.contains("preview-banner"));
}

#[tokio::test]
async fn mistakes_are_kept_in_the_draft_named_at_their_field_and_block_publishing() {
    let app = studio_app().await;
    let designer = signed_in(&app, DESIGNER).await;
    let form = [
        ("layer", ""),
        ("organisation-name", "Contoso"),
        ("colour-text", "#12"),
        ("custom-css", ".card { border: 0 }\n\n@import url(https://evil.example/x.css);"),
    ];
    outcome(&post(&app, &designer, "/admin/branding/save", &form).await);
    let studio = page(&app, &designer, "/admin/branding", "en").await;
    assert!(studio.contains(r##"value="#12""##), "the typed value is kept: {studio}");
    assert!(
        studio.contains(r#"id="colour-text-error""#) && studio.contains(r#"aria-invalid="true""#)
    );
    assert!(studio.contains("write the colour as #"), "{studio}");
    assert!(studio.contains("line 3: @import is not allowed"), "{studio}");
    let to = outcome(&post(&app, &designer, "/admin/branding/publish", &[]).await);
    assert!(to.contains("refused=publish"), "{to}");
}

#[tokio::test]
async fn without_a_banner_the_header_shows_the_square_logo_with_its_dark_variant() {
    let app = studio_app().await;
    let designer = signed_in(&app, DESIGNER).await;
    outcome(
        &post(
            &app,
            &designer,
            "/admin/branding/save",
            &[("layer", ""), ("organisation-name", "Contoso")],
        )
        .await,
    );
    outcome(&upload(&app, &designer, "", "square-logo", "light.png", png(64, 64)).await);
    outcome(&upload(&app, &designer, "", "square-logo-dark", "dark.png", png(32, 32)).await);
    outcome(&post(&app, &designer, "/admin/branding/publish", &[]).await);
    let draft = app.store.branding_draft().await.unwrap();
    let light = draft.default.images[&app::domain::branding::AssetSlot::SquareLogo].href();
    let dark = draft.default.images[&app::domain::branding::AssetSlot::SquareLogoDark].href();
    let html = page(&app, &browser(), "/", "en").await;
    assert!(
        html.contains(&format!(r#"<source srcset="{dark}" media="(prefers-color-scheme: dark)">"#)),
        "{html}"
    );
    assert!(
        html.contains(&format!(r#"<img src="{light}""#)) && html.contains(">Contoso</span>"),
        "{html}"
    );
    assert!(html.contains(&format!(r#"<link rel="apple-touch-icon" href="{light}">"#)), "{html}");
}
