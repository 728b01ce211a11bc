use super::studio_text::layer_name;
use crate::i18n::{offered, use_i18n, Lang};
use leptos::prelude::*;

/// Chooses the layer to edit: the default, or one language's overrides
/// (marked when it has some). A GET form: it changes nothing.
#[component]
pub fn LayerPicker(layer: Option<Lang>, overridden: Vec<Lang>) -> impl IntoView {
    let i18n = use_i18n();
    let options = offered()
        .iter()
        .copied()
        .map(|lang| {
            let mut name = layer_name(i18n, Some(lang));
            if overridden.contains(&lang) {
                name = i18n.t_with("studio-layer-overridden", &[("language", &name)]);
            }
            view! { <option value=lang.tag() selected=layer == Some(lang)>{name}</option> }
        })
        .collect_view();
    view! {
        <form class="studio-layer" method="get" action="/admin/branding">
            <label for="layer">{i18n.t("studio-layer-label")}</label>
            <select id="layer" name="layer">
                <option value="" selected=layer.is_none()>{layer_name(i18n, None)}</option>
                {options}
            </select>
            <button type="submit" class="button-secondary">{i18n.t("studio-layer-open")}</button>
        </form>
    }
}
