/// The value the form control `id` holds in the page now: what the user
/// picked or typed before the page was hydrated, which the island's state
/// must start from rather than overwrite.
#[cfg(feature = "hydrate")]
pub fn dom_value(id: &str) -> Option<String> {
    use wasm_bindgen::JsValue;
    let element = leptos::prelude::document().get_element_by_id(id)?;
    js_sys::Reflect::get(&element, &JsValue::from_str("value")).ok()?.as_string()
}

/// On the server there is no page yet.
#[cfg(not(feature = "hydrate"))]
pub fn dom_value(_id: &str) -> Option<String> {
    None
}
