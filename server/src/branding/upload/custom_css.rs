//! Designer-supplied CSS: parsed in full with `cssparser` and refused at the
//! first construct that could load, run or break out of anything.

use cssparser::{
    AtRuleParser, CowRcStr, DeclarationParser, ParseError, ParseErrorKind, Parser, ParserState,
    QualifiedRuleParser, RuleBodyItemParser, RuleBodyParser, SourceLocation, StyleSheetParser,
    Token,
};

pub const MAX_CUSTOM_CSS_BYTES: usize = 25 * 1024;

/// At-rules that only group rules or describe fonts/animations.
const ALLOWED_AT_RULES: [&str; 6] =
    ["media", "supports", "layer", "container", "font-face", "keyframes"];

/// Line and column are 1-based; columns count UTF-16 units, as cssparser does.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{kind} at line {line}, column {column}")]
pub struct CssRefusal {
    pub line: u32,
    pub column: u32,
    pub kind: CssRefusalKind,
}

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum CssRefusalKind {
    #[error("the stylesheet exceeds {max_bytes} bytes")]
    TooLong { max_bytes: usize },
    #[error("@import is not allowed")]
    Import,
    #[error("url() does not reference an uploaded asset")]
    ExternalUrl,
    #[error("expression(), -moz-binding and behavior are not allowed")]
    Expression,
    /// The at-rule's name, lower-cased, without `@`.
    #[error("the at-rule @{0} is not allowed")]
    UnsupportedAtRule(String),
    /// `</` would end an inline `<style>` element.
    #[error("the sequence </ is not allowed")]
    MarkupBreakout,
    #[error("the stylesheet could not be parsed")]
    Unparsable,
}

/// Checks a whole stylesheet; `is_asset_url` decides which `url()` targets are allowed.
pub fn check_custom_css(css: &str, is_asset_url: &dyn Fn(&str) -> bool) -> Result<(), CssRefusal> {
    if css.len() > MAX_CUSTOM_CSS_BYTES {
        return Err(refusal_at_offset(
            css,
            MAX_CUSTOM_CSS_BYTES,
            CssRefusalKind::TooLong { max_bytes: MAX_CUSTOM_CSS_BYTES },
        ));
    }
    if let Some(offset) = css.find("</") {
        return Err(refusal_at_offset(css, offset, CssRefusalKind::MarkupBreakout));
    }
    let mut checker = Checker::new(css, is_asset_url, true);
    let mut input = Parser::new(css);
    for item in StyleSheetParser::new(&mut input, &mut checker) {
        item.map_err(|(error, _, location)| finish(error, location))?;
    }
    check_top_level_comments(css)
}

/// A `style` attribute: a declaration list, checked as strictly as a sheet.
pub(crate) fn check_style_attribute(
    css: &str,
    is_allowed_url: &dyn Fn(&str) -> bool,
) -> Result<(), CssRefusal> {
    let mut checker = Checker::new(css, is_allowed_url, true);
    let mut input = Parser::new(css);
    checker.declarations(&mut input).map_err(|e| finish(e, start()))
}

/// Any other attribute value: only URL-bearing tokens matter, since the
/// value need not be CSS at all (lexical errors are ignored).
pub(crate) fn check_css_value(
    value: &str,
    is_allowed_url: &dyn Fn(&str) -> bool,
) -> Result<(), CssRefusal> {
    let checker = Checker::new(value, is_allowed_url, false);
    let mut input = Parser::new(value);
    checker.scan(&mut input, false).map_err(|e| finish(e, start()))
}

/// A refusal whose location is filled in from the enclosing rule if unknown.
struct Found {
    kind: CssRefusalKind,
    at: Option<SourceLocation>,
}

fn found(kind: CssRefusalKind, at: Option<SourceLocation>) -> ParseError<Found> {
    ParseError::custom(Found { kind, at })
}

fn start() -> SourceLocation {
    SourceLocation { line: 0, column: 1 }
}

