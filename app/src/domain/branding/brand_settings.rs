//! One layer of branding: the default, or a language's overrides. Values
//! are kept as typed, so a draft can hold a mistake the studio then
//! names; [`BrandSettings::problems`] says what would stop publishing.

use super::asset_ref::AssetRef;
use super::colour::Colour;
use super::sign_in_text::{SignInText, SignInTextError};
use super::tokens::{AssetSlot, ColourToken, Layout};
use crate::domain::helpdesk_link::{HelpdeskLink, HelpdeskLinkError};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The organisation's name, the user-name hint and the link label.
pub const SHORT_TEXT_MAX_CHARS: usize = 100;
/// Entra's limit for its custom stylesheet.
pub const CUSTOM_CSS_MAX_BYTES: usize = 25 * 1024;

/// Every setting; `None` (or a missing key) means "as the layer below":
/// the default for a language, the product's look for the default.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields, rename_all = "kebab-case")]
pub struct BrandSettings {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub organisation_name: Option<String>,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub colours: BTreeMap<ColourToken, String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub layout: Option<Layout>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub show_header: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub show_footer: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sign_in_text: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_name_hint: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cant_access_label: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub show_reset_link: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub privacy_url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub terms_url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub helpdesk_url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub custom_css: Option<String>,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub images: BTreeMap<AssetSlot, AssetRef>,
}

/// A setting, as forms, errors and the log name it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum BrandField {
    OrganisationName,
    Colour(ColourToken),
    SignInText,
    UserNameHint,
    CantAccessLabel,
    PrivacyUrl,
    TermsUrl,
    HelpdeskUrl,
    CustomCss,
    Image(AssetSlot),
}

impl BrandField {
    /// The form field's name (and the id of its input).
    pub fn name(self) -> String {
        match self {
            Self::OrganisationName => "organisation-name".into(),
            Self::Colour(t) => format!("colour-{}", t.as_str()),
            Self::SignInText => "sign-in-text".into(),
            Self::UserNameHint => "user-name-hint".into(),
            Self::CantAccessLabel => "cant-access-label".into(),
            Self::PrivacyUrl => "privacy-url".into(),
            Self::TermsUrl => "terms-url".into(),
            Self::HelpdeskUrl => "helpdesk-url".into(),
            Self::CustomCss => "custom-css".into(),
            Self::Image(s) => format!("image-{}", s.as_str()),
        }
    }
}

/// Why a value cannot be published.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Problem {
    TooLong {
        max: usize,
    },
    ControlCharacter,
    NotAColour,
    LinkNotHttps,
    LinkInvalid,
    /// Custom CSS refused by the server's parser, at this line.
    Css {
        line: u32,
        reason: String,
    },
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldProblem {
    pub field: BrandField,
    pub problem: Problem,
}

impl BrandSettings {
    /// This layer over `below`: each setting this one leaves unset comes
    /// from `below`; colours and images merge token by token.
    pub fn over(&self, below: &BrandSettings) -> BrandSettings {
        fn pick<T: Clone>(top: &Option<T>, below: &Option<T>) -> Option<T> {
            top.clone().or_else(|| below.clone())
        }
        let mut colours = below.colours.clone();
        colours.extend(self.colours.clone());
        let mut images = below.images.clone();
        images.extend(self.images.clone());
        BrandSettings {
            organisation_name: pick(&self.organisation_name, &below.organisation_name),
            colours,
            layout: self.layout.or(below.layout),
            show_header: self.show_header.or(below.show_header),
            show_footer: self.show_footer.or(below.show_footer),
            sign_in_text: pick(&self.sign_in_text, &below.sign_in_text),
            user_name_hint: pick(&self.user_name_hint, &below.user_name_hint),
            cant_access_label: pick(&self.cant_access_label, &below.cant_access_label),
            show_reset_link: self.show_reset_link.or(below.show_reset_link),
            privacy_url: pick(&self.privacy_url, &below.privacy_url),
            terms_url: pick(&self.terms_url, &below.terms_url),
            helpdesk_url: pick(&self.helpdesk_url, &below.helpdesk_url),
            custom_css: pick(&self.custom_css, &below.custom_css),
            images,
        }
    }

    /// The colours that parse; the rest are left to the stylesheet.
    pub fn parsed_colours(&self) -> BTreeMap<ColourToken, Colour> {
        self.colours
            .iter()
            .filter_map(|(t, raw)| Colour::parse(raw).ok().map(|c| (*t, c)))
            .collect()
    }

