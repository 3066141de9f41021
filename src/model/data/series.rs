//! An indicator's data as Open SDG lays it out: a period column (`Year`), a `Value` column,
//! attribute columns that describe a value (`Series`, `Units`, `Unit multiplier`,
//! `Observation status`, `GeoCode`...) and disaggregation columns that split it (`Sex`,
//! `Country`...), whose blank cells mean the total.
//!
//! `Series` and `Units` (or `Unit measure`) select what is measured: each (series, unit) pair is
//! a [`Selection`] with its own lines, headline and chart, never drawn on one axis with another.

mod csv_file;
#[cfg(test)]
mod tests;

pub(super) use csv_file::read;

use super::period::Period;
use crate::messages::Said;
use crate::said;

/// Columns that describe a value rather than split it, named as Open SDG and SDMX name them
/// (compared without case, `_` read as a space). A site adds its own in `site.yaml`.
pub(crate) const ATTRIBUTE_COLUMNS: &[&str] = &[
    "series",
    "units",
    "unit",
    "unit measure",
    "unit multiplier",
    "unit mult",
    "observation status",
    "obs status",
    "reporting type",
    "nature",
    "geocode",
    "comment obs",
    "comment ts",
    "time detail",
    "upper bound",
    "lower bound",
];

/// The data of an indicator, whether from a CSV file or written inline.
#[derive(Debug, Clone, PartialEq, Default)]
pub(crate) struct Dataset {
    /// The columns as the file names them, in its order (empty for inline values).
    pub columns: Vec<Column>,
    /// Names of the disaggregation columns, in the file's order.
    pub disaggregations: Vec<String>,
    /// Names of the attribute columns, in the file's order.
    pub attributes: Vec<String>,
    /// In order of first appearance.
    pub selections: Vec<Selection>,
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Column {
    pub name: String,
    pub role: Role,
}

/// What a column holds; the index is into the dataset's disaggregations or attributes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Role {
    Period,
    Value,
    Disaggregation(usize),
    Attribute(usize),
}

/// One thing measured in one unit: every value with the same series, unit and multiplier.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Selection {
    pub series: Option<String>,
    pub unit: Option<String>,
    /// As written (`Thousands`), absent when values are plain units.
    pub multiplier: Option<String>,
    /// In order of first appearance.
    pub lines: Vec<Line>,
    /// The line that stands for the whole: the one with every disaggregation blank, or the
    /// one the indicator names.
    pub headline: Option<usize>,
}

/// The values of one combination of disaggregations over time.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Line {
    /// One cell per disaggregation column, empty where blank.
    pub cells: Vec<String>,
    /// In time order, one per period.
    pub observations: Vec<Observation>,
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Observation {
    pub period: Period,
    pub value: f64,
    /// One cell per attribute column, as written.
    pub attributes: Vec<String>,
}

impl Dataset {
    /// The values written in an indicator's YAML: one selection with one line, the total.
    pub(crate) fn inline(observations: Vec<Observation>) -> Self {
        if observations.is_empty() {
            return Dataset::default();
        }
        Dataset {
            selections: vec![Selection {
                series: None,
                unit: None,
                multiplier: None,
                lines: vec![Line {
                    cells: Vec::new(),
                    observations,
                }],
                headline: Some(0),
            }],
            ..Dataset::default()
        }
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.selections.is_empty()
    }

    /// The index of the attribute column of this role, like `observation status`.
    pub(crate) fn attribute(&self, names: &[&str]) -> Option<usize> {
        self.attributes
            .iter()
            .position(|a| names.contains(&normalised(a).as_str()))
    }

    /// The observation status of `observation`, unless it is a normal value.
    pub(crate) fn status<'a>(&self, observation: &'a Observation) -> Option<&'a str> {
        let column = self.attribute(&["observation status", "obs status"])?;
        let status = observation.attributes.get(column)?.as_str();
        (!status.is_empty() && !matches!(status, "Normal value" | "A")).then_some(status)
    }
}

impl Line {
    pub(crate) fn is_total(&self) -> bool {
        self.cells.iter().all(String::is_empty)
    }

    /// The disaggregations this line fills, as indexes of their columns.
    pub(crate) fn filled(&self) -> Vec<usize> {
        (0..self.cells.len())
            .filter(|&i| !self.cells[i].is_empty())
            .collect()
    }
}

impl Selection {
    pub(crate) fn headline_line(&self) -> Option<&Line> {
        self.lines.get(self.headline?)
    }
}

/// The problem of a period that cannot be read (`G005`), from the reason `Period::parse` gives.
pub(super) fn unreadable_period(written: &str, why: &str) -> Said {
    let reason = if why.starts_with("is not a plausible year") {
        said!("G005-year")
    } else if why.starts_with("is not a quarter") {
        said!("G005-part")
    } else if why.starts_with("has a quarter") {
        said!("G005-range")
    } else if why.starts_with("is neither a month") {
        said!("G005-month")
    } else if why.starts_with("ends before") {
        said!("G005-backwards")
    } else {
        said!("G005-not")
    };
    said!("G005", value = written, why = reason)
}

/// A column name compared without case, with `_` read as a space (`OBS_STATUS`).
pub(crate) fn normalised(name: &str) -> String {
    name.trim().to_lowercase().replace('_', " ")
}
