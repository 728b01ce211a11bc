use super::method_label::{method_key, source_key};
use crate::contract::MethodLine;
use crate::domain::sspr_policy::Method;
use crate::i18n::use_i18n;
use leptos::prelude::*;

/// Registered methods with masked values and their sources.
#[component]
pub fn MethodList(lines: Vec<MethodLine>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <dl class="method-list">
            {lines
                .into_iter()
                .map(|line| {
                    // A masked address or number reads left to right in every language.
                    let (value, dir) = if line.method == Method::SecurityQuestions {
                        (i18n.t_count("method-questions-count", &[("count", line.value.parse().unwrap_or_default())]), None)
                    } else {
                        (line.value, Some("ltr"))
                    };
                    view! {
                        <dt>{i18n.t(method_key(line.method))}</dt>
                        <dd>
                            <span class="method-value" dir=dir>{value}</span>
                            {line.source.map(|s| view! { <span class="method-source">{i18n.t(source_key(s))}</span> })}
                        </dd>
                    }
                })
                .collect_view()}
        </dl>
    }
}
