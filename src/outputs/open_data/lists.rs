//! The projects and partners as open data: one record each, as JSON and as a CSV row.

use std::collections::BTreeMap;

use serde::Serialize;

use super::{BOM, pages, shown, texts};
use crate::config::Config;
use crate::model::data::Data;
use crate::model::data::project::{PerCurrency, Share, TransactionKind};
use crate::urls;

#[derive(Serialize)]
pub(super) struct ProjectRecord<'a> {
    id: &'a str,
    /// The IATI activity identifier.
    identifier: Option<&'a str>,
    title: BTreeMap<&'a str, &'a str>,
    summary: Option<BTreeMap<&'a str, &'a str>>,
    status: &'static str,
    /// The IATI ActivityStatus code.
    status_code: u8,
    start: Option<String>,
    end: Option<String>,
    planned_start: Option<String>,
    actual_start: Option<String>,
    planned_end: Option<String>,
    actual_end: Option<String>,
    reporting_org: Option<OrganisationRecord<'a>>,
    organisations: Vec<OrganisationRecord<'a>>,
    countries: Vec<ShareRecord<'a>>,
    regions: Vec<ShareRecord<'a>>,
    sectors: &'a [String],
    dac_sectors: Vec<ShareRecord<'a>>,
    sdgs: &'a [u8],
    partners: &'a [String],
    /// Per currency: revised budgets replace their originals.
    budget: PerCurrency,
    committed: PerCurrency,
    disbursed: PerCurrency,
    spent: PerCurrency,
    documents: Vec<DocumentRecord<'a>>,
    results: Vec<ResultRecord<'a>>,
    beneficiaries: Option<u64>,
    indicators: &'a [String],
    pages: BTreeMap<&'a str, String>,
}

#[derive(Serialize)]
struct OrganisationRecord<'a> {
    name: BTreeMap<&'a str, &'a str>,
    #[serde(rename = "ref")]
    reference: Option<&'a str>,
    role: Option<&'static str>,
    partner: Option<&'a str>,
}

#[derive(Serialize)]
struct ShareRecord<'a> {
    code: &'a str,
    percentage: Option<f64>,
}

#[derive(Serialize)]
struct DocumentRecord<'a> {
    url: &'a str,
    title: BTreeMap<&'a str, &'a str>,
    category: Option<&'a str>,
}

#[derive(Serialize)]
struct ResultRecord<'a> {
    title: BTreeMap<&'a str, &'a str>,
    indicators: Vec<ResultIndicatorRecord<'a>>,
}

#[derive(Serialize)]
struct ResultIndicatorRecord<'a> {
    title: BTreeMap<&'a str, &'a str>,
    ascending: bool,
    baseline: Option<f64>,
    baseline_year: Option<i32>,
    periods: Vec<PeriodRecord>,
}

#[derive(Serialize)]
struct PeriodRecord {
    start: String,
    end: String,
    target: Option<f64>,
    actual: Option<f64>,
}

fn shares(shares: &[Share]) -> Vec<ShareRecord<'_>> {
    shares
        .iter()
        .map(|s| ShareRecord {
            code: &s.code,
            percentage: s.percentage,
        })
        .collect()
}

pub(super) fn projects<'a>(config: &'a Config, data: &'a Data) -> Vec<ProjectRecord<'a>> {
    let day = |d: Option<jiff::civil::Date>| d.map(|d| d.to_string());
    data.projects
        .iter()
        .map(|p| ProjectRecord {
            id: &p.id,
            identifier: p.identifier.as_deref(),
            title: texts(config, &p.title),
            summary: p.summary.as_ref().map(|s| texts(config, s)),
            status: p.status.id(),
            status_code: p.status.code(),
            start: day(p.dates.start()),
            end: day(p.dates.end()),
            planned_start: day(p.dates.planned_start),
            actual_start: day(p.dates.actual_start),
            planned_end: day(p.dates.planned_end),
            actual_end: day(p.dates.actual_end),
            reporting_org: p.reporting.as_ref().map(|o| OrganisationRecord {
                name: texts(config, &o.name),
                reference: o.reference.as_deref(),
                role: None,
                partner: None,
            }),
            organisations: p
                .organisations
                .iter()
                .map(|o| OrganisationRecord {
                    // One the directory describes by hand goes by the names written there.
                    name: texts(
                        config,
                        o.partner
                            .as_deref()
                            .and_then(|id| data.partner(id))
                            .filter(|p| !p.imported)
                            .map_or(&o.organisation.name, |p| &p.name),
                    ),
                    reference: o.organisation.reference.as_deref(),
                    role: Some(o.role.id()),
                    partner: o.partner.as_deref(),
                })
                .collect(),
            countries: shares(&p.countries),
            regions: shares(&p.regions),
            sectors: &p.sectors,
            dac_sectors: shares(&p.dac_sectors),
            sdgs: &p.sdgs,
            partners: &p.partners,
            budget: p.budget_totals(),
            committed: p.transaction_totals(TransactionKind::COMMITMENT),
            disbursed: p.transaction_totals(TransactionKind::DISBURSEMENT),
            spent: p.transaction_totals(TransactionKind::EXPENDITURE),
            documents: p
                .documents
                .iter()
                .map(|d| DocumentRecord {
                    url: &d.url,
                    title: texts(config, &d.title),
                    category: d.category.as_deref(),
                })
                .collect(),
            results: p
                .results
                .iter()
                .map(|r| ResultRecord {
                    title: texts(config, &r.title),
                    indicators: r
                        .indicators
                        .iter()
                        .map(|i| ResultIndicatorRecord {
                            title: texts(config, &i.title),
                            ascending: i.ascending,
                            baseline: i.baseline.as_ref().map(|b| b.value),
                            baseline_year: i.baseline.as_ref().map(|b| b.period.ending_year()),
                            periods: i
                                .periods
                                .iter()
                                .map(|p| PeriodRecord {
                                    start: p.start.to_string(),
                                    end: p.end.to_string(),
                                    target: p.target,
                                    actual: p.actual,
                                })
                                .collect(),
                        })
                        .collect(),
                })
                .collect(),
            beneficiaries: p.beneficiaries,
            indicators: &p.indicators,
            pages: pages(config, |l| urls::project(l, &p.id)),
        })
        .collect()
}

