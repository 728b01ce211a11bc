use crate::helpers::{browser, location, set_cookie, spawn_app};
use reqwest::header;

async fn page(
    app: &crate::helpers::TestApp,
    accept_language: Option<&str>,
    cookie: Option<&str>,
) -> String {
    let mut request = browser().get(app.url("/"));
    if let Some(value) = accept_language {
        request = request.header(header::ACCEPT_LANGUAGE, value);
    }
    if let Some(value) = cookie {
        request = request.header(header::COOKIE, value);
    }
    request.send().await.unwrap().text().await.unwrap()
}

#[tokio::test]
async fn english_without_preferences() {
    let app = spawn_app().await;
    let body = page(&app, None, None).await;
    assert!(body.contains("<html lang=\"en\" dir=\"ltr\""), "{body}");
    assert!(body.contains("Sign in to your account"));
}

#[tokio::test]
async fn accept_language_with_weights() {
    let app = spawn_app().await;
    // Persian is not offered: the next language in weight order is.
    let body = page(&app, Some("fa-IR,fa;q=0.9,it;q=0.8,en;q=0.5"), None).await;
    assert!(body.contains("<html lang=\"it\" dir=\"ltr\""), "{body}");
    let heading = app::i18n::I18n::new(app::i18n::Lang::It).t("sign-in-heading");
    assert!(body.contains(&heading), "{body}");
    let body = page(&app, Some("it;q=0.2,en;q=0.7"), None).await;
    assert!(body.contains("<html lang=\"en\""));
}

#[tokio::test]
async fn explicit_choice_beats_accept_language() {
    let app = spawn_app().await;
    let body = page(&app, Some("en-US"), Some("sspr_lang=it")).await;
    assert!(body.contains("<html lang=\"it\""));
}

#[tokio::test]
async fn picker_sets_a_lasting_cookie_and_returns_to_the_page() {
    let app = spawn_app().await;
    let client = browser();
    let response = app
        .post_form(&client, "/api/set_language", &[("lang", "it"), ("return_to", "/reset")])
        .await;
    assert_eq!(location(&response).as_deref(), Some("/reset"));
    let cookie = set_cookie(&response, "sspr_lang").unwrap();
    assert!(cookie.starts_with("sspr_lang=it;"), "{cookie}");
    assert!(cookie.contains("Max-Age=31536000"), "{cookie}");
    let body = app.page_in(&client, "/reset", "en").await;
    assert!(body.contains("<html lang=\"it\""), "{body}");
}

#[tokio::test]
async fn picker_is_not_an_open_redirect() {
    let app = spawn_app().await;
    for target in ["//evil.example/", "https://evil.example/", "/\\evil.example"] {
        let response = app
            .post_form(&browser(), "/api/set_language", &[("lang", "en"), ("return_to", target)])
            .await;
        assert_eq!(location(&response).as_deref(), Some("/"), "{target}");
    }
}

#[tokio::test]
async fn picker_lists_each_language_in_itself() {
    let app = spawn_app().await;
    let body = page(&app, Some("it"), None).await;
    assert!(body.contains(">English</option>"), "{body}");
    assert!(body.contains(">Italiano</option>"), "{body}");
    assert!(body.contains("<label for=\"language-select\">Lingua</label>"), "{body}");
}

#[tokio::test]
async fn every_language_renders_with_its_tag_direction_and_picker_entry() {
    use app::i18n::{I18n, Lang};
    let app = spawn_app().await;
    for &lang in Lang::ALL {
        let cookie = format!("sspr_lang={}", lang.tag());
        let body = page(&app, None, Some(&cookie)).await;
        let html = format!("<html lang=\"{}\" dir=\"{}\"", lang.tag(), lang.dir());
        assert!(body.contains(&html), "{}: {}", lang.tag(), &body[..200.min(body.len())]);
        let heading = I18n::new(lang).t("sign-in-heading");
        assert!(body.contains(&heading), "{}: no {heading}", lang.tag());
        // The picker offers every language, each named in itself.
        for &other in Lang::ALL {
            let option = format!("value=\"{}\"", other.tag());
            assert!(body.contains(&option), "{}: no {option}", lang.tag());
            assert!(body.contains(&I18n::new(other).t("language-name")));
        }
    }
}

#[tokio::test]
async fn what_browsers_send_picks_the_documented_language() {
    let app = spawn_app().await;
    for (header, tag, dir) in [
        ("zh-TW,zh;q=0.9", "zh-Hant", "ltr"),
        ("zh-CN", "zh-Hans", "ltr"),
        ("iw-IL", "he", "rtl"),
        ("ar-EG,ar;q=0.9", "ar", "rtl"),
        ("nn-NO", "nb", "ltr"),
        ("pt", "pt-BR", "ltr"),
        ("pt-AO", "pt-PT", "ltr"),
        ("sr", "sr-Cyrl", "ltr"),
        ("de-AT", "de", "ltr"),
    ] {
        let body = page(&app, Some(header), None).await;
        let html = format!("<html lang=\"{tag}\" dir=\"{dir}\"");
        assert!(body.contains(&html), "{header}: {}", &body[..200.min(body.len())]);
    }
}

#[tokio::test]
async fn signing_in_keeps_the_page_language_for_later_notices() {
    use app::domain::UserName;
    use app::i18n::Lang;
    let app = spawn_app().await;
    app.add_user("ada@contoso.example", "Ada", true).await;
    let client = browser();
    app.post_form(&client, "/api/set_language", &[("lang", "de"), ("return_to", "/")]).await;
    app.sign_in(&client, "ada@contoso.example", crate::helpers::PASSWORD).await;
    let name = UserName::parse("ada@contoso.example").unwrap();
    let ada = app.store.user_by_upn(&name).await.unwrap().unwrap();
    assert_eq!(ada.profile.preferred_language, Some(Lang::De));
    // Picking another language while signed in makes it hers.
    app.post_form(&client, "/api/set_language", &[("lang", "ja"), ("return_to", "/")]).await;
    let ada = app.store.user_by_upn(&name).await.unwrap().unwrap();
    assert_eq!(ada.profile.preferred_language, Some(Lang::Ja));
    // Signed out, a pick changes only the cookie.
    let stranger = browser();
    app.post_form(&stranger, "/api/set_language", &[("lang", "ko"), ("return_to", "/")]).await;
    let ada = app.store.user_by_upn(&name).await.unwrap().unwrap();
    assert_eq!(ada.profile.preferred_language, Some(Lang::Ja));
}
