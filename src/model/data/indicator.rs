//! Progress indicators (`content/indicators/<id>.yaml`, values inline or in `<id>.csv`, Open SDG
//! metadata in `<id>.md`), and the progress status computed from baseline, target and the
//! latest value.

use std::collections::BTreeMap;
use std::path::PathBuf;

use serde::Deserialize;
use serde_saphyr::Spanned;

mod checks;
mod meta;
mod progress;
mod selection;
mod texts;
mod words;

use checks::{check_source, check_target, choose, inline_series, point};
pub(crate) use progress::{Progress, latest_of, measure, percent};

use super::period::Period;
use super::sdg_names::{self, IndicatorCode};
use super::series::{self, Dataset};
use super::{Reference, Referred, check_text};
use crate::config::Config;
use crate::diagnostic::{Diagnostics, nearest};
use crate::load::DataFile;
use crate::localized::LocalizedText;
use crate::model::fields::{self, At};
use crate::said;

#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Indicator {
    pub id: String,
    pub title: LocalizedText,
    /// The unit of values whose data names none (written in YAML or the metadata).
    pub unit: Option<LocalizedText>,
    pub description: Option<LocalizedText>,
    /// The global SDG indicator measured, when the indicator names one.
    pub sdg: Option<IndicatorCode>,
    /// The wording of the SDG target it measures.
    pub sdg_target: Option<LocalizedText>,
    pub sdgs: Vec<u8>,
    pub sectors: Vec<String>,
    pub countries: Vec<String>,
    pub partners: Vec<String>,
    pub direction: Direction,
    pub baseline: Option<Point>,
    pub target: Option<Point>,
    pub data: Dataset,
    /// The selection shown first and on cards, and measured against the target.
    pub main: usize,
    /// The language the data's own words are written in: the site's default.
    pub language: String,
    /// Translations of the words in the data (series, units, disaggregations, statuses, column
    /// names), keyed as written there.
    pub labels: BTreeMap<String, LocalizedText>,
    pub source: Option<Source>,
    pub chart: ChartStyle,
    pub chart_title: Option<LocalizedText>,
    /// The area the figures cover, like "United Kingdom".
    pub coverage: Option<LocalizedText>,
    pub footnote: Option<LocalizedText>,
    /// When the data was last updated, as the metadata writes it.
    pub updated: Option<String>,
    /// Shown on the home page.
    pub headline: bool,
    pub path: PathBuf,
}

/// A period's value: a baseline, a target or the latest measured.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Point {
    pub period: Period,
    pub value: f64,
}

/// Which way is progress.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Direction {
    Increase,
    Decrease,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ChartStyle {
    Line,
    Bar,
}

/// Where the figures come from.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Source {
    pub name: LocalizedText,
    pub url: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawIndicator {
    title: Option<Spanned<LocalizedText>>,
    unit: Option<Spanned<LocalizedText>>,
    description: Option<Spanned<LocalizedText>>,
    sdg_indicator: Option<Spanned<String>>,
    #[serde(default)]
    sdgs: Vec<Spanned<i64>>,
    #[serde(default)]
    sectors: Vec<Spanned<String>>,
    #[serde(default)]
    countries: Vec<Spanned<String>>,
    #[serde(default)]
    partners: Vec<Spanned<String>>,
    direction: Option<Spanned<String>>,
    baseline: Option<Spanned<RawPoint>>,
    target: Option<Spanned<RawPoint>>,
    series: Option<Vec<Spanned<RawPoint>>>,
    total: Option<Spanned<RawTotal>>,
    show_first: Option<Spanned<RawShowFirst>>,
    #[serde(default)]
    labels: BTreeMap<String, Spanned<LocalizedText>>,
    source: Option<Spanned<BTreeMap<String, String>>>,
    chart: Option<Spanned<String>>,
    chart_title: Option<Spanned<LocalizedText>>,
    coverage: Option<Spanned<LocalizedText>>,
    footnote: Option<Spanned<LocalizedText>>,
    #[serde(default)]
    headline: bool,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPoint {
    year: Spanned<RawPeriod>,
    value: Spanned<f64>,
}

/// `2024`, or a period in quotes like `"2023-24"` or `"2024 Q2"`.
#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum RawPeriod {
    Year(i64),
    Written(String),
}

/// `total: {Country: England}` names the line that stands for the whole; `total: none` says
/// the data has none.
#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum RawTotal {
    Line(BTreeMap<String, String>),
    Word(String),
}

/// `show_first: {series: ..., unit: ...}`: the pair shown first and on cards.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawShowFirst {
    series: Option<String>,
    unit: Option<String>,
}

/// The files of one indicator: its YAML, and the CSV data and Open SDG metadata beside it.
pub(super) struct Files<'a> {
    pub yaml: &'a DataFile,
    pub csv: Option<&'a DataFile>,
    pub meta: Option<&'a DataFile>,
}

