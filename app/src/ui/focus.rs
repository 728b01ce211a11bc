/// Moves the keyboard focus to the element `id`: after a refused form,
/// to the first field in error or to the form's message, as the server
/// render does with `autofocus` when the page is sent back.
#[cfg(feature = "hydrate")]
pub fn focus_element(id: &str) {
    use wasm_bindgen::JsCast;
    let element = leptos::prelude::document()
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(element) = element {
        let _ = element.focus();
    }
}

/// On the server there is no page to focus in.
#[cfg(not(feature = "hydrate"))]
pub fn focus_element(_id: &str) {}
