//! Official statistics as national offices publish them: ten real indicator files of the UK's
//! Open SDG platform with their metadata (`tests/fixtures/opensdg/`, copied byte for byte from
//! `shared/realdata/opensdg/ons/`), each beside the smallest YAML a writer would write
//! (`sdg_indicator: 3.2.1`). Every expected figure is computed here from the CSV itself.

use std::collections::BTreeMap;

use crate::harness::{Site, Tree};

/// Open SDG's attribute columns: they describe a value and never split it.
const ATTRIBUTES: &[&str] = &[
    "Series",
    "Units",
    "Unit multiplier",
    "Unit measure",
    "Observation status",
    "GeoCode",
];

const IDS: &[&str] = &[
    "1-1-1", "1-5-2", "1-a-2", "10-b-1", "16-1-2", "17-2-1", "17-9-1", "3-2-1", "3-b-2", "4-b-1",
];

/// (series, unit, multiplier) -> disaggregation cells -> (period, value), as read by this test.
type Series = BTreeMap<(String, String, String), BTreeMap<Vec<String>, Vec<(String, f64)>>>;

/// A CSV file read the way Open SDG defines its columns, every value kept.
fn read_series(bytes: &[u8]) -> (Series, Vec<(String, String, String)>) {
    let text = String::from_utf8_lossy(bytes);
    let text = text.trim_start_matches('\u{feff}');
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let headers: Vec<String> = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_owned)
        .collect();
    let at = |name: &str| headers.iter().position(|h| h == name);
    let (year, value) = (at("Year").unwrap(), at("Value").unwrap());
    let disaggregations: Vec<usize> = (0..headers.len())
        .filter(|&i| i != year && i != value && !ATTRIBUTES.contains(&headers[i].as_str()))
        .collect();
    let mut series = Series::new();
    let mut order = Vec::new();
    for record in reader.records() {
        let record = record.unwrap();
        if record[value].is_empty() {
            continue;
        }
        let cell = |name: &str| at(name).map_or("", |i| &record[i]).to_owned();
        let unit = if at("Units").is_some() {
            cell("Units")
        } else {
            cell("Unit measure")
        };
        let multiplier = match cell("Unit multiplier").as_str() {
            "Units" => String::new(),
            other => other.to_owned(),
        };
        let key = (cell("Series"), unit, multiplier);
        if !order.contains(&key) {
            order.push(key.clone());
        }
        let cells = disaggregations
            .iter()
            .map(|&i| record[i].to_owned())
            .collect();
        series
            .entry(key)
            .or_default()
            .entry(cells)
            .or_default()
            .push((record[year].to_owned(), record[value].parse().unwrap()));
    }
    (series, order)
}

/// A number as an English page writes it: thousands separated, at most two decimals.
fn shown(value: f64) -> String {
    let hundredths = (value * 100.0).round() as i64;
    let whole = (hundredths / 100).to_string();
    let mut grouped = String::new();
    for (i, digit) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(digit);
    }
    let fraction = hundredths % 100;
    if fraction == 0 {
        grouped
    } else {
        format!(
            "{grouped}.{}",
            format!("{fraction:02}").trim_end_matches('0')
        )
    }
}

/// The period a fiscal year `2000/01` or year `2020` counts as, for ordering.
fn sort_key(period: &str) -> i32 {
    let first: i32 = period[..4].parse().unwrap();
    if period.len() > 4 { first + 1 } else { first }
}

fn source(id: &str) -> Vec<u8> {
    std::fs::read(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/opensdg/content/indicators")
            .join(format!("{id}.csv")),
    )
    .unwrap()
}

fn built() -> Tree {
    Site::fixture("opensdg").build().success().tree()
}

#[test]
fn every_real_file_builds_with_its_headline_figures() {
    let out = built();
    for id in IDS {
        let (series, order) = read_series(&source(id));
        let page = out.page(&format!("/en/indicators/{id}/"));
        assert_eq!(
            page.count(".data-selection"),
            order.len(),
            "{id}: one section per (series, unit) pair, none mixing units"
        );
        let latest: Vec<String> = order
            .iter()
            .map(|key| {
                let total =
                    &series[key][&vec![String::new(); series[key].keys().next().unwrap().len()]];
                let last = total.iter().max_by_key(|(p, _)| sort_key(p)).unwrap();
                shown(last.1)
            })
            .collect();
        if order.len() > 1 {
            let on_page = page.texts(".data-selection .selection-latest strong");
            assert_eq!(on_page, latest, "{id}");
        }
        if let Some(first) = latest.first() {
            let figure = page.texts(".figures-large dd");
            assert!(
                figure[0].starts_with(first.as_str()),
                "{id}: {figure:?} {first}"
            );
        } else {
            assert_eq!(page.count(".figures-large dd"), 0, "{id} has no data yet");
            assert_eq!(
                page.text(".no-data"),
                "No figures have been published for this indicator yet."
            );
        }
    }
}

