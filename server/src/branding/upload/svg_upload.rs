//! SVG logos: refused with a specific reason when they carry active or
//! external content, then re-written by `usvg` so that only geometry and
//! paint survive.
//!
//! [`sanitize_svg`] returns `Result<SanitizedImage, SvgRefusal>`;
//! [`super::image_upload::sanitize_image`] wraps the refusal in
//! `ImageRefusal::Svg`.

use std::collections::HashMap;

use roxmltree::{Document, Node, ParsingOptions};

use super::custom_css::{check_css_value, check_style_attribute, CssRefusal, CssRefusalKind};
use super::image_upload::{SanitizedImage, SlotLimits};

/// Upper bound on XML nodes, far above any real logo.
const MAX_XML_NODES: u32 = 200_000;
/// Allowed size after `<use>` expansion, as a multiple of the byte budget.
const EXPANSION_FACTOR: u64 = 16;

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum SvgRefusal {
    #[error("the SVG could not be parsed")]
    Unparsable,
    #[error("the SVG has a DOCTYPE or entity declaration")]
    Doctype,
    #[error("the SVG contains script")]
    Script,
    #[error("the SVG contains foreign or embedded content")]
    ForeignObject,
    #[error("the SVG contains an event handler attribute")]
    EventHandler,
    #[error("the SVG references something outside itself")]
    ExternalReference,
    #[error("the SVG exceeds {max_bytes} bytes")]
    TooManyBytes { max_bytes: usize },
    /// `<use>` expansion beyond `limit` weight units (see `expanded_weight`).
    #[error("the SVG expands beyond {limit} units")]
    TooComplex { limit: u64 },
    /// usvg repeats a marker at every path vertex, an expansion nothing bounds.
    #[error("the SVG uses markers")]
    Marker,
}

/// Checks an SVG upload and returns usvg's re-written form.
pub fn sanitize_svg(bytes: &[u8], limits: &SlotLimits) -> Result<SanitizedImage, SvgRefusal> {
    if bytes.len() > limits.max_bytes {
        return Err(SvgRefusal::TooManyBytes { max_bytes: limits.max_bytes });
    }
    let text = std::str::from_utf8(bytes).map_err(|_| SvgRefusal::Unparsable)?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let options = ParsingOptions {
        allow_dtd: false,
        nodes_limit: MAX_XML_NODES,
        ..ParsingOptions::default()
    };
    let doc = Document::parse_with_options(text, options).map_err(|e| match e {
        roxmltree::Error::DtdDetected => SvgRefusal::Doctype,
        _ => SvgRefusal::Unparsable,
    })?;
    if doc.root_element().tag_name().name() != "svg" {
        return Err(SvgRefusal::Unparsable);
    }
    for node in doc.descendants() {
        check_node(node)?;
    }
    let limit = (limits.max_bytes as u64).saturating_mul(EXPANSION_FACTOR);
    if expanded_weight(&doc) > limit {
        return Err(SvgRefusal::TooComplex { limit });
    }

    let (svg, width, height) = rewrite(text.as_bytes())?;
    Ok(SanitizedImage {
        bytes: svg.into_bytes(),
        media_type: "image/svg+xml",
        extension: "svg",
        width,
        height,
    })
}

/// Parses with usvg (resolving no images at all) and serialises its tree.
fn rewrite(bytes: &[u8]) -> Result<(String, u32, u32), SvgRefusal> {
    let options = usvg::Options {
        // The default resolver reads local files and data URLs; nothing may be pulled in.
        image_href_resolver: usvg::ImageHrefResolver {
            resolve_data: Box::new(|_, _, _| None),
            resolve_string: Box::new(|_, _| None),
        },
        ..usvg::Options::default()
    };
    let tree = usvg::Tree::from_data(bytes, &options).map_err(|_| SvgRefusal::Unparsable)?;
    let svg = tree.to_string(&usvg::WriteOptions::default());
    let size = tree.size();
    // `as` saturates; usvg guarantees a positive finite size.
    Ok((svg, size.width().round() as u32, size.height().round() as u32))
}

