//! An indicator's series from CSV, in the Open SDG convention: columns `Year` and `Value`, and
//! any other column a disaggregation (`Sex`, `Location`...) whose blank cell means the total.
//! Data exported from national SDG reporting platforms loads as it is.

use super::indicator::{Point, Series};
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::load::DataFile;

/// What a CSV file holds.
pub(super) struct Read {
    /// The total first, then each disaggregation in order of appearance.
    pub series: Vec<Series>,
    /// The disaggregation columns' names, like `Sex`, when there are any.
    pub dimension: Option<String>,
}

/// The series in `file`. Spreadsheets set to a European locale save CSV with semicolons and
/// decimal commas (`2020;12,5`): that is read too.
pub(super) fn read(file: &DataFile, problems: &mut Diagnostics) -> Read {
    let text = file.text.strip_prefix('\u{feff}').unwrap_or(&file.text);
    let first_line = text.lines().next().unwrap_or("");
    let semicolons = first_line.contains(';') && !first_line.contains(',');
    let mut reader = csv::ReaderBuilder::new()
        .trim(csv::Trim::All)
        .delimiter(if semicolons { b';' } else { b',' })
        .from_reader(text.as_bytes());
    let problem = |line: u64, message: String, hint: &str| {
        Diagnostic::error(&file.path, message)
            .at(text, usize::try_from(line).unwrap_or(1), 1)
            .with_hint(hint.to_owned())
    };
    let headers = match reader.headers() {
        Ok(headers) => headers.clone(),
        Err(error) => {
            problems.push(problem(
                1,
                format!("cannot read the CSV: {error}"),
                "save it as CSV (comma-separated, UTF-8)",
            ));
            return Read {
                series: Vec::new(),
                dimension: None,
            };
        }
    };
    let column = |name: &str| headers.iter().position(|h| h.eq_ignore_ascii_case(name));
    let (Some(year_column), Some(value_column)) = (column("year"), column("value")) else {
        problems.push(problem(
            1,
            "the first line must name the columns `Year` and `Value`".to_owned(),
            "start the file with a line like `Year,Value` (more columns are disaggregations, like `Year,Sex,Value`)",
        ));
        return Read {
            series: Vec::new(),
            dimension: None,
        };
    };
    let dimensions: Vec<&str> = headers
        .iter()
        .enumerate()
        .filter(|(i, _)| *i != year_column && *i != value_column)
        .map(|(_, name)| name)
        .collect();
    let dimension = (!dimensions.is_empty()).then(|| dimensions.join(", "));
    let mut series: Vec<Series> = vec![Series {
        label: None,
        points: Vec::new(),
    }];
    for record in reader.records() {
        let record = match record {
            Ok(record) => record,
            Err(error) => {
                let line = error.position().map_or(1, csv::Position::line);
                let message = match error.kind() {
                    csv::ErrorKind::UnequalLengths {
                        expected_len, len, ..
                    } => format!("this line has {len} cells, the first line has {expected_len}"),
                    _ => format!("cannot read this line: {error}"),
                };
                problems.push(problem(
                    line,
                    message,
                    "write numbers without thousands separators (1100, not 1,100), and put text with commas in double quotes",
                ));
                continue;
            }
        };
        let line = record.position().map_or(1, csv::Position::line);
        let cell = |index: usize| record.get(index).unwrap_or("");
        let value = cell(value_column);
        if value.is_empty() {
            // Open SDG leaves a value blank when it is not available.
            continue;
        }
        let Ok(year) = cell(year_column).parse::<i32>() else {
            problems.push(problem(
                line,
                format!("`{}` is not a year", cell(year_column)),
                "write the year in four digits, like 2024",
            ));
            continue;
        };
        let written = if semicolons {
            value.replace(',', ".")
        } else {
            value.to_owned()
        };
        let Some(value) = written.parse::<f64>().ok().filter(|v| v.is_finite()) else {
            problems.push(problem(line, format!("`{value}` is not a number"), "write a plain number with a dot for decimals and no thousands separator, like 12500.5"));
            continue;
        };
        let label: Vec<&str> = (0..headers.len())
            .filter(|i| *i != year_column && *i != value_column)
            .map(cell)
            .filter(|c| !c.is_empty())
            .collect();
        let label = (!label.is_empty()).then(|| label.join(", "));
        let index = match series.iter().position(|s| s.label == label) {
            Some(index) => index,
            None => {
                series.push(Series {
                    label: label.clone(),
                    points: Vec::new(),
                });
                series.len() - 1
            }
        };
        let points = &mut series[index].points;
        if points.iter().any(|p| p.year == year) {
            problems.push(problem(
                line,
                format!(
                    "{year} appears twice{}",
                    label.map(|l| format!(" for {l}")).unwrap_or_default()
                ),
                "keep one value per year (and per disaggregation)",
            ));
            continue;
        }
        points.push(Point { year, value });
    }
    for one in &mut series {
        one.points.sort_by_key(|p| p.year);
    }
    series.retain(|s| !s.points.is_empty());
    Read { series, dimension }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(text: &str) -> DataFile {
        DataFile {
            path: "content/indicators/x.csv".into(),
            id: "x".to_owned(),
            text: text.into(),
        }
    }

    #[test]
    fn totals_and_disaggregations_in_the_open_sdg_layout() {
        let mut problems = Diagnostics::default();
        let read = read(
            &file("Year,Sex,Value\n2020,,10\n2019,,8\n2019,Female,3\n2020,Female,4.5\n2021,,\n"),
            &mut problems,
        );
        assert_eq!(read.dimension.as_deref(), Some("Sex"));
        let series = read.series;
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(series.len(), 2);
        assert_eq!(series[0].label, None);
        assert_eq!(
            series[0].points,
            [
                Point {
                    year: 2019,
                    value: 8.0
                },
                Point {
                    year: 2020,
                    value: 10.0
                }
            ]
        );
        assert_eq!(series[1].label.as_deref(), Some("Female"));
        assert_eq!(series[1].points[1].value, 4.5);
    }

    #[test]
    fn bad_lines_are_reported_at_their_line() {
        let mut problems = Diagnostics::default();
        read(
            &file("Year,Value\n2019,8\n20x0,9\n2021,1.2.3\n2019,4\n"),
            &mut problems,
        );
        let lines: Vec<Option<usize>> = problems.iter().map(Diagnostic::line).collect();
        assert_eq!(lines, [Some(3), Some(4), Some(5)]);
    }

    #[test]
    fn semicolons_and_decimal_commas_from_european_spreadsheets() {
        let mut problems = Diagnostics::default();
        let read = read(
            &file("\u{feff}Year;Value\n2019;8,5\n2020;9\n"),
            &mut problems,
        );
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(
            read.series[0].points[0],
            Point {
                year: 2019,
                value: 8.5
            }
        );
    }

    #[test]
    fn missing_columns_are_explained() {
        let mut problems = Diagnostics::default();
        assert!(
            read(&file("Jahr,Wert\n2019,8\n"), &mut problems)
                .series
                .is_empty()
        );
        assert!(
            problems
                .iter()
                .next()
                .unwrap()
                .message
                .contains("`Year` and `Value`")
        );
    }
}