/// One row per project; lists joined with `;` (a share as `code:percentage`), a title column
/// per language, and the money in a column per kind and currency (`budget_USD`).
pub(super) fn projects_csv(config: &Config, data: &Data) -> Result<Vec<u8>, csv::Error> {
    let records = projects(config, data);
    let mut currencies: Vec<&str> = records
        .iter()
        .flat_map(|r| {
            [&r.budget, &r.committed, &r.disbursed, &r.spent]
                .into_iter()
                .flat_map(|totals| totals.keys().map(String::as_str))
        })
        .collect();
    currencies.sort_unstable();
    currencies.dedup();
    const FLOWS: [&str; 4] = ["budget", "committed", "disbursed", "spent"];
    let mut writer = csv::Writer::from_writer(Vec::from(BOM));
    let mut header: Vec<String> = vec!["id".to_owned(), "identifier".to_owned()];
    header.extend(config.language_codes().map(|l| format!("title_{l}")));
    header.extend(
        [
            "status",
            "countries",
            "regions",
            "sectors",
            "dac_sectors",
            "sdgs",
            "partners",
            "start",
            "end",
        ]
        .map(str::to_owned),
    );
    for currency in &currencies {
        header.extend(FLOWS.iter().map(|flow| format!("{flow}_{currency}")));
    }
    header.extend(["beneficiaries", "indicators"].map(str::to_owned));
    writer.write_record(&header)?;
    let joined = |shares: &[ShareRecord<'_>]| {
        shares
            .iter()
            .map(|s| match s.percentage {
                Some(p) => format!("{}:{p}", s.code),
                None => s.code.to_owned(),
            })
            .collect::<Vec<_>>()
            .join(";")
    };
    for (record, project) in records.iter().zip(&data.projects) {
        let mut row: Vec<String> = vec![
            record.id.to_owned(),
            record.identifier.unwrap_or_default().to_owned(),
        ];
        row.extend(
            config
                .language_codes()
                .map(|l| shown(config, &project.title, l).to_owned()),
        );
        row.extend([
            record.status.to_owned(),
            joined(&record.countries),
            joined(&record.regions),
            record.sectors.join(";"),
            joined(&record.dac_sectors),
            record
                .sdgs
                .iter()
                .map(u8::to_string)
                .collect::<Vec<_>>()
                .join(";"),
            record.partners.join(";"),
            record.start.clone().unwrap_or_default(),
            record.end.clone().unwrap_or_default(),
        ]);
        for currency in &currencies {
            for totals in [
                &record.budget,
                &record.committed,
                &record.disbursed,
                &record.spent,
            ] {
                row.push(
                    totals
                        .get(*currency)
                        .map(f64::to_string)
                        .unwrap_or_default(),
                );
            }
        }
        row.extend([
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
    /// Its IATI organisation identifier.
    #[serde(rename = "ref")]
    reference: Option<&'a str>,
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
            reference: p.reference.as_deref(),
            projects: data
                .projects_of(&p.id)
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
    header.extend(["type", "website", "ref", "projects"].map(str::to_owned));
    writer.write_record(&header)?;
    for (record, partner) in partners(config, data).into_iter().zip(&data.partners) {
        let mut row: Vec<String> = vec![record.id.to_owned()];
        row.extend(
            config
                .language_codes()
                .map(|l| shown(config, &partner.name, l).to_owned()),
        );
        row.extend([
            record.kind.to_owned(),
            record.website.unwrap_or_default().to_owned(),
            record.reference.unwrap_or_default().to_owned(),
            record.projects.join(";"),
        ]);
        writer.write_record(&row)?;
    }
    writer.into_inner().map_err(|e| e.into_error().into())
}
