//! `/data/iati-activities.xml`: every project of the site as an IATI 2.03 activity, valid
//! against the standard's schema, so that the newsroom's projects can be registered with the
//! IATI registry and read again by any IATI tool (bayan included). Imported activities are
//! written back with what bayan read of them; projects written in YAML take the publisher
//! named in site.yaml (`iati: publisher:`) and its identifier as prefix.

mod results;
use std::fmt::Write;

use quick_xml::escape::escape;

use crate::config::{Config, Publisher};
use crate::localized::LocalizedText;
use crate::model::data::Data;
use crate::model::data::partner::Partner;
use crate::model::data::project::{Budget, Organisation, Project, Role};

/// The file. Projects IATI cannot describe (no publisher for a YAML project, no date at all)
/// are left out; the model warns about them.
pub(super) fn activities(config: &Config, data: &Data) -> String {
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let _ = writeln!(out, "<iati-activities version=\"2.03\">");
    for project in &data.projects {
        if let Some(activity) = Activity::new(config, data, project) {
            activity.write(&mut out);
        }
    }
    out.push_str("</iati-activities>\n");
    out
}

struct Activity<'a> {
    config: &'a Config,
    data: &'a Data,
    project: &'a Project,
    identifier: String,
    reporting: Reporter<'a>,
}

/// The organisation that reports the activity.
struct Reporter<'a> {
    reference: &'a str,
    kind: &'a str,
    name: &'a LocalizedText,
}

impl<'a> Activity<'a> {
    fn new(config: &'a Config, data: &'a Data, project: &'a Project) -> Option<Self> {
        let publisher = config.publisher.as_ref();
        let reporting = match (&project.reporting, publisher) {
            (
                Some(Organisation {
                    reference: Some(reference),
                    name,
                    kind,
                }),
                _,
            ) => Reporter {
                reference,
                kind: kind.as_deref().unwrap_or("90"),
                name,
            },
            (
                _,
                Some(Publisher {
                    reference,
                    kind,
                    name,
                }),
            ) => Reporter {
                reference,
                kind,
                name,
            },
            _ => return None,
        };
        let identifier = match (&project.identifier, publisher) {
            (Some(identifier), _) => identifier.clone(),
            (None, Some(publisher)) => format!("{}-{}", publisher.reference, project.id),
            (None, None) => return None,
        };
        let dates = &project.dates;
        if dates.start().is_none() && dates.end().is_none() {
            return None;
        }
        Some(Activity {
            config,
            data,
            project,
            identifier,
            reporting,
        })
    }

