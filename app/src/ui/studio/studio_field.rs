use crate::i18n::use_i18n;
use leptos::prelude::*;

/// One text setting: its label, the value in this layer, what it falls
/// back to when left empty, and its problem (tied to the field).
#[component]
pub fn StudioField(
    name: String,
    label: String,
    value: Option<String>,
    /// Shown as "from the default" in a language layer.
    inherited: Option<String>,
    problem: Option<String>,
    #[prop(optional)] multiline: bool,
    #[prop(optional)] ltr: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let hint_id = format!("{name}-hint");
    let error_id = format!("{name}-error");
    let fallback = inherited.clone();
    let hint = inherited.map(|v| i18n.t_with("studio-inherited", &[("value", &v)]));
    let described =
        [hint.as_ref().map(|_| hint_id.clone()), problem.as_ref().map(|_| error_id.clone())]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" ");
    let described = (!described.is_empty()).then_some(described);
    let invalid = problem.is_some().then_some("true");
    let dir = ltr.then_some("ltr");
    let input = if multiline {
        view! {
            <textarea id=name.clone() name=name.clone() rows="6" dir=dir data-fallback=fallback aria-invalid=invalid aria-describedby=described>
                {value.unwrap_or_default()}
            </textarea>
        }
        .into_any()
    } else {
        view! {
            <input id=name.clone() name=name.clone() type="text" value=value dir=dir data-fallback=fallback aria-invalid=invalid aria-describedby=described/>
        }
        .into_any()
    };
    view! {
        <div class="field">
            <label for=name.clone()>{label}</label>
            {input}
            {hint.map(|h| view! { <p class="field-hint" id=hint_id>{h}</p> })}
            {problem.map(|p| view! { <p class="field-error" id=error_id>{p}</p> })}
        </div>
    }
}