/// The indicator in `files`.
pub(super) fn assemble(
    config: &Config,
    files: &Files<'_>,
    references: &mut Vec<Reference>,
    problems: &mut Diagnostics,
) -> Option<Indicator> {
    let file = files.yaml;
    let (raw, at): (RawIndicator, _) = super::read_file(file, problems)?;
    let RawIndicator {
        title,
        unit,
        description,
        sdg_indicator,
        sdgs,
        sectors,
        countries,
        partners,
        direction,
        baseline,
        target,
        series: inline,
        total,
        show_first,
        labels,
        source,
        chart,
        chart_title,
        coverage,
        footnote,
        headline,
    } = raw;
    // Where each text is written, to report a language it lacks once the metadata and the
    // official names have completed it.
    let written_at: Vec<(Option<Spanned<()>>, &str)> = [
        (&title, "title"),
        (&unit, "unit"),
        (&description, "description"),
        (&chart_title, "chart_title"),
        (&coverage, "coverage"),
        (&footnote, "footnote"),
    ]
    .into_iter()
    .map(|(text, what)| (text.as_ref().map(|t| respan(t, ())), what))
    .collect();
    let meta = files
        .meta
        .map(|m| meta::read(m, problems))
        .unwrap_or_default();
    let sdg = match &sdg_indicator {
        Some(code) => Some(sdg_code(&at, code, problems)?),
        None => meta.code.clone(),
    };
    let direction = match &direction {
        Some(d) => choose(
            &at,
            d,
            said!("G003", value = d.value.trim()),
            &[
                ("increase", Direction::Increase),
                ("decrease", Direction::Decrease),
            ],
            problems,
        )?,
        None => Direction::Increase,
    };
    let chart = match &chart {
        Some(c) => choose(
            &at,
            c,
            said!("G004", value = c.value.trim()),
            &[("line", ChartStyle::Line), ("bar", ChartStyle::Bar)],
            problems,
        )?,
        None => meta.chart.unwrap_or(ChartStyle::Line),
    };
    let baseline_point = baseline
        .as_ref()
        .and_then(|b| point(&at, &b.value, problems));
    let target_point = target.as_ref().and_then(|t| point(&at, &t.value, problems));
    if let Some(target) = &target {
        check_target(
            &at,
            target,
            baseline_point.as_ref(),
            target_point.as_ref(),
            direction,
            problems,
        );
    }
    let mut data = match (inline, files.csv) {
        (Some(points), Some(csv)) => {
            let said = said!("G012", csv = csv.path.display().to_string());
            problems.push(at.said_at(&points[0], said));
            return None;
        }
        (Some(points), None) => Dataset::inline(inline_series(&at, &points, problems)),
        (None, Some(csv)) => series::read(csv, &config.indicator_attributes, problems),
        (None, None) => Dataset::default(),
    };
    let texts = texts::resolve(
        config,
        file,
        texts::Written {
            title: title.map(|t| t.value),
            unit: unit.as_ref().map(|u| u.value.clone()),
            description: description.map(|d| d.value),
            chart_title: chart_title.map(|t| t.value),
            coverage: coverage.map(|c| c.value),
            footnote: footnote.map(|f| f.value),
            source: source.is_some(),
        },
        &meta,
        sdg.as_ref(),
        data.selections.iter().any(|s| s.unit.is_some()),
        problems,
    )?;
    let completed = [
        Some(&texts.title),
        texts.unit.as_ref(),
        texts.description.as_ref(),
        texts.chart_title.as_ref(),
        texts.coverage.as_ref(),
        texts.footnote.as_ref(),
    ];
    for ((span, what), text) in written_at.iter().zip(completed) {
        if let (Some(span), Some(text)) = (span, text) {
            check_text(&at, config, &respan(span, text.clone()), what, problems);
        }
    }
    if let Some(unit) = &unit
        && data.selections.iter().any(|s| s.unit.is_some())
    {
        let said = said!("G014");
        problems.push(at.said_at(unit, said).into_warning());
    }
    let csv_path = files.csv.map_or(&file.path, |csv| &csv.path);
    selection::headlines(&at, csv_path, total.as_ref(), &mut data, problems);
    let main = selection::main(&at, show_first.as_ref(), &data, problems);
    selection::check_labels(&at, config, &labels, &data, problems);
    let mut goals = fields::goals(&at, sdgs, problems);
    if let Some(code) = &sdg
        && !goals.contains(&code.goal)
    {
        goals.push(code.goal);
    }
    references.extend(super::references(&at, Referred::Partner, &partners));
    Some(Indicator {
        id: file.id.clone(),
        title: texts.title,
        unit: texts.unit,
        description: texts.description,
        sdg_target: texts.target,
        sdg,
        sdgs: goals,
        sectors: fields::sectors(&at, config, sectors, problems),
        countries: fields::countries(&at, countries, problems),
        partners: fields::ids(&at, "partner", partners, problems),
        direction,
        baseline: baseline_point,
        target: target_point,
        data,
        main,
        language: config.default_language().code.clone(),
        labels: labels.into_iter().map(|(k, v)| (k, v.value)).collect(),
        source: match source {
            Some(s) => Some(check_source(&at, config, s, problems)),
            None => texts.source,
        },
        chart,
        chart_title: texts.chart_title,
        coverage: texts.coverage,
        footnote: texts.footnote,
        updated: meta.updated,
        headline,
        path: file.path.clone(),
    })
}

/// `value` where `spanned` was written.
fn respan<T, U>(spanned: &Spanned<T>, value: U) -> Spanned<U> {
    Spanned {
        value,
        referenced: spanned.referenced,
        defined: spanned.defined,
    }
}

fn sdg_code(
    at: &At<'_>,
    code: &Spanned<String>,
    problems: &mut Diagnostics,
) -> Option<IndicatorCode> {
    let found = IndicatorCode::parse(&code.value);
    if found.is_none() {
        let codes: Vec<String> = sdg_names::codes().collect();
        let hint = match nearest(code.value.trim(), codes.iter().map(String::as_str)) {
            Some(best) => said!("indicator-did-you-mean", best = best),
            None => said!("G002-write"),
        };
        problems.push(at.error_said(code, said!("G002", code = &code.value), hint));
    }
    found
}
