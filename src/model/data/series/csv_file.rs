//! Reading an indicator's CSV file: columns given their roles, every value checked and reported
//! at its line (whatever the line endings, with or without a byte order mark).

use rustc_hash::FxHashMap;

use self::lines::{LineCounter, byte, column_of};
use super::{
    ATTRIBUTE_COLUMNS, Column, Dataset, Line, Observation, Role, Selection, normalised,
    unreadable_period,
};
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::load::DataFile;
use crate::messages::Said;
use crate::model::data::period::Period;
use crate::said;

const PERIOD_COLUMNS: &[&str] = &["year", "period", "time period", "time"];
const VALUE_COLUMNS: &[&str] = &["value", "obs value"];
const SERIES_COLUMNS: &[&str] = &["series"];
const UNIT_COLUMNS: &[&str] = &["units", "unit", "unit measure"];
const MULTIPLIER_COLUMNS: &[&str] = &["unit multiplier", "unit mult"];

/// Lines reported one by one; past this the rest of a file's bad lines are counted in one
/// message, so a wrongly saved file of 100,000 lines is told quickly and readably.
const MOST_LINE_PROBLEMS: usize = 20;

/// The dataset in `file`; `attributes` names a site's own attribute columns. Spreadsheets set
/// to a European locale save CSV with semicolons and decimal commas (`2020;12,5`): that is
/// read too.
pub(in crate::model::data) fn read(
    file: &DataFile,
    attributes: &[String],
    problems: &mut Diagnostics,
) -> Dataset {
    let text = file.text.strip_prefix('\u{feff}').unwrap_or(&file.text);
    let first_line = text.lines().next().unwrap_or("");
    let semicolons = first_line.contains(';') && !first_line.contains(',');
    let mut reader = csv::ReaderBuilder::new()
        .trim(csv::Trim::All)
        .delimiter(if semicolons { b';' } else { b',' })
        .from_reader(text.as_bytes());
    let mut lines = LineCounter::new(text);
    let delimiter = if semicolons { ';' } else { ',' };
    // Each message of the catalogue says its own hint.
    let problem =
        |line: usize, message: Said| Diagnostic::error_said(&file.path, message).at(text, line, 1);
    let (mut reported, mut unreported) = (0usize, 0usize);
    // `cell`: the column of the cell at fault, for the caret.
    let mut report =
        |problems: &mut Diagnostics, (line, cell): (usize, Option<usize>), message: Said| {
            if reported < MOST_LINE_PROBLEMS {
                reported += 1;
                let column = cell.map_or(1, |cell| column_of(text, line, cell, delimiter));
                problems.push(Diagnostic::error_said(&file.path, message).at(text, line, column));
            } else {
                unreported += 1;
            }
        };
    let headers = match reader.headers() {
        Ok(headers) => headers.clone(),
        Err(error) => {
            problems.push(problem(1, said!("G025", detail = error.to_string())));
            return Dataset::default();
        }
    };
    let Some(columns) = roles(&headers, attributes) else {
        problems.push(problem(1, said!("G026")));
        return Dataset::default();
    };
    let names = |wanted: fn(&Role) -> bool| -> Vec<String> {
        columns
            .iter()
            .filter(|c| wanted(&c.role))
            .map(|c| c.name.clone())
            .collect()
    };
    let mut dataset = Dataset {
        disaggregations: names(|r| matches!(r, Role::Disaggregation(_))),
        attributes: names(|r| matches!(r, Role::Attribute(_))),
        columns: Vec::new(),
        selections: Vec::new(),
    };
    let selector = |names: &[&str]| dataset.attribute(names);
    let (series_column, unit_column, multiplier_column) = (
        selector(SERIES_COLUMNS),
        selector(UNIT_COLUMNS),
        selector(MULTIPLIER_COLUMNS),
    );
    let period_column = position(&columns, Role::Period);
    let value_column = position(&columns, Role::Value);
    let mut selections: FxHashMap<[Option<String>; 3], usize> = FxHashMap::default();
    let mut line_index: Vec<FxHashMap<Vec<String>, usize>> = Vec::new();
    // The periods of each line, with the line of the file and the way each was written.
    let mut seen: Vec<Vec<Seen>> = Vec::new();
    let mut cells_of = vec![String::new(); dataset.disaggregations.len()];
    for record in reader.records() {
        let record = match record {
            Ok(record) => record,
            Err(error) => {
                let line = error
                    .position()
                    .map_or(1, |p| lines.line_at(byte(p.byte())));
                let message = match error.kind() {
                    csv::ErrorKind::UnequalLengths {
                        expected_len, len, ..
                    } => said!("G027", cells = *len, columns = *expected_len),
                    _ => said!("G028", detail = error.to_string()),
                };
                report(problems, (line, None), message);
                continue;
            }
        };
        let line = record
            .position()
            .map_or(1, |p| lines.line_at(byte(p.byte())));
        let cell = |index: usize| record.get(index).unwrap_or("");
        let value = cell(value_column);
        if value.is_empty() {
            // Open SDG leaves a value blank when it is not available.
            continue;
        }
        let period = match Period::parse(cell(period_column)) {
            Ok(period) => period,
            Err(why) => {
                let said = unreadable_period(cell(period_column), why);
                report(problems, (line, Some(period_column)), said);
                continue;
            }
        };
        if semicolons && value.contains('.') {
            // In a file saved with semicolons the comma is the decimal sign, so a dot may be a
            // thousands separator: `85.148` could be 85148 or 85.148.
            report(
                problems,
                (line, Some(value_column)),
                said!("G029", value = value),
            );
            continue;
        }
        let written = if semicolons {
            value.replace(',', ".")
        } else {
            value.to_owned()
        };
        let Some(value) = written.parse::<f64>().ok().filter(|v| v.is_finite()) else {
            report(
                problems,
                (line, Some(value_column)),
                said!("G030", value = value),
            );
            continue;
        };
        if !crate::model::data::plausible::plausible(value) {
            report(
                problems,
                (line, Some(value_column)),
                said!("G007", value = written),
            );
            continue;
        }
        let mut observed = Vec::with_capacity(dataset.attributes.len());
        for (index, column) in columns.iter().enumerate() {
            match column.role {
                Role::Disaggregation(n) => cell(index).clone_into(&mut cells_of[n]),
                Role::Attribute(_) => observed.push(cell(index).to_owned()),
                Role::Period | Role::Value => {}
            }
        }
        let pick = |column: Option<usize>| {
            column
                .map(|c| observed[c].clone())
                .filter(|v| !v.is_empty())
        };
        let multiplier = pick(multiplier_column).filter(|m| !plain_units(m));
        let key = [pick(series_column), pick(unit_column), multiplier];
        let selection = *selections.entry(key.clone()).or_insert_with(|| {
            let [series, unit, multiplier] = key;
            dataset.selections.push(Selection {
                series,
                unit,
                multiplier,
                lines: Vec::new(),
                headline: None,
            });
            line_index.push(FxHashMap::default());
            seen.push(Vec::new());
            dataset.selections.len() - 1
        });
        let lines_of = &mut dataset.selections[selection].lines;
        let index = match line_index[selection].get(&cells_of) {
            Some(&index) => index,
            None => {
                lines_of.push(Line {
                    cells: cells_of.clone(),
                    observations: Vec::new(),
                });
                seen[selection].push(FxHashMap::default());
                line_index[selection].insert(cells_of.clone(), lines_of.len() - 1);
                lines_of.len() - 1
            }
        };
        let span = (period.start, period.end);
        if let Some((first, written)) = seen[selection][index].get(&span) {
            let described: Vec<&str> = cells_of
                .iter()
                .map(String::as_str)
                .filter(|c| !c.is_empty())
                .collect();
            let (first, written) = (*first, written.clone());
            report(
                problems,
                (line, Some(period_column)),
                said!(
                    "G031",
                    period = &period.label,
                    earlier = written,
                    line = first.to_string(),
                    which = if described.is_empty() {
                        said!("G031-total")
                    } else {
                        said!("G031-for", cells = described)
                    },
                ),
            );
            continue;
        }
        seen[selection][index].insert(span, (line, period.label.clone()));
        lines_of[index].observations.push(Observation {
            period,
            value,
            attributes: observed,
        });
    }
    if unreported > 0 {
        problems.push(Diagnostic::error_said(
            &file.path,
            said!("G032", count = unreported, shown = MOST_LINE_PROBLEMS),
        ));
    }
    months_not_fiscal_years(&mut dataset);
    for selection in &mut dataset.selections {
        for line in &mut selection.lines {
            line.observations.sort_by(|a, b| a.period.cmp(&b.period));
        }
        selection.headline = selection.lines.iter().position(Line::is_total);
    }
    dataset.columns = columns;
    dataset
}

