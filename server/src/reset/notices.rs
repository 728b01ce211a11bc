//! The emails a reset sends: to the user, and to the other administrators
//! when an administrator reset their own password. They say what happened
//! and where to sign in (the configured address, never the request's).

use app::domain::channel::Channel;
use app::domain::email::Email;
use app::i18n::{I18n, Lang};
use app::services::OutgoingMessage;
use secrecy::SecretString;
use url::Url;

fn plain(text: String) -> String {
    text.replace(['\u{2068}', '\u{2069}'], "")
}

fn email(to: &Email, subject: String, body: String, lang: Lang) -> OutgoingMessage {
    OutgoingMessage {
        channel: Channel::Email,
        to: to.as_str().to_owned(),
        lang: lang.tag().to_owned(),
        subject: plain(subject),
        body: SecretString::from(plain(body)),
        code: None,
    }
}

pub(super) fn user_notice(
    base: &Url,
    to: &Email,
    unlocked_only: bool,
    lang: Lang,
) -> OutgoingMessage {
    let i18n = I18n::new(lang);
    let args = [("url", base.as_str())];
    if unlocked_only {
        email(
            to,
            i18n.t("message-unlocked-subject"),
            i18n.t_with("message-unlocked-body", &args),
            lang,
        )
    } else {
        email(to, i18n.t("message-reset-subject"), i18n.t_with("message-reset-body", &args), lang)
    }
}

pub(super) fn admin_notice(base: &Url, to: &Email, admin: &str, lang: Lang) -> OutgoingMessage {
    let i18n = I18n::new(lang);
    let args = [("admin", admin), ("url", base.as_str())];
    email(
        to,
        i18n.t_with("message-admin-reset-subject", &args),
        i18n.t_with("message-admin-reset-body", &args),
        lang,
    )
}
