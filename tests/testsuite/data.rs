//! Projects, indicators and partners: their pages, the SVG charts (parsed), progress, open
//! data (CSV and JSON read back, the ZIP opened), shortcodes in stories and feeds, term pages,
//! and every kind of bad data reported at its line.

use std::io::Read;

use crate::harness::{Site, Tree};

fn built() -> Tree {
    Site::fixture("data").build().success().tree()
}

/// The first inline `<svg>` of a page, parsed.
fn chart_of(out: &Tree, url: &str) -> String {
    let html = out.text(url);
    let start = html
        .find("<svg")
        .unwrap_or_else(|| panic!("{url} has no chart"));
    let end = html[start..].find("</svg>").expect("the chart ends") + start + "</svg>".len();
    html[start..end].to_owned()
}

fn texts_of(svg: &roxmltree::Document<'_>, class: &str) -> Vec<String> {
    svg.descendants()
        .filter(|n| {
            n.attribute("class")
                .is_some_and(|c| c.split(' ').any(|c| c == class))
        })
        .map(|n| n.descendants().filter_map(|d| d.text()).collect::<String>())
        .collect()
}

#[test]
fn the_indicator_chart_draws_every_year_and_the_target() {
    let out = built();
    let svg = chart_of(&out, "/en/indicators/wells-built/");
    let doc = roxmltree::Document::parse(&svg).expect("the chart is XML");
    let root = doc.root_element();
    assert_eq!(root.attribute("role"), Some("img"));
    let labelled = root.attribute("aria-labelledby").unwrap();
    for id in labelled.split(' ') {
        assert!(
            doc.descendants().any(|n| n.attribute("id") == Some(id)),
            "{id}"
        );
    }
    let points = doc
        .descendants()
        .filter(|n| n.has_tag_name("use") && n.attribute("class") == Some("point"))
        .count();
    assert_eq!(points, 3, "one point per yearly value");
    assert!(
        doc.descendants()
            .any(|n| n.attribute("class") == Some("target"))
    );
    assert!(
        texts_of(&doc, "target-label")
            .iter()
            .any(|t| t.contains("40"))
    );
    assert!(
        doc.descendants()
            .any(|n| n.attribute("class") == Some("baseline"))
    );
}

#[test]
fn the_arabic_chart_runs_right_to_left_in_arabic_digits() {
    let out = built();
    let x_of_year = |svg: &str, year: &str| -> f64 {
        let doc = roxmltree::Document::parse(svg).unwrap();
        let axis = doc
            .descendants()
            .find(|n| n.attribute("class").is_some_and(|c| c.contains("axis-x")))
            .expect("a time axis");
        let label = axis
            .descendants()
            .find(|n| n.has_tag_name("text") && n.text() == Some(year))
            .unwrap_or_else(|| panic!("no label {year}"));
        label.attribute("x").unwrap().parse().unwrap()
    };
    let ar = chart_of(&out, "/ar/indicators/wells-built/");
    let en = chart_of(&out, "/en/indicators/wells-built/");
    assert!(
        x_of_year(&ar, "٢٠٢٠") > x_of_year(&ar, "٢٠٢٣"),
        "time runs leftwards"
    );
    assert!(x_of_year(&en, "2020") < x_of_year(&en, "2023"));
    assert!(ar.contains("المستهدف"), "the target is labelled in Arabic");
    assert!(
        !ar.contains("2023"),
        "no Western digits in the Arabic chart"
    );
}

