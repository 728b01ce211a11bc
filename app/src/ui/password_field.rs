use super::FieldError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// The localized words of a password field.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PasswordFieldText {
    pub label: String,
    pub show: String,
    pub hide: String,
}

/// A password input with its label and error. The show/hide button needs
/// script, so it appears only once the page is hydrated. `autofocus`: the
/// page was sent back refusing this field, which gets the focus.
#[component]
pub fn PasswordField(
    id: &'static str,
    name: &'static str,
    text: PasswordFieldText,
    error_id: &'static str,
    autocomplete: &'static str,
    #[prop(into)] error: Signal<Option<String>>,
    #[prop(optional)] autofocus: bool,
) -> impl IntoView {
    let hydrated = RwSignal::new(false);
    // Effects never run on the server: this flips only in the browser.
    Effect::new(move |_| hydrated.set(true));
    let visible = RwSignal::new(false);
    let PasswordFieldText { label, show, hide } = text;
    view! {
        <div class="field">
            <label for=id>{label}</label>
            <div class="password-row">
                <input
                    id=id
                    name=name
                    type=move || if visible.get() { "text" } else { "password" }
                    autocomplete=autocomplete
                    required=true
                    autofocus=autofocus
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
                        {
                            let (show, hide) = (show.clone(), hide.clone());
                            move || if visible.get() { hide.clone() } else { show.clone() }
                        }
                    </button>
                </Show>
            </div>
            <FieldError id=error_id message=error/>
        </div>
    }
}
