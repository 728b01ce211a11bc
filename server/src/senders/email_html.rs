//! The HTML part of an email: tables and inline styles, which is what mail
//! clients reliably render. No scripts, no external stylesheets and no
//! remote images; the logo travels inline. With images blocked the header
//! still names the organisation (the logo's alt text), and the text part
//! says everything too.

use super::letter::Letter;
use crate::branding::{MailBrand, MailLogo};
use app::domain::branding::ColourToken;
use html_escape::{encode_double_quoted_attribute as attr, encode_text as text};
use std::fmt::Write;

/// The logo as the HTML part refers to it.
pub(super) struct InlineLogo<'a> {
    /// Without the angle brackets of the Content-ID header.
    pub content_id: &'a str,
    pub logo: &'a MailLogo,
}

const FONTS: &str = "-apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif";
/// The tallest the logo is shown, in CSS pixels.
const LOGO_HEIGHT: u32 = 48;
const LOGO_MAX_WIDTH: u32 = 240;
/// Dark-scheme colours: light text on dark, readable whatever the brand.
const DARK_PAGE: &str = "#101418";
const DARK_CARD: &str = "#1b2027";
const DARK_TEXT: &str = "#e6e9ed";
const DARK_MUTED: &str = "#b4bcc6";
const DARK_LINK: &str = "#9ccaff";
const MUTED: &str = "#4f5864";

/// The whole document.
pub(super) fn render(letter: &Letter, brand: &MailBrand, logo: Option<InlineLogo>) -> String {
    let lang = attr(letter.lang.tag());
    let dir = letter.lang.dir();
    let page = ColourToken::Page.default_colour().hex();
    let mut html = String::with_capacity(4096);
    let _ = write!(
        html,
        "<!DOCTYPE html>\n<html lang=\"{lang}\" dir=\"{dir}\">\n{head}\
         <body class=\"sspr-page\" style=\"margin:0;padding:0;background-color:{page};\">\n\
         <table role=\"presentation\" class=\"sspr-page\" lang=\"{lang}\" dir=\"{dir}\" \
         width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" \
         style=\"background-color:{page};\"><tr><td align=\"center\" style=\"padding:24px 12px;\">\n\
         <table role=\"presentation\" width=\"600\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" \
         style=\"width:100%;max-width:600px;border-collapse:collapse;\">\n{header}{body}{footer}\
         </table>\n</td></tr></table>\n</body>\n</html>\n",
        head = head(letter, brand),
        header = header_band(letter, brand, logo),
        body = body(letter),
        footer = footer(letter, brand),
    );
    html
}

/// `text-align` for the start of a line in the message's direction.
fn start(letter: &Letter) -> &'static str {
    if letter.lang.dir() == "rtl" {
        "right"
    } else {
        "left"
    }
}

/// The head: both colour schemes declared, and the dark overrides that
/// clients honouring `prefers-color-scheme` apply (`[data-ogsc]` is how
/// Outlook.com marks its dark mode). The header keeps the brand's colours.
fn head(letter: &Letter, brand: &MailBrand) -> String {
    let (header, header_text) = (brand.header.hex(), brand.header_text.hex());
    let dark = format!(
        ".sspr-page{{background-color:{DARK_PAGE}!important}}\
         .sspr-card{{background-color:{DARK_CARD}!important;color:{DARK_TEXT}!important}}\
         .sspr-footer{{color:{DARK_MUTED}!important}}\
         .sspr-footer a{{color:{DARK_LINK}!important}}\
         .sspr-header{{background-color:{header}!important;color:{header_text}!important}}"
    );
    format!(
        "<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"color-scheme\" content=\"light dark\">\n\
         <meta name=\"supported-color-schemes\" content=\"light dark\">\n\
         <title>{title}</title>\n\
         <style>\n:root{{color-scheme:light dark;supported-color-schemes:light dark}}\n\
         @media (prefers-color-scheme: dark){{{dark}}}\n{ogsc}\n</style>\n</head>\n",
        title = text(letter.subject),
        // The same rules, each selector under Outlook.com's marker.
        ogsc = dark.replace(".sspr-", "[data-ogsc] .sspr-"),
    )
}

