use crate::domain::branding::AssetSlot;
use crate::i18n::use_i18n;
use leptos::prelude::*;

/// What the last post did, from the studio's address: `done=…` as a
/// status, `refused=…` as an alert naming the reason.
#[component]
pub fn StudioNotice(
    done: Option<String>,
    refused: Option<String>,
    image_slot: Option<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let slot = image_slot.as_deref().and_then(AssetSlot::parse);
    if let Some(reason) = refused {
        let mut args: Vec<(&str, String)> = Vec::new();
        if let Some(slot) = slot {
            let (bytes, width, height) = slot.limits();
            args.push(("slot", i18n.t(&format!("studio-field-image-{}", slot.as_str()))));
            args.push(("kilobytes", (bytes / 1024).to_string()));
            args.push(("width", width.to_string()));
            args.push(("height", height.to_string()));
        }
        let args: Vec<(&str, &str)> = args.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let text = i18n.t_with(&format!("studio-refused-{reason}"), &args);
        return view! { <div class="form-error studio-notice" role="alert" id="studio-notice" tabindex="-1" autofocus=true>{text}</div> }
            .into_any();
    }
    match done {
        Some(done) => view! { <p class="notice studio-notice" role="status">{i18n.t(&format!("studio-done-{done}"))}</p> }.into_any(),
        None => ().into_any(),
    }
}
