//! An indicator's figures as the page shows them: the SVG chart with its description for screen
//! readers, and the table that is its text equivalent.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::model::data::indicator::{ChartStyle, Indicator, Series};
use crate::render::chart::{self, Chart, ChartKind, Labels};
use crate::render::views::ViewBuilder;

/// The chart's text equivalent: one row per year, one column per series.
#[derive(Debug, Serialize)]
pub struct DataTable {
    pub columns: Vec<String>,
    pub rows: Vec<TableRow>,
}

#[derive(Debug, Serialize)]
pub struct TableRow {
    pub year: String,
    /// Empty where a series has no value that year.
    pub values: Vec<String>,
}

impl<'a> ViewBuilder<'a> {
    /// The indicator's chart as inline SVG; `id` is unique on the page.
    pub fn chart(&self, indicator: &'a Indicator, id: &str) -> String {
        let title = self.text(&indicator.title).text;
        let points: Vec<Vec<chart::Point>> = indicator
            .series
            .iter()
            .map(|s| {
                s.points
                    .iter()
                    .map(|p| chart::Point {
                        year: p.year,
                        value: p.value,
                    })
                    .collect()
            })
            .collect();
        let series: Vec<chart::Series<'_>> = indicator
            .series
            .iter()
            .zip(&points)
            .map(|(s, points)| chart::Series {
                label: self.series_label(indicator, s),
                points,
            })
            .collect();
        let description = self.chart_description(indicator);
        chart::svg(&Chart {
            kind: match indicator.chart {
                ChartStyle::Line => ChartKind::Line,
                ChartStyle::Bar => ChartKind::Bar,
            },
            id,
            title,
            description: &description,
            series: &series,
            baseline: indicator.baseline.map(|p| chart::Point {
                year: p.year,
                value: p.value,
            }),
            target: indicator.target.map(|p| chart::Point {
                year: p.year,
                value: p.value,
            }),
            labels: Labels {
                baseline: self.locale.text("baseline"),
                target: self.locale.text("target"),
            },
            format: &self.locale.formatter,
            rtl: self.locale.language.direction == crate::config::Direction::Rtl,
        })
    }

    /// One sentence for screen readers: the latest value against the baseline and target.
    fn chart_description(&self, indicator: &Indicator) -> String {
        let f = &self.locale.formatter;
        let mut parts = Vec::new();
        if let Some(latest) = indicator.latest() {
            parts.push(format!(
                "{} {}: {}",
                self.locale.text("latest_value"),
                self.year(latest.year),
                f.number(latest.value)
            ));
        }
        if let Some(baseline) = indicator.baseline {
            parts.push(format!(
                "{} {}: {}",
                self.locale.text("baseline"),
                self.year(baseline.year),
                f.number(baseline.value)
            ));
        }
        if let Some(target) = indicator.target {
            parts.push(format!(
                "{} {}: {}",
                self.locale.text("target"),
                self.year(target.year),
                f.number(target.value)
            ));
        }
        parts.join(self.locale.text("list_separator"))
    }

    /// "Total", or the disaggregation in the page's language when the indicator translates it.
    fn series_label(&self, indicator: &'a Indicator, series: &'a Series) -> &'a str {
        match &series.label {
            None => self.locale.text("total"),
            Some(label) => indicator
                .labels
                .get(label)
                .map_or(label.as_str(), |text| self.text(text).text),
        }
    }

    pub(super) fn table(&self, indicator: &'a Indicator) -> DataTable {
        let f = &self.locale.formatter;
        let mut by_year: BTreeMap<i32, Vec<String>> = BTreeMap::new();
        let count = indicator.series.len();
        for (index, series) in indicator.series.iter().enumerate() {
            for point in &series.points {
                by_year
                    .entry(point.year)
                    .or_insert_with(|| vec![String::new(); count])[index] = f.number(point.value);
            }
        }
        DataTable {
            columns: indicator
                .series
                .iter()
                .map(|s| self.series_label(indicator, s).to_owned())
                .collect(),
            rows: by_year
                .into_iter()
                .map(|(year, values)| TableRow {
                    year: self.year(year),
                    values,
                })
                .collect(),
        }
    }
}
