//! The text a designer puts on the sign-in page: plain text with line
//! breaks, where web addresses become links. Never HTML: the page shows
//! `<b>` as the four characters it is.

use serde::{Deserialize, Serialize};

/// Entra's limit for the same text.
pub const SIGN_IN_TEXT_MAX_CHARS: usize = 1024;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignInText {
    text: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum SignInTextError {
    #[error("the text is longer than {SIGN_IN_TEXT_MAX_CHARS} characters")]
    TooLong,
    #[error("the text holds control characters")]
    ControlCharacter,
}

/// A piece of the text as the page shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TextSegment {
    Text(String),
    LineBreak,
    /// An `https` address, shown as a link to itself.
    Link(String),
}

impl SignInText {
    /// Line endings become `\n`; other control characters are refused.
    /// `None` when nothing but spaces is left.
    pub fn parse(raw: &str) -> Result<Option<Self>, SignInTextError> {
        let text = raw.replace("\r\n", "\n").replace('\r', "\n");
        let text = text.trim();
        if text.chars().count() > SIGN_IN_TEXT_MAX_CHARS {
            return Err(SignInTextError::TooLong);
        }
        if text.chars().any(|c| c.is_control() && c != '\n' && c != '\t') {
            return Err(SignInTextError::ControlCharacter);
        }
        Ok((!text.is_empty()).then(|| Self { text: text.to_owned() }))
    }

    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// The text cut into runs, breaks and links, in order.
    pub fn segments(&self) -> Vec<TextSegment> {
        let mut out = Vec::new();
        for (i, line) in self.text.split('\n').enumerate() {
            if i > 0 {
                out.push(TextSegment::LineBreak);
            }
            line_segments(line, &mut out);
        }
        out
    }
}

fn line_segments(line: &str, out: &mut Vec<TextSegment>) {
    let mut rest = line;
    while let Some(start) = rest.find("https://") {
        let candidate = &rest[start..];
        let end = candidate.find(char::is_whitespace).unwrap_or(candidate.len());
        // Punctuation that ends a sentence is not part of the address.
        let address = candidate[..end].trim_end_matches(['.', ',', ';', ':', '!', '?', ')', ']']);
        let is_link = url::Url::parse(address).is_ok_and(|u| u.host().is_some());
        let taken = start + address.len();
        let before = &rest[..start];
        if is_link {
            push_text(out, before);
            out.push(TextSegment::Link(address.to_owned()));
        } else {
            push_text(out, &rest[..taken]);
        }
        rest = &rest[taken.max(start + 1)..];
    }
    push_text(out, rest);
}

fn push_text(out: &mut Vec<TextSegment>, text: &str) {
    if text.is_empty() {
        return;
    }
    if let Some(TextSegment::Text(last)) = out.last_mut() {
        last.push_str(text);
    } else {
        out.push(TextSegment::Text(text.to_owned()));
    }
}

#[cfg(test)]
mod tests {
    use super::TextSegment::*;
    use super::*;

    fn segments(raw: &str) -> Vec<TextSegment> {
        SignInText::parse(raw).ok().flatten().map(|t| t.segments()).unwrap_or_default()
    }

    #[test]
    fn breaks_lines_and_links_addresses() {
        assert_eq!(
            segments("Benvenuti.\r\nAiuto: https://help.example.com/sspr. Grazie"),
            vec![
                Text("Benvenuti.".into()),
                LineBreak,
                Text("Aiuto: ".into()),
                Link("https://help.example.com/sspr".into()),
                Text(". Grazie".into()),
            ]
        );
    }

    #[test]
    fn markup_stays_text() {
        assert_eq!(segments("<b>hi</b> <a href=x>"), vec![Text("<b>hi</b> <a href=x>".into())]);
    }

    #[test]
    fn only_https_addresses_with_a_host_become_links() {
        assert_eq!(
            segments("http://a.example https://"),
            vec![Text("http://a.example https://".into())]
        );
        assert_eq!(segments("javascript:alert(1)"), vec![Text("javascript:alert(1)".into())]);
    }

    #[test]
    fn limits_length_and_control_characters() {
        let longest = "a".repeat(SIGN_IN_TEXT_MAX_CHARS);
        assert!(matches!(SignInText::parse(&longest), Ok(Some(_))));
        let over = "é".repeat(SIGN_IN_TEXT_MAX_CHARS + 1);
        assert_eq!(SignInText::parse(&over), Err(SignInTextError::TooLong));
        assert_eq!(SignInText::parse("a\u{7}b"), Err(SignInTextError::ControlCharacter));
        assert_eq!(SignInText::parse(" \n "), Ok(None));
    }
}
