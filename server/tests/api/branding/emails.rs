//! Emails carry the published branding; designers see a sample with the
//! draft before anyone receives one.

use super::*;
use app::i18n::Lang;
use reqwest::StatusCode;
use sspr::branding::{BrandCache, MailBranding};

#[tokio::test]
async fn the_email_preview_shows_the_draft_in_the_language_asked_for_designers_only() {
    let app = studio_app().await;
    let designer = signed_in(&app, DESIGNER).await;
    let form = [
        ("layer", ""),
        ("organisation-name", "Contoso"),
        ("privacy-url", "https://contoso.example/privacy"),
    ];
    outcome(&post(&app, &designer, "/admin/branding/save", &form).await);
    outcome(&upload(&app, &designer, "", "square-logo", "logo.png", png(64, 64)).await);

    let response =
        designer.get(app.url("/admin/branding/email-preview?lang=it")).send().await.unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    let csp = response.headers()[header::CONTENT_SECURITY_POLICY].to_str().unwrap().to_owned();
    assert!(
        csp.contains("sandbox") && csp.contains("default-src 'none'") && !csp.contains("script"),
        "{csp}"
    );
    let html = response.text().await.unwrap();
    assert!(html.contains(r#"lang="it""#) && html.contains("Contoso"), "{html}");
    assert!(html.contains("https://contoso.example/privacy"), "{html}");
    assert!(
        html.contains("src=\"data:image/png;base64,") && !html.contains("cid:"),
        "the logo is inlined"
    );
    assert!(html.contains("123456"), "a sample code");

    for who in [browser(), signed_in(&app, ORDINARY).await] {
        let status = who
            .get(app.url("/admin/branding/email-preview?lang=it"))
            .send()
            .await
            .unwrap()
            .status();
        assert_eq!(status, StatusCode::NOT_FOUND);
    }
}

#[tokio::test]
async fn senders_get_the_published_branding_in_each_language() {
    let app = studio_app().await;
    let designer = signed_in(&app, DESIGNER).await;
    let form = [("layer", ""), ("organisation-name", "Contoso"), ("colour-primary", "#7a1f2b")];
    outcome(&post(&app, &designer, "/admin/branding/save", &form).await);
    outcome(
        &post(
            &app,
            &designer,
            "/admin/branding/save",
            &[("layer", "it"), ("organisation-name", "Contoso Italia")],
        )
        .await,
    );
    outcome(&upload(&app, &designer, "", "square-logo", "logo.png", png(64, 64)).await);
    // What the senders of an instance see (startup wires this cache in).
    let cache = BrandCache::load(app.store.clone()).await.unwrap();
    assert!(cache.mail_brand(Lang::It).organisation_name.is_none(), "a draft is not mailed");
    outcome(&post(&app, &designer, "/admin/branding/publish", &[]).await);
    cache.refresh().await.unwrap();
    let italian = cache.mail_brand(Lang::It);
    assert_eq!(italian.organisation_name.as_deref(), Some("Contoso Italia"));
    assert_eq!(italian.primary.hex(), "#7a1f2b");
    let logo = italian.logo.expect("the square logo goes into emails");
    assert_eq!((logo.media_type, logo.width), ("image/png", 64));
    let draft = app.store.branding_draft().await.unwrap();
    let asset = &draft.default.images[&app::domain::branding::AssetSlot::SquareLogo];
    let served = browser().get(app.url(&asset.href())).send().await.unwrap().bytes().await.unwrap();
    assert_eq!(&logo.bytes[..], &served[..]);
    assert_eq!(cache.mail_brand(Lang::De).organisation_name.as_deref(), Some("Contoso"));
}
