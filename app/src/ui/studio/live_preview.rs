use crate::domain::branding::ColourToken;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// The words of the miniature sign-in page, already localized.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LivePreviewText {
    pub heading: String,
    pub caption: String,
    pub sign_in: String,
    pub organisation: String,
    pub sign_in_text: String,
    pub cant_access: String,
}

/// A miniature sign-in page that follows the settings form as the
/// designer types: colours and texts, before anything is saved. It needs
/// script, so it stays hidden until hydrated; without JavaScript the
/// "Preview" button walks the real pages instead.
#[cfg_attr(feature = "islands", island)]
#[cfg_attr(not(feature = "islands"), component)]
pub fn LivePreview(text: LivePreviewText) -> impl IntoView {
    Effect::new(move |_| {
        follow_the_form();
        let handle = window_event_listener(leptos::ev::input, move |_| follow_the_form());
        on_cleanup(move || handle.remove());
    });
    view! {
        <section class="studio-live" id="studio-live" hidden=true aria-labelledby="studio-live-heading">
            <h2 id="studio-live-heading">{text.heading}</h2>
            <p class="field-hint">{text.caption}</p>
            <div class="studio-live-page" id="studio-live-page" aria-hidden="true">
                <div class="studio-live-header" id="studio-live-org">{text.organisation}</div>
                <div class="studio-live-card">
                    <p class="studio-live-title">{text.sign_in.clone()}</p>
                    <p class="studio-live-text" id="studio-live-text">{text.sign_in_text}</p>
                    <span class="studio-live-button">{text.sign_in}</span>
                    <span class="studio-live-link" id="studio-live-link">{text.cant_access}</span>
                </div>
            </div>
        </section>
    }
}

/// Copies the form's colours onto the miniature page (an empty or
/// unfinished colour shows what it falls back to) and its texts.
#[cfg(feature = "hydrate")]
fn follow_the_form() {
    use wasm_bindgen::JsCast;
    let document = document();
    let element = |id: &str| document.get_element_by_id(id);
    let Some(page) =
        element("studio-live-page").and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    if let Some(section) = element("studio-live") {
        let _ = section.remove_attribute("hidden");
    }
    for token in ColourToken::ALL {
        let id = format!("colour-{}", token.as_str());
        let typed = super::super::dom_value(&id)
            .filter(|v| crate::domain::branding::Colour::parse(v).is_ok());
        let fallback = element(&id).and_then(|e| e.get_attribute("data-fallback"));
        if let Some(colour) = typed.or(fallback) {
            let _ = page.style().set_property(token.css_property(), &colour);
        }
    }
    for (field, target) in [
        ("organisation-name", "studio-live-org"),
        ("sign-in-text", "studio-live-text"),
        ("cant-access-label", "studio-live-link"),
    ] {
        let typed = super::super::dom_value(field).filter(|v| !v.trim().is_empty());
        let fallback = element(field).and_then(|e| e.get_attribute("data-fallback"));
        if let (Some(text), Some(target)) = (typed.or(fallback), element(target)) {
            target.set_text_content(Some(&text));
        }
    }
}

#[cfg(not(feature = "hydrate"))]
fn follow_the_form() {
    let _ = ColourToken::ALL;
}
