//! An indicator's texts from three places, in order of precedence: its YAML, its Open SDG
//! metadata (written in the site's default language), and the UN's official names of the SDG
//! indicator it measures. A YAML text given in some languages is completed from the others.

use std::collections::BTreeMap;

use super::Source;
use super::meta::{Meta, Text};
use crate::config::Config;
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::load::DataFile;
use crate::localized::LocalizedText;
use crate::model::data::sdg_names::IndicatorCode;
use crate::said;

/// What the YAML itself says.
pub(super) struct Written {
    pub title: Option<LocalizedText>,
    pub unit: Option<LocalizedText>,
    pub description: Option<LocalizedText>,
    pub chart_title: Option<LocalizedText>,
    pub coverage: Option<LocalizedText>,
    pub footnote: Option<LocalizedText>,
    /// Whether the YAML names the source, which then replaces the metadata's.
    pub source: bool,
}

pub(super) struct Texts {
    pub title: LocalizedText,
    pub unit: Option<LocalizedText>,
    pub description: Option<LocalizedText>,
    pub target: Option<LocalizedText>,
    pub source: Option<Source>,
    pub chart_title: Option<LocalizedText>,
    pub coverage: Option<LocalizedText>,
    pub footnote: Option<LocalizedText>,
}

/// The texts, or `None` (reported) when nothing gives the indicator a title.
pub(super) fn resolve(
    config: &Config,
    file: &DataFile,
    written: Written,
    meta: &Meta,
    sdg: Option<&IndicatorCode>,
    units_in_data: bool,
    problems: &mut Diagnostics,
) -> Option<Texts> {
    let default = config.default_language().code.as_str();
    let in_default = |text: &Option<String>| {
        text.as_ref()
            .map(|t| LocalizedText::PerLanguage(BTreeMap::from([(default.to_owned(), t.clone())])))
    };
    let from_meta = |text: &Option<Text>| {
        text.as_ref().map(|t| match t {
            Text::Official(names) => names.clone(),
            Text::Written(text) => {
                LocalizedText::PerLanguage(BTreeMap::from([(default.to_owned(), text.clone())]))
            }
        })
    };
    let mut incomplete = Vec::new();
    let mut derived = |name: &'static str, text: Option<LocalizedText>| {
        if let Some(text) = &text
            && !text.missing(config.language_codes()).is_empty()
        {
            incomplete.push(name);
        }
        text
    };
    let official_title = from_meta(&meta.title).or_else(|| sdg.map(IndicatorCode::title));
    let title = match written.title {
        Some(title) => complete(title, official_title),
        None => match derived("title", official_title) {
            Some(title) => title,
            None => {
                problems.push(Diagnostic::error_said(&file.path, said!("G001")));
                return None;
            }
        },
    };
    let official_target = from_meta(&meta.target).or_else(|| sdg.map(IndicatorCode::target_title));
    let texts = Texts {
        title,
        // The data's own units win over the metadata's summary of them.
        unit: merge(
            written.unit,
            in_default(&meta.unit).filter(|_| !units_in_data),
            &mut derived,
            "unit",
        ),
        description: merge(
            written.description,
            in_default(&meta.description),
            &mut derived,
            "description",
        ),
        target: derived("target", official_target),
        source: meta
            .source
            .as_ref()
            .filter(|_| !written.source)
            .and_then(|(name, url)| {
                Some(Source {
                    name: derived("source", in_default(&Some(name.clone())))?,
                    url: url
                        .as_ref()
                        .filter(|u| u.starts_with("https://") || u.starts_with("http://"))
                        .cloned(),
                })
            }),
        chart_title: merge(
            written.chart_title,
            in_default(&meta.chart_title),
            &mut derived,
            "chart_title",
        ),
        coverage: merge(
            written.coverage,
            in_default(&meta.coverage),
            &mut derived,
            "coverage",
        ),
        footnote: merge(
            written.footnote,
            in_default(&meta.footnote),
            &mut derived,
            "footnote",
        ),
    };
    if !incomplete.is_empty() {
        let languages: Vec<&str> = config.language_codes().filter(|l| *l != default).collect();
        problems.push(Diagnostic::warning_said(
            &file.path,
            said!(
                "G023",
                keys = incomplete,
                languages = &languages,
                lang = languages.first().copied().unwrap_or(default),
            ),
        ));
    }
    Some(texts)
}

/// `written` completed from `fallback` where it lacks a language.
fn complete(written: LocalizedText, fallback: Option<LocalizedText>) -> LocalizedText {
    match (written, fallback) {
        (LocalizedText::PerLanguage(mut mine), Some(LocalizedText::PerLanguage(theirs))) => {
            for (lang, text) in theirs {
                mine.entry(lang).or_insert(text);
            }
            LocalizedText::PerLanguage(mine)
        }
        (written, _) => written,
    }
}

fn merge(
    written: Option<LocalizedText>,
    fallback: Option<LocalizedText>,
    derived: &mut impl FnMut(&'static str, Option<LocalizedText>) -> Option<LocalizedText>,
    name: &'static str,
) -> Option<LocalizedText> {
    match written {
        Some(written) => Some(complete(written, fallback)),
        None => derived(name, fallback),
    }
}
