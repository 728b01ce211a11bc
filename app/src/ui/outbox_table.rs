use crate::api::{OutboxEntry, OUTBOX_PAGE_SIZE};
use crate::domain::channel::Channel;
use crate::i18n::use_i18n;
use leptos::prelude::*;

/// The demo outbox's messages, newest first, each in full.
#[component]
pub fn OutboxTable(messages: Vec<OutboxEntry>) -> impl IntoView {
    let i18n = use_i18n();
    if messages.is_empty() {
        return view! { <p class="outbox-empty">{i18n.t("outbox-empty")}</p> }.into_any();
    }
    let limit = OUTBOX_PAGE_SIZE.to_string();
    let rows = messages.into_iter().map(|m| row(i18n, m)).collect_view();
    view! {
        // Scrolls sideways on a narrow screen instead of squeezing the bodies.
        <div class="outbox-scroll">
            <table class="outbox-table">
                <caption>{i18n.t_with("outbox-caption", &[("limit", &limit)])}</caption>
                <thead>
                    <tr>
                        <th scope="col">{i18n.t("outbox-time")}</th>
                        <th scope="col">{i18n.t("outbox-channel")}</th>
                        <th scope="col">{i18n.t("outbox-recipient")}</th>
                        <th scope="col">{i18n.t("outbox-subject")}</th>
                        <th scope="col">{i18n.t("outbox-body")}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
    .into_any()
}

fn row(i18n: crate::i18n::I18n, m: OutboxEntry) -> impl IntoView {
    let channel = match m.channel {
        Channel::Email => i18n.t("outbox-channel-email"),
        Channel::Sms => i18n.t("outbox-channel-sms"),
        Channel::Voice => i18n.t("outbox-channel-voice"),
    };
    view! {
        <tr class="outbox-message">
            <td class="outbox-time">
                <time datetime=m.machine_time>{m.shown_time}</time>
            </td>
            <td class="outbox-channel">{channel}</td>
            <td class="outbox-recipient" dir="ltr">{m.recipient}</td>
            <td class="outbox-subject">{m.subject}</td>
            <td class="outbox-body">{m.body}</td>
        </tr>
    }
}
