//! A designer's look at an email before it is sent to anyone: a sample
//! code email, in one language, with a given branding, as the HTML part
//! mail clients show (the logo inlined as a `data:` address in place of
//! the attachment it travels as).

use super::email_html::{self, InlineLogo};
use super::letter::Letter;
use crate::branding::MailBrand;
use app::domain::channel::Channel;
use app::i18n::Lang;
use base64::Engine;
use secrecy::SecretString;

/// Stands for the attachment's Content-ID until it is replaced.
const PREVIEW_ID: &str = "preview-logo";
/// A code nobody can use: it is only shown.
const SAMPLE_CODE: &str = "123456";

pub fn email_preview(lang: Lang, brand: &MailBrand) -> String {
    let code = SecretString::from(SAMPLE_CODE);
    let message =
        crate::registration::code_message(Channel::Email, "someone@example.org", &code, lang);
    let letter = Letter::new(&message, lang, brand);
    let Some(logo) = &brand.logo else { return email_html::render(&letter, brand, None) };
    let html =
        email_html::render(&letter, brand, Some(InlineLogo { content_id: PREVIEW_ID, logo }));
    let data = base64::engine::general_purpose::STANDARD.encode(&logo.bytes);
    html.replace(&format!("cid:{PREVIEW_ID}"), &format!("data:{};base64,{data}", logo.media_type))
}
