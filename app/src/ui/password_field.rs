use super::FieldError;
use crate::i18n::use_i18n;
use leptos::prelude::*;

/// A password input with its label and error. The show/hide button needs
/// script, so it appears only once the page is hydrated.
#[component]
pub fn PasswordField(
    id: &'static str,
    name: &'static str,
    label_key: &'static str,
    error_id: &'static str,
    autocomplete: &'static str,
    #[prop(into)] error: Signal<Option<String>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let hydrated = RwSignal::new(false);
    // Effects never run on the server: this flips only in the browser.
    Effect::new(move |_| hydrated.set(true));
    let visible = RwSignal::new(false);
    view! {
        <div class="field">
            <label for=id>{i18n.t(label_key)}</label>
            <div class="password-row">
                <input
                    id=id
                    name=name
                    type=move || if visible.get() { "text" } else { "password" }
                    autocomplete=autocomplete
                    required=true
                    aria-invalid=move || error.get().is_some().then_some("true")
                    aria-describedby=move || error.get().is_some().then_some(error_id)
                />
                <Show when=move || hydrated.get()>
                    <button
                        type="button"
                        class="button-secondary password-toggle"
                        aria-controls=id
                        aria-pressed=move || visible.get().to_string()
                        on:click=move |_| visible.update(|v| *v = !*v)
                    >
                        {move || i18n.t(if visible.get() { "password-hide" } else { "password-show" })}
                    </button>
                </Show>
            </div>
            <FieldError id=error_id message=error/>
        </div>
    }
}
