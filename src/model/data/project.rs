//! Development projects (`content/projects/<id>.yaml`). Fields keep the IATI standard's
//! meanings (recipient country, sector, activity status, participating organisations, budget
//! with currency) so that the list can later be exported as IATI XML.

use std::path::PathBuf;

use jiff::civil::Date;
use serde::Deserialize;
use serde_saphyr::Spanned;

use super::{Reference, Referred, check_text, currency};
use crate::config::Config;
use crate::diagnostic::{Diagnostics, nearest};
use crate::load::DataFile;
use crate::localized::LocalizedText;
use crate::model::fields::{self, At};

#[derive(Debug, Clone, PartialEq)]
pub struct Project {
    pub id: String,
    pub title: LocalizedText,
    pub summary: Option<LocalizedText>,
    pub status: Status,
    pub countries: Vec<String>,
    pub sectors: Vec<String>,
    pub sdgs: Vec<u8>,
    pub partners: Vec<String>,
    pub start: Option<Date>,
    pub end: Option<Date>,
    pub budget: Option<Budget>,
    pub beneficiaries: Option<u64>,
    pub indicators: Vec<String>,
    /// Shown on the home page.
    pub featured: bool,
    pub source: PathBuf,
}

/// IATI activity status, in the three words writers use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Status {
    Ongoing,
    Planned,
    Completed,
}

impl Status {
    pub const ALL: [Status; 3] = [Status::Ongoing, Status::Planned, Status::Completed];

    pub fn id(self) -> &'static str {
        match self {
            Status::Planned => "planned",
            Status::Ongoing => "ongoing",
            Status::Completed => "completed",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Budget {
    pub amount: f64,
    /// ISO 4217 code, like `USD` or `QAR`.
    pub currency: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawProject {
    title: Spanned<LocalizedText>,
    summary: Option<Spanned<LocalizedText>>,
    status: Spanned<String>,
    #[serde(default)]
    countries: Vec<Spanned<String>>,
    #[serde(default)]
    sectors: Vec<Spanned<String>>,
    #[serde(default)]
    sdgs: Vec<Spanned<i64>>,
    #[serde(default)]
    partners: Vec<Spanned<String>>,
    start: Option<Spanned<String>>,
    end: Option<Spanned<String>>,
    budget: Option<RawBudget>,
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
}

/// The project in `file`, and the ids it names (checked once every file is read).
pub(super) fn assemble(
    config: &Config,
    file: &DataFile,
    today: Date,
    references: &mut Vec<Reference>,
    problems: &mut Diagnostics,
) -> Option<Project> {
    let (raw, at): (RawProject, _) = super::read_file(file, problems)?;
    let RawProject {
        title,
        summary,
        status,
        countries,
        sectors,
        sdgs,
        partners,
        start,
        end,
        budget,
        beneficiaries,
        indicators,
        featured,
    } = raw;
    check_text(&at, config, &title, "the title", problems);
    if let Some(summary) = &summary {
        check_text(&at, config, summary, "the summary", problems);
    }
    let state = project_status(&at, &status, problems);
    let start_day = start.as_ref().and_then(|d| day(&at, d, problems));
    let end_day = end.as_ref().and_then(|d| day(&at, d, problems));
    if let (Some(first), Some(last), Some(end)) = (start_day, end_day, &end)
        && last < first
    {
        problems.push(at.error(
            end,
            "the project ends before it starts".to_owned(),
            "check `start` and `end`: dates are written YYYY-MM-DD".to_owned(),
        ));
    }
    if let Some(state) = state {
        check_status_dates(&at, &status, state, (start_day, end_day), today, problems);
    }
    let budget = budget.and_then(|b| check_budget(&at, b, problems));
    references.extend(super::references(&at, Referred::Partner, &partners));
    references.extend(super::references(&at, Referred::Indicator, &indicators));
    Some(Project {
        id: file.id.clone(),
        title: title.value,
        summary: summary.map(|s| s.value),
        status: state?,
        countries: fields::countries(&at, countries, problems),
        sectors: fields::sectors(&at, config, sectors, problems),
        sdgs: fields::goals(&at, sdgs, problems),
        partners: fields::ids(&at, "partner", partners, problems),
        start: start_day,
        end: end_day,
        budget,
        beneficiaries: beneficiaries.map(|b| b.value),
        indicators: fields::ids(&at, "indicator", indicators, problems),
        featured,
        source: file.path.clone(),
    })
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
        Some(best) => format!("did you mean `{best}`?"),
        None => format!("write one of: {}", all.join(", ")),
    };
    problems.push(at.error(value, format!("unknown project status `{written}`"), hint));
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
        Status::Ongoing => end.filter(|end| *end < today).map(|end| {
            (
                format!("the project ended on {end} but its status is `ongoing`"),
                "completed",
            )
        }),
        Status::Planned => start.filter(|start| *start < today).map(|start| {
            (
                format!("the project started on {start} but its status is `planned`"),
                "ongoing",
            )
        }),
        Status::Completed => end.filter(|end| *end > today).map(|end| {
            (
                format!("the project is `completed` but ends on {end}"),
                "ongoing",
            )
        }),
    };
    if let Some((message, better)) = contradiction {
        problems.push(
            at.error(
                written,
                message,
                format!("write `status: {better}`, or correct `start` and `end`"),
            )
            .into_warning(),
        );
    }
}

fn day(at: &At<'_>, value: &Spanned<String>, problems: &mut Diagnostics) -> Option<Date> {
    let parsed = value.value.trim().parse::<Date>().ok();
    if parsed.is_none() {
        problems.push(at.error(
            value,
            format!("`{}` is not a date", value.value),
            "write the date as YYYY-MM-DD, like 2024-05-12".to_owned(),
        ));
    }
    parsed
}

fn check_budget(at: &At<'_>, budget: RawBudget, problems: &mut Diagnostics) -> Option<Budget> {
    let RawBudget { amount, currency } = budget;
    let code = currency.value.trim().to_ascii_uppercase();
    let known = currency::is_known(&code);
    if !known {
        let hint = match nearest(&code, currency::CODES.iter().copied()) {
            Some(best) => format!("did you mean `{best}`? Currencies are ISO 4217 codes"),
            None => "write the ISO 4217 code of the currency, like USD, EUR or QAR".to_owned(),
        };
        problems.push(at.error(
            &currency,
            format!("unknown currency `{}`", currency.value),
            hint,
        ));
    }
    if !amount.value.is_finite() || amount.value < 0.0 {
        problems.push(at.error(
            &amount,
            "the budget must be a positive amount".to_owned(),
            "write the amount as a plain number, like 12000000".to_owned(),
        ));
        return None;
    }
    known.then_some(Budget {
        amount: amount.value,
        currency: code,
    })
}
