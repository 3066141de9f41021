//! Development projects, one model whatever their source: an activity of an IATI file
//! (`content/iati/*.xml`, see [`from_iati`]) or a YAML file (`content/projects/<id>.yaml`, see
//! [`yaml`]), which can also add to an imported activity what IATI lacks. The fields keep the
//! IATI standard's meanings, so that every project can be written back as IATI XML.

pub(super) mod from_iati;
pub(crate) mod money;
mod results;
mod shares;
pub(super) mod yaml;

use std::path::PathBuf;

use jiff::civil::Date;

use crate::localized::LocalizedText;
pub(crate) use money::{Budget, Money, PerCurrency, Transaction, TransactionKind};
pub(crate) use results::{ResultArea, ResultIndicator, ResultPeriod};
pub(crate) use shares::Share;

pub(super) use from_iati::{Imported, activities};

#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Project {
    pub id: String,
    /// The IATI activity identifier: read from the activity, or written in YAML.
    pub identifier: Option<String>,
    pub title: LocalizedText,
    pub summary: Option<LocalizedText>,
    pub status: Status,
    pub dates: Dates,
    /// The organisation that published the activity, when it comes from an IATI file.
    pub reporting: Option<Organisation>,
    /// Organisations taking part, with their roles.
    pub organisations: Vec<Participant>,
    /// Recipient countries (ISO codes), with their share when the source gives one.
    pub countries: Vec<Share>,
    /// Recipient regions (OECD DAC codes).
    pub regions: Vec<Share>,
    /// The site's sectors (from site.yaml).
    pub sectors: Vec<String>,
    /// OECD DAC sector codes (5-digit purposes or 3-digit categories) with their shares.
    pub dac_sectors: Vec<Share>,
    pub sdgs: Vec<u8>,
    /// Partner ids: written in YAML, and those of the organisations taking part.
    pub partners: Vec<String>,
    pub budgets: Vec<Budget>,
    pub transactions: Vec<Transaction>,
    pub documents: Vec<Document>,
    pub results: Vec<ResultArea>,
    pub beneficiaries: Option<u64>,
    pub indicators: Vec<String>,
    /// Shown on the home page.
    pub featured: bool,
    /// The files it comes from: the IATI file and the YAML file adding to it.
    pub sources: Vec<PathBuf>,
    /// For an imported activity, what its file says where a YAML file may add to it: the
    /// IATI export writes the activity as its publisher did.
    pub as_read: Option<Box<AsRead>>,
}

/// An imported activity's own texts and lists, before a YAML file adds to them.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct AsRead {
    pub title: LocalizedText,
    pub summary: Option<LocalizedText>,
    pub sdgs: Vec<u8>,
    /// How many of the project's documents come from the file (the first ones).
    pub documents: usize,
    /// `last-updated-datetime`, as written.
    pub updated: Option<String>,
}

impl Project {
    /// The ISO codes of its countries.
    pub(crate) fn country_codes(&self) -> impl Iterator<Item = &str> {
        self.countries.iter().map(|share| share.code.as_str())
    }

    /// The first file it comes from.
    pub(crate) fn source(&self) -> &std::path::Path {
        self.sources.first().map_or(std::path::Path::new(""), |p| p)
    }
}

/// The IATI activity statuses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Status {
    Planned,
    Ongoing,
    Finalising,
    Completed,
    Cancelled,
    Suspended,
}

impl Status {
    /// In the order lists show them: current work first.
    pub(crate) const ALL: [Status; 6] = [
        Status::Ongoing,
        Status::Planned,
        Status::Finalising,
        Status::Completed,
        Status::Suspended,
        Status::Cancelled,
    ];

    /// The word written in YAML, also the key of its name in the theme's strings.
    pub(crate) fn id(self) -> &'static str {
        match self {
            Status::Planned => "planned",
            Status::Ongoing => "ongoing",
            Status::Finalising => "finalising",
            Status::Completed => "completed",
            Status::Cancelled => "cancelled",
            Status::Suspended => "suspended",
        }
    }

    /// The code of the IATI ActivityStatus codelist.
    pub(crate) fn code(self) -> u8 {
        match self {
            Status::Planned => 1,
            Status::Ongoing => 2,
            Status::Finalising => 3,
            Status::Completed => 4,
            Status::Cancelled => 5,
            Status::Suspended => 6,
        }
    }

    pub(crate) fn from_code(code: &str) -> Option<Status> {
        Status::ALL
            .into_iter()
            .find(|s| s.code().to_string() == code)
    }

    /// Whether work has begun (an actual start date is then expected).
    pub(crate) fn started(self) -> bool {
        !matches!(self, Status::Planned)
    }
}

/// Planned and actual start and end.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub(crate) struct Dates {
    pub planned_start: Option<Date>,
    pub actual_start: Option<Date>,
    pub planned_end: Option<Date>,
    pub actual_end: Option<Date>,
}

impl Dates {
    /// The start to show: the actual one, else the planned one.
    pub(crate) fn start(&self) -> Option<Date> {
        self.actual_start.or(self.planned_start)
    }

    pub(crate) fn end(&self) -> Option<Date> {
        self.actual_end.or(self.planned_end)
    }
}

/// An organisation as IATI names it.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Organisation {
    /// The IATI organisation identifier (`XM-DAC-41114`), when given.
    pub reference: Option<String>,
    pub name: LocalizedText,
    /// Code of the IATI OrganisationType codelist (10 government, 40 multilateral...).
    pub kind: Option<String>,
}

/// An organisation taking part in a project.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Participant {
    pub organisation: Organisation,
    pub role: Role,
    /// The partner of the directory it is, once partners are merged.
    pub partner: Option<String>,
}

/// The IATI organisation roles.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Role {
    Funding,
    Accountable,
    Extending,
    Implementing,
}

impl Role {
    pub(crate) const ALL: [Role; 4] = [
        Role::Funding,
        Role::Accountable,
        Role::Extending,
        Role::Implementing,
    ];

    /// The word written in YAML.
    pub(crate) fn id(self) -> &'static str {
        match self {
            Role::Funding => "funding",
            Role::Accountable => "accountable",
            Role::Extending => "extending",
            Role::Implementing => "implementing",
        }
    }

    /// The code of the IATI OrganisationRole codelist.
    pub(crate) fn code(self) -> u8 {
        self as u8 + 1
    }

    pub(crate) fn from_code(code: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.code().to_string() == code)
    }
}

/// A document about the project, published elsewhere.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Document {
    pub url: String,
    pub title: LocalizedText,
    /// Code of the IATI DocumentCategory codelist (`A02` objectives, `A07` review...).
    pub category: Option<String>,
    /// Its media type (`application/pdf`).
    pub format: Option<String>,
    /// ISO 639-1 codes of the languages it is written in.
    pub languages: Vec<String>,
    pub date: Option<Date>,
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// A project with only what every project has.
    pub(crate) fn project() -> Project {
        Project {
            id: "p".to_owned(),
            identifier: None,
            title: LocalizedText::Same("P".to_owned()),
            summary: None,
            status: Status::Ongoing,
            dates: Dates::default(),
            reporting: None,
            organisations: Vec::new(),
            countries: Vec::new(),
            regions: Vec::new(),
            sectors: Vec::new(),
            dac_sectors: Vec::new(),
            sdgs: Vec::new(),
            partners: Vec::new(),
            budgets: Vec::new(),
            transactions: Vec::new(),
            documents: Vec::new(),
            results: Vec::new(),
            beneficiaries: None,
            indicators: Vec::new(),
            featured: false,
            sources: Vec::new(),
            as_read: None,
        }
    }
}
