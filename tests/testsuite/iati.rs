//! Projects from IATI activity files: two real files (`tests/fixtures/iati/content/iati/`,
//! copied byte for byte from `shared/realdata/iati/`), one YAML file adding an Arabic title to
//! an activity, and a partner named by its IATI identifier. Every expected figure is computed
//! here from the XML itself.

use std::collections::BTreeMap;

use crate::harness::{Page, Site, Tree};

const FILES: &[&str] = &["iati-2.03-example-annotated.xml", "nl-mfa-dgis-2.03.xml"];

/// What this test reads of an activity, the way the IATI standard defines it.
struct Expected {
    identifier: String,
    /// Language -> title; narratives without `xml:lang` are in the activity's language.
    titles: BTreeMap<String, String>,
    status: String,
    /// Currency -> total of the budgets, each revised budget replacing the original of its
    /// period.
    budgets: BTreeMap<String, f64>,
    committed: BTreeMap<String, f64>,
    disbursed: BTreeMap<String, f64>,
    /// Identifier (`ref`) and name of each participating organisation.
    organisations: Vec<(Option<String>, String)>,
}

fn read_activities(xml: &str) -> Vec<Expected> {
    let document = roxmltree::Document::parse(xml).unwrap();
    let xml_lang = ("http://www.w3.org/XML/1998/namespace", "lang");
    let mut all = Vec::new();
    for activity in document
        .root_element()
        .children()
        .filter(|n| n.has_tag_name("iati-activity"))
    {
        let lang = activity.attribute(xml_lang).unwrap_or("en");
        let default_currency = activity.attribute("default-currency");
        let child = |name: &str| activity.children().find(|n| n.has_tag_name(name));
        let children =
            |name: &'static str| activity.children().filter(move |n| n.has_tag_name(name));
        let narratives = |node: roxmltree::Node<'_, '_>| -> BTreeMap<String, String> {
            node.children()
                .filter(|n| n.has_tag_name("narrative"))
                .map(|n| {
                    (
                        n.attribute(xml_lang).unwrap_or(lang).to_owned(),
                        n.text().unwrap_or("").trim().to_owned(),
                    )
                })
                .collect()
        };
        let value = |node: roxmltree::Node<'_, '_>| {
            let value = node.children().find(|n| n.has_tag_name("value")).unwrap();
            let currency = value
                .attribute("currency")
                .or(default_currency)
                .unwrap()
                .to_owned();
            (
                currency,
                value.text().unwrap().trim().parse::<f64>().unwrap(),
            )
        };
        let day = |node: roxmltree::Node<'_, '_>, name: &str| {
            node.children()
                .find(|n| n.has_tag_name(name))
                .and_then(|n| n.attribute("iso-date"))
                .unwrap_or("")
                .to_owned()
        };
        let budgets: Vec<_> = children("budget")
            .map(|b| {
                let (currency, amount) = value(b);
                let revised = b.attribute("type") == Some("2");
                (
                    day(b, "period-start"),
                    day(b, "period-end"),
                    currency,
                    amount,
                    revised,
                )
            })
            .collect();
        let mut totals = BTreeMap::new();
        for (start, end, currency, amount, revised) in &budgets {
            let replaced = !revised
                && budgets
                    .iter()
                    .any(|(s, e, _, _, r)| *r && s <= end && start <= e);
            if !replaced {
                *totals.entry(currency.clone()).or_insert(0.0) += amount;
            }
        }
        let flow = |code: &str| {
            let mut sums = BTreeMap::new();
            for transaction in children("transaction") {
                let kind = transaction
                    .children()
                    .find(|n| n.has_tag_name("transaction-type"))
                    .and_then(|n| n.attribute("code"));
                if kind == Some(code) {
                    let (currency, amount) = value(transaction);
                    *sums.entry(currency).or_insert(0.0) += amount;
                }
            }
            sums
        };
        all.push(Expected {
            identifier: child("iati-identifier")
                .unwrap()
                .text()
                .unwrap()
                .trim()
                .to_owned(),
            titles: narratives(child("title").unwrap()),
            status: child("activity-status")
                .unwrap()
                .attribute("code")
                .unwrap()
                .to_owned(),
            budgets: totals,
            committed: flow("2"),
            disbursed: flow("3"),
            organisations: children("participating-org")
                .map(|o| {
                    let name = narratives(o).into_values().next().unwrap_or_default();
                    (o.attribute("ref").map(str::to_owned), name)
                })
                .collect(),
        });
    }
    all
}