#[test]
fn the_indicator_page_has_table_progress_source_downloads_and_embed() {
    let out = built();
    let page = out.page("/en/indicators/wells-built/");
    assert_eq!(page.text("h1"), "Wells built");
    assert_eq!(page.texts(".data-table tbody th"), ["2021", "2022", "2023"]);
    assert_eq!(page.texts(".data-table tbody td"), ["6", "15", "31"]);
    assert_eq!(page.text(".progress-status .status"), "On track");
    assert_eq!(page.text(".progress-percent"), "78%");
    assert_eq!(
        page.attr(".source a", "href"),
        "https://reports.example.net/wells"
    );
    assert_eq!(
        page.attr(".open-data a[href$='.csv']", "href"),
        "/data/indicators/wells-built.csv"
    );
    let code = page.text(".embed-code");
    assert!(
        code.contains("src=\"https://example.org/embed/en/indicators/wells-built/\""),
        "{code}"
    );
    let embed = out.page("/embed/en/indicators/wells-built/");
    assert_eq!(embed.attr("meta[name=robots]", "content"), "noindex");
    assert_eq!(embed.count("nav"), 0, "the widget has no site menus");
    assert_eq!(embed.count("svg"), 1);

    let ar = out.page("/ar/indicators/pupils-enrolled/");
    assert_eq!(ar.lang_dir(), ("ar".to_owned(), "rtl".to_owned()));
    assert_eq!(
        ar.texts(".data-table thead th"),
        ["الفترة", "الإجمالي", "البنات", "البنون"]
    );
    assert_eq!(ar.text(".progress-status .status"), "يحتاج إلى متابعة");
    assert_eq!(
        ar.count("svg rect.bar"),
        9,
        "three years, three series, as bars"
    );
}

#[test]
fn the_dashboard_groups_indicators_by_goal() {
    let out = built();
    let page = out.page("/en/indicators/");
    let headings = page.texts(".group h2");
    assert_eq!(headings.len(), 2);
    assert!(headings[0].contains("Quality education"), "{headings:?}");
    assert!(headings[1].contains("Clean water"), "{headings:?}");
}

#[test]
fn the_project_list_adds_up_budgets_per_currency_and_groups_by_status() {
    let out = built();
    let page = out.page("/en/projects/");
    assert_eq!(page.texts(".group h2"), ["Ongoing", "Completed"]);
    let figures = page.texts(".totals dd");
    assert!(
        figures.contains(&"250,000.50 Qatari riyals".to_owned()),
        "{figures:?}"
    );
    assert!(
        figures.contains(&"1,500,000 US dollars".to_owned()),
        "{figures:?}"
    );
    assert!(
        figures.contains(&"15,000".to_owned()),
        "beneficiaries: {figures:?}"
    );
    assert_eq!(page.attr("[data-status=completed]", "data-countries"), "ne");
    assert_eq!(page.count("form.filters select"), 3);
    let ar = out.page("/ar/projects/");
    assert!(ar.texts(".totals dd").contains(&"١٥٬٠٠٠".to_owned()));

    let project = out.page("/en/projects/village-wells/");
    assert_eq!(project.text("h1"), "Village wells");
    assert_eq!(
        project.attr(".indicator-card .card-title a", "href"),
        "/en/indicators/wells-built/"
    );
    assert!(
        project
            .texts(".card-title a")
            .contains(&"Wells reach more villages".to_owned())
    );
}

#[test]
fn the_partner_directory_shows_each_partner_with_its_work() {
    let out = built();
    let page = out.page("/en/partners/");
    assert_eq!(
        page.texts(".group h2"),
        ["UN agencies", "Non-governmental organisations"]
    );
    let undp = page.one("[data-kind=un-agency]");
    let text: String = undp.text().collect();
    assert!(
        text.contains("1,500,000 US dollars") && text.contains("250,000.50 Qatari riyals"),
        "{text}"
    );
    assert_eq!(undp.value().attr("data-sectors"), Some("education water"));
    let partner = out.page("/ar/partners/undp/");
    assert_eq!(partner.text("h1"), "برنامج الأمم المتحدة الإنمائي (UNDP)");
    assert_eq!(partner.count(".project-card"), 2);
    assert_eq!(partner.count(".indicator-card"), 1);
}

#[test]
fn term_pages_list_projects_and_indicators_even_without_stories() {
    let out = built();
    let goal = out.page("/en/sdgs/2/");
    assert_eq!(goal.texts(".project-card .card-title"), ["School meals"]);
    let water = out.page("/en/sectors/water/");
    assert_eq!(water.count(".project-card"), 1);
    assert_eq!(water.count(".indicator-card"), 1);
    assert_eq!(
        water.count("article.card:not(.project-card):not(.indicator-card)"),
        1
    );
    assert!(!out.has("/en/sdgs/2/feed.xml"), "feeds follow stories only");
}

