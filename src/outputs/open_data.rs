//! Open data for journalists and analysts: every indicator as CSV (the Open SDG layout it can
//! be read back from) and JSON, the projects and partners as CSV and JSON, and all of it in
//! `/data/all.zip`. Western digits and every language's text, whatever the page language.

use std::collections::BTreeMap;

use serde::Serialize;

use super::{BuildContext, Generator, OutputFile, archive};
use crate::config::Config;
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::localized::LocalizedText;
use crate::model::data::indicator::{Direction, Point};
use crate::model::data::{Data, Indicator};
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

/// Written first in every CSV: spreadsheet programs then read the file as UTF-8 and show
/// Arabic correctly (bayan and most data tools skip it).
const BOM: &[u8] = "\u{feff}".as_bytes();

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
    fn generate(&self, context: &BuildContext<'_>) -> Result<Vec<OutputFile>, Diagnostics> {
        let config = &context.site.config;
        let data = &context.site.data;
        if data.projects.is_empty() && data.indicators.is_empty() && data.partners.is_empty() {
            return Ok(Vec::new());
        }
        let mut files: Vec<(String, Vec<u8>)> = Vec::new();
        let fail = |what: &str, error: String| {
            Diagnostics::from_iter([Diagnostic::error(
                "content",
                format!("cannot write {what}: {error}"),
            )])
        };
        for indicator in &data.indicators {
            let csv = indicator_csv(indicator).map_err(|e| fail(&indicator.id, e.to_string()))?;
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
            projects_csv(config, data).map_err(|e| fail("projects.csv", e.to_string()))?,
        ));
        files.push((format!("{PROJECTS}.json"), to_json(&projects(config, data))));
        files.push((
            format!("{PARTNERS}.csv"),
            partners_csv(config, data).map_err(|e| fail("partners.csv", e.to_string()))?,
        ));
        files.push((format!("{PARTNERS}.json"), to_json(&partners(config, data))));
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
        let zip = archive::zip(&entries).map_err(|e| fail("all.zip", e.to_string()))?;
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
projects.csv, .json   projects: status, countries, sectors, goals, partners, dates, budget\n\
partners.csv, .json   partner organisations and their projects\n\n\
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

/// A text in every language of the site.
fn texts<'a>(config: &'a Config, text: &'a LocalizedText) -> BTreeMap<&'a str, &'a str> {
    let default = &config.default_language().code;
    config
        .language_codes()
        .map(|lang| (lang, text.get(lang, default).text))
        .collect()
}

/// The page of something in every language, as absolute URLs.
fn pages(config: &Config, path_in: impl Fn(&str) -> String) -> BTreeMap<&str, String> {
    config
        .language_codes()
        .map(|lang| (lang, config.absolute(&path_in(lang))))
        .collect()
}

/// `Year,<disaggregation>,Value` with the total's disaggregation blank, as the Open SDG layout
/// has it, so the file can be read back by bayan or by a national SDG platform.
fn indicator_csv(indicator: &Indicator) -> Result<Vec<u8>, csv::Error> {
    let mut writer = csv::Writer::from_writer(Vec::from(BOM));
    let dimension = indicator.dimension.as_deref().unwrap_or("Series");
    writer.write_record(["Year", dimension, "Value"])?;
    for series in &indicator.series {
        for point in &series.points {
            writer.write_record([
                point.year.to_string(),
                series.label.clone().unwrap_or_default(),
                point.value.to_string(),
            ])?;
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
    sdgs: &'a [u8],
    sectors: &'a [String],
    countries: &'a [String],
    partners: &'a [String],
    direction: &'static str,
    baseline: Option<PointRecord>,
    target: Option<PointRecord>,
    series: Vec<SeriesRecord<'a>>,
    source: Option<SourceRecord<'a>>,
    status: Option<&'static str>,
    /// Share of the way from baseline to target, 0 to 1.
    progress: Option<f64>,
    pages: BTreeMap<&'a str, String>,
}

#[derive(Serialize)]
struct PointRecord {
    year: i32,
    value: f64,
}

impl From<Point> for PointRecord {
    fn from(point: Point) -> Self {
        PointRecord {
            year: point.year,
            value: point.value,
        }
    }
}

#[derive(Serialize)]
struct SeriesRecord<'a> {
    /// `null` for the total.
    label: Option<&'a str>,
    /// The label in every language, when the indicator translates it.
    names: Option<BTreeMap<&'a str, &'a str>>,
    values: Vec<PointRecord>,
}

#[derive(Serialize)]
struct SourceRecord<'a> {
    name: BTreeMap<&'a str, &'a str>,
    url: Option<&'a str>,
}

impl<'a> IndicatorRecord<'a> {
    fn new(config: &'a Config, indicator: &'a Indicator) -> Self {
        let progress = indicator.progress();
        IndicatorRecord {
            id: &indicator.id,
            title: texts(config, &indicator.title),
            unit: indicator.unit.as_ref().map(|u| texts(config, u)),
            description: indicator.description.as_ref().map(|d| texts(config, d)),
            sdgs: &indicator.sdgs,
            sectors: &indicator.sectors,
            countries: &indicator.countries,
            partners: &indicator.partners,
            direction: match indicator.direction {
                Direction::Increase => "increase",
                Direction::Decrease => "decrease",
            },
            baseline: indicator.baseline.map(PointRecord::from),
            target: indicator.target.map(PointRecord::from),
            series: indicator
                .series
                .iter()
                .map(|s| SeriesRecord {
                    label: s.label.as_deref(),
                    names: s
                        .label
                        .as_ref()
                        .and_then(|l| indicator.labels.get(l))
                        .map(|text| texts(config, text)),
                    values: s.points.iter().copied().map(PointRecord::from).collect(),
                })
                .collect(),
            source: indicator.source.as_ref().map(|s| SourceRecord {
                name: texts(config, &s.name),
                url: s.url.as_deref(),
            }),
            status: progress.map(|p| p.status.id()),
            progress: progress.map(|p| (p.done * 1000.0).round() / 1000.0),
            pages: pages(config, |l| urls::indicator(l, &indicator.id)),
        }
    }
}

