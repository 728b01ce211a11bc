//! The texts of codes and notifications, in the user's language. Fluent's
//! bidi isolation marks are for pages, not for mail and SMS, so they are
//! dropped here.

use app::domain::channel::Channel;
use app::domain::verification_code::CODE_LIFETIME;
use app::i18n::{I18n, Lang};
use app::services::OutgoingMessage;
use secrecy::{ExposeSecret, SecretString};

fn plain(text: String) -> String {
    text.replace(['\u{2068}', '\u{2069}'], "")
}

pub(crate) fn code_message(
    channel: Channel,
    to: &str,
    code: &SecretString,
    lang: Lang,
) -> OutgoingMessage {
    let i18n = I18n::new(lang);
    let minutes = (CODE_LIFETIME.as_secs() / 60).to_string();
    // Read aloud digit by digit on a voice call.
    let spoken: String =
        code.expose_secret().chars().map(String::from).collect::<Vec<_>>().join(", ");
    let args = [("code", code.expose_secret()), ("minutes", minutes.as_str())];
    let (subject, body) = match channel {
        Channel::Email => (
            plain(i18n.t("message-code-email-subject")),
            plain(i18n.t_with("message-code-email-body", &args)),
        ),
        Channel::Sms => (String::new(), plain(i18n.t_with("message-code-sms", &args))),
        Channel::Voice => {
            (String::new(), plain(i18n.t_with("message-code-voice", &[("code", spoken.as_str())])))
        }
    };
    OutgoingMessage {
        channel,
        to: to.to_owned(),
        lang: lang.tag().to_owned(),
        subject,
        body: SecretString::from(body),
        code: Some(code.clone()),
    }
}

/// Tells a previous address that the security info changed, naming what
/// changed and never the new values.
pub(super) fn change_notice(to: &str, changed: &[&str], lang: Lang) -> OutgoingMessage {
    let i18n = I18n::new(lang);
    let list: Vec<String> = changed.iter().map(|key| format!("- {}", plain(i18n.t(key)))).collect();
    let list = list.join("\n");
    OutgoingMessage {
        channel: Channel::Email,
        to: to.to_owned(),
        lang: lang.tag().to_owned(),
        subject: plain(i18n.t("message-changed-subject")),
        body: SecretString::from(plain(i18n.t_with("message-changed-body", &[("changes", &list)]))),
        code: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_messages_carry_the_code_in_the_users_language_without_bidi_marks() {
        let code = SecretString::from("042917");
        let mail = code_message(Channel::Email, "ada@home.example", &code, Lang::It);
        assert_eq!(mail.subject, "Il Suo codice di verifica");
        let body = mail.body.expose_secret();
        assert!(body.contains("042917") && body.contains("10 minuti"), "{body}");
        assert!(!body.contains(['\u{2068}', '\u{2069}']), "{body:?}");
        // Right-to-left text gets no marks either: mail and SMS clients
        // lay out the code themselves.
        for channel in [Channel::Email, Channel::Sms] {
            let message = code_message(channel, "+972501234567", &code, Lang::Ar);
            let body = message.body.expose_secret();
            assert!(body.contains("042917"), "{body}");
            let marks = ['\u{200e}', '\u{200f}', '\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}'];
            assert!(!body.contains(marks) && !message.subject.contains(marks), "{body:?}");
        }
        let call = code_message(Channel::Voice, "+393331234567", &code, Lang::En);
        assert!(call.body.expose_secret().contains("0, 4, 2, 9, 1, 7"), "read digit by digit");
    }

    #[test]
    fn change_notices_name_what_changed_and_nothing_else() {
        let notice = change_notice("ada@home.example", &["message-changed-phone"], Lang::En);
        let body = notice.body.expose_secret();
        assert!(body.contains("- the authentication phone"), "{body}");
        assert!(notice.code.is_none());
    }
}
