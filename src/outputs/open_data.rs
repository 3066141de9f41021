//! Open data for journalists and analysts: every indicator as CSV (the Open SDG layout it can
//! be read back from) and JSON, the projects and partners as CSV and JSON, and all of it in
//! `/data/all.zip`. Western digits and every language's text, whatever the page language.

mod iati;
mod lists;

use std::collections::BTreeMap;

use serde::Serialize;

use super::{BuildContext, Generator, OutputFile, archive};
use crate::config::Config;
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::localized::LocalizedText;
use crate::model::changes::Inputs;
use crate::model::data::Indicator;
use crate::model::data::indicator::{Direction, Point};
use crate::model::data::series::{Column, Dataset, Line, Role};
use crate::urls;

pub(crate) struct OpenData;

/// Links to the site-wide downloads, for the pages that offer them.
#[derive(Serialize)]
pub(crate) struct Links {
    projects_csv: String,
    projects_json: String,
    partners_csv: String,
    partners_json: String,
    all_zip: String,
}

const PROJECTS: &str = "data/projects";
const PARTNERS: &str = "data/partners";
const ALL: &str = "data/all.zip";
const IATI: &str = "data/iati-activities.xml";

/// Written first in every CSV: spreadsheet programs then read the file as UTF-8 and show
/// Arabic correctly (bayan and most data tools skip it).
pub(crate) const BOM: &[u8] = "\u{feff}".as_bytes();

pub(crate) fn links(config: &Config) -> Links {
    Links {
        projects_csv: config.link(&format!("/{PROJECTS}.csv")),
        projects_json: config.link(&format!("/{PROJECTS}.json")),
        partners_csv: config.link(&format!("/{PARTNERS}.csv")),
        partners_json: config.link(&format!("/{PARTNERS}.json")),
        all_zip: config.link(&format!("/{ALL}")),
    }
}

impl Generator for OpenData {
    fn name(&self) -> &'static str {
        "open data"
    }

    fn reads(&self) -> Inputs {
        Inputs::DATA
    }

    fn generate(&self, context: &BuildContext<'_>) -> Result<Vec<OutputFile>, Diagnostics> {
        let config = &context.site.config;
        let data = &context.site.data;
        if data.projects.is_empty() && data.indicators.is_empty() && data.partners.is_empty() {
            return Ok(Vec::new());
        }
        let mut files: Vec<(String, Vec<u8>)> = Vec::new();
        // `file`: the path of the file that could not be made, under the site's root.
        let fail = |file: &str, detail: String| {
            Diagnostics::from_iter([Diagnostic::error_said(
                "content",
                crate::said!("W001", file = file, detail = detail),
            )])
        };
        for indicator in &data.indicators {
            let csv = indicator_csv(indicator)
                .map_err(|e| fail(&urls::indicator_data(&indicator.id, "csv"), e.to_string()))?;
            let json = to_json(&IndicatorRecord::new(config, indicator));
            let path = |ext| {
                urls::indicator_data(&indicator.id, ext)
                    .trim_start_matches('/')
                    .to_owned()
            };
            files.push((path("csv"), csv));
            files.push((path("json"), json));
        }
        files.push((
            format!("{PROJECTS}.csv"),
            lists::projects_csv(config, data)
                .map_err(|e| fail(&format!("/{PROJECTS}.csv"), e.to_string()))?,
        ));
        files.push((
            format!("{PROJECTS}.json"),
            to_json(&lists::projects(config, data)),
        ));
        files.push((
            format!("{PARTNERS}.csv"),
            lists::partners_csv(config, data)
                .map_err(|e| fail(&format!("/{PARTNERS}.csv"), e.to_string()))?,
        ));
        files.push((
            format!("{PARTNERS}.json"),
            to_json(&lists::partners(config, data)),
        ));
        let activities = iati::activities(config, data);
        if activities.contains("<iati-activity ") {
            files.push((IATI.to_owned(), activities.into_bytes()));
        }
        let readme = readme(config);
        let mut entries: Vec<(String, &[u8])> = files
            .iter()
            .map(|(path, bytes)| {
                (
                    path.trim_start_matches("data/").to_owned(),
                    bytes.as_slice(),
                )
            })
            .collect();
        entries.push(("README.txt".to_owned(), readme.as_bytes()));
        let zip =
            archive::zip(&entries, None).map_err(|e| fail(&format!("/{ALL}"), e.to_string()))?;
        let mut out: Vec<OutputFile> = files
            .into_iter()
            .map(|(path, bytes)| OutputFile::new(path, bytes, "open data"))
            .collect();
        out.push(OutputFile::new(ALL.to_owned(), zip, "open data"));
        Ok(out)
    }
}