/// Pins an error to a location: its own if known, else `fallback`.
fn locate(error: ParseError<Found>, fallback: SourceLocation) -> Found {
    match error.kind {
        ParseErrorKind::Custom(Found { kind, at }) => {
            Found { kind, at: Some(at.unwrap_or(fallback)) }
        }
        // cssparser's own errors carry no location since 0.38.
        ParseErrorKind::Basic(_) => Found { kind: CssRefusalKind::Unparsable, at: Some(fallback) },
    }
}

fn finish(error: ParseError<Found>, fallback: SourceLocation) -> CssRefusal {
    let Found { kind, at } = locate(error, fallback);
    let at = at.unwrap_or(fallback);
    CssRefusal { line: at.line + 1, column: at.column, kind }
}

fn refusal_at_offset(css: &str, offset: usize, kind: CssRefusalKind) -> CssRefusal {
    let (mut line, mut column, mut after_cr) = (1u32, 1u32, false);
    for (index, ch) in css.char_indices() {
        if index >= offset {
            break;
        }
        match ch {
            // CSS newlines: \n, \r, \f, with \r\n counted once.
            '\n' if after_cr => {}
            '\n' | '\r' | '\u{c}' => {
                line += 1;
                column = 1;
            }
            _ => column += ch.len_utf16() as u32,
        }
        after_cr = ch == '\r';
    }
    CssRefusal { line, column, kind }
}

/// StyleSheetParser skips top-level comments; one left open would swallow
/// whatever the page appends after this sheet.
fn check_top_level_comments(css: &str) -> Result<(), CssRefusal> {
    let mut input = Parser::new(css);
    loop {
        let position = input.position();
        let location = input.current_source_location();
        let is_comment = match input.next_including_whitespace_and_comments() {
            Ok(token) => matches!(token, Token::Comment(_)),
            Err(_) => return Ok(()),
        };
        if is_comment && !is_closed(input.slice_from(position), "/*", "*/") {
            return Err(finish(found(CssRefusalKind::Unparsable, None), location));
        }
    }
}

/// True if `text` (a whole token) ends with an unescaped `close`.
fn is_closed(text: &str, open: &str, close: &str) -> bool {
    if text.len() < open.len() + close.len() || !text.ends_with(close) {
        return false;
    }
    let body = &text[..text.len() - close.len()];
    let backslashes = body.bytes().rev().take_while(|b| *b == b'\\').count();
    backslashes % 2 == 0
}

struct Checker<'a> {
    is_allowed_url: &'a dyn Fn(&str) -> bool,
    source_len: usize,
    /// Refuse lexical errors (bad or unterminated tokens, stray closers).
    strict: bool,
}

impl<'a> Checker<'a> {
    fn new(source: &str, is_allowed_url: &'a dyn Fn(&str) -> bool, strict: bool) -> Self {
        Checker { is_allowed_url, source_len: source.len(), strict }
    }

    fn lexical_error(&self, at: SourceLocation) -> Result<(), ParseError<Found>> {
        if self.strict {
            return Err(found(CssRefusalKind::Unparsable, Some(at)));
        }
        Ok(())
    }

    fn url(&self, url: &str, at: SourceLocation) -> Result<(), ParseError<Found>> {
        if (self.is_allowed_url)(url) {
            return Ok(());
        }
        Err(found(CssRefusalKind::ExternalUrl, Some(at)))
    }

