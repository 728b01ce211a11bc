//! The studio exists only for branding and global administrators: to
//! everyone else it is a 404, its page and its posts alike.

use super::*;
use reqwest::StatusCode;

const POSTS: [&str; 5] = [
    "/admin/branding/save",
    "/admin/branding/remove-image",
    "/admin/branding/publish",
    "/admin/branding/roll-back",
    "/admin/branding/preview",
];

#[tokio::test]
async fn the_studio_is_a_404_to_everyone_but_designers() {
    let app = studio_app().await;
    let anonymous = browser();
    let ordinary = signed_in(&app, ORDINARY).await;
    let user_admin = signed_in(&app, USER_ADMIN).await;
    for (who, client) in
        [("anonymous", &anonymous), ("ordinary", &ordinary), ("user admin", &user_admin)]
    {
        let response = client.get(app.url("/admin/branding")).send().await.unwrap();
        assert_eq!(response.status(), StatusCode::NOT_FOUND, "{who}");
        let body = response.text().await.unwrap();
        assert!(!body.contains("Branding studio"), "{who} sees nothing of the studio");
        for path in POSTS {
            let response = post(&app, client, path, &[("version", "1"), ("action", "start")]).await;
            assert_eq!(response.status(), StatusCode::NOT_FOUND, "{who} {path}");
        }
        let response = upload(&app, client, "", "banner-logo", "logo.png", png(10, 10)).await;
        assert_eq!(response.status(), StatusCode::NOT_FOUND, "{who} upload");
    }
    // The page's 404 is the same as for a path that does not exist.
    let missing = anonymous.get(app.url("/admin/no-such-page")).send().await.unwrap();
    assert_eq!(missing.status(), StatusCode::NOT_FOUND);
    assert!(app.store.branding_draft().await.unwrap() == Default::default(), "nothing changed");
}

#[tokio::test]
async fn branding_and_global_administrators_reach_the_studio() {
    let app = studio_app().await;
    for upn in [DESIGNER, GLOBAL_ADMIN] {
        let client = signed_in(&app, upn).await;
        let response = client.get(app.url("/admin/branding")).send().await.unwrap();
        assert_eq!(response.status(), StatusCode::OK, "{upn}");
        let body = response.text().await.unwrap();
        assert!(
            body.contains("Branding studio") && body.contains("action=\"/admin/branding/save\""),
            "{upn}"
        );
    }
}

#[tokio::test]
async fn a_cross_site_post_to_the_studio_is_refused() {
    let app = studio_app().await;
    let designer = signed_in(&app, DESIGNER).await;
    let response = designer
        .post(app.url("/admin/branding/publish"))
        .header("sec-fetch-site", "cross-site")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
}
