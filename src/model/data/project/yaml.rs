//! Projects written in YAML (`content/projects/<id>.yaml`): a project of the site's own, or,
//! with `iati:` naming an imported activity's identifier, what the newsroom adds to that
//! activity (an Arabic title, stories, indicators...). Figures of an imported activity come
//! from its IATI file only.

use jiff::civil::Date;
use serde::Deserialize;
use serde_saphyr::Spanned;

use super::{Budget, Dates, Project, Share, Status};
use crate::codelists as iati;
use crate::config::Config;
use crate::config::iati::Code;
use crate::diagnostic::{Diagnostic, Diagnostics, nearest};
use crate::load::DataFile;
use crate::localized::LocalizedText;
use crate::model::data::{Reference, Referred, check_text};
use crate::model::fields::{self, At};
use crate::said;

mod addition;
mod parts;

pub(crate) use addition::Addition;
use parts::{check_budget, check_transaction, codes, documents_of, organisations_of};

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawProject {
    /// The identifier of the imported activity this file adds to.
    iati: Option<Spanned<String>>,
    /// The project's own IATI identifier, for the export.
    identifier: Option<Spanned<String>>,
    title: Option<Spanned<LocalizedText>>,
    summary: Option<Spanned<LocalizedText>>,
    status: Option<Spanned<String>>,
    #[serde(default)]
    countries: Vec<Spanned<String>>,
    #[serde(default)]
    regions: Vec<Spanned<Code>>,
    #[serde(default)]
    sectors: Vec<Spanned<String>>,
    #[serde(default)]
    dac_sectors: Vec<Spanned<Code>>,
    #[serde(default)]
    sdgs: Vec<Spanned<i64>>,
    #[serde(default)]
    partners: Vec<Spanned<String>>,
    #[serde(default)]
    organisations: Vec<Spanned<RawParticipant>>,
    start: Option<Spanned<String>>,
    end: Option<Spanned<String>>,
    budget: Option<Spanned<RawBudget>>,
    #[serde(default)]
    budgets: Vec<Spanned<RawBudget>>,
    #[serde(default)]
    transactions: Vec<Spanned<RawTransaction>>,
    #[serde(default)]
    documents: Vec<Spanned<RawDocument>>,
    beneficiaries: Option<Spanned<u64>>,
    #[serde(default)]
    indicators: Vec<Spanned<String>>,
    #[serde(default)]
    featured: bool,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawBudget {
    amount: Spanned<f64>,
    currency: Spanned<String>,
    start: Option<Spanned<String>>,
    end: Option<Spanned<String>>,
    value_date: Option<Spanned<String>>,
    #[serde(default)]
    revised: bool,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTransaction {
    #[serde(rename = "type")]
    kind: Spanned<String>,
    date: Spanned<String>,
    amount: Spanned<f64>,
    currency: Spanned<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawParticipant {
    partner: Spanned<String>,
    role: Spanned<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDocument {
    title: Spanned<LocalizedText>,
    url: Spanned<String>,
    category: Option<Spanned<Code>>,
}

/// What a YAML file holds: a whole project, or additions to an imported one.
#[derive(Debug)]
pub(crate) enum Written {
    Project(Box<Project>),
    Addition(Box<Addition>),
}

/// The project (or the additions) in `file`, and the ids it names (checked once every file is
/// read).
pub(in crate::model::data) fn assemble(
    config: &Config,
    file: &DataFile,
    today: Date,
    references: &mut Vec<Reference>,
    problems: &mut Diagnostics,
) -> Option<Written> {
    let (raw, at): (RawProject, _) = crate::model::data::read_file(file, problems)?;
    if raw.iati.is_some() {
        return addition::addition(config, file, &at, raw, references, problems)
            .map(|a| Written::Addition(Box::new(a)));
    }
    let RawProject {
        iati: _,
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
    let Some(title) = title else {
        problems.push(Diagnostic::error_said(&file.path, said!("D020")));
        return None;
    };
    let Some(status) = status else {
        problems.push(Diagnostic::error_said(
            &file.path,
            said!("D021", list = status_words()),
        ));
        return None;
    };
    check_text(&at, config, &title, "title", problems);
    if let Some(summary) = &summary {
        check_text(&at, config, summary, "summary", problems);
    }
    let state = project_status(&at, &status, problems);
    let start_day = start.as_ref().and_then(|d| day(&at, d, problems));
    let end_day = end.as_ref().and_then(|d| day(&at, d, problems));
    if let (Some(first), Some(last), Some(end)) = (start_day, end_day, &end)
        && last < first
    {
        problems.push(at.said_at(end, said!("D024")));
    }
    if let Some(state) = state {
        check_status_dates(&at, &status, state, (start_day, end_day), today, problems);
    }
    let dates = state
        .map(|state| written_dates(state, start_day, end_day, today))
        .unwrap_or_default();
    let budgets: Vec<Budget> = budget
        .into_iter()
        .chain(budgets)
        .filter_map(|b| check_budget(&at, b, &dates, problems))
        .collect();
    let transactions = transactions
        .into_iter()
        .filter_map(|t| check_transaction(&at, t, problems))
        .collect();
    let mut participants = Vec::new();
    for (partner, participant) in organisations_of(&at, organisations, problems) {
        references.extend(crate::model::data::references(
            &at,
            Referred::Partner,
            std::slice::from_ref(&partner),
        ));
        participants.push(participant);
    }
    references.extend(crate::model::data::references(
        &at,
        Referred::Partner,
        &partners,
    ));
    references.extend(crate::model::data::references(
        &at,
        Referred::Indicator,
        &indicators,
    ));
    let dac_sectors = codes(
        &at,
        dac_sectors,
        |c| iati::sector(c).is_some(),
        |code| said!("D031", code = code),
        problems,
    );
    let mut site_sectors = fields::sectors(&at, config, sectors, problems);
    for mapped in super::from_iati::site_sectors(config, &dac_sectors) {
        if !site_sectors.contains(&mapped) {
            site_sectors.push(mapped);
        }
    }
    if config.publisher.is_some() && start_day.is_none() && end_day.is_none() {
        problems.push(Diagnostic::warning_said(&file.path, said!("D028")));
    }
    Some(Written::Project(Box::new(Project {
        id: file.id.clone(),
        identifier: identifier
            .map(|i| i.value.trim().to_owned())
            .filter(|i| !i.is_empty()),
        title: title.value,
        summary: summary.map(|s| s.value),
        status: state?,
        dates,
        reporting: None,
        organisations: participants,
        countries: fields::countries(&at, countries, problems)
            .into_iter()
            .map(Share::whole)
            .collect(),
        regions: codes(
            &at,
            regions,
            |c| iati::REGION.contains_key(c),
            |code| said!("D032", code = code),
            problems,
        ),
        sectors: site_sectors,
        dac_sectors,
        sdgs: fields::goals(&at, sdgs, problems),
        partners: fields::ids(&at, "partner", partners, problems),
        budgets,
        transactions,
        documents: documents_of(&at, documents, problems),
        results: Vec::new(),
        beneficiaries: beneficiaries.map(|b| b.value),
        indicators: fields::ids(&at, "indicator", indicators, problems),
        featured,
        sources: vec![file.path.clone()],
        as_read: None,
    })))
}

fn status_words() -> Vec<&'static str> {
    Status::ALL.iter().map(|s| s.id()).collect()
}

/// A YAML project's `start` and `end` as IATI dates: actual once the work has begun (or ended)
/// by `today`, planned otherwise.
fn written_dates(status: Status, start: Option<Date>, end: Option<Date>, today: Date) -> Dates {
    let begun = status.started() && start.is_some_and(|s| s <= today);
    let ended =
        matches!(status, Status::Completed | Status::Cancelled) && end.is_some_and(|e| e <= today);
    Dates {
        planned_start: start.filter(|_| !begun),
        actual_start: start.filter(|_| begun),
        planned_end: end.filter(|_| !ended),
        actual_end: end.filter(|_| ended),
    }
}

fn project_status(
    at: &At<'_>,
    value: &Spanned<String>,
    problems: &mut Diagnostics,
) -> Option<Status> {
    let written = value.value.trim();
    if let Some(status) = Status::ALL.into_iter().find(|s| s.id() == written) {
        return Some(status);
    }
    let all: Vec<&str> = Status::ALL.iter().map(|s| s.id()).collect();
    let hint = match nearest(written, all.iter().copied()) {
        Some(best) => said!("project-did-you-mean", best = best),
        None => said!("project-one-of", list = status_words()),
    };
    problems.push(at.error_said(value, said!("D022", value = written), hint));
    None
}

/// Warns when the status contradicts the dates: a project still `ongoing` after its end, or
/// still `planned` after its start, reads wrong to the public.
fn check_status_dates(
    at: &At<'_>,
    written: &Spanned<String>,
    status: Status,
    (start, end): (Option<Date>, Option<Date>),
    today: Date,
    problems: &mut Diagnostics,
) {
    let contradiction = match status {
        Status::Ongoing => end
            .filter(|end| *end < today)
            .map(|end| said!("D025", end = end.to_string())),
        Status::Planned => start
            .filter(|start| *start < today)
            .map(|start| said!("D026", start = start.to_string())),
        Status::Completed => end
            .filter(|end| *end > today)
            .map(|end| said!("D027", end = end.to_string())),
        Status::Finalising | Status::Cancelled | Status::Suspended => None,
    };
    if let Some(message) = contradiction {
        problems.push(at.said_at(written, message).into_warning());
    }
}

fn day(at: &At<'_>, value: &Spanned<String>, problems: &mut Diagnostics) -> Option<Date> {
    let parsed = value.value.trim().parse::<Date>().ok();
    if parsed.is_none() {
        problems.push(at.said_at(value, said!("D023", value = &value.value)));
    }
    parsed
}
