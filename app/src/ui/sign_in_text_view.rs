use crate::domain::branding::{SignInText, TextSegment};
use leptos::prelude::*;

/// The organisation's sign-in text: its words as text, its line breaks,
/// its `https` addresses as links. Never markup.
#[component]
pub fn SignInTextView(text: SignInText) -> impl IntoView {
    let parts = text
        .segments()
        .into_iter()
        .map(|segment| match segment {
            TextSegment::Text(t) => t.into_any(),
            TextSegment::LineBreak => view! { <br/> }.into_any(),
            TextSegment::Link(href) => {
                let shown = href.clone();
                view! { <a href=href dir="ltr">{shown}</a> }.into_any()
            }
        })
        .collect_view();
    view! { <p class="sign-in-text">{parts}</p> }
}