/// What the archive holds and how to read it, for whoever opens it.
fn readme(config: &Config) -> String {
    let site = texts(config, &config.title)
        .values()
        .copied()
        .collect::<Vec<_>>()
        .join(" / ");
    format!(
        "{site}\n{url}\n\n\
Open data: every progress indicator, project and partner organisation published on the site.\n\n\
indicators/<id>.csv   yearly values: Year, the disaggregation (blank for the total), Value\n\
indicators/<id>.json  the same with title, unit, baseline, target, progress status and source\n\
projects.csv, .json   projects: IATI identifier, status, dates, organisations, countries and\n\
                      regions, sectors, goals, partners, budget, committed, disbursed and\n\
                      spent per currency, documents and results\n\
partners.csv, .json   partner organisations and their projects\n\
iati-activities.xml   the projects as IATI 2.03 activities (the aid transparency standard)\n\n\
Text is given in every language of the site; numbers use Western digits and a dot for\n\
decimals; CSV files are UTF-8 (with a byte order mark, so that spreadsheets show Arabic).\n\
Each record links to its page on the site, which names the source of every figure.\n",
        url = config.absolute("/"),
    )
}

fn to_json(value: &impl Serialize) -> Vec<u8> {
    let mut bytes = serde_json::to_vec_pretty(value).unwrap_or_default();
    bytes.push(b'\n');
    bytes
}

/// A text in each language it is written in (a text the same in every language, in each of
/// the site's): a missing translation stays missing, never filled with another language.
fn texts<'a>(config: &'a Config, text: &'a LocalizedText) -> BTreeMap<&'a str, &'a str> {
    match text {
        LocalizedText::Same(same) => config
            .language_codes()
            .map(|l| (l, same.as_str()))
            .collect(),
        LocalizedText::PerLanguage(texts) => texts
            .iter()
            .map(|(lang, text)| (lang.as_str(), text.as_str()))
            .collect(),
    }
}

/// A text as the page in `lang` shows it (its own, else a fallback), for a CSV column.
fn shown<'a>(config: &'a Config, text: &'a LocalizedText, lang: &str) -> &'a str {
    text.get(lang, &config.default_language().code).text
}

/// The page of something in every language, as absolute URLs.
fn pages(config: &Config, path_in: impl Fn(&str) -> String) -> BTreeMap<&str, String> {
    config
        .language_codes()
        .map(|lang| (lang, config.absolute(&path_in(lang))))
        .collect()
}

/// The data in the layout it came in: the file's own columns in its order (`Year,Value` for
/// values written inline), one row per value, so the file reads back to the same series in
/// bayan or a national SDG platform.
fn indicator_csv(indicator: &Indicator) -> Result<Vec<u8>, csv::Error> {
    let mut writer = csv::Writer::from_writer(Vec::from(BOM));
    let data = &indicator.data;
    let inline = [
        Column {
            name: "Year".to_owned(),
            role: Role::Period,
        },
        Column {
            name: "Value".to_owned(),
            role: Role::Value,
        },
    ];
    let columns = if data.columns.is_empty() {
        &inline[..]
    } else {
        &data.columns[..]
    };
    writer.write_record(columns.iter().map(|c| c.name.as_str()))?;
    for selection in &data.selections {
        for line in &selection.lines {
            for observation in &line.observations {
                writer.write_record(columns.iter().map(|column| match column.role {
                    Role::Period => observation.period.label.clone(),
                    Role::Value => observation.value.to_string(),
                    Role::Disaggregation(n) => line.cells.get(n).cloned().unwrap_or_default(),
                    Role::Attribute(n) => {
                        observation.attributes.get(n).cloned().unwrap_or_default()
                    }
                }))?;
            }
        }
    }
    writer.into_inner().map_err(|e| e.into_error().into())
}

#[derive(Serialize)]
struct IndicatorRecord<'a> {
    id: &'a str,
    title: BTreeMap<&'a str, &'a str>,
    unit: Option<BTreeMap<&'a str, &'a str>>,
    description: Option<BTreeMap<&'a str, &'a str>>,
    /// The global SDG indicator measured, like `3.2.1`.
    sdg_indicator: Option<&'a str>,
    sdgs: &'a [u8],
    sectors: &'a [String],
    countries: &'a [String],
    partners: &'a [String],
    direction: &'static str,
    baseline: Option<PointRecord<'a>>,
    target: Option<PointRecord<'a>>,
    /// The data's columns as the source file names them, with their roles.
    columns: Vec<ColumnRecord<'a>>,
    /// Each (series, unit) pair with its lines.
    selections: Vec<SelectionRecord<'a>>,
    source: Option<SourceRecord<'a>>,
    status: Option<&'static str>,
    /// Share of the way from baseline to target, 0 to 1.
    progress: Option<f64>,
    pages: BTreeMap<&'a str, String>,
}