/// The documented rule: lowercase letters and digits, every other run one hyphen.
fn project_id(identifier: &str) -> String {
    let mut id = String::new();
    for c in identifier.chars() {
        if c.is_ascii_alphanumeric() {
            id.push(c.to_ascii_lowercase());
        } else if !id.is_empty() && !id.ends_with('-') {
            id.push('-');
        }
    }
    id.trim_end_matches('-').to_owned()
}

fn fixture_text(file: &str) -> String {
    let path = format!(
        "{}/tests/fixtures/iati/content/iati/{file}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(path).unwrap()
}

/// The amounts of one flow (`css` inside each currency's `dl.money`) of a project page, by the
/// currency its section names in `data-currency`; each is shown as the number, then the
/// currency's name (`2,000,000 euros`).
fn shown_money(page: &Page, css: &str) -> BTreeMap<String, f64> {
    let flow = scraper::Selector::parse(css).unwrap();
    page.select("dl.money")
        .iter()
        .filter_map(|section| {
            let currency = section.value().attr("data-currency").unwrap().to_owned();
            let shown: String = section.select(&flow).next()?.text().collect();
            let number = shown.trim().split(' ').next().unwrap().replace(',', "");
            Some((currency, number.parse().unwrap()))
        })
        .collect()
}

const STATUS_WORDS: [(&str, &str); 6] = [
    ("1", "Planned"),
    ("2", "Ongoing"),
    ("3", "Finalising"),
    ("4", "Completed"),
    ("5", "Cancelled"),
    ("6", "Suspended"),
];

fn build() -> Tree {
    let site = Site::fixture("iati");
    site.build().success().tree()
}

#[test]
fn every_activity_becomes_a_page_with_its_own_figures() {
    let out = build();
    let mut seen = 0;
    for file in FILES {
        for activity in read_activities(&fixture_text(file)) {
            seen += 1;
            let id = match activity.identifier.as_str() {
                // The YAML file adding to it gives it its own id.
                "NL-1-PPR-24706" => "ictj-support".to_owned(),
                identifier => project_id(identifier),
            };
            let page = out.page(&format!("/en/projects/{id}/"));
            let title = activity
                .titles
                .get("en")
                .or_else(|| activity.titles.values().next())
                .unwrap();
            assert_eq!(page.text("h1").trim(), title, "{id}");
            let status = STATUS_WORDS
                .iter()
                .find(|(c, _)| *c == activity.status)
                .unwrap()
                .1;
            assert_eq!(page.text(".figures-large .status").trim(), status, "{id}");
            assert_eq!(
                shown_money(&page, ".flow-budget dd"),
                activity.budgets,
                "{id}"
            );
            assert_eq!(
                shown_money(&page, ".flow-committed dd"),
                activity.committed,
                "{id}"
            );
            assert_eq!(
                shown_money(&page, ".flow-disbursed dd"),
                activity.disbursed,
                "{id}"
            );
            let organisations = page.texts(".roles dd");
            for (reference, name) in &activity.organisations {
                // partners.yaml names the Dutch ministry, by its identifier.
                let shown = match reference.as_deref() {
                    Some("XM-DAC-7") => "Netherlands Ministry of Foreign Affairs",
                    _ => name,
                };
                assert!(
                    organisations.iter().any(|o| o == shown),
                    "{id}: {shown} in {organisations:?}"
                );
            }
            assert_eq!(
                page.text(".project-iati .identifier").trim(),
                activity.identifier
            );
            assert!(out.has(&format!("/ar/projects/{id}/")), "{id} in Arabic");
        }
    }
    assert_eq!(seen, 14);
    assert_eq!(out.page("/en/projects/").count(".project-card"), 14);
}

#[test]
fn written_text_wins_in_its_language_and_the_original_stays_marked() {
    let out = build();
    let arabic = out.page("/ar/projects/ictj-support/");
    assert_eq!(
        arabic.text("h1").trim(),
        "دعم المركز الدولي للعدالة الانتقالية 2013-2014"
    );
    assert_eq!(
        arabic.one("h1").attr("lang"),
        None,
        "Arabic text on the Arabic page"
    );
    let english = out.page("/en/projects/ictj-support/");
    // No English title: the activity's own Dutch one, marked as Dutch.
    assert_eq!(english.text("h1").trim(), "ICTJ 2013-2014");
    assert_eq!(english.attr("h1", "lang"), "nl");
    // The activity's figures are those of the IATI file.
    let year_chart = english.select(".money-chart svg");
    assert_eq!(
        year_chart.len(),
        1,
        "transactions in several years draw a chart"
    );
}

#[test]
fn a_level_to_keep_is_a_target_not_a_failure() {
    let out = build();
    // The standard's example: baseline 10, target 10, actual 11.
    let page = out.page("/en/projects/aa-aaa-123456789-abc123/");
    assert_eq!(page.text(".result-indicator .status").trim(), "Achieved");
    let label = page.attr(".result-indicator .progress-track", "aria-label");
    assert!(label.contains("keep the level of 10"), "{label}");
}

#[test]
fn organisations_join_the_partners_by_their_identifier() {
    let out = build();
    // partners.yaml names the Dutch ministry by its IATI identifier: its page lists the
    // activities it takes part in, under the name written there.
    let dgis = out.page("/en/partners/dgis/");
    let projects = dgis.select(".project-card").len();
    let nl = read_activities(&fixture_text("nl-mfa-dgis-2.03.xml"));
    let with_dgis = nl
        .iter()
        .filter(|a| {
            a.organisations
                .iter()
                .any(|(r, _)| r.as_deref() == Some("XM-DAC-7"))
        })
        .count();
    assert_eq!(projects, with_dgis);
    let page = out.page("/en/projects/ictj-support/");
    let links = page.select(".roles a");
    assert!(
        links
            .iter()
            .any(|a| a.value().attr("href") == Some("/en/partners/dgis/"))
    );
    // An organisation without identifier becomes a partner of its own.
    assert!(links.iter().any(|a| a.text().collect::<String>() == "ICTJ"));
}

#[test]
fn the_export_validates_and_reads_back_the_same() {
    let site = Site::fixture("iati");
    let first = site.build().success().tree();
    let exported = first.text("/data/iati-activities.xml").to_owned();
    let activities = read_activities(&exported);
    let mut identifiers: Vec<&str> = activities.iter().map(|a| a.identifier.as_str()).collect();
    identifiers.sort_unstable();
    let mut expected: Vec<String> = FILES
        .iter()
        .flat_map(|f| read_activities(&fixture_text(f)))
        .map(|a| a.identifier)
        .collect();
    expected.sort();
    assert_eq!(identifiers, expected);

    // Read again by bayan, alone: the same identifiers and totals.
    let again = Site::fixture("minimal").with_file("content/iati/export.xml", &exported);
    let second = again.build().success().tree();
    let totals = |tree: &Tree| -> BTreeMap<String, serde_json::Value> {
        let projects: serde_json::Value =
            serde_json::from_slice(tree.bytes("/data/projects.json")).unwrap();
        projects
            .as_array()
            .unwrap()
            .iter()
            .map(|p| {
                let key = p["identifier"].as_str().unwrap().to_owned();
                (
                    key,
                    serde_json::json!([p["budget"], p["committed"], p["disbursed"], p["status"]]),
                )
            })
            .collect()
    };
    assert_eq!(totals(&first), totals(&second));
}

/// An activity file with `body` inside one activity (identifier `XM-1-A`, in USD unless the
/// body says otherwise).
fn activity_file(version: &str, body: &str) -> String {
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<iati-activities version=\"{version}\">\n <iati-activity xml:lang=\"en\">\n{body}\n </iati-activity>\n</iati-activities>\n"
    )
}

