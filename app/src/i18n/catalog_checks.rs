//! Checks over every locale's catalogue that a translator's slip would
//! fail: the English variables in every message, real plural categories,
//! nothing left in English. (Key parity is checked in `bundles`.)

use super::Lang;
use fluent_syntax::ast::{
    Entry, Expression, InlineExpression, Pattern, PatternElement, VariantKey,
};
use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
use std::collections::{BTreeMap, BTreeSet};

/// Messages that may read exactly as in English, and why. Anything else
/// identical to English is a message nobody translated.
/// A key ending in `-` stands for every key it begins.
const SAME_AS_ENGLISH: &[(&str, &str)] = &[
    // Country names are proper nouns that many languages spell as English.
    ("*", "country-"),
    // "Email" is the word these languages' own product UIs use.
    ("id", "method-email"),
    ("id", "outbox-channel-email"),
    ("it", "method-email"),
    ("it", "outbox-channel-email"),
    ("pt-BR", "method-email"),
    ("pt-BR", "outbox-channel-email"),
    ("vi", "method-email"),
    ("vi", "outbox-channel-email"),
    // Italian UIs say "password"; French spells "message" and
    // "question" as English does.
    ("it", "sign-in-password"),
    ("fr", "outbox-body"),
    ("fr", "wizard-question-label"),
    // Only the layer, the setting and the problem, with punctuation.
    ("*", "studio-problem-in-layer"),
    // Only placeholders and punctuation: most languages write "Name: text"
    // as English does.
    ("*", "message-from-organisation"),
    // The glossaries of these languages keep "helpdesk".
    ("da", "email-footer-helpdesk"),
    ("de", "email-footer-helpdesk"),
    ("nl", "email-footer-helpdesk"),
];

/// What a message is made of, for comparing it across languages.
#[derive(Default)]
struct Shape {
    variables: BTreeSet<String>,
    plural_keys: BTreeSet<String>,
    text: String,
}

fn catalogue(lang: Lang) -> BTreeMap<String, Shape> {
    let mut messages = BTreeMap::new();
    for source in lang.sources() {
        let resource = fluent_syntax::parser::parse(*source)
            .unwrap_or_else(|(_, errors)| panic!("{} does not parse: {errors:?}", lang.tag()));
        for entry in resource.body {
            if let Entry::Message(message) = entry {
                let mut shape = Shape::default();
                if let Some(value) = &message.value {
                    walk(value, &mut shape);
                }
                messages.insert(message.id.name.to_owned(), shape);
            }
        }
    }
    messages
}

fn walk(pattern: &Pattern<&str>, shape: &mut Shape) {
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => shape.text.push_str(value),
            PatternElement::Placeable { expression } => expression_of(expression, shape),
        }
    }
}

fn expression_of(expression: &Expression<&str>, shape: &mut Shape) {
    match expression {
        Expression::Inline(inline) => inline_of(inline, shape),
        Expression::Select { selector, variants } => {
            inline_of(selector, shape);
            for variant in variants {
                if let VariantKey::Identifier { name } = &variant.key {
                    shape.plural_keys.insert((*name).to_owned());
                }
                walk(&variant.value, shape);
            }
        }
    }
}

fn inline_of(inline: &InlineExpression<&str>, shape: &mut Shape) {
    match inline {
        InlineExpression::VariableReference { id } => {
            shape.variables.insert(id.name.to_owned());
        }
        InlineExpression::Placeable { expression } => expression_of(expression, shape),
        InlineExpression::StringLiteral { value } => shape.text.push_str(value),
        _ => {}
    }
}

/// The CLDR plural categories the language's rules give whole numbers
/// (every count sspr formats is one), found as Fluent finds the rules:
/// the full tag, else its language (`sr-Cyrl` → `sr`).
fn plural_categories(lang: Lang) -> BTreeSet<String> {
    let id = lang.langid();
    let rules = PluralRules::create(id.clone(), PluralRuleType::CARDINAL)
        .or_else(|_| {
            let language =
                unic_langid::LanguageIdentifier::from_parts(id.language, None, None, &[]);
            PluralRules::create(language, PluralRuleType::CARDINAL)
        })
        .unwrap_or_else(|_| panic!("no plural rules for {}", lang.tag()));
    // `other` is Fluent's required default even where no whole number
    // reaches it (Polish, Russian…).
    (0..=1000_u32)
        .chain([1_000_000])
        .filter_map(|n| rules.select(n).ok())
        .chain([PluralCategory::OTHER])
        .map(|c| match c {
            PluralCategory::ZERO => "zero",
            PluralCategory::ONE => "one",
            PluralCategory::TWO => "two",
            PluralCategory::FEW => "few",
            PluralCategory::MANY => "many",
            PluralCategory::OTHER => "other",
        })
        .map(str::to_owned)
        .collect()
}

fn may_match_english(lang: Lang, key: &str) -> bool {
    SAME_AS_ENGLISH.iter().any(|(tag, prefix)| {
        (*tag == "*" || *tag == lang.tag())
            && (key == *prefix || (prefix.ends_with('-') && key.starts_with(prefix)))
    })
}

#[test]
fn every_message_uses_exactly_the_english_variables() {
    let english = catalogue(Lang::En);
    let mut wrong = Vec::new();
    for &lang in &Lang::ALL[1..] {
        for (key, shape) in catalogue(lang) {
            let Some(source) = english.get(&key) else { continue };
            if shape.variables != source.variables {
                wrong.push(format!(
                    "{} {key}: {:?} ≠ {:?}",
                    lang.tag(),
                    shape.variables,
                    source.variables
                ));
            }
        }
    }
    assert!(wrong.is_empty(), "variables differ from English:\n{}", wrong.join("\n"));
}

#[test]
fn plural_variants_are_the_language_s_own_categories() {
    let mut wrong = Vec::new();
    for &lang in Lang::ALL {
        let categories = plural_categories(lang);
        for (key, shape) in catalogue(lang) {
            let unknown: Vec<_> = shape.plural_keys.difference(&categories).collect();
            if !unknown.is_empty() {
                wrong.push(format!("{} {key}: {unknown:?} (has {categories:?})", lang.tag()));
            }
        }
    }
    assert!(wrong.is_empty(), "plural variants that never match:\n{}", wrong.join("\n"));
}

#[test]
fn nothing_is_left_in_english() {
    let english = catalogue(Lang::En);
    let mut same = Vec::new();
    for &lang in &Lang::ALL[1..] {
        for (key, shape) in catalogue(lang) {
            let Some(source) = english.get(&key) else { continue };
            let identical =
                !source.text.trim().is_empty() && shape.text.trim() == source.text.trim();
            if identical && !may_match_english(lang, &key) {
                same.push(format!("{} {key}: {:?}", lang.tag(), shape.text));
            }
        }
    }
    assert!(
        same.is_empty(),
        "identical to English and not on the allow-list:\n{}",
        same.join("\n")
    );
}

#[test]
fn the_allow_list_only_names_shipped_languages() {
    for (tag, _) in SAME_AS_ENGLISH {
        assert!(*tag == "*" || Lang::from_exact_tag(tag).is_some(), "{tag}");
    }
}

#[test]
fn each_language_names_itself_differently() {
    let names: BTreeSet<String> =
        Lang::ALL.iter().map(|&l| super::I18n::new(l).t("language-name")).collect();
    assert_eq!(names.len(), Lang::ALL.len());
}
