//! An indicator's figures as the page shows them: for each (series, unit) selection its headline
//! and a few panels, each an SVG chart of at most a legible number of lines (with a description
//! for screen readers) and the table that is its text equivalent, values set apart by their
//! observation status marked in both.

mod panel;

use serde::Serialize;

pub(crate) use panel::Panel;

use crate::localized::LocalizedText;
use crate::model::data::indicator::{Indicator, latest_of};
use crate::model::data::series::{Line, Selection};
use crate::render::chart::MOST_SERIES;
use crate::render::views::{Phrase, ViewBuilder};

/// One (series, unit) pair of the data.
#[derive(Debug, Serialize)]
pub(crate) struct SelectionView {
    /// The series' name, when the data names series.
    pub series: Option<Phrase>,
    /// The chooser's words for the pair: series and unit.
    pub label: String,
    pub unit: Option<Phrase>,
    pub latest: Option<String>,
    pub latest_period: Option<String>,
    pub panels: Vec<Panel>,
}

/// The lines of one panel, and whether the first is the headline.
pub(super) struct Group<'d> {
    lines: Vec<&'d Line>,
    headline: bool,
    heading: String,
}

impl<'a> ViewBuilder<'a> {
    /// Every selection of the indicator's data with its panels; `prefix` makes ids unique.
    pub(crate) fn selections(&self, indicator: &'a Indicator, prefix: &str) -> Vec<SelectionView> {
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
    pub(crate) fn chart(&self, indicator: &'a Indicator, id: &str) -> String {
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

    pub(super) fn phrase(&self, text: &LocalizedText) -> Phrase {
        Phrase::of(text, self.config, self.lang())
    }
}

/// Words in another language than the page's, isolated so they keep their order in its text.
pub(super) fn isolated(phrase: &Phrase) -> String {
    if phrase.lang.is_some() {
        format!("\u{2068}{}\u{2069}", phrase.text)
    } else {
        phrase.text.clone()
    }
}
