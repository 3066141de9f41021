//! An activity's documents and results (indicators with a baseline, and per period a target
//! and an actual value).

use jiff::civil::Date;

use super::{Reader, narratives};
use crate::diagnostic::Diagnostic;
use crate::load::iati::Node;
use crate::localized::LocalizedText;
use crate::model::data::indicator::Point;
use crate::model::data::period::Period;
use crate::model::data::project::{Document, ResultArea, ResultIndicator, ResultPeriod};
use crate::said;

impl Reader<'_> {
    pub(super) fn documents(&mut self, activity: &Node, lang: &str) -> Vec<Document> {
        let mut found = Vec::new();
        for node in activity.children("document-link") {
            let url = node.attribute("url").unwrap_or("");
            let lower = url.to_ascii_lowercase();
            if !(lower.starts_with("https://") || lower.starts_with("http://"))
                || url.contains(char::is_whitespace)
            {
                let problem = Diagnostic::warning_said(&self.file.path, said!("D003", url = url))
                    .at_position(node.position())
                    .with_hint_said(said!("iati-document-not-linked"));
                self.problems.push(problem);
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

    pub(super) fn results(&mut self, activity: &Node, lang: &str) -> Vec<ResultArea> {
        let mut found = Vec::new();
        for node in activity.children("result") {
            let Some(title) = node.child("title").and_then(|t| narratives(t, lang)) else {
                self.warn(node, said!("A038"));
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
                .filter(|v| crate::model::data::plausible::plausible(*v))
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