/// A line's periods by span, each with the line of the file and the way it was written.
type Seen = FxHashMap<(i32, i32), (usize, String)>;

/// In a file of months, `2011-12` is December 2011, not the fiscal year it reads as alone.
fn months_not_fiscal_years(dataset: &mut Dataset) {
    let observations = || {
        dataset
            .selections
            .iter()
            .flat_map(|s| &s.lines)
            .flat_map(|l| &l.observations)
    };
    if !observations().any(|o| o.period.end - o.period.start == 1) {
        return;
    }
    for line in dataset.selections.iter_mut().flat_map(|s| &mut s.lines) {
        for observation in &mut line.observations {
            if let Some(month) = observation.period.as_month() {
                observation.period = month;
            }
        }
    }
}

/// Each column's role, or `None` without a period and a value column.
fn roles(headers: &csv::StringRecord, attributes: &[String]) -> Option<Vec<Column>> {
    let named = |names: &[&str]| {
        headers
            .iter()
            .position(|h| names.contains(&normalised(h).as_str()))
    };
    let (period, value) = (named(PERIOD_COLUMNS)?, named(VALUE_COLUMNS)?);
    let (mut disaggregations, mut attribute_count) = (0, 0);
    let site_attributes: Vec<String> = attributes.iter().map(|a| normalised(a)).collect();
    Some(
        headers
            .iter()
            .enumerate()
            .map(|(index, name)| {
                let key = normalised(name);
                let role = if index == period {
                    Role::Period
                } else if index == value {
                    Role::Value
                } else if ATTRIBUTE_COLUMNS.contains(&key.as_str())
                    || site_attributes.contains(&key)
                {
                    attribute_count += 1;
                    Role::Attribute(attribute_count - 1)
                } else {
                    disaggregations += 1;
                    Role::Disaggregation(disaggregations - 1)
                };
                Column {
                    name: name.to_owned(),
                    role,
                }
            })
            .collect(),
    )
}

fn position(columns: &[Column], role: Role) -> usize {
    columns.iter().position(|c| c.role == role).unwrap_or(0)
}

/// A multiplier that multiplies by one: SDMX's `Units` or `0` (ten to the power zero; `1` is
/// tens).
fn plain_units(multiplier: &str) -> bool {
    matches!(normalised(multiplier).as_str(), "units" | "unit" | "0")
}

mod lines;
#[cfg(test)]
mod tests;