#[derive(Serialize)]
struct PointRecord<'a> {
    period: &'a str,
    value: f64,
}

impl<'a> From<&'a Point> for PointRecord<'a> {
    fn from(point: &'a Point) -> Self {
        PointRecord {
            period: &point.period.label,
            value: point.value,
        }
    }
}

#[derive(Serialize)]
struct ColumnRecord<'a> {
    name: &'a str,
    /// `period`, `value`, `disaggregation` or `attribute`.
    role: &'static str,
}

#[derive(Serialize)]
struct SelectionRecord<'a> {
    series: Option<&'a str>,
    unit: Option<&'a str>,
    unit_multiplier: Option<&'a str>,
    /// Which line is the headline (an index into `lines`).
    headline: Option<usize>,
    lines: Vec<LineRecord<'a>>,
}

#[derive(Serialize)]
struct LineRecord<'a> {
    /// The disaggregation columns this line fills, with their values; empty for the total.
    disaggregations: BTreeMap<&'a str, &'a str>,
    values: Vec<ValueRecord<'a>>,
}

#[derive(Serialize)]
struct ValueRecord<'a> {
    period: &'a str,
    value: f64,
    /// Attribute cells that are filled, like `Observation status`.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    attributes: BTreeMap<&'a str, &'a str>,
}

#[derive(Serialize)]
struct SourceRecord<'a> {
    name: BTreeMap<&'a str, &'a str>,
    url: Option<&'a str>,
}

impl<'a> IndicatorRecord<'a> {
    fn new(config: &'a Config, indicator: &'a Indicator) -> Self {
        let progress = indicator.progress();
        let data = &indicator.data;
        IndicatorRecord {
            id: &indicator.id,
            title: texts(config, &indicator.title),
            unit: indicator.unit.as_ref().map(|u| texts(config, u)),
            description: indicator.description.as_ref().map(|d| texts(config, d)),
            sdg_indicator: indicator.sdg.as_ref().map(|c| c.code.as_str()),
            sdgs: &indicator.sdgs,
            sectors: &indicator.sectors,
            countries: &indicator.countries,
            partners: &indicator.partners,
            direction: match indicator.direction {
                Direction::Increase => "increase",
                Direction::Decrease => "decrease",
            },
            baseline: indicator.baseline.as_ref().map(PointRecord::from),
            target: indicator.target.as_ref().map(PointRecord::from),
            columns: data
                .columns
                .iter()
                .map(|c| ColumnRecord {
                    name: &c.name,
                    role: match c.role {
                        Role::Period => "period",
                        Role::Value => "value",
                        Role::Disaggregation(_) => "disaggregation",
                        Role::Attribute(_) => "attribute",
                    },
                })
                .collect(),
            selections: data
                .selections
                .iter()
                .map(|selection| SelectionRecord {
                    series: selection.series.as_deref(),
                    unit: selection.unit.as_deref(),
                    unit_multiplier: selection.multiplier.as_deref(),
                    headline: selection.headline,
                    lines: selection
                        .lines
                        .iter()
                        .map(|line| line_record(data, line))
                        .collect(),
                })
                .collect(),
            source: indicator.source.as_ref().map(|s| SourceRecord {
                name: texts(config, &s.name),
                url: s.url.as_deref(),
            }),
            status: progress.as_ref().map(|p| p.status.id()),
            progress: progress.map(|p| (p.done * 1000.0).round() / 1000.0),
            pages: pages(config, |l| urls::indicator(l, &indicator.id)),
        }
    }
}

fn line_record<'a>(data: &'a Dataset, line: &'a Line) -> LineRecord<'a> {
    LineRecord {
        disaggregations: filled(&data.disaggregations, &line.cells),
        values: line
            .observations
            .iter()
            .map(|o| ValueRecord {
                period: &o.period.label,
                value: o.value,
                attributes: filled(&data.attributes, &o.attributes),
            })
            .collect(),
    }
}

/// The cells that are filled, by their column's name.
fn filled<'a>(columns: &'a [String], cells: &'a [String]) -> BTreeMap<&'a str, &'a str> {
    columns
        .iter()
        .zip(cells)
        .filter(|(_, cell)| !cell.is_empty())
        .map(|(column, cell)| (column.as_str(), cell.as_str()))
        .collect()
}