#[derive(Serialize)]
struct ProjectRecord<'a> {
    id: &'a str,
    title: BTreeMap<&'a str, &'a str>,
    summary: Option<BTreeMap<&'a str, &'a str>>,
    status: &'static str,
    countries: &'a [String],
    sectors: &'a [String],
    sdgs: &'a [u8],
    partners: &'a [String],
    start: Option<String>,
    end: Option<String>,
    budget: Option<f64>,
    currency: Option<&'a str>,
    beneficiaries: Option<u64>,
    indicators: &'a [String],
    pages: BTreeMap<&'a str, String>,
}

fn projects<'a>(config: &'a Config, data: &'a Data) -> Vec<ProjectRecord<'a>> {
    data.projects
        .iter()
        .map(|p| ProjectRecord {
            id: &p.id,
            title: texts(config, &p.title),
            summary: p.summary.as_ref().map(|s| texts(config, s)),
            status: p.status.id(),
            countries: &p.countries,
            sectors: &p.sectors,
            sdgs: &p.sdgs,
            partners: &p.partners,
            start: p.start.map(|d| d.to_string()),
            end: p.end.map(|d| d.to_string()),
            budget: p.budget.as_ref().map(|b| b.amount),
            currency: p.budget.as_ref().map(|b| b.currency.as_str()),
            beneficiaries: p.beneficiaries,
            indicators: &p.indicators,
            pages: pages(config, |l| urls::project(l, &p.id)),
        })
        .collect()
}

/// One row per project; lists joined with `;`, a title column per language.
fn projects_csv(config: &Config, data: &Data) -> Result<Vec<u8>, csv::Error> {
    let mut writer = csv::Writer::from_writer(Vec::from(BOM));
    let mut header: Vec<String> = vec!["id".to_owned()];
    header.extend(config.language_codes().map(|l| format!("title_{l}")));
    header.extend(
        [
            "status",
            "countries",
            "sectors",
            "sdgs",
            "partners",
            "start",
            "end",
            "budget",
            "currency",
            "beneficiaries",
            "indicators",
        ]
        .map(str::to_owned),
    );
    writer.write_record(&header)?;
    for record in projects(config, data) {
        let mut row: Vec<String> = vec![record.id.to_owned()];
        row.extend(
            config
                .language_codes()
                .map(|l| record.title.get(l).copied().unwrap_or_default().to_owned()),
        );
        row.extend([
            record.status.to_owned(),
            record.countries.join(";"),
            record.sectors.join(";"),
            record
                .sdgs
                .iter()
                .map(u8::to_string)
                .collect::<Vec<_>>()
                .join(";"),
            record.partners.join(";"),
            record.start.unwrap_or_default(),
            record.end.unwrap_or_default(),
            record.budget.map(|b| b.to_string()).unwrap_or_default(),
            record.currency.unwrap_or_default().to_owned(),
            record
                .beneficiaries
                .map(|b| b.to_string())
                .unwrap_or_default(),
            record.indicators.join(";"),
        ]);
        writer.write_record(&row)?;
    }
    writer.into_inner().map_err(|e| e.into_error().into())
}

#[derive(Serialize)]
struct PartnerRecord<'a> {
    id: &'a str,
    name: BTreeMap<&'a str, &'a str>,
    short: Option<BTreeMap<&'a str, &'a str>>,
    #[serde(rename = "type")]
    kind: &'static str,
    description: Option<BTreeMap<&'a str, &'a str>>,
    website: Option<&'a str>,
    projects: Vec<&'a str>,
    pages: BTreeMap<&'a str, String>,
}

fn partners<'a>(config: &'a Config, data: &'a Data) -> Vec<PartnerRecord<'a>> {
    data.partners
        .iter()
        .map(|p| PartnerRecord {
            id: &p.id,
            name: texts(config, &p.name),
            short: p.short.as_ref().map(|s| texts(config, s)),
            kind: p.kind.id(),
            description: p.description.as_ref().map(|d| texts(config, d)),
            website: p.url.as_deref(),
            projects: data
                .projects
                .iter()
                .filter(|project| project.partners.contains(&p.id))
                .map(|project| project.id.as_str())
                .collect(),
            pages: pages(config, |l| urls::partner(l, &p.id)),
        })
        .collect()
}

fn partners_csv(config: &Config, data: &Data) -> Result<Vec<u8>, csv::Error> {
    let mut writer = csv::Writer::from_writer(Vec::from(BOM));
    let mut header: Vec<String> = vec!["id".to_owned()];
    header.extend(config.language_codes().map(|l| format!("name_{l}")));
    header.extend(["type", "website", "projects"].map(str::to_owned));
    writer.write_record(&header)?;
    for record in partners(config, data) {
        let mut row: Vec<String> = vec![record.id.to_owned()];
        row.extend(
            config
                .language_codes()
                .map(|l| record.name.get(l).copied().unwrap_or_default().to_owned()),
        );
        row.extend([
            record.kind.to_owned(),
            record.website.unwrap_or_default().to_owned(),
            record.projects.join(";"),
        ]);
        writer.write_record(&row)?;
    }
    writer.into_inner().map_err(|e| e.into_error().into())
}
