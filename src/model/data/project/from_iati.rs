//! Projects from IATI activity files: each `iati-activity` becomes a [`Project`] whose id is
//! derived from its identifier. Problems are reported at the element's line; a figure that
//! cannot be read right (an amount without currency, a negative budget) is an error, since any
//! total shown with it would be wrong.

mod money;
mod narratives;
mod results;
mod scope;

use std::path::PathBuf;

use jiff::civil::Date;
use rayon::prelude::*;

use super::{AsRead, Dates, Project, Share, Status};
use crate::codelists as iati;
use crate::config::Config;
use crate::diagnostic::{Diagnostic, Diagnostics, Position};
use crate::load::iati::{IatiFile, Node};
use crate::messages::Said;
use crate::said;
use narratives::{narratives, organisation, primary};

/// Versions of the standard whose activity files bayan reads.
const VERSIONS: [&str; 3] = ["2.01", "2.02", "2.03"];

/// A project read from an IATI file, with where its identifier is written.
#[derive(Debug)]
pub(crate) struct Imported {
    pub project: Project,
    pub path: PathBuf,
    pub position: Position,
}

/// The project id an IATI identifier gives: lowercase ASCII letters and digits, every other run
/// of characters one hyphen (`NL-KVK-41160054-PRJ/2024.1` becomes `nl-kvk-41160054-prj-2024-1`).
pub(crate) fn project_id(identifier: &str) -> String {
    let mut id = String::with_capacity(identifier.len());
    for c in identifier.chars() {
        if c.is_ascii_alphanumeric() {
            id.push(c.to_ascii_lowercase());
        } else if !id.is_empty() && !id.ends_with('-') {
            id.push('-');
        }
    }
    while id.ends_with('-') {
        id.pop();
    }
    id
}

/// The activities of `file` as projects.
pub(crate) fn activities(
    config: &Config,
    file: &IatiFile,
    problems: &mut Diagnostics,
) -> Vec<Imported> {
    let mut found = Diagnostics::default();
    let reader = Reader {
        config,
        file,
        problems: &mut found,
    };
    let projects = reader.read_all();
    crate::load::iati::fill_source_lines(&file.location, &mut found);
    problems.extend(found);
    projects
}

struct Reader<'a> {
    config: &'a Config,
    file: &'a IatiFile,
    problems: &'a mut Diagnostics,
}

