//! The branding stylesheet of one language: the colours, the background
//! and the designer's CSS. Pages link it after the product's stylesheet,
//! so the Content-Security-Policy needs no inline style.

use app::domain::branding::{BrandSettings, Layout};
use std::sync::OnceLock;

/// The product's stylesheet, whose light palette branded pages keep in
/// the dark scheme too: a designer's colours were checked against each
/// other, not against the product's dark ones.
const PRODUCT_CSS: &str = include_str!("../../../style/main.css");

/// `--name: value` pairs of the product's first `:root` block.
fn light_palette() -> &'static [(String, String)] {
    static PALETTE: OnceLock<Vec<(String, String)>> = OnceLock::new();
    PALETTE.get_or_init(|| {
        let Some(start) = PRODUCT_CSS.find(":root {") else { return Vec::new() };
        let block = &PRODUCT_CSS[start..];
        let block = &block[..block.find('}').unwrap_or(block.len())];
        block
            .lines()
            .filter_map(|line| {
                let (name, value) = line.trim().strip_suffix(';')?.split_once(':')?;
                name.starts_with("--").then(|| (name.to_owned(), value.trim().to_owned()))
            })
            .collect()
    })
}

/// The stylesheet for `settings` (as resolved for a language), or `None`
/// when nothing in it changes the product's look. `css_ok` says whether
/// the custom CSS may go in (always, once published).
pub fn stylesheet(settings: &BrandSettings, css_ok: bool) -> Option<String> {
    let mut out = String::new();
    let colours = settings.parsed_colours();
    if !colours.is_empty() {
        let mut declarations = String::from("color-scheme: light;");
        for (name, value) in light_palette() {
            let branded = colours.iter().find(|(t, _)| t.css_property() == name);
            let value = branded.map_or_else(|| value.clone(), |(_, c)| c.hex());
            declarations.push_str(&format!(" {name}: {value};"));
        }
        out.push_str(&format!(":root {{ {declarations} }}\n"));
        out.push_str(&format!(
            "@media (prefers-color-scheme: dark) {{ :root {{ {declarations} }} }}\n"
        ));
    }
    match (
        settings.layout.unwrap_or_default(),
        settings.images.get(&app::domain::branding::AssetSlot::Background),
    ) {
        (Layout::Plain, _) => out.push_str(":root { --page-bg-image: none; }\n"),
        (Layout::FullBleed, Some(image)) => {
            out.push_str(&format!(":root {{ --page-bg-image: url(\"{}\"); }}\n", image.href()));
        }
        (Layout::FullBleed, None) => {}
    }
    if let Some(css) = settings.custom_css.as_deref().filter(|css| css_ok && !css.trim().is_empty())
    {
        out.push_str("/* The organisation's own rules. */\n");
        out.push_str(css);
        out.push('\n');
    }
    (!out.is_empty()).then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use app::domain::branding::{AssetRef, AssetSlot, ColourToken};

    #[test]
    fn the_unbranded_look_needs_no_stylesheet() {
        assert_eq!(stylesheet(&BrandSettings::default(), true), None);
    }

    #[test]
    fn branded_colours_hold_in_both_schemes_over_the_whole_palette() {
        let settings = BrandSettings {
            colours: [(ColourToken::Primary, "#AA0000".into())].into(),
            ..Default::default()
        };
        let css = stylesheet(&settings, true).unwrap_or_default();
        assert_eq!(css.matches("--brand-primary: #aa0000;").count(), 2, "{css}");
        // The rest of the light palette comes along into the dark scheme.
        assert_eq!(css.matches("--input-bg: #ffffff;").count(), 2, "{css}");
        assert!(light_palette().len() > 15);
    }

    #[test]
    fn the_background_shows_only_in_the_full_bleed_layout() {
        let image =
            AssetRef { sha256: "b".repeat(64), extension: "jpg".into(), width: 1, height: 1 };
        let mut settings = BrandSettings {
            images: [(AssetSlot::Background, image.clone())].into(),
            ..Default::default()
        };
        let css = stylesheet(&settings, true).unwrap_or_default();
        assert!(css.contains(&format!("url(\"{}\")", image.href())), "{css}");
        settings.layout = Some(Layout::Plain);
        let css = stylesheet(&settings, true).unwrap_or_default();
        assert!(css.contains("--page-bg-image: none") && !css.contains("url("), "{css}");
    }

    #[test]
    fn custom_css_goes_in_only_when_it_passed_the_parser() {
        let settings =
            BrandSettings { custom_css: Some(".card { border: 0 }".into()), ..Default::default() };
        assert!(stylesheet(&settings, true).is_some_and(|css| css.contains(".card { border: 0 }")));
        assert_eq!(stylesheet(&settings, false), None);
    }
}
