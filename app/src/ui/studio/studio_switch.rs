use crate::i18n::use_i18n;
use leptos::prelude::*;

/// A setting that is on or off, or left to the layer below.
#[component]
pub fn StudioSwitch(
    name: &'static str,
    label: String,
    value: Option<bool>,
    inherit_label: String,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="field">
            <label for=name>{label}</label>
            <select id=name name=name>
                <option value="" selected=value.is_none()>{inherit_label}</option>
                <option value="show" selected=value == Some(true)>{i18n.t("studio-show")}</option>
                <option value="hide" selected=value == Some(false)>{i18n.t("studio-hide")}</option>
            </select>
        </div>
    }
}