/// The band across the top: the organisation's name, after its logo when
/// there is one. A square logo is too narrow to show its alt text, so the
/// name stays beside it as text: readable with images blocked.
fn header_band(letter: &Letter, brand: &MailBrand, logo: Option<InlineLogo>) -> String {
    let colours = format!(
        "background-color:{};color:{};font-family:{FONTS};font-size:20px;font-weight:bold;",
        brand.header.hex(),
        brand.header_text.hex()
    );
    let dir = letter.lang.dir();
    let name = text(&letter.organisation);
    let content = match logo {
        Some(InlineLogo { content_id, logo }) => {
            let (width, height) = logo_size(logo);
            let gap = if dir == "rtl" { "padding-right" } else { "padding-left" };
            format!(
                "<table role=\"presentation\" dir=\"{dir}\" cellpadding=\"0\" cellspacing=\"0\" \
                 border=\"0\"><tr><td style=\"vertical-align:middle;\">\
                 <img src=\"cid:{cid}\" alt=\"{alt}\" width=\"{width}\" height=\"{height}\" \
                 style=\"display:block;border:0;width:{width}px;height:{height}px;{colours}\"></td>\
                 <td class=\"sspr-header\" style=\"vertical-align:middle;{gap}:12px;{colours}\">\
                 {name}</td></tr></table>",
                cid = attr(content_id),
                alt = attr(&letter.organisation),
            )
        }
        None => format!("<span style=\"{colours}\">{name}</span>"),
    };
    format!(
        "<tr><td class=\"sspr-header\" dir=\"{dir}\" style=\"{colours}padding:16px 24px;\
         text-align:{start};\">{content}</td></tr>\n",
        start = start(letter),
    )
}

/// The logo's shown size: at most [`LOGO_HEIGHT`] tall, proportions kept.
fn logo_size(logo: &MailLogo) -> (u32, u32) {
    if logo.width == 0 || logo.height == 0 {
        return (LOGO_HEIGHT, LOGO_HEIGHT);
    }
    let height = logo.height.min(LOGO_HEIGHT);
    let width = u64::from(logo.width) * u64::from(height) / u64::from(logo.height);
    let width = u32::try_from(width).unwrap_or(LOGO_MAX_WIDTH).clamp(1, LOGO_MAX_WIDTH);
    (width, height)
}

/// The message: paragraphs at blank lines, line breaks kept.
fn body(letter: &Letter) -> String {
    let normalized = letter.body.replace("\r\n", "\n");
    let paragraphs: String = normalized
        .split("\n\n")
        .filter(|p| !p.trim().is_empty())
        .map(|p| {
            let lines: Vec<_> =
                p.trim_matches('\n').lines().map(|l| text(l).into_owned()).collect();
            format!("<p style=\"margin:0 0 16px 0;\">{}</p>\n", lines.join("<br>\n"))
        })
        .collect();
    format!(
        "<tr><td class=\"sspr-card\" dir=\"{dir}\" style=\"background-color:{card};color:{ink};\
         padding:24px;font-family:{FONTS};font-size:16px;line-height:1.5;text-align:{start};\">\n\
         {paragraphs}</td></tr>\n",
        dir = letter.lang.dir(),
        card = ColourToken::Card.default_colour().hex(),
        ink = ColourToken::Text.default_colour().hex(),
        start = start(letter),
    )
}

