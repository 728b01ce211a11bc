use crate::i18n::use_i18n;
use leptos::prelude::*;

/// "Step 2 of 3", announced as the page's position in the wizard.
#[component]
pub fn StepIndicator(number: usize, of: usize) -> impl IntoView {
    let i18n = use_i18n();
    let (n, total) = (number.to_string(), of.to_string());
    view! {
        <p class="step-indicator" aria-current="step">
            {i18n.t_with("wizard-step-of", &[("number", &n), ("total", &total)])}
        </p>
    }
}
