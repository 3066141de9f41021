use super::*;

fn file(text: &str) -> DataFile {
    DataFile {
        path: "content/indicators/x.csv".into(),
        id: "x".to_owned(),
        text: text.into(),
    }
}

fn read_clean(text: &str) -> Dataset {
    let mut problems = Diagnostics::default();
    let dataset = read(&file(text), &[], &mut problems);
    assert!(problems.is_empty(), "{problems:?}");
    dataset
}

#[test]
fn totals_and_disaggregations_in_the_open_sdg_layout() {
    let dataset =
        read_clean("Year,Sex,Value\n2020,,10\n2019,,8\n2019,Female,3\n2020,Female,4.5\n2021,,\n");
    assert_eq!(dataset.disaggregations, ["Sex"]);
    let selection = &dataset.selections[0];
    assert_eq!(selection.headline, Some(0));
    let total = &selection.lines[0];
    let values: Vec<(&str, f64)> = total
        .observations
        .iter()
        .map(|o| (o.period.label.as_str(), o.value))
        .collect();
    assert_eq!(values, [("2019", 8.0), ("2020", 10.0)]);
    assert_eq!(selection.lines[1].cells, ["Female"]);
    assert_eq!(selection.lines[1].observations[1].value, 4.5);
}

#[test]
fn attribute_columns_select_and_never_disaggregate() {
    let dataset = read_clean(concat!(
        "Year,Series,Country,Observation status,Unit multiplier,Units,GeoCode,Value\r\n",
        "2020,Deaths,,Estimated value,Thousands,GBP,E1,5\r\n",
        "2020,Deaths,Wales,Normal value,Thousands,GBP,W1,2\r\n",
        "2020,Deaths,,Normal value,Units,USD,E1,7\r\n",
    ));
    assert_eq!(dataset.disaggregations, ["Country"]);
    assert_eq!(
        dataset.attributes,
        [
            "Series",
            "Observation status",
            "Unit multiplier",
            "Units",
            "GeoCode"
        ]
    );
    assert_eq!(dataset.selections.len(), 2);
    let gbp = &dataset.selections[0];
    assert_eq!(
        (
            gbp.series.as_deref(),
            gbp.unit.as_deref(),
            gbp.multiplier.as_deref()
        ),
        (Some("Deaths"), Some("GBP"), Some("Thousands"))
    );
    assert_eq!(gbp.lines.len(), 2);
    assert_eq!(gbp.headline, Some(0));
    let usd = &dataset.selections[1];
    assert_eq!(
        (usd.unit.as_deref(), usd.multiplier.as_deref()),
        (Some("USD"), None)
    );
    assert_eq!(
        dataset.status(&gbp.lines[0].observations[0]),
        Some("Estimated value")
    );
    assert_eq!(dataset.status(&gbp.lines[1].observations[0]), None);
}

#[test]
fn a_site_names_its_own_attribute_columns() {
    let mut problems = Diagnostics::default();
    let dataset = read(
        &file("Year,Source note,Value\n2020,survey,5\n"),
        &["Source note".to_owned()],
        &mut problems,
    );
    assert!(dataset.disaggregations.is_empty());
    assert_eq!(dataset.selections[0].headline, Some(0));
}

#[test]
fn bad_lines_are_reported_at_their_line_with_any_line_ending() {
    for ending in ["\n", "\r\n"] {
        let text = [
            "\u{feff}Year,Value",
            "2019,8",
            "20x0,9",
            "2021,1.2.3",
            "2019,4",
            "2022,5,6",
            "",
        ]
        .join(ending);
        let mut problems = Diagnostics::default();
        read(&file(&text), &[], &mut problems);
        let lines: Vec<Option<usize>> = problems.iter().map(Diagnostic::line).collect();
        assert_eq!(lines, [Some(3), Some(4), Some(5), Some(6)], "{ending:?}");
    }
}

#[test]
fn fiscal_years_and_quarters_in_time_order() {
    let dataset = read_clean("Year,Value\n2016 Q2,2\n2000/01,1\n2016-2017,3\n");
    let labels: Vec<&str> = dataset.selections[0].lines[0]
        .observations
        .iter()
        .map(|o| o.period.label.as_str())
        .collect();
    assert_eq!(labels, ["2000/01", "2016 Q2", "2016-2017"]);
}

#[test]
fn the_same_time_written_twice_is_refused() {
    let mut problems = Diagnostics::default();
    read(
        &file("Year,Value\n2014-15,1\n2014/15,2\n"),
        &[],
        &mut problems,
    );
    let problem = problems.iter().next().unwrap();
    assert_eq!(problem.line(), Some(3));
    assert_eq!(
        problem.message,
        "2014/15 is the same period as 2014-15 on line 2"
    );
}

#[test]
fn semicolons_and_decimal_commas_from_european_spreadsheets() {
    let dataset = read_clean("\u{feff}Year;Value\n2019;8,5\n2020;9\n");
    assert_eq!(dataset.selections[0].lines[0].observations[0].value, 8.5);
}

#[test]
fn missing_columns_are_explained() {
    let mut problems = Diagnostics::default();
    assert!(read(&file("Jahr,Wert\n2019,8\n"), &[], &mut problems).is_empty());
    assert!(
        problems
            .iter()
            .next()
            .unwrap()
            .message
            .contains("`Year` and `Value`")
    );
}

#[test]
fn a_dot_in_a_semicolon_file_is_refused_as_ambiguous() {
    let mut problems = Diagnostics::default();
    read(&file("Year;Value\n2019;85.148\n"), &[], &mut problems);
    let problem = problems.iter().next().unwrap();
    assert_eq!(problem.line(), Some(2));
    assert!(problem.message.contains("ambiguous"), "{}", problem.message);
}

#[test]
fn a_file_of_bad_lines_is_reported_briefly() {
    let mut text = "Year,Value\n".to_owned();
    for _ in 0..5_000 {
        text.push_str("1800,..\n");
    }
    let mut problems = Diagnostics::default();
    read(&file(&text), &[], &mut problems);
    assert_eq!(problems.iter().count(), MOST_LINE_PROBLEMS + 1);
    let last = problems.iter().last().unwrap();
    assert!(
        last.message.starts_with("4980 more lines"),
        "{}",
        last.message
    );
}

#[test]
fn in_a_monthly_series_2011_12_is_december() {
    let dataset = read_clean("Year,Value\n2011-11,1\n2011-12,2\n2012-01,3\n");
    let labels: Vec<(&str, i32)> = dataset.selections[0].lines[0]
        .observations
        .iter()
        .map(|o| (o.period.label.as_str(), o.period.end - o.period.start))
        .collect();
    assert_eq!(labels, [("2011-11", 1), ("2011-12", 1), ("2012-01", 1)]);
}

#[test]
fn the_caret_points_at_the_cell_at_fault() {
    let mut problems = Diagnostics::default();
    read(
        &file("Year,\"Series, long\",Value\n2019,\"a, b\",x\n"),
        &[],
        &mut problems,
    );
    let problem = problems.iter().next().unwrap();
    assert_eq!(problem.position.as_ref().map(|p| p.column), Some(13));
}