    /// A block whose contents run to the end of the input was never closed.
    fn closed<'i>(&self, input: &Parser<'i>) -> Result<(), ParseError<Found>> {
        if input.position().byte_index() >= self.source_len {
            return self.lexical_error(input.current_source_location());
        }
        Ok(())
    }

    /// Walks component values recursively. Inside `url()`, `src()`, `image()`
    /// and `image-set()` (`strings_are_urls`), quoted strings are URLs too.
    fn scan<'i>(
        &self,
        input: &mut Parser<'i>,
        strings_are_urls: bool,
    ) -> Result<(), ParseError<Found>> {
        loop {
            let position = input.position();
            let at = input.current_source_location();
            let Ok(token) = input.next_including_whitespace_and_comments() else {
                return Ok(());
            };
            let token = token.clone();
            let text = input.slice_from(position);
            match token {
                Token::UnquotedUrl(url) => {
                    if !is_closed(text, "url(", ")") {
                        self.lexical_error(at)?;
                    }
                    self.url(&url, at)?;
                }
                Token::QuotedString(value) => {
                    let quote = text.get(..1).unwrap_or("\"");
                    if !is_closed(text, quote, quote) {
                        self.lexical_error(at)?;
                    }
                    if strings_are_urls {
                        self.url(&value, at)?;
                    }
                }
                Token::Comment(_) if !is_closed(text, "/*", "*/") => self.lexical_error(at)?,
                Token::BadUrl(_)
                | Token::BadString(_)
                | Token::CloseParenthesis
                | Token::CloseSquareBracket
                | Token::CloseCurlyBracket => self.lexical_error(at)?,
                Token::Function(name) => {
                    if name.eq_ignore_ascii_case("expression") {
                        return Err(found(CssRefusalKind::Expression, Some(at)));
                    }
                    let urls = ["url", "src", "image", "image-set", "-webkit-image-set"]
                        .iter()
                        .any(|f| name.eq_ignore_ascii_case(f));
                    input.parse_nested_block(|inner| {
                        self.scan(inner, urls)?;
                        self.closed(inner)
                    })?;
                }
                Token::ParenthesisBlock | Token::SquareBracketBlock | Token::CurlyBracketBlock => {
                    input.parse_nested_block(|inner| {
                        self.scan(inner, false)?;
                        self.closed(inner)
                    })?;
                }
                _ => {}
            }
        }
    }

    /// Declarations, nested rules and at-rules until the input (or block) ends.
    fn declarations<'i>(&mut self, input: &mut Parser<'i>) -> Result<(), ParseError<Found>> {
        for item in RuleBodyParser::new(input, self) {
            item.map_err(|(error, _, location)| ParseError::custom(locate(error, location)))?;
        }
        Ok(())
    }

    /// The contents of a `{}` block, which must be closed.
    fn body<'i>(&mut self, input: &mut Parser<'i>) -> Result<(), ParseError<Found>> {
        self.declarations(input)?;
        self.closed(input)
    }
}

impl<'i> QualifiedRuleParser<'i> for Checker<'_> {
    type Prelude = ();
    type QualifiedRule = ();
    type Error = Found;

    fn parse_prelude(&mut self, input: &mut Parser<'i>) -> Result<(), ParseError<Found>> {
        self.scan(input, false)
    }

    fn parse_block(
        &mut self,
        _: (),
        _: &ParserState,
        input: &mut Parser<'i>,
    ) -> Result<(), ParseError<Found>> {
        self.body(input)
    }
}

impl<'i> AtRuleParser<'i> for Checker<'_> {
    /// Whether the rule may end without a block (`@layer a, b;`).
    type Prelude = bool;
    type AtRule = ();
    type Error = Found;

    fn parse_prelude(
        &mut self,
        name: CowRcStr<'i>,
        input: &mut Parser<'i>,
    ) -> Result<bool, ParseError<Found>> {
        if name.eq_ignore_ascii_case("import") {
            return Err(found(CssRefusalKind::Import, None));
        }
        if !ALLOWED_AT_RULES.iter().any(|a| name.eq_ignore_ascii_case(a)) {
            let name = name.to_ascii_lowercase();
            return Err(found(CssRefusalKind::UnsupportedAtRule(name), None));
        }
        self.scan(input, false)?;
        Ok(name.eq_ignore_ascii_case("layer"))
    }

    fn rule_without_block(&mut self, may_omit_block: bool, _: &ParserState) -> Result<(), ()> {
        if may_omit_block {
            Ok(())
        } else {
            Err(())
        }
    }

    fn parse_block(
        &mut self,
        _: bool,
        _: &ParserState,
        input: &mut Parser<'i>,
    ) -> Result<(), ParseError<Found>> {
        self.body(input)
    }
}