#[test]
fn shortcodes_show_the_data_in_the_story_and_stay_text_in_feeds() {
    let out = built();
    let story = out.page("/en/stories/wells/");
    assert_eq!(story.count(".prose figure svg"), 1);
    assert_eq!(
        story.texts(".prose .indicator-figure .figure-value"),
        ["31", "31"]
    );
    assert_eq!(story.count(".prose .progress"), 1);
    assert_eq!(
        story.attr(".prose .project-box a", "href"),
        "/en/projects/village-wells/"
    );
    assert!(
        story.text(".prose code").contains("{{ indicator"),
        "code is left alone"
    );
    assert!(
        story
            .texts(".facet dd a")
            .contains(&"Village wells".to_owned())
    );
    let ar = out.page("/ar/stories/wells/");
    assert!(ar.text(".prose figure svg").contains("٢٠٢٣"));
    let feed = out.text("/en/feed.json");
    assert!(!feed.contains("<svg"), "feeds carry no SVG");
    assert!(feed.contains("figure-value"), "the figure is in the feed");
}

#[test]
fn open_data_reads_back_and_zips_everything() {
    let out = built();
    let mut csv = csv::Reader::from_reader(out.bytes("/data/indicators/pupils-enrolled.csv"));
    // The disaggregation keeps its column name; the CSV reader skips the byte order mark.
    assert_eq!(csv.headers().unwrap(), vec!["Year", "Sex", "Value"]);
    let rows: Vec<Vec<String>> = csv
        .records()
        .map(|r| r.unwrap().iter().map(str::to_owned).collect())
        .collect();
    assert_eq!(rows.len(), 9);
    assert_eq!(rows[0], ["2019", "", "1000"]);
    assert!(rows.contains(&vec![
        "2021".to_owned(),
        "Girls".to_owned(),
        "565".to_owned()
    ]));

    let json: serde_json::Value =
        serde_json::from_slice(out.bytes("/data/indicators/wells-built.json")).unwrap();
    assert_eq!(json["title"]["ar"], "الآبار المنجزة");
    assert_eq!(json["target"]["value"], 40.0);
    assert_eq!(json["status"], "on-track");
    assert_eq!(json["baseline"]["period"], "2020");
    let total = &json["selections"][0]["lines"][0];
    assert_eq!(total["disaggregations"], serde_json::json!({}));
    assert_eq!(total["values"][2]["period"], "2023");
    let projects: serde_json::Value =
        serde_json::from_slice(out.bytes("/data/projects.json")).unwrap();
    assert_eq!(projects.as_array().unwrap().len(), 2);
    let projects_csv = out.text("/data/projects.csv");
    assert!(
        projects_csv.starts_with("\u{feff}id,identifier,title_en,title_ar,status"),
        "spreadsheets need the byte order mark to show Arabic: {projects_csv}"
    );
    let mut reader =
        csv::Reader::from_reader(projects_csv.trim_start_matches('\u{feff}').as_bytes());
    let header = reader.headers().unwrap().clone();
    let column = |name: &str| header.iter().position(|h| h == name).unwrap();
    let meals = reader
        .records()
        .map(Result::unwrap)
        .find(|r| &r[0] == "school-meals")
        .expect("a row per project");
    assert_eq!(&meals[column("title_ar")], "الوجبات المدرسية");
    assert_eq!(&meals[column("status")], "completed");
    assert_eq!(
        &meals[column("budget_QAR")],
        "250000.5",
        "money in a column per currency"
    );

    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(out.bytes("/data/all.zip").to_vec()))
        .expect("a ZIP");
    let names: Vec<String> = zip
        .file_names()
        .map(|name| name.expect("a UTF-8 name").into_owned())
        .collect();
    for name in [
        "indicators/wells-built.csv",
        "projects.json",
        "partners.csv",
        "README.txt",
    ] {
        assert!(names.contains(&name.to_owned()), "{names:?}");
    }
    let mut inside = String::new();
    zip.by_name("indicators/wells-built.json")
        .unwrap()
        .read_to_string(&mut inside)
        .unwrap();
    assert_eq!(
        inside.as_bytes(),
        out.bytes("/data/indicators/wells-built.json")
    );
}