const BASICS: &str = "  <iati-identifier>XM-1-A</iati-identifier>\n  <title><narrative>Wells</narrative><narrative xml:lang=\"ar\">آبار</narrative></title>\n  <activity-status code=\"2\"/>";

/// What IATI asks of every activity beside `BASICS`: who reports it and a date.
const PUBLISHED: &str = "<reporting-org ref=\"XM-1\" type=\"10\"><narrative>Wells Fund</narrative></reporting-org><activity-date type=\"1\" iso-date=\"2024-01-01\"/>";

fn site_with(files: &[(&str, &str)]) -> Site {
    let mut site = Site::fixture("minimal");
    for (path, text) in files {
        site = site.with_file(path, text);
    }
    site
}

#[test]
fn broken_files_are_reported_at_their_line() {
    site_with(&[(
        "content/iati/a.xml",
        &activity_file("2.03", "  <title>\n  </titel>"),
    )])
    .build()
    .fails_with(1)
    .reports("content/iati/a.xml", 5, "error", "not well-formed XML");
    site_with(&[("content/iati/old.xml", &activity_file("1.05", BASICS))])
        .build()
        .fails_with(1)
        .reports("content/iati/old.xml", 2, "error", "IATI 1.05 file")
        .stderr_has("version 2.03");
    site_with(&[(
        "content/iati/a.xml",
        &activity_file("2.03", "  <title><narrative>Wells</narrative></title>"),
    )])
    .build()
    .fails_with(1)
    .reports("content/iati/a.xml", 3, "error", "no <iati-identifier>");
}

