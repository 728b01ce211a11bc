//! What one email says, in its language: the message and the brand's
//! footer. The plain-text and HTML parts are both made from it, so they
//! cannot say different things.

use crate::branding::MailBrand;
use app::i18n::{I18n, Lang};
use app::services::OutgoingMessage;
use secrecy::ExposeSecret;

/// Fluent isolates placeables with bidi marks, which suit pages; mail and
/// SMS clients lay out the text themselves.
pub(super) fn plain(text: String) -> String {
    text.replace(['\u{2068}', '\u{2069}'], "")
}

/// The language a message was written in; the messages are composed with
/// [`Lang::tag`], so anything else means a caller's slip.
pub(super) fn message_lang(tag: &str) -> Lang {
    Lang::parse_setting(tag).unwrap_or_else(|_| app::i18n::fallback())
}

/// The organisation's name, when the brand sets a non-blank one.
pub(super) fn organisation_name(brand: &MailBrand) -> Option<&str> {
    brand.organisation_name.as_deref().map(str::trim).filter(|name| !name.is_empty())
}

/// One footer link.
pub(super) struct FooterLink {
    pub label: String,
    pub href: String,
}

pub(super) struct Letter<'a> {
    pub lang: Lang,
    pub subject: &'a str,
    /// The message text, code included.
    pub body: &'a str,
    /// The organisation's name, or the product's when none is set.
    pub organisation: String,
    pub sent_by: String,
    pub links: Vec<FooterLink>,
}

impl<'a> Letter<'a> {
    pub fn new(message: &'a OutgoingMessage, lang: Lang, brand: &MailBrand) -> Self {
        let i18n = I18n::new(lang);
        let organisation =
            organisation_name(brand).map_or_else(|| plain(i18n.t("product-name")), str::to_owned);
        let sent_by =
            plain(i18n.t_with("email-footer-sent-by", &[("organisation", &organisation)]));
        let links = [
            ("email-footer-privacy", &brand.privacy_href),
            ("email-footer-terms", &brand.terms_href),
            ("email-footer-helpdesk", &brand.helpdesk_href),
        ]
        .into_iter()
        .filter_map(|(key, href)| {
            let href = href.as_deref()?.trim();
            // The branding checks these; a link that slipped through
            // (javascript:, data:) must still never reach a mail client.
            let scheme = href.split_once(':')?.0.to_ascii_lowercase();
            (scheme == "https" || scheme == "mailto")
                .then(|| FooterLink { label: plain(i18n.t(key)), href: href.to_owned() })
        })
        .collect();
        Self {
            lang,
            subject: &message.subject,
            body: message.body.expose_secret(),
            organisation,
            sent_by,
            links,
        }
    }

    /// The text part: the message, then a signature-style footer with the
    /// links written out, since plain text has no anchors.
    pub fn plain_text(&self) -> String {
        let mut text = self.body.trim_end().to_owned();
        // "-- " on its own line: mail clients know it starts a signature.
        text.push_str("\n\n-- \n");
        text.push_str(&self.sent_by);
        for link in &self.links {
            text.push('\n');
            text.push_str(&link.label);
            text.push_str(": ");
            text.push_str(shown_address(&link.href));
        }
        text.push('\n');
        text
    }
}

/// A `mailto:` link is shown as the bare address, which every client
/// links by itself; anything with a query is shown whole.
fn shown_address(href: &str) -> &str {
    match href.split_at_checked(7) {
        Some((scheme, address))
            if scheme.eq_ignore_ascii_case("mailto:") && !address.contains('?') =>
        {
            address
        }
        _ => href,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use app::domain::channel::Channel;
    use secrecy::SecretString;

    fn message(lang: Lang) -> OutgoingMessage {
        OutgoingMessage {
            channel: Channel::Email,
            to: "ada@home.example".into(),
            lang: lang.tag().into(),
            subject: "Subject".into(),
            body: SecretString::from("Your code is 042917.\n"),
            code: None,
        }
    }

    #[test]
    fn the_text_part_ends_with_the_organisation_and_the_links_written_out() {
        let brand = MailBrand {
            organisation_name: Some(" Contoso ".into()),
            privacy_href: Some("https://contoso.example/privacy".into()),
            terms_href: Some("javascript:alert(1)".into()),
            helpdesk_href: Some("mailto:help@contoso.example".into()),
            ..MailBrand::unbranded()
        };
        let message = message(Lang::En);
        let letter = Letter::new(&message, Lang::En, &brand);
        let text = letter.plain_text();
        assert!(text.starts_with("Your code is 042917.\n\n-- \n"), "{text}");
        assert!(text.contains("Contoso") && !text.contains(['\u{2068}', '\u{2069}']), "{text}");
        assert!(text.contains("Privacy: https://contoso.example/privacy\n"), "{text}");
        assert!(text.contains("Helpdesk: help@contoso.example\n"), "{text}");
        assert!(!text.contains("javascript") && !text.contains("Terms"), "{text}");
    }

    #[test]
    fn without_an_organisation_name_the_product_signs() {
        let message = message(Lang::It);
        let brand = MailBrand { organisation_name: Some("  ".into()), ..MailBrand::unbranded() };
        let letter = Letter::new(&message, Lang::It, &brand);
        assert_eq!(letter.organisation, I18n::new(Lang::It).t("product-name"));
        assert!(letter.links.is_empty());
        assert_eq!(message_lang("pt-BR"), Lang::PtBr);
    }
}