#[test]
fn two_builds_give_the_same_zip() {
    let site = Site::fixture("data");
    let first = site.build().success().tree();
    let second = site.build().success().tree();
    assert_eq!(first.bytes("/data/all.zip"), second.bytes("/data/all.zip"));
}

#[test]
fn the_menu_offers_projects_indicators_and_partners() {
    let out = built();
    let nav = out.page("/en/").texts(".main-nav a");
    for item in ["Projects", "Indicators", "Partners"] {
        assert!(nav.contains(&item.to_owned()), "{nav:?}");
    }
    let plain = Site::fixture("minimal").build().success().tree();
    assert!(
        !plain
            .page("/en/")
            .texts(".main-nav a")
            .contains(&"Projects".to_owned())
    );
}

const PROJECT: &str = "content/projects/village-wells.yaml";
const INDICATOR: &str = "content/indicators/wells-built.yaml";

#[test]
fn bad_projects_are_reported_at_their_lines() {
    let site = Site::fixture("data").with_file(
        PROJECT,
        "title: Wells\nstatus: ongoin\ncountries: [TD]\npartners: [undpp]\nstart: 2025-01-01\nend: 2024-01-01\nbudget: {amount: 100, currency: USS}\nindicators: [wells-bilt]\n",
    );
    site.build()
        .fails_with(1)
        .reports(PROJECT, 2, "error", "unknown project status `ongoin`")
        .stderr_has("did you mean `ongoing`?")
        .reports(PROJECT, 4, "error", "there is no partner `undpp`")
        .reports(PROJECT, 6, "error", "the project ends before it starts")
        .reports(PROJECT, 7, "error", "unknown currency `USS`")
        .reports(PROJECT, 8, "error", "there is no indicator `wells-bilt`")
        .stderr_has("did you mean `wells-built`?");
}

#[test]
fn bad_numbers_and_unknown_keys_are_reported_at_their_lines() {
    let site = Site::fixture("data")
        .with_file(
            PROJECT,
            "title: Wells\nstatus: ongoing\nbeneficiaries: many\n",
        )
        .with_file(
            "content/projects/other.yaml",
            "title: Other\nstatus: planned\nbudjet: {amount: 1, currency: USD}\n",
        );
    site.build()
        .fails_with(1)
        .reports(PROJECT, 3, "error", "a whole number is expected here")
        .stderr_lacks("there is no project `village-wells`")
        .reports("content/projects/other.yaml", 3, "error", "budjet")
        .stderr_has("budget");
}

#[test]
fn bad_indicators_are_reported_at_their_lines() {
    let site = Site::fixture("data").with_file(
        INDICATOR,
        "title: Wells\ntarget: {year: 2024, value: 40}\nseries:\n  - {year: 2022, value: 15}\n  - {year: 2021, value: 6}\n  - {year: 20233, value: 1}\n",
    );
    site.build()
        .fails_with(1)
        .reports(INDICATOR, 2, "error", "has a target but no baseline")
        .reports(
            INDICATOR,
            5,
            "error",
            "the periods are out of order: 2021 comes after 2022",
        )
        .reports(INDICATOR, 6, "error", "`20233` is not a plausible year");

    let wrong_way = Site::fixture("data").with_file(
        INDICATOR,
        "title: Deaths\ndirection: decrease\nbaseline: {year: 2020, value: 10}\ntarget: {year: 2024, value: 20}\n",
    );
    wrong_way
        .build()
        .fails_with(1)
        .reports(
            INDICATOR,
            4,
            "error",
            "the target is higher than the baseline",
        )
        .stderr_has("direction: increase");
}

#[test]
fn a_bad_csv_line_is_reported_at_its_line() {
    let csv = "content/indicators/pupils-enrolled.csv";
    let site = Site::fixture("data")
        .with_file(csv, "Year,Sex,Value\n2019,,1000\n2020,,1,1OO\n2021,,abc\n");
    site.build()
        .fails_with(1)
        .reports(
            csv,
            3,
            "error",
            "this line has 4 cells, the first line has 3",
        )
        .stderr_has("1100, not 1,100")
        .reports(csv, 4, "error", "`abc` is not a number");
}