#[test]
fn an_identifier_names_one_activity_across_files() {
    site_with(&[
        ("content/iati/a.xml", &activity_file("2.03", BASICS)),
        ("content/iati/b.xml", &activity_file("2.03", BASICS)),
    ])
    .build()
    .fails_with(1)
    .reports(
        "content/iati/b.xml",
        4,
        "error",
        "`XM-1-A` is already in content/iati/a.xml (line 4)",
    );
}

#[test]
fn money_that_cannot_be_read_right_is_refused() {
    let budget = |value: &str| {
        format!(
            "{BASICS}\n  <budget>\n   <period-start iso-date=\"2024-01-01\"/>\n   <period-end iso-date=\"2024-12-31\"/>\n   {value}\n  </budget>"
        )
    };
    site_with(&[(
        "content/iati/a.xml",
        &activity_file(
            "2.03",
            &budget("<value value-date=\"2024-01-01\">100</value>"),
        ),
    )])
    .build()
    .fails_with(1)
    .reports("content/iati/a.xml", 10, "error", "no currency");
    site_with(&[(
        "content/iati/a.xml",
        &activity_file(
            "2.03",
            &budget("<value currency=\"USD\" value-date=\"2024-01-01\">-100</value>"),
        ),
    )])
    .build()
    .fails_with(1)
    .reports("content/iati/a.xml", 10, "error", "the budget is negative");
    site_with(&[(
        "content/iati/a.xml",
        &activity_file("2.03", &budget("<value currency=\"USD\">100</value>")),
    )])
    .build()
    .success()
    .reports("content/iati/a.xml", 10, "warning", "no value-date");
}

#[test]
fn a_revised_budget_replaces_its_original_and_currencies_stay_apart() {
    let budget = |kind: u8, year: u16, value: &str| {
        format!(
            "  <budget type=\"{kind}\">\n   <period-start iso-date=\"{year}-01-01\"/>\n   <period-end iso-date=\"{year}-12-31\"/>\n   <value {value} value-date=\"{year}-01-01\">{}</value>\n  </budget>",
            if kind == 2 { "120" } else { "100" }
        )
    };
    let body = [
        BASICS.to_owned(),
        budget(1, 2024, "currency=\"USD\""),
        budget(2, 2024, "currency=\"USD\""),
        budget(1, 2025, "currency=\"USD\""),
        budget(1, 2025, "currency=\"QAR\""),
    ]
    .join("\n");
    let site = site_with(&[("content/iati/a.xml", &activity_file("2.03", &body))]);
    let out = site.build().success().tree();
    let page = out.page("/en/projects/xm-1-a/");
    // 120 replaces the 100 of 2024; the 2025 budgets stay in their currencies.
    let shown = shown_money(&page, ".flow-budget dd");
    assert_eq!(
        shown,
        BTreeMap::from([("QAR".to_owned(), 100.0), ("USD".to_owned(), 220.0)])
    );
}

