//! One panel of an indicator's figures: its chart, drawn with at most a chart's worth of lines,
//! the table that is its text equivalent, the marks of observation statuses, and a sentence
//! describing it for screen readers.

use serde::Serialize;

use super::{Group, isolated};
use crate::model::data::indicator::{ChartStyle, Indicator};
use crate::model::data::series::Line;
use crate::render::chart::{self, Chart, ChartKind, Labels, Words};
use crate::render::views::{Phrase, ViewBuilder};

/// One chart and its table.
#[derive(Debug, Serialize)]
pub(crate) struct Panel {
    /// Unique on the page, for the chooser and links.
    pub id: String,
    /// What the panel shows, like "Total" or "By Country (1 to 8 of 20)".
    pub heading: String,
    pub chart: String,
    pub table: DataTable,
    /// What each status mark in the table and hollow point in the chart means.
    pub notes: Vec<StatusNote>,
}

/// The chart's text equivalent: one row per period, one column per line.
#[derive(Debug, Serialize)]
pub(crate) struct DataTable {
    pub columns: Vec<Phrase>,
    pub rows: Vec<TableRow>,
}

#[derive(Debug, Serialize)]
pub(crate) struct TableRow {
    /// Named `year` for themes written when every period was a year.
    pub year: String,
    /// Empty where a line has no value for the period; the status mark after the number.
    pub values: Vec<String>,
}

#[derive(Debug, Serialize)]
pub(crate) struct StatusNote {
    pub mark: &'static str,
    pub status: Phrase,
}

/// Marks for observation statuses, in order of appearance.
const MARKS: [&str; 8] = ["*", "†", "‡", "§", "¶", "#", "**", "††"];