    /// Every value in this layer that cannot be published (custom CSS
    /// is checked by the server, which has the CSS parser).
    pub fn problems(&self) -> Vec<FieldProblem> {
        let mut out = Vec::new();
        let mut add = |field, problem| out.push(FieldProblem { field, problem });
        for (field, value) in [
            (BrandField::OrganisationName, &self.organisation_name),
            (BrandField::UserNameHint, &self.user_name_hint),
            (BrandField::CantAccessLabel, &self.cant_access_label),
        ] {
            if let Some(problem) = value.as_deref().and_then(short_text_problem) {
                add(field, problem);
            }
        }
        for (token, raw) in &self.colours {
            if Colour::parse(raw).is_err() {
                add(BrandField::Colour(*token), Problem::NotAColour);
            }
        }
        if let Some(Err(e)) = self.sign_in_text.as_deref().map(SignInText::parse) {
            add(
                BrandField::SignInText,
                match e {
                    SignInTextError::TooLong => {
                        Problem::TooLong { max: super::SIGN_IN_TEXT_MAX_CHARS }
                    }
                    SignInTextError::ControlCharacter => Problem::ControlCharacter,
                },
            );
        }
        for (field, value) in [
            (BrandField::PrivacyUrl, &self.privacy_url),
            (BrandField::TermsUrl, &self.terms_url),
            (BrandField::HelpdeskUrl, &self.helpdesk_url),
        ] {
            if let Some(Err(e)) = value.as_deref().map(HelpdeskLink::parse) {
                add(
                    field,
                    match e {
                        HelpdeskLinkError::NotHttps => Problem::LinkNotHttps,
                        _ => Problem::LinkInvalid,
                    },
                );
            }
        }
        if self.custom_css.as_ref().is_some_and(|css| css.len() > CUSTOM_CSS_MAX_BYTES) {
            add(BrandField::CustomCss, Problem::TooLong { max: CUSTOM_CSS_MAX_BYTES });
        }
        out
    }
}

fn short_text_problem(raw: &str) -> Option<Problem> {
    if raw.chars().count() > SHORT_TEXT_MAX_CHARS {
        Some(Problem::TooLong { max: SHORT_TEXT_MAX_CHARS })
    } else if raw.chars().any(char::is_control) {
        Some(Problem::ControlCharacter)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_language_overrides_only_what_it_sets() {
        let default = BrandSettings {
            organisation_name: Some("Contoso".into()),
            sign_in_text: Some("Welcome".into()),
            colours: [(ColourToken::Primary, "#112233".into())].into(),
            ..Default::default()
        };
        let italian = BrandSettings {
            sign_in_text: Some("Benvenuti".into()),
            colours: [(ColourToken::Header, "#000000".into())].into(),
            ..Default::default()
        };
        let shown = italian.over(&default);
        assert_eq!(shown.organisation_name.as_deref(), Some("Contoso"));
        assert_eq!(shown.sign_in_text.as_deref(), Some("Benvenuti"));
        assert_eq!(shown.colours.len(), 2);
    }

    #[test]
    fn names_each_value_that_cannot_be_published() {
        let settings = BrandSettings {
            organisation_name: Some("x".repeat(SHORT_TEXT_MAX_CHARS + 1)),
            colours: [(ColourToken::Text, "#12".into())].into(),
            privacy_url: Some("http://contoso.example/privacy".into()),
            terms_url: Some("not a link".into()),
            user_name_hint: Some("a\u{0}b".into()),
            custom_css: Some("a".repeat(CUSTOM_CSS_MAX_BYTES + 1)),
            ..Default::default()
        };
        let fields: Vec<_> =
            settings.problems().into_iter().map(|p| (p.field, p.problem)).collect();
        assert!(fields.contains(&(BrandField::OrganisationName, Problem::TooLong { max: 100 })));
        assert!(fields.contains(&(BrandField::Colour(ColourToken::Text), Problem::NotAColour)));
        assert!(fields.contains(&(BrandField::PrivacyUrl, Problem::LinkNotHttps)));
        assert!(fields.contains(&(BrandField::TermsUrl, Problem::LinkInvalid)));
        assert!(fields.contains(&(BrandField::UserNameHint, Problem::ControlCharacter)));
        assert!(fields
            .contains(&(BrandField::CustomCss, Problem::TooLong { max: CUSTOM_CSS_MAX_BYTES })));
        assert_eq!(fields.len(), 6);
    }

    #[test]
    fn the_toml_form_refuses_unknown_keys() {
        let parsed: Result<BrandSettings, _> =
            serde_json::from_str(r#"{"organisation-name":"C","colour":{}}"#);
        assert!(parsed.is_err());
    }
}