impl<'i> DeclarationParser<'i> for Checker<'_> {
    type Declaration = ();
    type Error = Found;

    fn parse_value(
        &mut self,
        name: CowRcStr<'i>,
        input: &mut Parser<'i>,
        start: &ParserState,
    ) -> Result<(), ParseError<Found>> {
        let script_like = ["behavior", "-ms-behavior", "-moz-binding"]
            .iter()
            .any(|p| name.eq_ignore_ascii_case(p));
        if script_like {
            return Err(found(CssRefusalKind::Expression, Some(start.source_location())));
        }
        // `color: ;` is a syntax error for real properties; custom ones may be empty.
        if !name.starts_with("--") && input.is_exhausted() {
            let at = input.current_source_location();
            return Err(found(CssRefusalKind::Unparsable, Some(at)));
        }
        self.scan(input, false)
    }
}

impl<'i> RuleBodyItemParser<'i, (), Found> for Checker<'_> {
    fn parse_declarations(&self) -> bool {
        true
    }

    fn parse_qualified(&self) -> bool {
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn is_asset(url: &str) -> bool {
        url.strip_prefix("/branding/assets/").and_then(|rest| rest.split_once('.')).is_some_and(
            |(hash, ext)| {
                hash.len() == 64
                    && hash.bytes().all(|b| b.is_ascii_hexdigit())
                    && ["png", "jpg", "webp", "svg"].contains(&ext)
            },
        )
    }

    fn check(css: &str) -> Result<(), CssRefusal> {
        check_custom_css(css, &is_asset)
    }

    fn kind(css: &str) -> CssRefusalKind {
        check(css).unwrap_err().kind
    }

    fn asset() -> String {
        format!("/branding/assets/{}.png", "ab12".repeat(16))
    }

    #[test]
    fn valid_sheet_with_nesting_and_custom_properties_passes() {
        let css = format!(
            r#"@charset "utf-8";
:root {{ --brand: #0af; --radius: 4px; --empty:; }}
/* comment */
@layer base, theme;
@media (min-width: 600px) and (prefers-color-scheme: dark) {{
  @supports (display: grid) {{
    .card > h1::before {{ content: "}} ) ]"; color: var(--brand) !important; }}
  }}
  .btn {{ &:hover {{ opacity: .8 }} border-radius: calc(var(--radius) * 2) }}
}}
@container sidebar (width > 400px) {{ a {{ color: rgb(0 0 0 / 50%) }} }}
@font-face {{ font-family: Brand; src: url("{a}") format("woff2"), local(Arial); }}
@keyframes pulse {{ from {{ opacity: 0 }} 50% {{ opacity: .5 }} to {{ opacity: 1 }} }}
body {{ background: url({a}) no-repeat, image-set("{a}" 1x, url('{a}') 2x); }}"#,
            a = asset()
        );
        assert_eq!(check(&css), Ok(()));
    }

    #[test]
    fn refusal_carries_line_and_column() {
        let css = "a { color: red }\nb {\n  background: url(https://evil.example/x.png);\n}";
        assert_eq!(
            check(css),
            Err(CssRefusal { line: 3, column: 15, kind: CssRefusalKind::ExternalUrl })
        );
    }

    #[test]
    fn imports_and_other_at_rules_are_refused() {
        assert_eq!(kind("@import url(x);"), CssRefusalKind::Import);
        assert_eq!(kind("@IMPORT 'x.css';"), CssRefusalKind::Import);
        assert_eq!(kind("@media print { @import 'x'; }"), CssRefusalKind::Import);
        assert_eq!(
            kind("@namespace svg url(x);"),
            CssRefusalKind::UnsupportedAtRule("namespace".into())
        );
        assert_eq!(
            kind("a{} @Page { margin: 0 }"),
            CssRefusalKind::UnsupportedAtRule("page".into())
        );
        assert_eq!(kind("@media screen;"), CssRefusalKind::Unparsable);
    }

    #[test]
    fn urls_must_be_assets() {
        use CssRefusalKind::ExternalUrl;
        assert_eq!(kind("a{background:url(https://evil.example/x.png)}"), ExternalUrl);
        assert_eq!(kind("a{background:url('//evil.example/x.png')}"), ExternalUrl);
        assert_eq!(kind(r#"a{background:URL( "data:image/png;base64,AA" )}"#), ExternalUrl);
        assert_eq!(kind(r"a{background:u\72l(javascript:void)}"), ExternalUrl);
        assert_eq!(kind("a{--x: url(/other.png)}"), ExternalUrl);
        assert_eq!(kind("a{background:image-set('/x.png' 1x)}"), ExternalUrl);
        assert_eq!(kind("a{background:image('/x.png')}"), ExternalUrl);
        assert_eq!(kind("@font-face{src: src('/font.woff2')}"), ExternalUrl);
        assert_eq!(kind("a{mask: linear-gradient(red, blue), url(x.svg)}"), ExternalUrl);
        assert_eq!(kind("a[x=y] { cursor: url(c.cur), auto }"), ExternalUrl);
        let ok = format!("a {{ background: url(\"{}\") }}", asset());
        assert_eq!(check(&ok), Ok(()));
    }

    #[test]
    fn script_like_constructs_are_refused() {
        use CssRefusalKind::Expression;
        assert_eq!(kind("a { width: expression(alert(1)) }"), Expression);
        assert_eq!(kind("a { width: EXPRESSION(alert(1)) }"), Expression);
        assert_eq!(kind(r"a { width: \65xpression(alert(1)) }"), Expression);
        assert_eq!(kind("a { -moz-binding: url(x.xml#b) }"), Expression);
        assert_eq!(kind("a { Behavior: url(x.htc) }"), Expression);
    }

    #[test]
    fn syntax_errors_are_refused_where_they_are() {
        use CssRefusalKind::Unparsable;
        let at = |css| check(css).unwrap_err();
        assert_eq!(at("a { color: red").kind, Unparsable);
        assert_eq!(at("a { color: red }\n}").kind, Unparsable);
        assert_eq!(at("a { color: red; } /* open").kind, Unparsable);
        assert_eq!(at("a { content: 'open }").kind, Unparsable);
        assert_eq!(at("a { content: \"x\ny\" }").kind, Unparsable);
        assert_eq!(at("a { background: url(a b.png) }").kind, Unparsable);
        assert_eq!(at("a { width: calc(1px + 2px }").kind, Unparsable);
        assert_eq!(at("a { color: }").kind, Unparsable);
        let missing_colon = at("a {\n  color: red;\n  border 1px solid;\n}");
        assert_eq!((missing_colon.line, missing_colon.kind), (3, Unparsable));
        let style = check_style_attribute("fill: red; content: 'open", &is_asset).unwrap_err();
        assert_eq!((style.column, style.kind), (21, Unparsable));
        let nested = "a{".repeat(100) + &"}".repeat(100);
        assert_eq!(at(&nested).kind, Unparsable);
    }

    #[test]
    fn markup_breakout_and_length() {
        let breakout = check("a { content: '</style><script>' }").unwrap_err();
        assert_eq!((breakout.line, breakout.column), (1, 15));
        assert_eq!(breakout.kind, CssRefusalKind::MarkupBreakout);
        let long = format!("a {{ color: red }}\n{}", " ".repeat(MAX_CUSTOM_CSS_BYTES));
        assert_eq!(kind(&long), CssRefusalKind::TooLong { max_bytes: MAX_CUSTOM_CSS_BYTES });
        let exactly = format!("a{{}}{}", " ".repeat(MAX_CUSTOM_CSS_BYTES - 3));
        assert_eq!(check(&exactly), Ok(()));
    }
}
