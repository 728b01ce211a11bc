use leptos::prelude::*;

/// The error under a field, referenced by the field's `aria-describedby`.
#[component]
pub fn FieldError(
    id: &'static str,
    #[prop(into)] message: Signal<Option<String>>,
) -> impl IntoView {
    view! {
        <Show when=move || message.get().is_some()>
            <p id=id class="field-error">{move || message.get()}</p>
        </Show>
    }
}