#[test]
fn shares_that_do_not_make_a_whole_are_reported() {
    let body = format!(
        "{BASICS}\n  <recipient-country code=\"SO\" percentage=\"60\"/>\n  <recipient-country code=\"KE\" percentage=\"30\"/>"
    );
    let site = site_with(&[("content/iati/a.xml", &activity_file("2.03", &body))]);
    let out = site
        .build()
        .success()
        .reports("content/iati/a.xml", 7, "warning", "add up to 90, not 100")
        .tree();
    let page = out.page("/en/projects/xm-1-a/");
    assert_eq!(page.texts(".facet .share"), ["60%", "30%"]);
}

#[test]
fn a_yaml_file_adds_text_but_never_figures() {
    site_with(&[
        ("content/iati/a.xml", &activity_file("2.03", BASICS)),
        (
            "content/projects/wells.yaml",
            "iati: XM-1-B\nfeatured: true\n",
        ),
    ])
    .build()
    .fails_with(1)
    .reports(
        "content/projects/wells.yaml",
        1,
        "error",
        "no IATI activity in content/iati/ has the identifier `XM-1-B`",
    )
    .stderr_has("did you mean `XM-1-A`?");
    site_with(&[
        ("content/iati/a.xml", &activity_file("2.03", BASICS)),
        (
            "content/projects/wells.yaml",
            "iati: XM-1-A\nbudget: {amount: 5, currency: USD}\n",
        ),
    ])
    .build()
    .fails_with(1)
    .reports(
        "content/projects/wells.yaml",
        2,
        "error",
        "`budget` of an imported project comes from its IATI file",
    );
}

#[test]
fn amounts_are_read_as_written_never_guessed() {
    let value = |text: &str| {
        format!(
            "{BASICS}\n  {PUBLISHED}\n  <transaction>\n   <transaction-type code=\"3\"/>\n   <transaction-date iso-date=\"2024-03-01\"/>\n   {text}\n  </transaction>"
        )
    };
    // A decimal comma or a thousands separator: which one is never guessed.
    site_with(&[(
        "content/iati/a.xml",
        &activity_file(
            "2.03",
            &value("<value currency=\"USD\" value-date=\"2024-03-01\">1,5</value>"),
        ),
    )])
    .build()
    .fails_with(1)
    .reports("content/iati/a.xml", 11, "error", "`1,5` is not an amount");
    // Kuwaiti dinars have three decimals: shown and exported as written.
    let site = site_with(&[(
        "content/iati/a.xml",
        &activity_file(
            "2.03",
            &value("<value currency=\"KWD\" value-date=\"2024-03-01\">1234.567</value>"),
        ),
    )]);
    let out = site.build().success().tree();
    let page = out.page("/en/projects/xm-1-a/");
    assert_eq!(
        page.text(".money .flow-disbursed dd").trim(),
        "1,234.567 Kuwaiti dinars"
    );
    assert!(
        out.text("/data/iati-activities.xml")
            .contains(">1234.567</value>")
    );
}

#[test]
fn a_file_in_another_encoding_is_refused_not_emptied() {
    let mut latin1 = activity_file(
        "2.03",
        "  <iati-identifier>XM-1-A</iati-identifier>\n  <title><narrative>C\u{f4}te d'Ivoire</narrative></title>\n  <activity-status code=\"2\"/>",
    )
    .into_bytes();
    // `ô` as Latin-1 writes it, in a file that says it is UTF-8.
    let at = latin1.windows(2).position(|w| w == "ô".as_bytes()).unwrap();
    latin1.splice(at..at + 2, [0xF4]);
    let site = Site::fixture("minimal");
    std::fs::create_dir_all(site.root().join("content/iati")).unwrap();
    std::fs::write(site.root().join("content/iati/a.xml"), &latin1).unwrap();
    site.build()
        .fails_with(1)
        .reports("content/iati/a.xml", 5, "error", "not valid UTF-8");
    let mut utf16 = vec![0xFF, 0xFE];
    utf16.extend(
        "<iati-activities/>"
            .encode_utf16()
            .flat_map(u16::to_le_bytes),
    );
    std::fs::write(site.root().join("content/iati/a.xml"), &utf16).unwrap();
    site.build().fails_with(1).stderr_has("saved as UTF-16");
}

