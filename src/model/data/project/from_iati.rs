//! Projects from IATI activity files: each `iati-activity` becomes a [`Project`] whose id is
//! derived from its identifier. Problems are reported at the element's line; a figure that
//! cannot be read right (an amount without currency, a negative budget) is an error, since any
//! total shown with it would be wrong.

use std::collections::BTreeMap;
use std::path::PathBuf;

use jiff::civil::Date;

use super::{
    Budget, Dates, Document, Money, Organisation, Participant, Project, ResultArea,
    ResultIndicator, ResultPeriod, Role, Share, Status, Transaction, TransactionKind, shares,
};
use crate::config::Config;
use crate::diagnostic::{Diagnostic, Diagnostics, Position};
use crate::load::iati::{IatiFile, Node};
use crate::localized::LocalizedText;
use crate::model::data::indicator::Point;
use crate::model::data::period::Period;
use crate::model::data::{currency, iati};
use crate::model::places;

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
    fn report(&mut self, node: &Node, message: String, hint: &str) {
        self.problems.push(
            Diagnostic::error(&self.file.path, message)
                .at_position(node.position())
                .with_hint(hint),
        );
    }

    fn warn(&mut self, node: &Node, message: String, hint: &str) {
        self.problems.push(
            Diagnostic::warning(&self.file.path, message)
                .at_position(node.position())
                .with_hint(hint),
        );
    }

    fn read_all(mut self) -> Vec<Imported> {
        let file = self.file;
        let at_root =
            |message: String| Diagnostic::error(&file.path, message).at_position(file.root.clone());
        match file.version.as_deref() {
            Some(version) if VERSIONS.contains(&version) => {}
            Some(version) if version.starts_with('1') => {
                self.problems.push(at_root(format!("this is an IATI {version} file: bayan reads versions 2.01 to 2.03")).with_hint("ask the publisher for the file in version 2.03 (IATI retired version 1 in 2019)"));
                return Vec::new();
            }
            Some(version) => {
                self.problems.push(at_root(format!("IATI version `{version}` is not one bayan knows")).with_hint("bayan reads versions 2.01, 2.02 and 2.03; check the `version` attribute of <iati-activities>"));
                return Vec::new();
            }
            None => self.problems.push(
                at_root("the file does not say which IATI version it follows".to_owned())
                    .with_hint(
                        "add version=\"2.03\" to <iati-activities>; the file is read as 2.03",
                    )
                    .into_warning(),
            ),
        }
        file.activities
            .iter()
            .filter_map(|activity| self.activity(activity))
            .collect()
    }

    fn activity(&mut self, activity: &Node) -> Option<Imported> {
        let lang = activity
            .attribute("xml:lang")
            .or(self.file.lang.as_deref())
            .unwrap_or(&self.config.default_language().code)
            .to_ascii_lowercase();
        let Some(identifier) = activity
            .child("iati-identifier")
            .filter(|n| !n.text.is_empty())
        else {
            self.report(
                activity,
                "this activity has no <iati-identifier>".to_owned(),
                "every IATI activity needs its identifier (the publisher's organisation identifier, a hyphen and its own code); ask the publisher to add it",
            );
            return None;
        };
        let id = project_id(&identifier.text);
        if id.is_empty() {
            self.report(
                identifier,
                format!(
                    "the identifier `{}` has no letter or digit to make a web address from",
                    identifier.text
                ),
                "an IATI identifier is like XM-DAC-41114-PROJECT-00123",
            );
            return None;
        }
        let texts = |name: &str| activity.child(name).and_then(|n| narratives(n, &lang));
        let Some(title) = texts("title") else {
            self.report(
                activity,
                format!("the activity `{}` has no title", identifier.text),
                "an activity needs <title><narrative>...</narrative></title>, or a title in content/projects/<id>.yaml with `iati:` naming it",
            );
            return None;
        };
        let summary = activity
            .children("description")
            .find(|d| matches!(d.attribute("type"), None | Some("1")))
            .and_then(|d| narratives(d, &lang));
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
        };
        self.places(activity, &mut project);
        self.sectors(activity, &mut project);
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
                other => self.warn(
                    node,
                    format!("activity date type `{}` is not one of IATI's", other.unwrap_or("")),
                    "type is 1 (planned start), 2 (actual start), 3 (planned end) or 4 (actual end)",
                ),
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
            self.warn(
                node,
                match written {
                    Some(w) => format!("`{w}` is not a date (in {attribute} of <{}>)", node.name),
                    None => format!("<{}> has no {attribute}", node.name),
                },
                "IATI dates are written YYYY-MM-DD, like 2024-05-12; this one is left out",
            );
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
            Some(code) => format!("activity status `{code}` is not one of IATI's"),
            None => "the activity has no <activity-status>".to_owned(),
        };
        self.warn(
            written.unwrap_or(activity),
            message,
            &format!(
                "the codes are 1 (pipeline) to 6 (suspended); from its dates it is shown as `{}`",
                guessed.id()
            ),
        );
        guessed
    }

    fn participants(&mut self, activity: &Node, lang: &str) -> Vec<Participant> {
        let mut found = Vec::new();
        for node in activity.children("participating-org") {
            let Some(role) = node.attribute("role").and_then(Role::from_code) else {
                self.warn(
                    node,
                    format!(
                        "organisation role `{}` is not one of IATI's",
                        node.attribute("role").unwrap_or("")
                    ),
                    "role is 1 (funding), 2 (accountable), 3 (extending) or 4 (implementing); this organisation is left out",
                );
                continue;
            };
            let Some(organisation) = organisation(node, lang) else {
                self.warn(
                    node,
                    "this organisation has neither a name nor an identifier".to_owned(),
                    "give it a ref=\"...\" or a <narrative>; it is left out",
                );
                continue;
            };
            found.push(Participant {
                organisation,
                role,
                partner: None,
            });
        }
        found
    }

    fn places(&mut self, activity: &Node, project: &mut Project) {
        let mut other_shares = Vec::new();
        for node in activity.children("recipient-country") {
            let code = node.attribute("code").unwrap_or("").to_ascii_uppercase();
            let percentage = self.percentage(node);
            if places::country(&code).is_none() {
                self.warn(
                    node,
                    format!("`{code}` is not an ISO 3166 country code"),
                    "recipient countries are two-letter codes like SO or JO; this one is left out",
                );
                other_shares.push(Share { code, percentage });
                continue;
            }
            project.countries.push(Share { code, percentage });
        }
        for node in activity.children("recipient-region") {
            let code = node.attribute("code").unwrap_or("").to_owned();
            let percentage = self.percentage(node);
            let dac = matches!(node.attribute("vocabulary"), None | Some("1"));
            if dac && iati::REGION.contains_key(code.as_str()) {
                project.regions.push(Share { code, percentage });
            } else {
                if dac {
                    self.warn(
                        node,
                        format!("`{code}` is not an OECD DAC region code"),
                        "regions are codes of the IATI Region codelist, like 289 (South of Sahara); this one is not shown",
                    );
                }
                other_shares.push(Share { code, percentage });
            }
        }
        let all = project
            .countries
            .iter()
            .chain(&project.regions)
            .chain(&other_shares);
        if let Some(sum) = shares::wrong_total(all) {
            self.warn(
                activity,
                format!("the percentages of the recipient countries and regions add up to {sum}, not 100"),
                "IATI asks the shares of all recipient countries and regions to make 100; the page shows them as written",
            );
        }
    }

    fn percentage(&mut self, node: &Node) -> Option<f64> {
        let written = node.attribute("percentage")?;
        match written.parse::<f64>() {
            Ok(value) if (0.0..=100.0).contains(&value) => Some(value),
            _ => {
                self.warn(
                    node,
                    format!("percentage `{written}` is not a number from 0 to 100"),
                    "write the share as a plain number, like 40 or 33.5",
                );
                None
            }
        }
    }

    fn sectors(&mut self, activity: &Node, project: &mut Project) {
        let mut by_vocabulary: BTreeMap<&str, Vec<Share>> = BTreeMap::new();
        for node in activity.children("sector") {
            let vocabulary = node.attribute("vocabulary").unwrap_or("1");
            let code = node.attribute("code").unwrap_or("").to_owned();
            let share = Share {
                code: code.clone(),
                percentage: self.percentage(node),
            };
            match vocabulary {
                "1" | "2" => {
                    if iati::sector(&code).is_none() {
                        self.warn(
                            node,
                            format!("`{code}` is not an OECD DAC sector code"),
                            "sectors are 5-digit DAC purpose codes (11220) or 3-digit categories (112); this one is not shown",
                        );
                    } else {
                        project.dac_sectors.push(share.clone());
                    }
                }
                // UN Sustainable Development Goals.
                "7" => {
                    if let Some(goal) = code.parse::<i64>().ok().and_then(places::goal) {
                        project.sdgs.push(goal.number);
                    }
                }
                _ => {}
            }
            by_vocabulary.entry(vocabulary).or_default().push(share);
        }
        for (vocabulary, shares) in by_vocabulary {
            if let Some(sum) = shares::wrong_total(&shares) {
                self.warn(
                    activity,
                    format!("the percentages of the sectors of vocabulary {vocabulary} add up to {sum}, not 100"),
                    "IATI asks the shares of the sectors of each vocabulary to make 100",
                );
            }
        }
        project.sdgs.sort_unstable();
        project.sdgs.dedup();
        project.sectors = site_sectors(self.config, &project.dac_sectors);
    }

    /// The amount of a `<value>`, in its currency or the activity's.
    fn money(&mut self, value: &Node, default_currency: Option<&str>) -> Option<Money> {
        let Ok(amount) = value.text.replace([' ', ','], "").parse::<f64>() else {
            self.report(
                value,
                format!("`{}` is not an amount", value.text),
                "IATI amounts are plain numbers with a dot for decimals, like 150000.50",
            );
            return None;
        };
        if !amount.is_finite() {
            self.report(
                value,
                format!("`{}` is not an amount", value.text),
                "write a plain number",
            );
            return None;
        }
        let Some(currency) = value.attribute("currency").or(default_currency) else {
            self.report(
                value,
                "this amount has no currency".to_owned(),
                "give the value a currency=\"USD\" attribute, or the activity a default-currency",
            );
            return None;
        };
        let currency = currency.to_ascii_uppercase();
        if !currency::is_known(&currency) {
            self.report(
                value,
                format!("`{currency}` is not an ISO 4217 currency code"),
                "currencies are three-letter codes like USD, EUR or QAR",
            );
            return None;
        }
        Some(Money { amount, currency })
    }

    fn value_date(&mut self, value: &Node) -> Option<Date> {
        if value.attribute("value-date").is_none() {
            self.warn(
                value,
                "this amount has no value-date".to_owned(),
                "IATI asks for the day of the exchange rate, like value-date=\"2024-01-01\"; the amount is shown as written",
            );
            return None;
        }
        self.day(value, "value-date")
    }

    fn budgets(&mut self, activity: &Node, default_currency: Option<&str>) -> Vec<Budget> {
        let mut found = Vec::new();
        for node in activity.children("budget") {
            let Some(value) = node.child("value") else {
                self.report(
                    node,
                    "this budget has no <value>".to_owned(),
                    "write the amount in <value currency=\"...\" value-date=\"...\">",
                );
                continue;
            };
            let Some(money) = self.money(value, default_currency) else {
                continue;
            };
            if money.amount < 0.0 {
                self.report(
                    value,
                    format!("the budget is negative ({})", value.text),
                    "a budget is an amount planned; a reduction is written as a revised budget (type=\"2\")",
                );
                continue;
            }
            let start = node
                .child("period-start")
                .and_then(|n| self.day(n, "iso-date"));
            let end = node
                .child("period-end")
                .and_then(|n| self.day(n, "iso-date"));
            if let (Some(start), Some(end)) = (start, end)
                && end < start
            {
                self.report(
                    node,
                    "the budget period ends before it starts".to_owned(),
                    "check period-start and period-end",
                );
                continue;
            }
            let revised = match node.attribute("type") {
                None | Some("1") => false,
                Some("2") => true,
                Some(other) => {
                    self.warn(
                        node,
                        format!("budget type `{other}` is not one of IATI's"),
                        "type is 1 (original) or 2 (revised); it is read as original",
                    );
                    false
                }
            };
            found.push(Budget {
                value_date: self.value_date(value),
                money,
                period: start.zip(end),
                revised,
                committed: node.attribute("status") == Some("2"),
            });
        }
        found
    }

    fn transactions(
        &mut self,
        activity: &Node,
        default_currency: Option<&str>,
    ) -> Vec<Transaction> {
        let mut found = Vec::new();
        for node in activity.children("transaction") {
            let kind = node
                .child("transaction-type")
                .and_then(|t| t.attribute("code"))
                .and_then(|c| c.parse::<u8>().ok())
                .filter(|c| iati::TRANSACTION_TYPE.contains_key(c.to_string().as_str()));
            let Some(kind) = kind else {
                self.warn(node, "this transaction has no known transaction-type".to_owned(), "the type is a code of IATI's TransactionType list, like 3 (disbursement); it is left out");
                continue;
            };
            let Some(value) = node.child("value") else {
                self.report(
                    node,
                    "this transaction has no <value>".to_owned(),
                    "write the amount in <value currency=\"...\" value-date=\"...\">",
                );
                continue;
            };
            let Some(money) = self.money(value, default_currency) else {
                continue;
            };
            let value_date = self.value_date(value);
            let date = node
                .child("transaction-date")
                .and_then(|d| self.day(d, "iso-date"))
                .or(value_date);
            let Some(date) = date else {
                self.report(
                    node,
                    "this transaction has no date".to_owned(),
                    "write <transaction-date iso-date=\"YYYY-MM-DD\"/>",
                );
                continue;
            };
            found.push(Transaction {
                kind: TransactionKind(kind),
                date,
                money,
                value_date,
            });
        }
        found
    }

    fn documents(&mut self, activity: &Node, lang: &str) -> Vec<Document> {
        let mut found = Vec::new();
        for node in activity.children("document-link") {
            let url = node.attribute("url").unwrap_or("");
            let lower = url.to_ascii_lowercase();
            if !(lower.starts_with("https://") || lower.starts_with("http://"))
                || url.contains(char::is_whitespace)
            {
                self.warn(
                    node,
                    format!("`{url}` is not a web address"),
                    "a document link starts with https:// or http://; this document is not linked",
                );
                continue;
            }
            let title = node
                .child("title")
                .and_then(|t| narratives(t, lang))
                .unwrap_or_else(|| LocalizedText::Same(url.to_owned()));
            found.push(Document {
                url: url.to_owned(),
                title,
                category: node
                    .child("category")
                    .and_then(|c| c.attribute("code"))
                    .map(str::to_owned),
                format: node.attribute("format").map(str::to_owned),
                languages: node
                    .children("language")
                    .filter_map(|l| l.attribute("code"))
                    .map(str::to_ascii_lowercase)
                    .collect(),
                date: node
                    .child("document-date")
                    .and_then(|d| d.attribute("iso-date"))
                    .and_then(|d| d.get(..10)?.parse().ok()),
            });
        }
        found
    }

    fn results(&mut self, activity: &Node, lang: &str) -> Vec<ResultArea> {
        let mut found = Vec::new();
        for node in activity.children("result") {
            let Some(title) = node.child("title").and_then(|t| narratives(t, lang)) else {
                self.warn(
                    node,
                    "this result has no title".to_owned(),
                    "write <title><narrative>...</narrative></title>; the result is not shown",
                );
                continue;
            };
            let indicators = node
                .children("indicator")
                .filter_map(|i| self.result_indicator(i, lang))
                .collect();
            found.push(ResultArea {
                title,
                description: node.child("description").and_then(|d| narratives(d, lang)),
                kind: node.attribute("type").map(str::to_owned),
                indicators,
            });
        }
        found
    }

    fn result_indicator(&mut self, node: &Node, lang: &str) -> Option<ResultIndicator> {
        let title = node.child("title").and_then(|t| narratives(t, lang))?;
        let measure = node.attribute("measure").unwrap_or("1").to_owned();
        // Qualitative indicators (measure 5) carry words, not numbers.
        let numeric = measure != "5";
        let number = |n: &Node| {
            n.attribute("value")
                .filter(|_| numeric)
                .and_then(|v| v.parse::<f64>().ok())
                .filter(|v| v.is_finite())
        };
        let baseline = node.child("baseline").and_then(|b| {
            let value = number(b)?;
            let period = match b
                .attribute("iso-date")
                .and_then(|d| d.get(..10)?.parse::<Date>().ok())
            {
                Some(day) => Period::between(day, day),
                None => Period::year(b.attribute("year")?.parse().ok()?),
            };
            Some(Point {
                period: Period::year(period.ending_year()),
                value,
            })
        });
        let mut periods = Vec::new();
        for period in node.children("period") {
            let start = period
                .child("period-start")
                .and_then(|p| self.day(p, "iso-date"));
            let end = period
                .child("period-end")
                .and_then(|p| self.day(p, "iso-date"));
            let (Some(start), Some(end)) = (start, end) else {
                continue;
            };
            periods.push(ResultPeriod {
                start,
                end,
                target: period.child("target").and_then(number),
                actual: period.child("actual").and_then(number),
            });
        }
        periods.sort_by_key(|p| (p.end, p.start));
        Some(ResultIndicator {
            title,
            measure,
            ascending: !matches!(node.attribute("ascending"), Some("0" | "false")),
            baseline,
            periods,
        })
    }
}

/// The texts of `node`'s narratives by language; those naming none are in `lang`.
fn narratives(node: &Node, lang: &str) -> Option<LocalizedText> {
    let mut texts = BTreeMap::new();
    for narrative in node.children("narrative") {
        if narrative.text.is_empty() {
            continue;
        }
        let language = narrative
            .attribute("xml:lang")
            .map_or_else(|| lang.to_owned(), str::to_ascii_lowercase);
        texts
            .entry(language)
            .or_insert_with(|| narrative.text.clone());
    }
    (!texts.is_empty()).then_some(LocalizedText::PerLanguage(texts))
}

fn organisation(node: &Node, lang: &str) -> Option<Organisation> {
    let reference = node.attribute("ref").map(str::to_owned);
    let name = narratives(node, lang).or_else(|| reference.clone().map(LocalizedText::Same))?;
    Some(Organisation {
        reference,
        name,
        kind: node.attribute("type").map(str::to_owned),
    })
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
