//! Open SDG metadata: the front matter of `content/indicators/<id>.md`, as a national SDG data
//! repository keeps it in `meta/`. Only its own keys are read (names, chart, units, source,
//! coverage, footnote, update date); the rest of a real file is left alone, since Open SDG
//! platforms add keys of their own. Its texts are in the site's default language.

use std::collections::BTreeMap;

use serde_json::Value;

use super::ChartStyle;
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::load::DataFile;
use crate::load::front_matter;
use crate::model::data::sdg_names::{self, IndicatorCode};
use crate::said;

/// What the metadata says, each text as written.
#[derive(Debug, Default)]
pub(super) struct Meta {
    pub code: Option<IndicatorCode>,
    /// From `indicator_name`: an Open SDG translation key or a name.
    pub title: Option<Text>,
    pub target: Option<Text>,
    pub chart_title: Option<String>,
    pub chart: Option<ChartStyle>,
    pub unit: Option<String>,
    pub description: Option<String>,
    pub source: Option<(String, Option<String>)>,
    pub coverage: Option<String>,
    pub footnote: Option<String>,
    pub updated: Option<String>,
}

/// A name from the built-in official names, or a text as written.
#[derive(Debug)]
pub(super) enum Text {
    Official(crate::localized::LocalizedText),
    Written(String),
}

pub(super) fn read(file: &DataFile, problems: &mut Diagnostics) -> Meta {
    if file.text.trim_start_matches('\u{feff}').trim().is_empty() {
        problems.push(Diagnostic::warning_said(&file.path, said!("G024")));
        return Meta::default();
    }
    let split = match front_matter::split(&file.path, &file.text) {
        Ok(split) => split,
        Err(problem) => {
            problems.push(problem);
            return Meta::default();
        }
    };
    let keys: BTreeMap<String, Value> = match front_matter::parse(&file.path, &file.text, &split) {
        Ok(keys) => keys,
        Err(found) => {
            problems.extend(found);
            return Meta::default();
        }
    };
    let text = |key: &str| -> Option<String> {
        let plain = match keys.get(key)? {
            Value::String(text) => plain_text(text),
            Value::Number(number) => number.to_string(),
            _ => return None,
        };
        (!plain.is_empty()).then_some(plain)
    };
    let name = |key: &str| {
        text(key).map(|written| match sdg_names::by_key(&written) {
            Some(official) => Text::Official(official),
            None => Text::Written(written),
        })
    };
    // The first source that is not switched off (`source_active_N: false`).
    let source = (1..=10).find_map(|n| {
        let active = !matches!(
            keys.get(&format!("source_active_{n}")),
            Some(Value::Bool(false))
        );
        let organisation = text(&format!("source_organisation_{n}"))?;
        active.then(|| (organisation, text(&format!("source_url_{n}"))))
    });
    Meta {
        code: text("indicator_number").and_then(|n| IndicatorCode::parse(&n)),
        title: name("indicator_name"),
        target: name("target_name"),
        chart_title: text("graph_title"),
        chart: text("graph_type").map(|t| match t.as_str() {
            "bar" => ChartStyle::Bar,
            _ => ChartStyle::Line,
        }),
        unit: text("computation_units"),
        description: text("national_indicator_description"),
        source,
        coverage: text("national_geographical_coverage"),
        footnote: text("data_footnote"),
        updated: text("data_last_updated"),
    }
}

/// The words of a metadata value without the HTML some platforms put in it.
fn plain_text(html: &str) -> String {
    let mut text = String::with_capacity(html.len());
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => {
                in_tag = false;
                text.push(' ');
            }
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meta(text: &str) -> Meta {
        let file = DataFile {
            path: "content/indicators/x.md".into(),
            id: "x".to_owned(),
            text: text.into(),
        };
        let mut problems = Diagnostics::default();
        let meta = read(&file, &mut problems);
        assert!(problems.is_empty(), "{problems:?}");
        meta
    }

    #[test]
    fn open_sdg_keys_with_official_names() {
        let meta = meta(concat!(
            "---\r\nindicator_name: global_indicators.3-2-1-title\r\n",
            "target_name: global_targets.3-2-title\r\nindicator_number: 3.2.1\r\n",
            "graph_type: bar\r\ncomputation_units: Rate per 1,000 live births\r\n",
            "source_active_1: false\r\nsource_organisation_1: Old office\r\n",
            "source_organisation_2: Office for National Statistics (ONS)\r\n",
            "source_url_2: https://www.ons.gov.uk/\r\n",
            "data_footnote: <p>Not reported from 2018.</p>\r\ndata_keywords:\r\n---\r\n",
        ));
        assert_eq!(meta.code.unwrap().code, "3.2.1");
        assert!(matches!(meta.title, Some(Text::Official(_))));
        assert!(matches!(meta.chart, Some(ChartStyle::Bar)));
        assert_eq!(meta.unit.as_deref(), Some("Rate per 1,000 live births"));
        assert_eq!(
            meta.source,
            Some((
                "Office for National Statistics (ONS)".to_owned(),
                Some("https://www.ons.gov.uk/".to_owned())
            ))
        );
        assert_eq!(meta.footnote.as_deref(), Some("Not reported from 2018."));
    }
}
