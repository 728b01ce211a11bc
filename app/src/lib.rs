//! sspr: self-service password reset and security-info registration.
//!
//! This crate holds everything the browser and the server share: pages,
//! server functions, domain rules and localization. The `ssr` feature
//! builds the server side, `hydrate` the WebAssembly that makes pages
//! interactive, `islands` limits that to the interactive parts.

pub mod api;
mod app;
pub mod contract;
pub mod domain;
pub mod i18n;
#[cfg(feature = "ssr")]
pub mod request_cookies;
#[cfg(feature = "ssr")]
pub mod services;
pub mod ui;

pub use app::App;
#[cfg(feature = "ssr")]
pub use app::{content_security_policy, shell};

/// Browser entry point: called by the hydration script once the wasm is
/// loaded. The page language is already in `<html lang>`.
#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    #[cfg(feature = "islands")]
    {
        // Without a client router a server-side redirect is a page load.
        let _ = leptos::server_fn::redirect::set_redirect_hook(|location: &str| {
            if let Some(window) = web_sys::window() {
                let _ = window.location().set_href(location);
            }
        });
        leptos::mount::hydrate_islands();
    }
    #[cfg(not(feature = "islands"))]
    leptos::mount::hydrate_body(App);
}
