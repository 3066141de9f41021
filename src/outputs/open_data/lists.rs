//! The projects and partners as open data: one record each, as JSON and as a CSV row.

use std::collections::BTreeMap;

use serde::Serialize;

use super::{BOM, pages, texts};
use crate::config::Config;
use crate::model::data::Data;
use crate::urls;

#[derive(Serialize)]
pub(super) struct ProjectRecord<'a> {
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

pub(super) fn projects<'a>(config: &'a Config, data: &'a Data) -> Vec<ProjectRecord<'a>> {
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
pub(super) fn projects_csv(config: &Config, data: &Data) -> Result<Vec<u8>, csv::Error> {
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
pub(super) struct PartnerRecord<'a> {
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

pub(super) fn partners<'a>(config: &'a Config, data: &'a Data) -> Vec<PartnerRecord<'a>> {
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

pub(super) fn partners_csv(config: &Config, data: &Data) -> Result<Vec<u8>, csv::Error> {
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