fn check_node(node: Node) -> Result<(), SvgRefusal> {
    if let Some(pi) = node.pi() {
        if pi.target.eq_ignore_ascii_case("xml-stylesheet") {
            return Err(SvgRefusal::ExternalReference);
        }
        return Ok(());
    }
    if !node.is_element() {
        return Ok(());
    }
    // Matched case-insensitively and in any namespace: refusing more is harmless.
    let name = node.tag_name().name().to_ascii_lowercase();
    match name.as_str() {
        "script" | "handler" => return Err(SvgRefusal::Script),
        "foreignobject" | "iframe" | "embed" | "object" => return Err(SvgRefusal::ForeignObject),
        "marker" => return Err(SvgRefusal::Marker),
        "style" => {
            let css: String = node.children().filter_map(|c| c.text()).collect();
            check_style_sheet(&css)?;
        }
        "animate" | "set" | "animatemotion" | "animatetransform" | "animatecolor" => {
            // Animations can rewrite href to `javascript:` or add handlers after the fact.
            let target = node.attribute("attributeName").unwrap_or_default();
            let local = target.rsplit(':').next().unwrap_or(target);
            if local.eq_ignore_ascii_case("href") || local.eq_ignore_ascii_case("src") {
                return Err(SvgRefusal::ExternalReference);
            }
            if is_event_handler(local) {
                return Err(SvgRefusal::EventHandler);
            }
        }
        _ => {}
    }
    for attr in node.attributes() {
        let local = attr.name();
        let value = attr.value();
        if is_event_handler(local) {
            return Err(SvgRefusal::EventHandler);
        }
        if local.eq_ignore_ascii_case("base") {
            // xml:base would re-anchor even `#fragment` links elsewhere.
            return Err(SvgRefusal::ExternalReference);
        }
        if local.eq_ignore_ascii_case("href") || local.eq_ignore_ascii_case("src") {
            if !is_fragment(value) {
                return Err(SvgRefusal::ExternalReference);
            }
        } else if local.eq_ignore_ascii_case("style") {
            check_style_attribute(value, &is_fragment).map_err(css_refusal)?;
        } else {
            // Presentation attributes (fill, filter, mask, ...) take url() too.
            check_css_value(value, &is_fragment).map_err(css_refusal)?;
        }
    }
    Ok(())
}

fn check_style_sheet(css: &str) -> Result<(), SvgRefusal> {
    super::custom_css::check_custom_css(css, &is_fragment).map_err(css_refusal)
}

fn css_refusal(refusal: CssRefusal) -> SvgRefusal {
    match refusal.kind {
        CssRefusalKind::Import | CssRefusalKind::ExternalUrl => SvgRefusal::ExternalReference,
        CssRefusalKind::Expression => SvgRefusal::Script,
        _ => SvgRefusal::Unparsable,
    }
}

fn is_event_handler(name: &str) -> bool {
    name.len() > 2 && name.get(..2).is_some_and(|p| p.eq_ignore_ascii_case("on"))
}

/// Same-document references only; `data:` and `javascript:` are external too.
fn is_fragment(url: &str) -> bool {
    url.trim().starts_with('#')
}

/// Size of the document once usvg has expanded every `<use>`: each element
/// weighs 1 plus its attribute bytes. Iterative, so deep nesting is safe.
fn expanded_weight<'a, 'i>(doc: &'a Document<'i>) -> u64 {
    let ids: HashMap<&str, Node<'a, 'i>> =
        doc.descendants().filter_map(|n| n.attribute("id").map(|id| (id, n))).collect();
    let deps = |node: Node<'a, 'i>| dependencies(node, &ids);
    let own = |node: Node| 1 + node.attributes().map(|a| a.value().len() as u64).sum::<u64>();

    const IN_PROGRESS: u64 = u64::MAX;
    let mut weight: Vec<Option<u64>> = vec![None; doc.descendants().count() + 1];
    let index = |node: Node| node.id().get() as usize;
    let mut stack = vec![doc.root_element()];
    while let Some(&node) = stack.last() {
        match weight.get(index(node)).copied().flatten() {
            None => {
                if let Some(slot) = weight.get_mut(index(node)) {
                    *slot = Some(IN_PROGRESS);
                }
                // Unvisited dependencies first; cycles (usvg skips them) count as 0.
                stack.extend(
                    deps(node).into_iter().filter(|d| matches!(weight.get(index(*d)), Some(None))),
                );
            }
            Some(IN_PROGRESS) => {
                let total = deps(node).into_iter().fold(own(node), |sum, d| {
                    let w = match weight.get(index(d)).copied().flatten() {
                        Some(IN_PROGRESS) | None => 0,
                        Some(w) => w,
                    };
                    sum.saturating_add(w)
                });
                if let Some(slot) = weight.get_mut(index(node)) {
                    *slot = Some(total.min(IN_PROGRESS - 1));
                }
                stack.pop();
            }
            Some(_) => {
                stack.pop();
            }
        }
    }
    weight.get(index(doc.root_element())).copied().flatten().unwrap_or(0)
}

/// Element children, plus the target of a `<use>`.
fn dependencies<'a, 'i>(
    node: Node<'a, 'i>,
    ids: &HashMap<&str, Node<'a, 'i>>,
) -> Vec<Node<'a, 'i>> {
    let linked = if node.tag_name().name() == "use" {
        node.attributes()
            .find(|a| a.name() == "href")
            .and_then(|a| a.value().trim().strip_prefix('#'))
            .and_then(|id| ids.get(id).copied())
    } else {
        None
    };
    node.children().filter(Node::is_element).chain(linked).collect()
}

#[cfg(test)]
mod tests {
    use std::time::{Duration, Instant};

    use super::super::image_upload::{limits, AssetSlot};
    use super::*;