    fn write(&self, out: &mut String) {
        let project = self.project;
        let lang = &self.config.default_language().code;
        let currency = project
            .budgets
            .first()
            .map(|b| b.money.currency.as_str())
            .or_else(|| {
                project
                    .transactions
                    .first()
                    .map(|t| t.money.currency.as_str())
            });
        let as_read = project.as_read.as_deref();
        let _ = write!(out, " <iati-activity xml:lang=\"{lang}\"");
        if let Some(updated) = as_read.and_then(|a| a.updated.as_deref()) {
            let _ = write!(out, " last-updated-datetime=\"{}\"", escape(updated));
        }
        if let Some(currency) = currency {
            let _ = write!(out, " default-currency=\"{currency}\"");
        }
        out.push_str(">\n");
        let _ = writeln!(
            out,
            "  <iati-identifier>{}</iati-identifier>",
            escape(&self.identifier)
        );
        let _ = writeln!(
            out,
            "  <reporting-org ref=\"{}\" type=\"{}\">",
            escape(self.reporting.reference),
            escape(self.reporting.kind)
        );
        narratives(out, self.reporting.name, lang, 3);
        out.push_str("  </reporting-org>\n");
        // An imported activity as its publisher wrote it; the site's own in every language.
        let (title, summary, sdgs) = match as_read {
            Some(a) => (&a.title, a.summary.as_ref(), a.sdgs.as_slice()),
            None => (
                &project.title,
                project.summary.as_ref(),
                project.sdgs.as_slice(),
            ),
        };
        element(out, "title", "", title, lang);
        // The schema asks for a description: without one, the title says what the activity is.
        element(
            out,
            "description",
            " type=\"1\"",
            summary.unwrap_or(title),
            lang,
        );
        self.participants(out, lang);
        let _ = writeln!(
            out,
            "  <activity-status code=\"{}\"/>",
            project.status.code()
        );
        let dates = &project.dates;
        for (kind, day) in [
            (1, dates.planned_start),
            (2, dates.actual_start),
            (3, dates.planned_end),
            (4, dates.actual_end),
        ] {
            if let Some(day) = day {
                let _ = writeln!(out, "  <activity-date type=\"{kind}\" iso-date=\"{day}\"/>");
            }
        }
        for share in &project.countries {
            let _ = writeln!(
                out,
                "  <recipient-country code=\"{}\"{}/>",
                share.code,
                percentage(share.percentage)
            );
        }
        for share in &project.regions {
            let _ = writeln!(
                out,
                "  <recipient-region code=\"{}\" vocabulary=\"1\"{}/>",
                share.code,
                percentage(share.percentage)
            );
        }
        for share in &project.dac_sectors {
            let vocabulary = if share.code.len() == 3 { 2 } else { 1 };
            let _ = writeln!(
                out,
                "  <sector vocabulary=\"{vocabulary}\" code=\"{}\"{}/>",
                share.code,
                percentage(share.percentage)
            );
        }
        for goal in sdgs {
            let _ = writeln!(out, "  <sector vocabulary=\"7\" code=\"{goal}\"/>");
        }
        for budget in &project.budgets {
            budget_element(out, budget);
        }
        for transaction in &project.transactions {
            let _ = writeln!(
                out,
                "  <transaction>\n   <transaction-type code=\"{}\"/>\n   <transaction-date iso-date=\"{}\"/>\n   <value currency=\"{}\" value-date=\"{}\">{}</value>\n  </transaction>",
                transaction.kind.0,
                transaction.date,
                transaction.money.currency,
                transaction.value_date.unwrap_or(transaction.date),
                amount(transaction.money.amount)
            );
        }
        let documents = as_read.map_or(project.documents.len(), |a| a.documents);
        for document in &project.documents[..documents.min(project.documents.len())] {
            let format = document.format.as_deref().unwrap_or("text/html");
            let _ = writeln!(
                out,
                "  <document-link format=\"{}\" url=\"{}\">",
                escape(format),
                escape(&document.url)
            );
            element_at(out, "title", "", &document.title, lang, 3);
            let _ = writeln!(
                out,
                "   <category code=\"{}\"/>",
                escape(document.category.as_deref().unwrap_or("A12"))
            );
            for language in &document.languages {
                let _ = writeln!(out, "   <language code=\"{}\"/>", escape(language));
            }
            if let Some(day) = document.date {
                let _ = writeln!(out, "   <document-date iso-date=\"{day}\"/>");
            }
            out.push_str("  </document-link>\n");
        }
        self.results(out, lang);
        out.push_str(" </iati-activity>\n");
    }

