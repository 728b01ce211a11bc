//! The branding studio over HTTP: who reaches it, every upload rule,
//! publishing, preview, roll back, and two instances on one database.

mod access;
mod cli;
mod emails;
mod instances;
mod publishing;
mod uploads;

use crate::helpers::{browser, spawn_app, TestApp, PASSWORD};
use app::domain::directory_user::{DirectoryName, UserProfile};
use app::domain::roles::Role;
use app::domain::UserName;
use reqwest::{header, multipart, Client, Response};
use sspr::password_hasher::PasswordHasher;
use sspr::store::SqlStore;

pub const DESIGNER: &str = "susan@contoso.example";
pub const GLOBAL_ADMIN: &str = "barbara@contoso.example";
pub const USER_ADMIN: &str = "dennis@contoso.example";
pub const ORDINARY: &str = "ada@contoso.example";

/// Adds a user holding `roles`, password [`PASSWORD`].
pub async fn add(store: &SqlStore, upn: &str, roles: &[Role]) {
    let mut profile =
        UserProfile::new(UserName::parse(upn).unwrap(), DirectoryName::parse("Someone").unwrap());
    profile.roles = roles.iter().copied().collect();
    let hash = PasswordHasher::new(1).unwrap().hash(PASSWORD).await.unwrap();
    store.add_user(profile, Some(hash), 0).await.unwrap();
}

/// A server with a designer, a global, a user administrator and Ada.
pub async fn studio_app() -> TestApp {
    let app = spawn_app().await;
    add(&app.store, DESIGNER, &[Role::BrandingAdministrator]).await;
    add(&app.store, GLOBAL_ADMIN, &[Role::GlobalAdministrator]).await;
    add(&app.store, USER_ADMIN, &[Role::UserAdministrator]).await;
    add(&app.store, ORDINARY, &[]).await;
    app
}

/// A browser signed in as `upn`.
pub async fn signed_in(app: &TestApp, upn: &str) -> Client {
    let client = browser();
    let response = app.sign_in(&client, upn, PASSWORD).await;
    assert!(response.status().is_redirection(), "{upn} signs in: {}", response.status());
    client
}

/// Posts a studio form as a browser without JavaScript.
pub async fn post(app: &TestApp, client: &Client, path: &str, form: &[(&str, &str)]) -> Response {
    app.post_form(client, path, form).await
}

/// Uploads `bytes` named `file_name` into `slot` of `layer`.
pub async fn upload(
    app: &TestApp,
    client: &Client,
    layer: &str,
    slot: &str,
    file_name: &str,
    bytes: Vec<u8>,
) -> Response {
    let form = multipart::Form::new()
        .text("layer", layer.to_owned())
        .text("slot", slot.to_owned())
        .part("file", multipart::Part::bytes(bytes).file_name(file_name.to_owned()));
    client
        .post(app.url("/admin/branding/upload"))
        .header(header::ACCEPT, "text/html")
        .header("sec-fetch-site", "same-origin")
        .multipart(form)
        .send()
        .await
        .unwrap()
}

/// The page at `path`, as HTML, without the isolation marks Fluent puts
/// around the values in a message.
pub async fn page(app: &TestApp, client: &Client, path: &str, lang: &str) -> String {
    app.page_in(client, path, lang).await.replace(['\u{2068}', '\u{2069}'], "")
}

/// A PNG of `width` × `height` pixels in one colour.
pub fn png(width: u32, height: u32) -> Vec<u8> {
    let image = image::RgbaImage::from_pixel(width, height, image::Rgba([200, 30, 40, 255]));
    let mut out = std::io::Cursor::new(Vec::new());
    image.write_to(&mut out, image::ImageFormat::Png).unwrap();
    out.into_inner()
}

/// A JPEG of `width` × `height` pixels.
pub fn jpeg(width: u32, height: u32) -> Vec<u8> {
    let image = image::RgbImage::from_fn(width, height, |x, y| image::Rgb([x as u8, y as u8, 90]));
    let mut out = std::io::Cursor::new(Vec::new());
    image.write_to(&mut out, image::ImageFormat::Jpeg).unwrap();
    out.into_inner()
}

/// Where a studio post sent the browser.
pub fn outcome(response: &Response) -> String {
    assert_eq!(response.status(), reqwest::StatusCode::SEE_OTHER, "a studio post redirects");
    crate::helpers::location(response).unwrap_or_default()
}