#[test]
fn the_published_data_reads_back_to_the_same_series() {
    let out = built();
    for id in IDS {
        let (written, _) = read_series(&source(id));
        let published = out.bytes(&format!("/data/indicators/{id}.csv"));
        let (read_back, _) = read_series(published);
        assert_eq!(read_back, written, "{id}");
        let header = |bytes: &[u8]| {
            String::from_utf8_lossy(bytes)
                .trim_start_matches('\u{feff}')
                .lines()
                .next()
                .unwrap_or("")
                .to_owned()
        };
        assert_eq!(
            header(published),
            header(&source(id)),
            "{id}: the same columns"
        );
        let json: serde_json::Value =
            serde_json::from_slice(out.bytes(&format!("/data/indicators/{id}.json"))).unwrap();
        let values: usize = json["selections"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|s| s["lines"].as_array().unwrap())
            .map(|l| l["values"].as_array().unwrap().len())
            .sum();
        let expected: usize = written
            .values()
            .flat_map(|lines| lines.values())
            .map(Vec::len)
            .sum();
        assert_eq!(values, expected, "{id}: every value in the JSON");
    }
}

#[test]
fn every_chart_keeps_its_legend_and_labels_inside_its_box() {
    let out = built();
    for id in IDS {
        for lang in ["en", "ar"] {
            let html = out.text(&format!("/{lang}/indicators/{id}/"));
            for svg in html.split("<svg").skip(1) {
                let svg = format!("<svg{}", &svg[..svg.find("</svg>").unwrap() + 6]);
                let doc = roxmltree::Document::parse(&svg).unwrap();
                let view: Vec<f64> = doc
                    .root_element()
                    .attribute("viewBox")
                    .unwrap()
                    .split(' ')
                    .map(|n| n.parse().unwrap())
                    .collect();
                let (width, height) = (view[2], view[3]);
                let lines = doc
                    .descendants()
                    .filter(|n| n.attribute("class") == Some("line"))
                    .count();
                assert!(lines <= 8, "{id} {lang}: {lines} lines in one chart");
                for text in doc.descendants().filter(|n| n.has_tag_name("text")) {
                    let x: f64 = text.attribute("x").unwrap().parse().unwrap();
                    let y: f64 = text.attribute("y").unwrap().parse().unwrap();
                    let chars = text.text().unwrap_or("").chars().count() as f64;
                    // At most 8 units a character at the chart's 14-unit font.
                    let extent = chars * 8.0;
                    let (from, to) =
                        match (text.attribute("text-anchor"), text.attribute("direction")) {
                            (Some("middle"), _) => (x - extent / 2.0, x + extent / 2.0),
                            (Some("start"), None) | (Some("end"), Some("rtl")) => (x, x + extent),
                            _ => (x - extent, x),
                        };
                    assert!(
                        from >= -1.0 && to <= width + 1.0 && y > 0.0 && y <= height,
                        "{id} {lang}: `{}` at {x},{y} leaves the {width}x{height} box",
                        text.text().unwrap_or("")
                    );
                }
            }
        }
    }
}

