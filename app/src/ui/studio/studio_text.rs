//! The studio's words for settings, layers and problems.

use crate::domain::branding::{BrandField, ContrastPair, Problem, PublishProblem};
use crate::i18n::{I18n, Lang};

/// "Default" or the language's own name.
pub fn layer_name(i18n: I18n, layer: Option<Lang>) -> String {
    match layer {
        None => i18n.t("studio-layer-default"),
        Some(lang) => super::super::language_picker::endonym(lang).to_owned(),
    }
}

/// A setting's label, as its form field shows it.
pub fn field_label(i18n: I18n, field: BrandField) -> String {
    i18n.t(&format!("studio-field-{}", field.name()))
}

pub fn pair_label(i18n: I18n, pair: ContrastPair) -> String {
    i18n.t(&format!("studio-pair-{}", pair.as_str()))
}

pub fn problem_text(i18n: I18n, problem: &Problem) -> String {
    match problem {
        Problem::TooLong { max } => {
            i18n.t_with("studio-problem-too-long", &[("max", &max.to_string())])
        }
        Problem::ControlCharacter => i18n.t("studio-problem-control-character"),
        Problem::NotAColour => i18n.t("studio-problem-not-a-colour"),
        Problem::LinkNotHttps => i18n.t("studio-problem-link-not-https"),
        Problem::LinkInvalid => i18n.t("studio-problem-link-invalid"),
        Problem::Css { line, reason } => i18n.t_with(
            "studio-problem-css",
            &[("line", &line.to_string()), ("reason", &i18n.t(&format!("studio-css-{reason}")))],
        ),
    }
}

/// One line of the list of what stops publishing.
pub fn publish_problem_text(i18n: I18n, problem: &PublishProblem) -> String {
    match problem {
        PublishProblem::Field { lang, problem } => i18n.t_with(
            "studio-problem-in-layer",
            &[
                ("layer", &layer_name(i18n, *lang)),
                ("setting", &field_label(i18n, problem.field)),
                ("problem", &problem_text(i18n, &problem.problem)),
            ],
        ),
        PublishProblem::Contrast { lang, failure } => i18n.t_with(
            "studio-problem-contrast",
            &[
                ("layer", &layer_name(i18n, *lang)),
                ("pair", &pair_label(i18n, failure.pair)),
                ("ratio", &failure.ratio_text()),
                ("minimum", &format!("{}:1", failure.pair.minimum())),
            ],
        ),
    }
}