impl Reader<'_> {
    /// An error at `node`; the message's `.hint` is its hint.
    fn report(&mut self, node: &Node, message: Said) {
        self.problems
            .push(Diagnostic::error_said(&self.file.path, message).at_position(node.position()));
    }

    /// A warning at `node`; the message's `.hint` is its hint.
    fn warn(&mut self, node: &Node, message: Said) {
        self.problems
            .push(Diagnostic::warning_said(&self.file.path, message).at_position(node.position()));
    }

    fn read_all(self) -> Vec<Imported> {
        let file = self.file;
        let at_root = |message: Said| {
            Diagnostic::error_said(&file.path, message).at_position(file.root.clone())
        };
        match file.version.as_deref() {
            Some(version) if VERSIONS.contains(&version) => {}
            Some(version) if version.starts_with('1') => {
                self.problems
                    .push(at_root(said!("A010", version = version)));
                return Vec::new();
            }
            Some(version) => {
                self.problems
                    .push(at_root(said!("A011", version = version)));
                return Vec::new();
            }
            None => self.problems.push(at_root(said!("A012")).into_warning()),
        }
        // Activities are read in parallel; results and problems are gathered in file order.
        let (config, file) = (self.config, self.file);
        let read: Vec<_> = file
            .activities
            .par_iter()
            .map(|activity| {
                let mut found = Diagnostics::default();
                let mut reader = Reader {
                    config,
                    file,
                    problems: &mut found,
                };
                (reader.activity(activity), found)
            })
            .collect();
        let mut imported = Vec::with_capacity(read.len());
        for (activity, found) in read {
            self.problems.extend(found);
            imported.extend(activity);
        }
        imported
    }

    fn activity(&mut self, activity: &Node) -> Option<Imported> {
        let lang = primary(
            activity
                .attribute("xml:lang")
                .or(self.file.lang.as_deref())
                .unwrap_or(&self.config.default_language().code),
        );
        let Some(identifier) = activity
            .child("iati-identifier")
            .filter(|n| !n.text.is_empty())
        else {
            self.report(activity, said!("A013"));
            return None;
        };
        if identifier.text.contains(char::is_whitespace) {
            self.warn(identifier, said!("A014", identifier = &identifier.text));
        }
        // An identifier without ASCII letters or digits gives no id: a YAML file naming it
        // must give one (checked once those are read).
        let id = project_id(&identifier.text);
        if activity.children("title").nth(1).is_some() {
            self.warn(activity, said!("A015"));
        }
        let Some(title) = activity.child("title").and_then(|n| self.texts(n, &lang)) else {
            self.report(activity, said!("A016", identifier = &identifier.text));
            return None;
        };
        let summary = activity
            .children("description")
            .find(|d| matches!(d.attribute("type"), None | Some("1")))
            .and_then(|d| self.texts(d, &lang));
        let dates = self.dates(activity);
        let status = self.status(activity, &dates);
        let default_currency = activity.attribute("default-currency");
        let mut project = Project {
            id,
            identifier: Some(identifier.text.clone()),
            title,
            summary,
            status,
            dates,
            reporting: activity
                .child("reporting-org")
                .and_then(|n| organisation(n, &lang)),
            organisations: self.participants(activity, &lang),
            countries: Vec::new(),
            regions: Vec::new(),
            sectors: Vec::new(),
            dac_sectors: Vec::new(),
            sdgs: Vec::new(),
            partners: Vec::new(),
            budgets: self.budgets(activity, default_currency),
            transactions: self.transactions(activity, default_currency),
            documents: self.documents(activity, &lang),
            results: self.results(activity, &lang),
            beneficiaries: None,
            indicators: Vec::new(),
            featured: false,
            sources: vec![self.file.path.clone()],
            as_read: None,
        };
        self.places(activity, &mut project);
        self.sectors(activity, &mut project);
        let reported = project
            .reporting
            .as_ref()
            .is_some_and(|o| o.reference.is_some());
        let dated = project.dates.start().is_some() || project.dates.end().is_some();
        if !reported || !dated {
            let missing = if reported {
                "<activity-date>"
            } else {
                "<reporting-org ref=\"...\">"
            };
            self.warn(activity, said!("A017", missing = missing));
        }
        project.as_read = Some(Box::new(AsRead {
            title: project.title.clone(),
            summary: project.summary.clone(),
            sdgs: project.sdgs.clone(),
            documents: project.documents.len(),
            updated: activity
                .attribute("last-updated-datetime")
                .map(str::to_owned),
        }));
        Some(Imported {
            project,
            path: self.file.path.clone(),
            position: identifier.position(),
        })
    }

    fn dates(&mut self, activity: &Node) -> Dates {
        let mut dates = Dates::default();
        for node in activity.children("activity-date") {
            let Some(day) = self.day(node, "iso-date") else {
                continue;
            };
            match node.attribute("type") {
                Some("1") => dates.planned_start = Some(day),
                Some("2") => dates.actual_start = Some(day),
                Some("3") => dates.planned_end = Some(day),
                Some("4") => dates.actual_end = Some(day),
                other => self.warn(node, said!("A018", type = other.unwrap_or(""))),
            }
        }
        dates
    }

    /// The date in `attribute` of `node`; a missing or wrong one is reported.
    fn day(&mut self, node: &Node, attribute: &str) -> Option<Date> {
        let written = node.attribute(attribute);
        let day = written
            .and_then(|w| w.get(..10))
            .and_then(|w| w.parse::<Date>().ok());
        if day.is_none() {
            let message = match written {
                Some(w) => said!(
                    "A019",
                    value = w,
                    attribute = attribute,
                    element = node.name
                ),
                None => said!("A020", element = node.name, attribute = attribute),
            };
            self.warn(node, message);
        }
        day
    }

    fn status(&mut self, activity: &Node, dates: &Dates) -> Status {
        let written = activity.child("activity-status");
        if let Some(status) = written
            .and_then(|n| n.attribute("code"))
            .and_then(Status::from_code)
        {
            return status;
        }
        let guessed = if dates.actual_end.is_some() {
            Status::Completed
        } else if dates.actual_start.is_some() {
            Status::Ongoing
        } else {
            Status::Planned
        };
        let message = match written.and_then(|n| n.attribute("code")) {
            Some(code) => said!("A021", code = code, status = guessed.id()),
            None => said!("A022", status = guessed.id()),
        };
        self.warn(written.unwrap_or(activity), message);
        guessed
    }
}

/// The number written in `text` as XML Schema's decimal: an optional sign, digits and at most
/// one dot (no exponent, no separators, no `NaN`).
fn decimal(text: &str) -> Option<f64> {
    let digits = text.trim().trim_start_matches(['-', '+']);
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, ""));
    let valid = !(whole.is_empty() && fraction.is_empty())
        && whole
            .bytes()
            .chain(fraction.bytes())
            .all(|b| b.is_ascii_digit());
    valid.then(|| text.trim().parse().ok()).flatten()
}

/// The site's sectors that site.yaml maps the DAC codes to (a 5-digit code also through its
/// 3-digit category).
pub(crate) fn site_sectors(config: &Config, dac: &[Share]) -> Vec<String> {
    let mut sectors: Vec<String> = Vec::new();
    for share in dac {
        let category = iati::sector(&share.code).and_then(|c| c.category);
        for code in std::iter::once(share.code.as_str()).chain(category) {
            if let Some(sector) = config.dac_sectors.get(code)
                && !sectors.contains(sector)
            {
                sectors.push(sector.clone());
            }
        }
    }
    sectors
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_follow_a_stable_rule() {
        assert_eq!(project_id("NL-1-PPR-24706"), "nl-1-ppr-24706");
        assert_eq!(project_id(" GB-GOV-1-300708-101 "), "gb-gov-1-300708-101");
        assert_eq!(project_id("XM/DAC--41114_P.1"), "xm-dac-41114-p-1");
        assert_eq!(project_id("---"), "");
    }
}