    fn participants(&self, out: &mut String, lang: &str) {
        let project = self.project;
        let reporter = (
            Some(self.reporting.reference),
            Some(self.reporting.kind),
            self.reporting.name,
        );
        let of_partner =
            |p: &'a Partner| (p.reference.as_deref(), Some(p.kind.iati_code()), &p.name);
        let mut taking_part: Vec<(Role, Option<&str>, Option<&str>, &LocalizedText)> = Vec::new();
        let funded = project
            .organisations
            .iter()
            .any(|p| p.role == Role::Funding);
        if !funded && project.reporting.is_none() {
            taking_part.push((Role::Funding, reporter.0, reporter.1, reporter.2));
        }
        for participant in &project.organisations {
            let organisation = &participant.organisation;
            let partner = participant
                .partner
                .as_deref()
                .and_then(|id| self.data.partner(id));
            // An organisation read from a file keeps its own identifier, type and name; one
            // written in YAML is the partner it names.
            let (reference, kind, name) = match partner {
                Some(p) if project.as_read.is_none() => of_partner(p),
                _ => (
                    organisation.reference.as_deref(),
                    organisation.kind.as_deref(),
                    &organisation.name,
                ),
            };
            taking_part.push((participant.role, reference, kind, name));
        }
        // Partners a YAML project names without a role take part in the work (those a YAML
        // file adds to an imported activity are the site's links, not its publisher's data).
        let named = if project.as_read.is_some() {
            &[][..]
        } else {
            project.partners.as_slice()
        };
        for id in named {
            if project
                .organisations
                .iter()
                .any(|p| p.partner.as_deref() == Some(id))
            {
                continue;
            }
            if let Some(p) = self.data.partner(id) {
                let (reference, kind, name) = of_partner(p);
                taking_part.push((Role::Implementing, reference, kind, name));
            }
        }
        if taking_part.is_empty() {
            taking_part.push((Role::Accountable, reporter.0, reporter.1, reporter.2));
        }
        for (role, reference, kind, name) in taking_part {
            let _ = write!(out, "  <participating-org role=\"{}\"", role.code());
            if let Some(reference) = reference {
                let _ = write!(out, " ref=\"{}\"", escape(reference));
            }
            if let Some(kind) = kind {
                let _ = write!(out, " type=\"{}\"", escape(kind));
            }
            out.push_str(">\n");
            narratives(out, name, lang, 3);
            out.push_str("  </participating-org>\n");
        }
    }
}

fn budget_element(out: &mut String, budget: &Budget) {
    let Some((start, end)) = budget.period else {
        return;
    };
    let _ = writeln!(
        out,
        "  <budget type=\"{}\" status=\"{}\">\n   <period-start iso-date=\"{start}\"/>\n   <period-end iso-date=\"{end}\"/>\n   <value currency=\"{}\" value-date=\"{}\">{}</value>\n  </budget>",
        if budget.revised { 2 } else { 1 },
        if budget.committed { 2 } else { 1 },
        budget.money.currency,
        budget.value_date.unwrap_or(start),
        amount(budget.money.amount)
    );
}

/// A number as IATI writes it: plain digits, a dot for decimals, no exponent; the shortest
/// text that reads back to the same number, so `1234.567` stays `1234.567`.
fn amount(value: f64) -> String {
    format!("{value}")
}

fn percentage(value: Option<f64>) -> String {
    value.map_or_else(String::new, |p| format!(" percentage=\"{}\"", amount(p)))
}

fn element(out: &mut String, name: &str, attributes: &str, text: &LocalizedText, lang: &str) {
    element_at(out, name, attributes, text, lang, 2);
}

fn element_at(
    out: &mut String,
    name: &str,
    attributes: &str,
    text: &LocalizedText,
    lang: &str,
    depth: usize,
) {
    let indent = " ".repeat(depth);
    let _ = writeln!(out, "{indent}<{name}{attributes}>");
    narratives(out, text, lang, depth + 1);
    let _ = writeln!(out, "{indent}</{name}>");
}

/// A narrative per language; the activity's own language (`lang`) needs no `xml:lang`.
fn narratives(out: &mut String, text: &LocalizedText, lang: &str, depth: usize) {
    let indent = " ".repeat(depth);
    match text {
        LocalizedText::Same(text) => {
            let _ = writeln!(out, "{indent}<narrative>{}</narrative>", escape(text));
        }
        LocalizedText::PerLanguage(texts) => {
            // The activity's own language first, without `xml:lang`.
            let ordered = texts
                .get_key_value(lang)
                .into_iter()
                .chain(texts.iter().filter(|(l, _)| *l != lang));
            for (language, text) in ordered {
                if language == lang {
                    let _ = writeln!(out, "{indent}<narrative>{}</narrative>", escape(text));
                } else {
                    let _ = writeln!(
                        out,
                        "{indent}<narrative xml:lang=\"{}\">{}</narrative>",
                        escape(language),
                        escape(text)
                    );
                }
            }
        }
    }
}
