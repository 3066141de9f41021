//! An indicator's figures as the page shows them: for each (series, unit) selection its headline
//! and a few panels, each an SVG chart of at most a legible number of lines (with a description
//! for screen readers) and the table that is its text equivalent, values set apart by their
//! observation status marked in both.

use serde::Serialize;

use crate::localized::LocalizedText;
use crate::model::data::indicator::{ChartStyle, Indicator, latest_of};
use crate::model::data::series::{Line, Selection};
use crate::render::chart::{self, Chart, ChartKind, Labels, MOST_SERIES, Words};
use crate::render::views::{Phrase, ViewBuilder};

/// One (series, unit) pair of the data.
#[derive(Debug, Serialize)]
pub struct SelectionView {
    /// The series' name, when the data names series.
    pub series: Option<Phrase>,
    /// The chooser's words for the pair: series and unit.
    pub label: String,
    pub unit: Option<Phrase>,
    pub latest: Option<String>,
    pub latest_period: Option<String>,
    pub panels: Vec<Panel>,
}

/// One chart and its table.
#[derive(Debug, Serialize)]
pub struct Panel {
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
pub struct DataTable {
    pub columns: Vec<Phrase>,
    pub rows: Vec<TableRow>,
}

#[derive(Debug, Serialize)]
pub struct TableRow {
    /// Named `year` for themes written when every period was a year.
    pub year: String,
    /// Empty where a line has no value for the period; the status mark after the number.
    pub values: Vec<String>,
}

#[derive(Debug, Serialize)]
pub struct StatusNote {
    pub mark: &'static str,
    pub status: Phrase,
}

/// Marks for observation statuses, in order of appearance.
const MARKS: [&str; 8] = ["*", "†", "‡", "§", "¶", "#", "**", "††"];

/// The lines of one panel, and whether the first is the headline.
struct Group<'d> {
    lines: Vec<&'d Line>,
    headline: bool,
    heading: String,
}

impl<'a> ViewBuilder<'a> {
    /// Every selection of the indicator's data with its panels; `prefix` makes ids unique.
    pub fn selections(&self, indicator: &'a Indicator, prefix: &str) -> Vec<SelectionView> {
        let f = &self.locale.formatter;
        indicator
            .data
            .selections
            .iter()
            .enumerate()
            .map(|(n, selection)| {
                let latest = latest_of(selection);
                let series = selection
                    .series
                    .as_ref()
                    .map(|s| self.phrase(&indicator.word(s)));
                let unit = indicator.unit_of(selection).map(|u| self.phrase(&u));
                let panels = self
                    .groups(indicator, selection)
                    .into_iter()
                    .enumerate()
                    .map(|(p, group)| {
                        let id = format!("{prefix}-{n}-{p}");
                        let marked = n == indicator.main && group.headline;
                        self.panel(indicator, &group, id, marked)
                    })
                    .collect();
                // Words of the data are isolated (FSI..PDI), so an English series name keeps its
                // order in an Arabic chooser.
                let label = [&series, &unit]
                    .into_iter()
                    .flatten()
                    .map(isolated)
                    .collect::<Vec<_>>()
                    .join(self.locale.text("list_comma"));
                SelectionView {
                    series,
                    label,
                    unit,
                    latest: latest.as_ref().map(|p| f.number(p.value)),
                    latest_period: latest.as_ref().map(|p| f.period(&p.period.label)),
                    panels,
                }
            })
            .collect()
    }

    /// The chart of the selection shown first, its headline panel (for story shortcodes).
    pub fn chart(&self, indicator: &'a Indicator, id: &str) -> String {
        let Some(selection) = indicator.main_selection() else {
            return String::new();
        };
        let group = self.groups(indicator, selection).into_iter().next();
        group.map_or_else(String::new, |group| {
            self.panel(indicator, &group, id.to_owned(), true).chart
        })
    }

    /// A selection's lines split into panels: all together when they fit one chart, else the
    /// headline alone, then the lines of each set of disaggregations, a chart's worth at a time.
    fn groups<'d>(&self, indicator: &Indicator, selection: &'d Selection) -> Vec<Group<'d>> {
        let headline = selection.headline_line();
        let mut lines: Vec<&Line> = headline.into_iter().collect();
        lines.extend(
            selection
                .lines
                .iter()
                .enumerate()
                .filter(|(i, _)| Some(*i) != selection.headline)
                .map(|(_, line)| line),
        );
        // The headline alone is named by its line: "Total", or the line `total:` names.
        let headline_name = headline.map(|line| self.line_name(indicator, line).text);
        if lines.len() <= MOST_SERIES {
            let heading = match &headline_name {
                Some(name) if lines.len() == 1 => name.clone(),
                _ => self.locale.text("all_lines").to_owned(),
            };
            return vec![Group {
                lines,
                headline: headline.is_some(),
                heading,
            }];
        }
        let mut groups = Vec::new();
        if let (Some(line), Some(heading)) = (headline, headline_name) {
            groups.push(Group {
                lines: vec![line],
                headline: true,
                heading,
            });
        }
        let mut sets: Vec<(Vec<usize>, Vec<&Line>)> = Vec::new();
        for line in lines.into_iter().skip(usize::from(headline.is_some())) {
            let filled = line.filled();
            match sets.iter_mut().find(|(set, _)| *set == filled) {
                Some((_, members)) => members.push(line),
                None => sets.push((filled, vec![line])),
            }
        }
        for (set, members) in sets {
            let columns: Vec<String> = set
                .iter()
                .map(|&c| {
                    self.phrase(&indicator.word(&indicator.data.disaggregations[c]))
                        .text
                })
                .collect();
            let by = self.locale.text("by_columns").replace(
                "{columns}",
                &columns.join(self.locale.text("list_separator")),
            );
            // Charts of even size: 9 lines make charts of 5 and 4, not 8 and 1.
            let chunks = members.len().div_ceil(MOST_SERIES);
            let size = members.len().div_ceil(chunks);
            for (k, chunk) in members.chunks(size).enumerate() {
                let heading = if chunks == 1 {
                    by.clone()
                } else {
                    let f = &self.locale.formatter;
                    let first = k * size + 1;
                    format!(
                        "{by} ({})",
                        self.locale
                            .text("lines_of")
                            .replace("{first}", &f.integer(first as i64))
                            .replace("{last}", &f.integer((first + chunk.len() - 1) as i64))
                            .replace("{count}", &f.integer(members.len() as i64))
                    )
                };
                groups.push(Group {
                    lines: chunk.to_vec(),
                    headline: false,
                    heading,
                });
            }
        }
        groups
    }

    /// A panel of `group`; `marked` draws the baseline and target.
    fn panel(&self, indicator: &Indicator, group: &Group<'_>, id: String, marked: bool) -> Panel {
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
    fn line_name(&self, indicator: &Indicator, line: &Line) -> Phrase {
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
        let lang = parts.iter().find_map(|p| p.lang.clone());
        let separator = if lang.is_some() {
            ", "
        } else {
            self.locale.text("list_separator")
        };
        Phrase {
            text: parts
                .iter()
                .map(|p| p.text.as_str())
                .collect::<Vec<_>>()
                .join(separator),
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

    pub(super) fn phrase(&self, text: &LocalizedText) -> Phrase {
        Phrase::of(text, self.config, self.lang())
    }
}

/// Words in another language than the page's, isolated so they keep their order in its text.
fn isolated(phrase: &Phrase) -> String {
    if phrase.lang.is_some() {
        format!("\u{2068}{}\u{2069}", phrase.text)
    } else {
        phrase.text.clone()
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
