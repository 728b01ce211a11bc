use crate::helpers::{assert_security_headers, browser, spawn_app, PASSWORD};
use http_body_util::{BodyExt, Full};
use reqwest::{header, StatusCode};

#[tokio::test]
async fn pages_carry_the_security_headers() {
    let app = spawn_app().await;
    let response = browser().get(app.url("/")).send().await.unwrap();
    let h = response.headers().clone();
    let csp = h.get(header::CONTENT_SECURITY_POLICY).unwrap().to_str().unwrap().to_owned();
    assert!(csp.contains("frame-ancestors 'none'"), "{csp}");
    assert!(!csp.contains("unsafe-inline"), "{csp}");
    // 'wasm-unsafe-eval' lets the bundle compile; script eval stays refused.
    assert!(!csp.contains("'unsafe-eval'"), "{csp}");
    assert_eq!(h.get(header::X_FRAME_OPTIONS).unwrap(), "DENY");
    assert_eq!(h.get(header::REFERRER_POLICY).unwrap(), "no-referrer");
    assert_eq!(h.get(header::X_CONTENT_TYPE_OPTIONS).unwrap(), "nosniff");
    assert_eq!(h.get(header::CACHE_CONTROL).unwrap(), "no-store");

    // Every inline script carries this response's nonce.
    let nonce = csp.split("'nonce-").nth(1).and_then(|s| s.split('\'').next()).unwrap().to_owned();
    let body = response.text().await.unwrap();
    let scripts = body.matches("<script").count();
    assert!(scripts > 0);
    for script in body.split("<script").skip(1) {
        let tag = script.split('>').next().unwrap();
        assert!(tag.contains(&format!("nonce=\"{nonce}\"")), "script without nonce: <script{tag}>");
    }
}

#[tokio::test]
async fn nonces_differ_per_response() {
    let app = spawn_app().await;
    let csp = |r: &reqwest::Response| {
        r.headers()[header::CONTENT_SECURITY_POLICY].to_str().unwrap().to_owned()
    };
    let a = browser().get(app.url("/")).send().await.unwrap();
    let b = browser().get(app.url("/")).send().await.unwrap();
    assert_ne!(csp(&a), csp(&b));
}

#[tokio::test]
async fn other_responses_get_the_strict_policy() {
    let app = spawn_app().await;
    std::fs::write(app.settings.site_root.join("pkg/sspr.js"), "export {}").unwrap();
    let response = browser().get(app.url("/pkg/sspr.js")).send().await.unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(
        response.headers()[header::CONTENT_SECURITY_POLICY],
        "default-src 'none'; frame-ancestors 'none'"
    );
    assert_eq!(response.headers()[header::X_FRAME_OPTIONS], "DENY");
}

#[tokio::test]
async fn cross_site_posts_are_refused() {
    let app = spawn_app().await;
    app.add_user("ada@contoso.example", "Ada Lovelace", true).await;
    let form = [("username", "ada@contoso.example"), ("password", PASSWORD)];
    let post = |headers: &[(&'static str, &'static str)]| {
        let mut request = browser().post(app.url("/api/sign_in")).form(&form);
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        request.send()
    };
    let refused = post(&[("sec-fetch-site", "cross-site"), ("origin", "https://evil.example")])
        .await
        .unwrap();
    assert_eq!(refused.status(), StatusCode::FORBIDDEN);
    assert_security_headers(&refused);
    let refused = post(&[("origin", "https://evil.example")]).await.unwrap();
    assert_eq!(refused.status(), StatusCode::FORBIDDEN);
    let refused = post(&[("sec-fetch-site", "same-site")]).await.unwrap();
    assert_eq!(refused.status(), StatusCode::FORBIDDEN);
    assert_eq!(app.session_count().await, 0);

    // The same request from the site itself goes through.
    let allowed = post(&[("sec-fetch-site", "same-origin"), ("origin", "null")]).await.unwrap();
    assert_ne!(allowed.status(), StatusCode::FORBIDDEN);
    assert_eq!(app.session_count().await, 1);
}

#[tokio::test]
async fn oversized_bodies_get_413_with_the_headers_whether_their_length_is_declared_or_not() {
    let app = spawn_app().await;
    app.add_user("ada@contoso.example", "Ada Lovelace", true).await;
    let form = |filler: usize| {
        let mut body = b"username=ada%40contoso.example&password=".to_vec();
        body.resize(body.len() + filler, b'x');
        axum::body::Bytes::from(body)
    };
    let post = |body: reqwest::Body| {
        browser()
            .post(app.url("/api/sign_in"))
            .header(header::ACCEPT, "text/html")
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .header("sec-fetch-site", "same-origin")
            .body(body)
            .send()
    };
    let declared = post(form(1024 * 1024).into()).await.unwrap();
    assert_eq!(declared.status(), StatusCode::PAYLOAD_TOO_LARGE);
    assert_security_headers(&declared);
    // No Content-Length: the body goes out in chunks.
    let chunked =
        |bytes: axum::body::Bytes| reqwest::Body::wrap(Full::new(bytes).map_frame(|frame| frame));
    let streamed = post(chunked(form(1024 * 1024))).await.unwrap();
    assert!(!streamed.headers().contains_key("serverfnredirect"));
    assert_eq!(streamed.status(), StatusCode::PAYLOAD_TOO_LARGE);
    assert_security_headers(&streamed);
    assert_eq!(app.session_count().await, 0);

    // A chunked body within the cap goes through: the right password signs in.
    let body = format!("username=ada%40contoso.example&password={PASSWORD}");
    let small = post(chunked(body.into())).await.unwrap();
    assert_eq!(small.status(), StatusCode::FOUND);
    assert_eq!(app.session_count().await, 1);
}

#[tokio::test]
async fn html_and_assets_are_compressed() {
    let app = spawn_app().await;
    let pkg = app.settings.site_root.join("pkg");
    let wasm: Vec<u8> = (0..64 * 1024).map(|i| (i % 7) as u8).collect();
    std::fs::write(pkg.join("sspr_bg.wasm"), &wasm).unwrap();
    std::fs::write(pkg.join("sspr.css"), "body { margin: 0 }\n".repeat(100)).unwrap();
    std::fs::write(pkg.join("sspr.js"), "export function hydrate() {}\n".repeat(100)).unwrap();
    for (path, encoding) in [
        ("/", "br"),
        ("/", "gzip"),
        ("/pkg/sspr_bg.wasm", "br"),
        ("/pkg/sspr.css", "gzip"),
        ("/pkg/sspr.js", "br"),
    ] {
        let response = browser()
            .get(app.url(path))
            .header(header::ACCEPT_ENCODING, encoding)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::OK, "{path}");
        assert_eq!(
            response.headers().get(header::CONTENT_ENCODING).map(|v| v.to_str().unwrap()),
            Some(encoding),
            "{path}"
        );
    }
}

#[tokio::test]
async fn precompressed_assets_are_served_as_built() {
    let app = spawn_app().await;
    let pkg = app.settings.site_root.join("pkg");
    std::fs::write(pkg.join("sspr.css"), "body{}").unwrap();
    std::fs::write(pkg.join("sspr.css.br"), b"prebuilt-br").unwrap();
    let response = browser()
        .get(app.url("/pkg/sspr.css"))
        .header(header::ACCEPT_ENCODING, "br")
        .send()
        .await
        .unwrap();
    assert_eq!(response.headers()[header::CONTENT_ENCODING], "br");
    assert_eq!(response.bytes().await.unwrap().as_ref(), b"prebuilt-br");
}