    const LOGO: &str = r##"<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"
     width="240" height="60.4" viewBox="0 0 240 60">
  <defs>
    <linearGradient id="g"><stop offset="0" stop-color="#0af"/><stop offset="1" stop-color="#05a"/></linearGradient>
    <circle id="dot" r="8"/>
  </defs>
  <style>.brand { fill: url(#g) }</style>
  <rect class="brand" width="60" height="60" rx="8"/>
  <use xlink:href="#dot" x="100" y="30" style="fill: #f80; stroke: url( '#g' )"/>
  <a href="#top"><path d="M150 10 h80 v40 h-80 z" fill="url(#g)"/></a>
</svg>"##;

    fn check(svg: &str) -> Result<SanitizedImage, SvgRefusal> {
        sanitize_svg(svg.as_bytes(), &limits(AssetSlot::BannerLogo))
    }

    fn wrap(body: &str) -> String {
        format!(
            r#"<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="10" height="10">{body}</svg>"#
        )
    }

    #[test]
    fn clean_logo_survives_rewrite() {
        let out = check(LOGO).unwrap();
        let text = String::from_utf8(out.bytes).unwrap();
        assert_eq!((out.width, out.height), (240, 60));
        assert_eq!(out.media_type, "image/svg+xml");
        assert!(text.contains("<svg"), "{text}");
        assert!(text.contains("linearGradient"), "{text}");
        assert!(text.matches("<path").count() >= 3, "{text}");
        // Non-ASCII names must not trip the `on*` prefix test.
        assert!(check(&wrap(r#"<rect width="1" height="1" oé="x"/>"#)).is_ok());
    }

    #[test]
    fn usvg_output_never_carries_script() {
        // Straight to usvg, bypassing the checks: the rewrite alone must drop it all.
        let hostile = wrap(
            r#"<script>alert(1)</script><rect width="5" height="5" onclick="alert(2)"/>
               <foreignObject><div xmlns="http://www.w3.org/1999/xhtml">x</div></foreignObject>
               <a href="javascript:alert(3)"><rect width="2" height="2"/></a>"#,
        );
        let (svg, _, _) = rewrite(hostile.as_bytes()).unwrap();
        for banned in ["script", "alert", "onclick", "javascript", "foreignObject", "href"] {
            assert!(!svg.contains(banned), "{banned} in {svg}");
        }
        assert!(svg.contains("<path"), "{svg}");
    }

    #[test]
    fn each_hazard_is_refused_with_its_reason() {
        use SvgRefusal::*;
        let cases = [
            (wrap("<script>alert(1)</script>"), Script),
            (wrap(r#"<html:script xmlns:html="http://www.w3.org/1999/xhtml"/>"#), Script),
            (wrap(r#"<rect width="1" height="1" onload="alert(1)"/>"#), EventHandler),
            (wrap("<foreignObject><p>hi</p></foreignObject>"), ForeignObject),
            (wrap(r#"<image href="https://evil.example/x.png"/>"#), ExternalReference),
            (wrap(r#"<image xlink:href="data:image/png;base64,AAAA"/>"#), ExternalReference),
            (wrap(r#"<a href="javascript:alert(1)"><rect/></a>"#), ExternalReference),
            (wrap(r#"<rect style="fill: url(https://evil.example/p.svg#x)"/>"#), ExternalReference),
            (wrap(r#"<rect filter="url(//evil.example/f.svg#f)"/>"#), ExternalReference),
            (wrap("<style>@import 'https://evil.example/a.css';</style>"), ExternalReference),
            (wrap("<style>rect { fill: url(/x.svg#p) }</style>"), ExternalReference),
            (wrap(r#"<set attributeName="href" to="javascript:alert(1)"/>"#), ExternalReference),
            (
                wrap(r##"<g xml:base="https://evil.example/"><use href="#a"/></g>"##),
                ExternalReference,
            ),
            (wrap("<marker id='m'><path d='M0 0h1'/></marker>"), Marker),
            (
                format!(r#"<?xml-stylesheet href="https://evil.example/s.css"?>{}"#, wrap("")),
                ExternalReference,
            ),
            (format!(r#"<!DOCTYPE svg [<!ENTITY x "y">]>{}"#, wrap("&x;")), Doctype),
            ("<html><body/></html>".to_string(), Unparsable),
            ("<svg".to_string(), Unparsable),
        ];
        for (svg, reason) in cases {
            assert_eq!(check(&svg), Err(reason), "{svg}");
        }
    }

    #[test]
    fn use_expansion_bomb_is_refused_quickly() {
        let mut body = String::from(r#"<path id="l0" d="M0 0 L10 10 L20 0 Z"/>"#);
        for level in 1..12 {
            let uses = format!(r##"<use href="#l{}"/>"##, level - 1).repeat(10);
            body.push_str(&format!(r#"<g id="l{level}">{uses}</g>"#));
        }
        let started = Instant::now();
        assert!(matches!(check(&wrap(&body)), Err(SvgRefusal::TooComplex { .. })));
        assert!(started.elapsed() < Duration::from_secs(2));
    }

    #[test]
    fn byte_limit() {
        let limits = super::super::image_upload::limits(AssetSlot::SquareLogo);
        let big = wrap(&"<g/>".repeat(limits.max_bytes / 4));
        assert_eq!(
            sanitize_svg(big.as_bytes(), &limits),
            Err(SvgRefusal::TooManyBytes { max_bytes: limits.max_bytes })
        );
    }
}
