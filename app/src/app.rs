use crate::i18n::{page_lang, provide_i18n};
use crate::ui::{
    AccountPage, DeleteMethodPage, DemoOutboxPage, LanguagePicker, NotFoundPage,
    ReauthenticatePage, RegistrationPage, RegistrationPromptPage, ResetFlowPage, ResetPage,
    SecurityInfoPage, SignInPage, SiteFooter, SiteHeader, StudioPage,
};
use leptos::prelude::*;
use leptos_meta::provide_meta_context;
use leptos_router::{
    components::{Route, Router, Routes},
    path, SsrMode,
};

/// The HTML document around the app, rendered on the server only.
#[cfg(feature = "ssr")]
pub fn shell(options: LeptosOptions) -> impl IntoView {
    use leptos_meta::MetaTags;

    let lang = page_lang();
    let brand = crate::api::provide_page_brand(lang);
    set_content_security_policy();
    view! {
        <!DOCTYPE html>
        <html lang=lang.tag() dir=lang.dir()>
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <meta name="referrer" content="no-referrer"/>
                <link rel="icon" href=brand.favicon.clone().unwrap_or_else(|| "data:,".to_owned())/>
                <link rel="stylesheet" href=format!("/{}/{}.css", options.site_pkg_dir, options.output_name)/>
                {brand.square_logo.clone().map(|l| view! { <link rel="apple-touch-icon" href=l.href/> })}
                // After the product's: the organisation's colours and rules win.
                {brand.stylesheet.clone().map(|href| view! { <link rel="stylesheet" href=href/> })}
                <HydrationScripts options=options.clone() islands=cfg!(feature = "islands")/>
                <MetaTags/>
            </head>
            <body>
                <App/>
            </body>
        </html>
    }
}

/// The policy for pages: scripts only with this response's nonce (and what
/// they load), wasm compilation allowed, no framing, forms post here only.
#[cfg(feature = "ssr")]
pub fn content_security_policy(nonce: &str) -> String {
    format!(
        "default-src 'self'; script-src 'nonce-{nonce}' 'strict-dynamic' 'wasm-unsafe-eval'; \
         style-src 'self'; img-src 'self' data:; connect-src 'self'; font-src 'self'; \
         form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'"
    )
}

#[cfg(feature = "ssr")]
fn set_content_security_policy() {
    use http::{header::CONTENT_SECURITY_POLICY, HeaderValue};
    use leptos::nonce::use_nonce;
    use leptos_axum::ResponseOptions;

    if let (Some(nonce), Some(res)) = (use_nonce(), use_context::<ResponseOptions>()) {
        if let Ok(value) = HeaderValue::from_str(&content_security_policy(&nonce)) {
            res.insert_header(CONTENT_SECURITY_POLICY, value);
        }
    }
}

/// Routes and the frame every page shares.
#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    provide_i18n(page_lang());
    view! {
        <Router>
            <SiteHeader>
                <LanguagePicker/>
            </SiteHeader>
            <main id="main" class="page">
                <Routes fallback=NotFoundPage>
                    // Async: the whole page is rendered before it is sent, so
                    // it is complete without the script that streaming needs.
                    <Route path=path!("") view=SignInPage ssr=SsrMode::Async/>
                    <Route path=path!("account") view=AccountPage ssr=SsrMode::Async/>
                    <Route path=path!("reset") view=ResetPage ssr=SsrMode::Async/>
                    <Route path=path!("reset/verify") view=ResetFlowPage ssr=SsrMode::Async/>
                    <Route path=path!("register") view=RegistrationPage ssr=SsrMode::Async/>
                    <Route path=path!("security-info") view=SecurityInfoPage ssr=SsrMode::Async/>
                    <Route
                        path=path!("security-info/delete")
                        view=DeleteMethodPage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("security-info/verify")
                        view=ReauthenticatePage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("register/prompt")
                        view=RegistrationPromptPage
                        ssr=SsrMode::Async
                    />
                    // Demonstration mode only; a 404 otherwise.
                    <Route path=path!("dev/outbox") view=DemoOutboxPage ssr=SsrMode::Async/>
                    <Route path=path!("admin/branding") view=StudioPage ssr=SsrMode::Async/>
                </Routes>
            </main>
            <SiteFooter/>
        </Router>
    }
}