#[test]
fn one_yaml_file_adds_to_an_activity() {
    site_with(&[
        ("content/iati/a.xml", &activity_file("2.03", BASICS)),
        ("content/projects/wells.yaml", "iati: XM-1-A\n"),
        (
            "content/projects/wells-again.yaml",
            "iati: XM-1-A\nfeatured: true\n",
        ),
    ])
    .build()
    .fails_with(1)
    .reports(
        "content/projects/wells.yaml",
        1,
        "error",
        "content/projects/wells-again.yaml already adds to the activity `XM-1-A`",
    );
}

#[test]
fn languages_are_read_by_their_primary_code() {
    let body = "  <iati-identifier>XM-1-A</iati-identifier>\n  <title><narrative>Wells</narrative><narrative xml:lang=\"ar-SA\">آبار</narrative></title>\n  <activity-status code=\"2\"/>";
    let site = site_with(&[("content/iati/a.xml", &activity_file("2.03", body))]);
    let out = site.build().success().stderr_lacks("no ar title").tree();
    assert_eq!(out.page("/ar/projects/xm-1-a/").text("h1").trim(), "آبار");
}

#[test]
fn an_identifier_without_latin_letters_takes_its_address_from_a_yaml_file() {
    let body = "  <iati-identifier>مشروع</iati-identifier>\n  <title><narrative>Wells</narrative><narrative xml:lang=\"ar\">آبار</narrative></title>\n  <activity-status code=\"2\"/>";
    site_with(&[("content/iati/a.xml", &activity_file("2.03", body))])
        .build()
        .fails_with(1)
        .reports("content/iati/a.xml", 4, "error", "no ASCII letter or digit")
        .stderr_has("iati: مشروع");
    let site = site_with(&[
        ("content/iati/a.xml", &activity_file("2.03", body)),
        ("content/projects/wells.yaml", "iati: مشروع\n"),
    ]);
    assert!(site.build().success().tree().has("/ar/projects/wells/"));
}

#[test]
fn the_export_writes_an_imported_activity_as_its_publisher_did() {
    let body = format!(
        "{BASICS}\n  {PUBLISHED}\n  <participating-org ref=\"XM-NGO-1\" type=\"22\" role=\"4\"><narrative>Local wells NGO</narrative></participating-org>"
    );
    let site = site_with(&[
        ("content/iati/a.xml", &activity_file("2.03", &body)),
        (
            "content/projects/wells.yaml",
            "iati: XM-1-A\ntitle: {en: \"Wells for Kanem\"}\nsdgs: [6]\n",
        ),
    ]);
    let out = site.build().success().tree();
    // The page shows the newsroom's title...
    assert_eq!(
        out.page("/en/projects/wells/").text("h1").trim(),
        "Wells for Kanem"
    );
    // ...the export the publisher's, its organisation's own type, and nothing the site added.
    let exported = out.text("/data/iati-activities.xml");
    let document = roxmltree::Document::parse(exported).unwrap();
    let activity = document
        .descendants()
        .find(|n| n.has_tag_name("iati-activity"))
        .unwrap();
    let title: Vec<&str> = activity
        .children()
        .find(|n| n.has_tag_name("title"))
        .unwrap()
        .children()
        .filter_map(|n| n.text())
        .filter(|t| !t.trim().is_empty())
        .collect();
    assert_eq!(title, ["Wells", "آبار"]);
    let organisation = activity
        .children()
        .find(|n| n.has_tag_name("participating-org"))
        .unwrap();
    assert_eq!(organisation.attribute("type"), Some("22"));
    assert!(
        !exported.contains("vocabulary=\"7\""),
        "the site's goals stay on the site"
    );
}