#[test]
fn official_names_come_in_both_languages_and_english_words_keep_their_direction() {
    let out = built();
    let names: BTreeMap<String, String> = serde_saphyr::from_str(
        &std::fs::read_to_string(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("src/model/data/sdg_names/ar/global_indicators.yml"),
        )
        .unwrap(),
    )
    .unwrap();
    let official = names["3-2-1-title"]
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let page = out.page("/ar/indicators/3-2-1/");
    assert_eq!(page.text("h1").trim(), official);
    // Disaggregations written in English stay marked as English on the Arabic page.
    let columns = page.select(".data-table thead th[lang=en]");
    assert!(
        columns
            .iter()
            .any(|c| c.text().collect::<String>() == "England, Female"),
        "{:?}",
        page.texts(".data-table thead th")
    );
    let html = out.text("/ar/indicators/3-2-1/");
    assert!(
        html.contains(r#"xml:lang="en">England"#),
        "legend labels carry their language"
    );
    let fiscal = out.page("/ar/indicators/1-a-2/");
    let first = fiscal.texts(".data-table tbody th")[0].clone();
    assert_eq!(
        first, "٢٠٠٠\u{200E}/\u{200E}٠١",
        "fiscal years keep their order in Arabic digits"
    );
}

#[test]
fn estimated_values_are_marked_in_the_table_and_the_chart() {
    let out = built();
    let page = out.page("/en/indicators/1-1-1/");
    let cells = page.texts(".data-table tbody td");
    assert!(
        !cells.is_empty() && cells.iter().all(|c| c.ends_with('*')),
        "{cells:?}"
    );
    assert_eq!(page.texts(".status-notes li"), ["* Estimated value"]);
    let html = out.text("/en/indicators/1-1-1/");
    assert!(html.contains(r#"class="point flagged""#));
    let arabic = out.page("/ar/indicators/1-1-1/");
    assert_eq!(arabic.texts(".status-notes li"), ["* قيمة تقديرية"]);
}

#[test]
fn units_carry_their_multiplier() {
    let out = built();
    let page = out.page("/en/indicators/10-b-1/");
    assert_eq!(
        page.text(".figures-large .figure-unit"),
        "GBP (£), thousands"
    );
    let arabic = out.page("/ar/indicators/10-b-1/");
    assert_eq!(arabic.text(".figures-large .figure-unit"), "GBP (£)، بالآلاف");
}

#[test]
fn a_line_ending_in_crlf_is_reported_at_its_own_line() {
    let mut csv = source("1-a-2");
    csv.extend_from_slice(b"2022/23,\"Proportion\",Normal value,Units,Percentage (%),twelve\r\n");
    let site = Site::fixture("opensdg");
    site.write(
        "content/indicators/1-a-2.csv",
        std::str::from_utf8(&csv).unwrap(),
    );
    let lines = csv.iter().filter(|b| **b == b'\n').count();
    site.build().fails_with(1).reports(
        "content/indicators/1-a-2.csv",
        lines,
        "error",
        "`twelve` is not a number",
    );
}

#[test]
fn data_without_a_total_is_an_error_unless_the_yaml_names_its_headline() {
    let site = Site::fixture("opensdg").with_file(
        "content/indicators/3-2-1.csv",
        "Year,Country,Value\r\n2020,England,4.1\r\n2020,Wales,4.5\r\n2021,England,4.0\r\n",
    );
    site.build()
        .fails_with(1)
        .stderr_has(
            "content/indicators/3-2-1.csv: error[G019]: no line of the data gives the total",
        )
        .stderr_has("total: {Country: ...}");
    site.write(
        "content/indicators/3-2-1.yaml",
        "sdg_indicator: 3.2.1\ntotal: {Country: England}\n",
    );
    let out = site.build().success().tree();
    let page = out.page("/en/indicators/3-2-1/");
    assert!(page.texts(".figures-large dd")[0].starts_with("4 "));
    site.write(
        "content/indicators/3-2-1.yaml",
        "sdg_indicator: 3.2.1\ntotal: {Contry: England}\n",
    );
    site.build()
        .fails_with(1)
        .reports(
            "content/indicators/3-2-1.yaml",
            2,
            "error",
            "the data has no disaggregation column `Contry`",
        )
        .stderr_has("did you mean `Country`?");
    site.write(
        "content/indicators/3-2-1.yaml",
        "sdg_indicator: 3.2.1\ntotal: none\n",
    );
    site.build().success();
}

#[test]
fn periods_beyond_years_are_read_inline_too() {
    let site = Site::fixture("opensdg")
        .with_file(
            "content/indicators/3-2-1.yaml",
            concat!(
                "sdg_indicator: 3.2.1\ndirection: decrease\n",
                "baseline: {year: \"2019-20\", value: 5}\ntarget: {year: 2030, value: 2}\n",
            ),
        )
        .with_file(
            "content/indicators/3-2-1.csv",
            "Year,Value\n2021 Q1,4.4\n2021 Q2,4.1\n2020-21,4.6\n",
        );
    let out = site.build().success().tree();
    let page = out.page("/en/indicators/3-2-1/");
    assert_eq!(
        page.texts(".data-table tbody th"),
        ["2020-21", "2021 Q1", "2021 Q2"]
    );
    assert!(page.text(".figures-large").contains("(2021 Q2)"));
    site.write(
        "content/indicators/quarterly.yaml",
        "title: Quarterly\nseries:\n  - {year: 2016 Q4, value: 1}\n  - {year: 2016 Q5, value: 1}\n",
    );
    site.build().fails_with(1).reports(
        "content/indicators/quarterly.yaml",
        4,
        "error",
        "`2016 Q5` has a quarter, half or month out of range",
    );
}

#[test]
fn a_label_in_one_language_leaves_the_data_word_in_the_others() {
    let site = Site::fixture("opensdg").with_file(
        "content/indicators/3-2-1.yaml",
        "sdg_indicator: 3.2.1\nlabels: {Sex: {ar: الجنس}, England and Wales: {ar: إنجلترا وويلز}}\n",
    );
    let out = site
        .build()
        .success()
        .stderr_lacks("the label `Sex` has no en text")
        .tree();
    let english = out.page("/en/indicators/3-2-1/");
    let headers = english.texts(".data-table thead th");
    assert!(
        headers.iter().any(|h| h == "England and Wales"),
        "{headers:?}"
    );
    assert!(
        !headers.iter().any(|h| h.contains("إنجلترا")),
        "{headers:?}"
    );
    assert!(english.texts("h3").iter().any(|h| h == "By Sex"));
    let arabic = out.page("/ar/indicators/3-2-1/");
    assert!(
        arabic
            .texts(".data-table thead th")
            .iter()
            .any(|h| h == "إنجلترا وويلز")
    );
}

#[test]
fn the_line_named_as_total_is_called_by_its_name_and_its_status_is_shown() {
    let site = Site::fixture("opensdg")
        .with_file(
            "content/indicators/3-2-1.csv",
            "Year,Country,Observation status,Value\n2020,England,Normal value,4.1\n2021,England,Provisional value,4.0\n2021,Wales,Normal value,4.5\n",
        )
        .with_file(
            "content/indicators/3-2-1.yaml",
            "sdg_indicator: 3.2.1\ntotal: {Country: England}\n",
        );
    let out = site.build().success().tree();
    let page = out.page("/en/indicators/3-2-1/");
    assert_eq!(
        page.texts(".data-table thead th"),
        ["Period", "England", "Wales"]
    );
    assert!(
        !page
            .texts(".data-table thead th")
            .contains(&"Total".to_owned())
    );
    assert_eq!(
        page.text(".figures-large dt").trim(),
        "Latest value (2021, Provisional value)"
    );
}

#[test]
fn keeping_a_level_is_said_in_words_not_percentages() {
    let site = Site::fixture("opensdg").with_file(
        "content/indicators/1-a-2.yaml",
        "sdg_indicator: 1.a.2\nbaseline: {year: \"2019/20\", value: 10}\ntarget: {year: \"2029/30\", value: 10}\n",
    );
    let out = site.build().success().tree();
    let page = out.page("/en/indicators/1-a-2/");
    let note = page.text(".progress-note");
    assert!(
        note.starts_with(
            "The target is to keep the level of 10: the latest figure, for 2021/22, keeps it"
        ),
        "{note}"
    );
    assert!(!note.contains("straight line"), "{note}");
}

#[test]
fn a_multiplier_of_ten_to_the_first_is_tens_and_the_chooser_groups_by_pair() {
    let site = Site::fixture("opensdg").with_file(
        "content/indicators/16-1-2.csv",
        "Year,Series,Sex,Unit multiplier,Units,Value\n2020,Victims,,1,Persons,5\n2020,Victims,Female,1,Persons,2\n2020,Cases,,0,Cases,7\n",
    );
    let out = site.build().success().tree();
    let page = out.page("/en/indicators/16-1-2/");
    assert_eq!(page.text(".figures-large .figure-unit"), "Persons, tens");
    let groups: Vec<String> = page
        .select("select[data-panels] optgroup")
        .iter()
        .map(|g| g.value().attr("label").unwrap_or("").to_owned())
        .collect();
    assert_eq!(groups, ["Victims, Persons, tens", "Cases, Cases"]);
}
