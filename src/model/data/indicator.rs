//! Progress indicators (`content/indicators/<id>.yaml`, series inline or in `<id>.csv`), and
//! the progress status computed from baseline, target and the latest value.

use std::collections::BTreeMap;
use std::path::PathBuf;

use serde::Deserialize;
use serde_saphyr::Spanned;

mod checks;
mod progress;

use checks::{check_source, check_target, choose, inline_series, point};
pub use progress::{Progress, Status};

use super::{Reference, Referred, check_text, series};
use crate::config::Config;
use crate::diagnostic::{Diagnostic, Diagnostics, nearest};
use crate::load::DataFile;
use crate::localized::LocalizedText;
use crate::model::fields;

#[derive(Debug, Clone, PartialEq)]
pub struct Indicator {
    pub id: String,
    pub title: LocalizedText,
    pub unit: Option<LocalizedText>,
    pub description: Option<LocalizedText>,
    pub sdgs: Vec<u8>,
    pub sectors: Vec<String>,
    pub countries: Vec<String>,
    pub partners: Vec<String>,
    pub direction: Direction,
    pub baseline: Option<Point>,
    pub target: Option<Point>,
    /// The total first (its label `None`), then each disaggregation; years ascending.
    pub series: Vec<Series>,
    /// Disaggregation labels as written in the data ("Female"), in each language.
    pub labels: BTreeMap<String, LocalizedText>,
    /// The CSV's disaggregation columns, like `Sex`, kept for the open data.
    pub dimension: Option<String>,
    pub source: Option<Source>,
    pub chart: ChartStyle,
    /// Shown on the home page.
    pub headline: bool,
    pub path: PathBuf,
}

/// A year's value.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Point {
    pub year: i32,
    pub value: f64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Series {
    /// `None` for the total; else the disaggregation, like "Female" or "Female, Rural".
    pub label: Option<String>,
    pub points: Vec<Point>,
}

/// Which way is progress.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Increase,
    Decrease,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChartStyle {
    Line,
    Bar,
}

/// Where the figures come from.
#[derive(Debug, Clone, PartialEq)]
pub struct Source {
    pub name: LocalizedText,
    pub url: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawIndicator {
    title: Spanned<LocalizedText>,
    unit: Option<Spanned<LocalizedText>>,
    description: Option<Spanned<LocalizedText>>,
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
    #[serde(default)]
    labels: BTreeMap<String, Spanned<LocalizedText>>,
    source: Option<Spanned<BTreeMap<String, String>>>,
    chart: Option<Spanned<String>>,
    #[serde(default)]
    headline: bool,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPoint {
    year: Spanned<i64>,
    value: Spanned<f64>,
}

/// The indicator in `file`, with its series from `csv` when there is one.
pub(super) fn assemble(
    config: &Config,
    file: &DataFile,
    csv: Option<&DataFile>,
    references: &mut Vec<Reference>,
    problems: &mut Diagnostics,
) -> Option<Indicator> {
    let (raw, at): (RawIndicator, _) = super::read_file(file, problems)?;
    let RawIndicator {
        title,
        unit,
        description,
        sdgs,
        sectors,
        countries,
        partners,
        direction,
        baseline,
        target,
        series: inline,
        labels,
        source,
        chart,
        headline,
    } = raw;
    check_text(&at, config, &title, "the title", problems);
    for (text, what) in [(&unit, "the unit"), (&description, "the description")] {
        if let Some(text) = text {
            check_text(&at, config, text, what, problems);
        }
    }
    let direction = match &direction {
        Some(d) => choose(
            &at,
            d,
            "direction",
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
            "chart",
            &[("line", ChartStyle::Line), ("bar", ChartStyle::Bar)],
            problems,
        )?,
        None => ChartStyle::Line,
    };
    let baseline_point = baseline
        .as_ref()
        .and_then(|b| point(&at, &b.value, problems));
    let target_point = target.as_ref().and_then(|t| point(&at, &t.value, problems));
    if let Some(target) = &target {
        check_target(
            &at,
            target,
            baseline_point,
            target_point,
            direction,
            problems,
        );
    }
    let series = match (inline, csv) {
        (Some(points), Some(csv)) => {
            problems.push(at.error(
                &points[0],
                "the values are given twice: here and in a CSV file".to_owned(),
                format!(
                    "keep either `series:` here or {}, not both",
                    csv.path.display()
                ),
            ));
            return None;
        }
        (Some(points), None) => (inline_series(&at, &points, problems), None),
        (None, Some(csv)) => {
            let read = series::read(csv, problems);
            if read.series.first().is_some_and(|s| s.label.is_some()) {
                problems.push(
                    Diagnostic::warning(&csv.path, "no line of this series gives the total")
                        .with_hint("the total is on the lines whose disaggregation cells are empty, like `2020,,15`; without it the indicator shows no latest value or progress"),
                );
            }
            (read.series, read.dimension)
        }
        (None, None) => (Vec::new(), None),
    };
    let (series, dimension) = series;
    if series.is_empty() {
        problems.push(
            Diagnostic::warning(
                &file.path,
                "this indicator has no values yet, so its page shows no figure or progress",
            )
            .with_hint(
                "add `series:` with yearly values, or a CSV file with columns Year,Value beside it",
            ),
        );
    }
    for (label, text) in &labels {
        if !series
            .iter()
            .any(|s| s.label.as_deref() == Some(label.as_str()))
        {
            let written: Vec<&str> = series.iter().filter_map(|s| s.label.as_deref()).collect();
            let hint = match nearest(label, written.iter().copied()) {
                Some(best) => format!("did you mean `{best}`?"),
                None if written.is_empty() => {
                    "labels name the disaggregations of a CSV series, like Female or Rural"
                        .to_owned()
                }
                None => format!("the series are: {}", written.join(", ")),
            };
            problems.push(
                at.error(text, format!("no series is called `{label}`"), hint)
                    .into_warning(),
            );
        }
        check_text(&at, config, text, &format!("the label `{label}`"), problems);
    }
    references.extend(super::references(&at, Referred::Partner, &partners));
    Some(Indicator {
        id: file.id.clone(),
        title: title.value,
        unit: unit.map(|u| u.value),
        description: description.map(|d| d.value),
        sdgs: fields::goals(&at, sdgs, problems),
        sectors: fields::sectors(&at, config, sectors, problems),
        countries: fields::countries(&at, countries, problems),
        partners: fields::ids(&at, "partner", partners, problems),
        direction,
        baseline: baseline_point,
        target: target_point,
        series,
        labels: labels.into_iter().map(|(k, v)| (k, v.value)).collect(),
        dimension,
        source: source.map(|s| check_source(&at, config, s, problems)),
        chart,
        headline,
        path: file.path.clone(),
    })
}