impl ViewBuilder<'_> {
    /// A panel of `group`; `marked` draws the baseline and target.
    pub(super) fn panel(
        &self,
        indicator: &Indicator,
        group: &Group<'_>,
        id: String,
        marked: bool,
    ) -> Panel {
        let f = &self.locale.formatter;
        let data = &indicator.data;
        let names: Vec<Phrase> = group
            .lines
            .iter()
            .map(|line| self.line_name(indicator, line))
            .collect();
        // Statuses in order of appearance, each with its mark.
        let mut statuses: Vec<&str> = Vec::new();
        for line in &group.lines {
            for observation in &line.observations {
                if let Some(status) = data.status(observation)
                    && !statuses.contains(&status)
                    && statuses.len() < MARKS.len()
                {
                    statuses.push(status);
                }
            }
        }
        let mark = |status: Option<&str>| {
            status
                .and_then(|s| statuses.iter().position(|known| *known == s))
                .map_or("", |i| MARKS[i])
        };
        let labels: Vec<Vec<String>> = group
            .lines
            .iter()
            .map(|line| {
                line.observations
                    .iter()
                    .map(|o| f.period(&o.period.label))
                    .collect()
            })
            .collect();
        let points: Vec<Vec<chart::Point<'_>>> = group
            .lines
            .iter()
            .zip(&labels)
            .map(|(line, labels)| {
                line.observations
                    .iter()
                    .zip(labels)
                    .map(|(o, label)| chart::Point {
                        start: o.period.start,
                        end: o.period.end,
                        label,
                        value: o.value,
                        flagged: data.status(o).is_some(),
                    })
                    .collect()
            })
            .collect();
        let series: Vec<chart::Series<'_>> = names
            .iter()
            .zip(&points)
            .map(|(name, points)| chart::Series {
                label: Words {
                    text: &name.text,
                    lang: name.lang.as_deref(),
                },
                points,
            })
            .collect();
        let (baseline_label, target_label) = (
            indicator
                .baseline
                .as_ref()
                .map(|p| f.period(&p.period.label)),
            indicator.target.as_ref().map(|p| f.period(&p.period.label)),
        );
        let description = self.chart_description(indicator, group, &names, marked);
        let title = indicator
            .chart_title
            .as_ref()
            .map_or_else(|| self.text(&indicator.title).text, |t| self.text(t).text);
        let svg = chart::svg(&Chart {
            kind: match indicator.chart {
                ChartStyle::Line => ChartKind::Line,
                ChartStyle::Bar => ChartKind::Bar,
            },
            id: &id,
            title,
            description: &description,
            series: &series,
            headline: group.headline,
            baseline: marked
                .then(|| marker(indicator.baseline.as_ref(), baseline_label.as_deref()))
                .flatten(),
            target: marked
                .then(|| marker(indicator.target.as_ref(), target_label.as_deref()))
                .flatten(),
            labels: Labels {
                baseline: self.locale.text("baseline"),
                target: self.locale.text("target"),
            },
            format: f,
            rtl: self.locale.language.direction == crate::config::Direction::Rtl,
        });
        // Rows: every period of the panel's lines, in time order.
        let mut periods: Vec<&crate::model::data::period::Period> = group
            .lines
            .iter()
            .flat_map(|line| line.observations.iter().map(|o| &o.period))
            .collect();
        periods.sort();
        periods.dedup_by(|a, b| a.same_time(b));
        let rows = periods
            .into_iter()
            .map(|period| TableRow {
                year: f.period(&period.label),
                values: group
                    .lines
                    .iter()
                    .map(|line| {
                        line.observations
                            .binary_search_by(|o| {
                                (o.period.start, o.period.end).cmp(&(period.start, period.end))
                            })
                            .ok()
                            .map(|i| &line.observations[i])
                            .map_or_else(String::new, |o| {
                                format!("{}{}", f.number(o.value), mark(data.status(o)))
                            })
                    })
                    .collect(),
            })
            .collect();
        Panel {
            id,
            heading: group.heading.clone(),
            chart: svg,
            table: DataTable {
                columns: names,
                rows,
            },
            notes: statuses
                .iter()
                .enumerate()
                .map(|(i, status)| StatusNote {
                    mark: MARKS[i],
                    status: self.phrase(&indicator.status_word(status)),
                })
                .collect(),
        }
    }

    /// "Total", or the line's disaggregations ("England, Female"), translated where the
    /// indicator's `labels:` says.
    pub(super) fn line_name(&self, indicator: &Indicator, line: &Line) -> Phrase {
        if line.is_total() {
            return Phrase {
                text: self.locale.text("total").to_owned(),
                lang: None,
                dir: None,
            };
        }
        let parts: Vec<Phrase> = line
            .cells
            .iter()
            .filter(|c| !c.is_empty())
            .map(|c| self.phrase(&indicator.word(c)))
            .collect();
        // One language for the whole name when its parts share it; otherwise each part in
        // another language than the page's is isolated, and the name is the page's.
        let first = parts.first().and_then(|p| p.lang.clone());
        let shared = parts.iter().all(|p| p.lang == first);
        let lang = if shared { first } else { None };
        let separator = if lang.is_some() {
            ", "
        } else {
            self.locale.text("list_comma")
        };
        let texts: Vec<String> = parts
            .iter()
            .map(|p| if shared { p.text.clone() } else { isolated(p) })
            .collect();
        Phrase {
            text: texts.join(separator),
            dir: lang.as_deref().map(crate::config::direction_of),
            lang,
        }
    }

    /// One sentence for screen readers: each line's latest value, and the baseline and target.
    fn chart_description(
        &self,
        indicator: &Indicator,
        group: &Group<'_>,
        names: &[Phrase],
        marked: bool,
    ) -> String {
        let f = &self.locale.formatter;
        let mut parts: Vec<String> = group
            .lines
            .iter()
            .zip(names)
            .filter_map(|(line, name)| {
                let last = line.observations.last()?;
                Some(format!(
                    "{} {}: {}",
                    name.text,
                    f.period(&last.period.label),
                    f.number(last.value)
                ))
            })
            .collect();
        if marked {
            for (key, point) in [
                ("baseline", &indicator.baseline),
                ("target", &indicator.target),
            ] {
                if let Some(point) = point {
                    parts.push(format!(
                        "{} {}: {}",
                        self.locale.text(key),
                        f.period(&point.period.label),
                        f.number(point.value)
                    ));
                }
            }
        }
        parts.join(self.locale.text("list_separator"))
    }
}

/// A baseline or target as the chart draws it.
fn marker<'l>(
    point: Option<&crate::model::data::indicator::Point>,
    label: Option<&'l str>,
) -> Option<chart::Point<'l>> {
    let point = point?;
    Some(chart::Point {
        start: point.period.start,
        end: point.period.end,
        label: label?,
        value: point.value,
        flagged: false,
    })
}