/// Who sent it, and the organisation's links in its primary colour.
fn footer(letter: &Letter, brand: &MailBrand) -> String {
    let links: Vec<String> = letter
        .links
        .iter()
        .map(|link| {
            format!(
                "<a href=\"{href}\" style=\"color:{primary};text-decoration:underline;\">{label}</a>",
                href = attr(&link.href),
                primary = brand.primary.hex(),
                label = text(&link.label),
            )
        })
        .collect();
    let links = if links.is_empty() {
        String::new()
    } else {
        format!("<p style=\"margin:8px 0 0 0;\">{}</p>", links.join(" &middot; "))
    };
    format!(
        "<tr><td class=\"sspr-footer\" dir=\"{dir}\" style=\"padding:16px 24px;color:{MUTED};\
         font-family:{FONTS};font-size:13px;line-height:1.5;text-align:{start};\">\
         <p style=\"margin:0;\">{sent_by}</p>{links}</td></tr>\n",
        dir = letter.lang.dir(),
        start = start(letter),
        sent_by = text(&letter.sent_by),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::senders::letter::FooterLink;
    use app::domain::branding::Colour;
    use app::i18n::Lang;
    use std::sync::Arc;

    fn letter(lang: Lang, organisation: &str) -> Letter<'static> {
        Letter {
            lang,
            subject: "Your <verification> code",
            body: "Hello,\nyour code is 042917.\n\nIt is valid for 10 minutes & no more.\n",
            organisation: organisation.to_owned(),
            sent_by: format!("This is an automatic message from {organisation}."),
            links: vec![
                FooterLink {
                    label: "Privacy".into(),
                    href: "https://contoso.example/p?a=1&b=2".into(),
                },
                FooterLink { label: "Helpdesk".into(), href: "mailto:help@contoso.example".into() },
            ],
        }
    }

    fn brand() -> MailBrand {
        MailBrand { primary: Colour::from_rgb(0x12, 0x34, 0x56), ..MailBrand::unbranded() }
    }

    fn logo() -> MailLogo {
        MailLogo { bytes: Arc::from(&b"png"[..]), media_type: "image/png", width: 96, height: 96 }
    }

    #[test]
    fn every_text_is_escaped() {
        let html = render(&letter(Lang::En, "<script>alert(1)</script>"), &brand(), None);
        assert!(!html.contains("<script>"), "{html}");
        assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "{html}");
        assert!(html.contains("<title>Your &lt;verification&gt; code</title>"), "{html}");
        assert!(html.contains("10 minutes &amp; no more."), "{html}");
        assert!(html.contains("href=\"https://contoso.example/p?a=1&amp;b=2\""), "{html}");
        let with_logo = InlineLogo { content_id: "logo-1@sspr.example", logo: &logo() };
        let html = render(&letter(Lang::En, "\"><script>"), &brand(), Some(with_logo));
        assert!(html.contains("alt=\"&quot;&gt;&lt;script&gt;\""), "{html}");
    }

    #[test]
    fn the_code_and_the_line_breaks_are_kept() {
        let html = render(&letter(Lang::En, "Contoso"), &brand(), None);
        assert!(
            html.contains("<p style=\"margin:0 0 16px 0;\">Hello,<br>\nyour code is 042917.</p>")
        );
        assert_eq!(html.matches("<p style=\"margin:0 0 16px 0;\">").count(), 2, "{html}");
    }

    #[test]
    fn both_colour_schemes_are_declared_and_dark_mode_stays_readable() {
        let html = render(&letter(Lang::En, "Contoso"), &brand(), None);
        assert!(html.contains("<meta name=\"color-scheme\" content=\"light dark\">"));
        assert!(html.contains("<meta name=\"supported-color-schemes\" content=\"light dark\">"));
        let dark = html.split("@media (prefers-color-scheme: dark){").nth(1).unwrap_or_default();
        assert!(dark.contains(&format!("color:{DARK_TEXT}!important")), "{html}");
        let header = MailBrand::unbranded().header.hex();
        assert!(dark.contains(&format!(".sspr-header{{background-color:{header}!important")));
        assert!(html.contains("[data-ogsc] .sspr-card{"), "{html}");
    }

    #[test]
    fn language_and_direction_come_from_the_message() {
        let arabic = render(&letter(Lang::Ar, "Contoso"), &brand(), None);
        assert!(arabic.contains("<html lang=\"ar\" dir=\"rtl\">"), "{arabic}");
        assert!(arabic.contains("text-align:right;"), "{arabic}");
        let with_logo = InlineLogo { content_id: "logo-1@sspr.example", logo: &logo() };
        let arabic = render(&letter(Lang::Ar, "Contoso"), &brand(), Some(with_logo));
        assert!(arabic.contains("<table role=\"presentation\" dir=\"rtl\""), "{arabic}");
        assert!(arabic.contains("padding-right:12px;"), "{arabic}");
        let brazilian = render(&letter(Lang::PtBr, "Contoso"), &brand(), None);
        assert!(brazilian.contains("<html lang=\"pt-BR\" dir=\"ltr\">"), "{brazilian}");
        assert!(!brazilian.contains("text-align:right"), "{brazilian}");
    }

    #[test]
    fn the_footer_links_are_in_the_primary_colour() {
        let html = render(&letter(Lang::En, "Contoso"), &brand(), None);
        assert!(html.contains(
            "<a href=\"mailto:help@contoso.example\" style=\"color:#123456;\
             text-decoration:underline;\">Helpdesk</a>"
        ));
        assert!(html.contains(">Privacy</a> &middot; <a"), "{html}");
        assert!(html.contains("This is an automatic message from Contoso."), "{html}");
        let mut bare = letter(Lang::En, "Contoso");
        bare.links.clear();
        assert!(!render(&bare, &brand(), None).contains("<a "));
    }

    #[test]
    fn the_logo_is_referenced_by_content_id_only_when_there_is_one() {
        let with_logo = InlineLogo { content_id: "logo-ab12@sspr.example", logo: &logo() };
        let html = render(&letter(Lang::En, "Contoso"), &brand(), Some(with_logo));
        assert!(
            html.contains(
                "<img src=\"cid:logo-ab12@sspr.example\" alt=\"Contoso\" width=\"48\" height=\"48\""
            ),
            "{html}"
        );
        assert_eq!(html.matches("<img").count(), 1);
        assert!(html.contains(">Contoso</td></tr></table>"), "the name beside it: {html}");

        // No logo: the name as text, and no image at all (nothing remote).
        let html = render(&letter(Lang::En, "Contoso"), &brand(), None);
        assert!(!html.contains("<img") && !html.contains("cid:"), "{html}");
        assert!(html.contains(">Contoso</span></td>"), "{html}");
        assert!(!html.contains("http://") && !html.contains("<script"), "{html}");
    }

    #[test]
    fn a_logo_keeps_its_proportions() {
        let size = |width, height| logo_size(&MailLogo { width, height, ..logo() });
        assert_eq!(size(200, 100), (96, 48));
        assert_eq!(size(32, 32), (32, 32));
        assert_eq!(size(4000, 10), (240, 10));
        assert_eq!(size(0, 0), (48, 48));
    }
}
