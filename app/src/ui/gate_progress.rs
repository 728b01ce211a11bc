use crate::contract::GateProgress;
use crate::i18n::use_i18n;
use leptos::prelude::*;

/// "Verification 1 of 2", shown only when a reset needs two.
#[component]
pub fn GateProgressLine(progress: GateProgress) -> impl IntoView {
    let i18n = use_i18n();
    let (n, total) = (progress.number.to_string(), progress.of.to_string());
    (progress.of > 1).then(|| {
        view! {
            <p class="step-indicator" aria-current="step">
                {i18n.t_with("reset-gate-of", &[("number", &n), ("total", &total)])}
            </p>
        }
    })
}
