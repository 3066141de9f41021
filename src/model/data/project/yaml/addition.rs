//! A YAML file naming an imported activity (`iati: <identifier>`): what it may add (texts,
//! links to the site's stories, indicators and partners), and the figures it may not write.

use serde_saphyr::Spanned;

use super::{RawProject, documents_of};
use crate::config::Config;
use crate::diagnostic::{Diagnostics, Position};
use crate::load::DataFile;
use crate::localized::LocalizedText;
use crate::model::data::project::Document;
use crate::model::data::{Reference, Referred};
use crate::model::fields::{self, At};
use crate::said;

/// What a YAML file naming an imported activity adds to it.
#[derive(Debug)]
pub(crate) struct Addition {
    /// The file's id, which becomes the project's.
    pub id: String,
    pub identifier: String,
    pub identifier_at: Position,
    pub title: Option<LocalizedText>,
    pub summary: Option<LocalizedText>,
    pub sectors: Vec<String>,
    pub sdgs: Vec<u8>,
    pub partners: Vec<String>,
    pub documents: Vec<Document>,
    pub beneficiaries: Option<u64>,
    pub indicators: Vec<String>,
    pub featured: bool,
    pub source: std::path::PathBuf,
}

/// Keys that hold an imported activity's figures: they are read from its IATI file only.
const IMPORTED_KEYS: &str = "status, start, end, budget, budgets, transactions, organisations, countries, regions, dac_sectors, identifier";

pub(super) fn addition(
    config: &Config,
    file: &DataFile,
    at: &At<'_>,
    raw: RawProject,
    references: &mut Vec<Reference>,
    problems: &mut Diagnostics,
) -> Option<Addition> {
    let RawProject {
        iati,
        identifier,
        title,
        summary,
        status,
        countries,
        regions,
        sectors,
        dac_sectors,
        sdgs,
        partners,
        organisations,
        start,
        end,
        budget,
        budgets,
        transactions,
        documents,
        beneficiaries,
        indicators,
        featured,
    } = raw;
    let iati = iati?;
    let imported = [
        ("status", status.map(|s| s.referenced)),
        ("start", start.map(|s| s.referenced)),
        ("end", end.map(|s| s.referenced)),
        ("budget", budget.map(|s| s.referenced)),
        ("budgets", budgets.first().map(|s| s.referenced)),
        ("transactions", transactions.first().map(|s| s.referenced)),
        ("organisations", organisations.first().map(|s| s.referenced)),
        ("countries", countries.first().map(|s| s.referenced)),
        ("regions", regions.first().map(|s| s.referenced)),
        ("dac_sectors", dac_sectors.first().map(|s| s.referenced)),
        ("identifier", identifier.map(|s| s.referenced)),
    ];
    for (key, span) in imported {
        if let Some(span) = span {
            let place = Spanned::new((), span, span);
            problems.push(at.said_at(&place, said!("D040", key = key, keys = IMPORTED_KEYS)));
        }
    }
    references.extend(crate::model::data::references(
        at,
        Referred::Partner,
        &partners,
    ));
    references.extend(crate::model::data::references(
        at,
        Referred::Indicator,
        &indicators,
    ));
    Some(Addition {
        id: file.id.clone(),
        identifier: iati.value.trim().to_owned(),
        identifier_at: Position::new(
            at.text,
            iati.referenced.line() as usize,
            iati.referenced.column() as usize,
        ),
        title: title.map(|t| t.value),
        summary: summary.map(|s| s.value),
        sectors: fields::sectors(at, config, sectors, problems),
        sdgs: fields::goals(at, sdgs, problems),
        partners: fields::ids(at, "partner", partners, problems),
        documents: documents_of(at, documents, problems),
        beneficiaries: beneficiaries.map(|b| b.value),
        indicators: fields::ids(at, "indicator", indicators, problems),
        featured,
        source: file.path.clone(),
    })
}
