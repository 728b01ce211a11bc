use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// The localized words of the strength meter, resolved on the server.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PasswordStrengthText {
    /// Five sentences, from "very weak" (score 0) to "very strong" (4).
    pub levels: Vec<String>,
    /// Says that the rules, not the meter, decide.
    pub note: String,
}

/// A strength meter under the password field `field_id`, from zxcvbn in
/// the browser. Only advice: the server applies the password policy
/// whatever the meter says. Without JavaScript it is not shown at all;
/// the estimator (large) is fetched only when the field is first used.
#[cfg_attr(feature = "islands", island)]
#[cfg_attr(not(feature = "islands"), component)]
pub fn PasswordStrength(field_id: String, text: PasswordStrengthText) -> impl IntoView {
    let score = RwSignal::new(None::<u8>);
    let hydrated = RwSignal::new(false);
    // Effects run only in the browser.
    Effect::new(move |_| {
        hydrated.set(true);
        browser::watch(field_id.clone(), score);
    });
    let PasswordStrengthText { levels, note } = text;
    let label =
        move || score.get().and_then(|s| levels.get(usize::from(s)).cloned()).unwrap_or_default();
    view! {
        <Show when=move || hydrated.get()>
            <div class="strength">
                <meter
                    min="0"
                    max="4"
                    low="2"
                    high="3"
                    optimum="4"
                    value=move || score.get().unwrap_or(0).to_string()
                    aria-hidden="true"
                ></meter>
                <p class="strength-label" role="status" aria-live="polite">
                    {label.clone()}
                </p>
                <p class="field-hint">{note.clone()}</p>
            </div>
        </Show>
    }
}

#[cfg(not(feature = "hydrate"))]
mod browser {
    use leptos::prelude::RwSignal;

    pub fn watch(_field_id: String, _score: RwSignal<Option<u8>>) {}
}

#[cfg(feature = "hydrate")]
mod browser {
    use leptos::prelude::*;
    use wasm_bindgen::{closure::Closure, JsCast, JsValue};

    /// Where the estimator is served from (copied there by the build).
    const ESTIMATOR_URL: &str = "/pkg/zxcvbn.js";

    /// zxcvbn's own advice: longer input adds nothing but time.
    const MAX_CHARS: usize = 100;

    /// Scores the field on every input, loading the estimator first.
    pub fn watch(field_id: String, score: RwSignal<Option<u8>>) {
        let id = field_id.clone();
        let handle = window_event_listener(leptos::ev::input, move |event| {
            let is_field = event
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .is_some_and(|e| e.id() == id);
            if is_field {
                rescore(&id, score);
            }
        });
        on_cleanup(move || handle.remove());
        // A value kept by the browser (back button) is scored at once.
        if !value_of(&field_id).is_empty() {
            rescore(&field_id, score);
        }
    }

    fn value_of(field_id: &str) -> String {
        crate::ui::dom_value(field_id).unwrap_or_default()
    }

    fn rescore(field_id: &str, score: RwSignal<Option<u8>>) {
        let value = value_of(field_id);
        if value.is_empty() {
            score.set(None);
            return;
        }
        match estimator() {
            Some(zxcvbn) => score.set(estimate(&zxcvbn, &value)),
            None => load_then(field_id.to_owned(), score),
        }
    }

    fn estimator() -> Option<js_sys::Function> {
        js_sys::Reflect::get(&window(), &JsValue::from_str("zxcvbn")).ok()?.dyn_into().ok()
    }

    fn estimate(zxcvbn: &js_sys::Function, value: &str) -> Option<u8> {
        let head: String = value.chars().take(MAX_CHARS).collect();
        let result = zxcvbn.call1(&JsValue::NULL, &JsValue::from_str(&head)).ok()?;
        let score = js_sys::Reflect::get(&result, &JsValue::from_str("score")).ok()?.as_f64()?;
        Some(score.clamp(0.0, 4.0) as u8)
    }

    /// Adds the estimator's script once; scores the field when it arrives.
    fn load_then(field_id: String, score: RwSignal<Option<u8>>) {
        let document = document();
        if document.get_element_by_id("zxcvbn-script").is_some() {
            return;
        }
        let Ok(script) = document.create_element("script") else { return };
        script.set_id("zxcvbn-script");
        let _ = script.set_attribute("src", ESTIMATOR_URL);
        let _ = script.set_attribute("async", "");
        let loaded = Closure::once_into_js(move || rescore(&field_id, score));
        let _ = script.add_event_listener_with_callback("load", loaded.unchecked_ref());
        if let Some(body) = document.body() {
            let _ = body.append_child(&script);
        }
    }
}