#[test]
fn stories_naming_unknown_data_are_reported_where_they_name_it() {
    let story = "content/stories/wells/index.en.md";
    let site = Site::fixture("data").with_file(
        story,
        "---\ntitle: Wells\ndate: 2024-03-01\nprojects: [village-well]\n---\nText.\n\n{{ indicator(id=\"wells-buil\", view=\"chart\") }}\n\n{{ chart(id=\"wells-built\") }}\n\nInline {{ project(id=\"village-wells\") }} here.\n",
    );
    site.build()
        .fails_with(1)
        .reports(story, 4, "error", "there is no project `village-well`")
        .stderr_has("did you mean `village-wells`?")
        .reports(story, 8, "error", "there is no indicator `wells-buil`")
        .reports(story, 10, "error", "there is no shortcode `chart`")
        .reports(
            story,
            12,
            "error",
            "a shortcode only works on a line of its own",
        );
}

#[test]
fn a_missing_translation_in_data_is_a_warning_and_falls_back() {
    let site = Site::fixture("data").with_file(
        "content/partners.yaml",
        "undp:\n  name: {en: \"UN Development Programme\"}\n  type: un-agency\nred-crescent:\n  name: Red Crescent\n  type: ngo\n",
    );
    let out = site
        .build()
        .success()
        .reports(
            "content/partners.yaml",
            2,
            "warning",
            "`name` has no ar text",
        )
        .tree();
    let page = out.page("/ar/partners/undp/");
    assert_eq!(
        page.attr("h1", "lang"),
        "en",
        "the fallback is marked with its language"
    );
}

#[test]
fn script_in_data_is_escaped() {
    let site = Site::fixture("data").with_file(
        "content/partners.yaml",
        "undp:\n  name: \"<script>alert(1)</script> & Co\"\n  type: un-agency\n  url: \"javascript:alert(1)\"\nred-crescent:\n  name: Red Crescent\n  type: ngo\n",
    );
    site.build()
        .fails_with(1)
        .reports("content/partners.yaml", 4, "error", "is not a web address");
    let site = Site::fixture("data").with_file(
        "content/partners.yaml",
        "undp:\n  name: \"<script>alert(1)</script> & Co\"\n  type: un-agency\nred-crescent:\n  name: Red Crescent\n  type: ngo\n",
    );
    let out = site.build().success().tree();
    let html = out.text("/en/partners/");
    assert!(!html.contains("<script>alert"), "escaped");
    assert_eq!(
        out.page("/en/partners/undp/").text("h1"),
        "<script>alert(1)</script> & Co"
    );
}

#[test]
fn a_mistake_inside_a_group_is_reported_once() {
    let site = Site::fixture("data").with_file(
        PROJECT,
        "title: Wells\nstatus: ongoing\nbudget: {amount: 1,200,000, currency: USD}\n",
    );
    site.build()
        .fails_with(1)
        .reports(
            PROJECT,
            3,
            "error",
            "a number seems to be written with commas",
        )
        .stderr_has("without commas or spaces, like 1200000")
        .stderr_lacks("unknown key `title`");
    let other = Site::fixture("data").with_file(
        INDICATOR,
        "title: Wells\nbaseline: {year: 2020, value: 0, unit: wells}\ntarget: {year: 2024, value: 40}\n",
    );
    other
        .build()
        .fails_with(1)
        .reports(INDICATOR, 2, "error", "unknown key `unit`")
        .stderr_lacks("unknown key `title`");
}

#[test]
fn plain_words_for_numbers_groups_and_empty_files() {
    let site = Site::fixture("data")
        .with_file(PROJECT, "title: Wells\nstatus: ongoing\nbudget: 1200000\n")
        .with_file(
            INDICATOR,
            "title: Wells\nbaseline: {year: 2020, value: 30%}\n",
        )
        .with_file("content/projects/empty.yaml", "");
    site.build()
        .fails_with(1)
        .reports(
            PROJECT,
            3,
            "error",
            "several keys are expected here, not a single value",
        )
        .stderr_has("budget: {amount: 1200000, currency: USD}")
        .reports(INDICATOR, 2, "error", "a number is expected here")
        .reports(
            "content/projects/empty.yaml",
            1,
            "error",
            "nothing is written here",
        );
}

#[test]
fn a_broken_partners_file_is_reported_once_not_at_every_use() {
    let site = Site::fixture("data").with_file(
        "content/partners.yaml",
        "undp:\n  name: UNDP\n  type: un-agency\nundp:\n  name: Again\n  type: ngo\nred-crescent:\n  name: Red Crescent\n  type: ngo\n",
    );
    site.build()
        .fails_with(1)
        .stderr_has("written twice")
        .stderr_lacks("there is no partner");
    let typo = Site::fixture("data").with_file(
        "content/partners.yaml",
        "undp:\n  name: UNDP\n  type: charity\nred-crescent:\n  name: Red Crescent\n  type: ngo\n",
    );
    typo.build()
        .fails_with(1)
        .reports(
            "content/partners.yaml",
            3,
            "error",
            "unknown partner type `charity`",
        )
        .stderr_lacks("there is no partner `undp`");
}

#[test]
fn an_indicator_without_values_shows_no_figure_and_says_so() {
    let site = Site::fixture("data").with_file(
        INDICATOR,
        "title: Wells\nbaseline: {year: 2020, value: 0}\ntarget: {year: 2024, value: 40}\n",
    );
    let out = site
        .build()
        .success()
        .stderr_has("this indicator has no values yet")
        .tree();
    let page = out.page("/en/indicators/wells-built/");
    assert_eq!(page.count(".progress"), 0, "no invented progress");
    assert!(
        !page.text(".figures-large").contains("Latest"),
        "the baseline is not a result"
    );
}

#[test]
fn a_target_equal_to_its_baseline_asks_to_keep_a_level() {
    let site = Site::fixture("data").with_file(
        INDICATOR,
        "title: Wells\nbaseline: {year: 2020, value: 10}\ntarget: {year: 2030, value: 10}\nseries:\n  - {year: 2024, value: 11}\n",
    );
    let out = site.build().success().tree();
    let json: serde_json::Value =
        serde_json::from_slice(out.bytes("/data/indicators/wells-built.json")).unwrap();
    assert_eq!(json["status"], "on-track");
}

#[test]
fn a_status_that_contradicts_the_dates_is_a_warning() {
    // Builds are judged on 2026-01-01.
    let site = Site::fixture("data").with_file(
        PROJECT,
        "title: Wells\nstatus: ongoing\nstart: 2020-01-01\nend: 2024-12-31\n",
    );
    site.build().success().reports(
        PROJECT,
        2,
        "warning",
        "the project ended on 2024-12-31 but its status is `ongoing`",
    );
}

#[test]
fn csv_from_a_european_spreadsheet_is_read() {
    let site = Site::fixture("data").with_file(
        "content/indicators/pupils-enrolled.csv",
        "\u{feff}Year;Sex;Value\n2019;;1000\n2020;;1100,5\n2020;Girls;520\n",
    );
    let out = site.build().success().tree();
    let page = out.page("/en/indicators/pupils-enrolled/");
    assert!(page.texts(".data-table td").contains(&"1,100.5".to_owned()));
}

#[test]
fn an_unclosed_shortcode_is_named_as_such() {
    let story = "content/stories/schools/index.en.md";
    let site = Site::fixture("data").with_file(
        story,
        "---\ntitle: Meals\ndate: 2024-04-01\n---\nText.\n\n{{ project(id=\"school-meals\")\n",
    );
    site.build()
        .fails_with(1)
        .reports(story, 7, "error", "this shortcode is not closed");
}

#[test]
fn the_published_csv_reads_back_as_the_same_series() {
    let site = Site::fixture("data");
    let first = site.build().success().tree();
    let published = first
        .text("/data/indicators/pupils-enrolled.csv")
        .to_owned();
    site.write("content/indicators/pupils-enrolled.csv", &published);
    let second = site.build().success().tree();
    assert_eq!(
        first.bytes("/data/indicators/pupils-enrolled.json"),
        second.bytes("/data/indicators/pupils-enrolled.json"),
        "the open data is a valid source for the same indicator"
    );
}
