//! The newsroom and press kits: kit pages in each language, the archive journalists download,
//! media contacts as vCards, and embargoes that keep a kit out of everything until release.

use std::io::Read;

use crate::harness::{Site, Tree};

const SITE_YAML: &str = r#"title: {en: "Files Newsroom", ar: "غرفة أخبار الملفات"}
base_url: "https://example.org/"
press:
  city: {en: "Doha", ar: "الدوحة"}
  contacts:
    media-office:
      name: {en: "Media Office", ar: "المكتب الإعلامي"}
      role: {en: "Press enquiries", ar: "الاستفسارات الصحفية"}
      email: "media@example.org"
      phone: "+974 4400 0000"
  boilerplate: {en: "We fund schools.", ar: "نموّل المدارس."}
  logo: brand/logo.png
"#;

const PRESS: &str = "press:\n  contact: media-office\n  quotes:\n    - text: \"Every child deserves a school.\"\n      by: \"Amina Saleh\"\n      role: \"Director\"\n  notes: |\n    Figures are illustrative.\n\n    Photos may be used with credit.\n";

/// The local_files fixture (a story with a phone photograph as cover) made a press release.
fn press_site(embargo: Option<&str>) -> Site {
    let site = Site::fixture("local_files");
    site.write("site.yaml", SITE_YAML);
    std::fs::create_dir_all(site.root().join("brand")).unwrap();
    std::fs::copy(
        site.root().join("content/stories/with-cover/cover.jpg"),
        site.root().join("brand/logo.png"),
    )
    .unwrap();
    let embargo = embargo
        .map(|e| format!("embargo: {e}\n"))
        .unwrap_or_default();
    site.write(
        "content/stories/with-cover/index.en.md",
        &format!("---\ntitle: \"Schools open <script>alert(1)</script>\"\ndate: 2024-05-12\nsummary: \"Twelve schools.\"\ncover: cover.jpg\n{embargo}{PRESS}---\nText of the **release**.\n\n![Pupils in class](class.jpg)\n"),
    );
    site.write(
        "content/stories/with-cover/index.ar.md",
        "---\ntitle: \"افتتاح المدارس\"\nsummary: \"اثنتا عشرة مدرسة.\"\npress:\n  contact: media-office\n  quotes:\n    - text: \"لكل طفل حق في مدرسة.\"\n      by: \"أمينة صالح\"\n---\nنص البيان.\n",
    );
    site
}

/// The files of a kit archive, by their name inside the release's folder `slug`.
pub(crate) fn unzip(bytes: &[u8], slug: &str) -> Vec<(String, Vec<u8>)> {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a zip archive");
    (0..archive.len())
        .map(|i| {
            let mut entry = archive.by_index(i).unwrap();
            let mut bytes = Vec::new();
            entry.read_to_end(&mut bytes).unwrap();
            let name = entry.name().unwrap().to_string();
            // Every file sits in one folder named after the release.
            let (folder, inside) = name.split_once('/').expect("a folder");
            assert_eq!(folder, slug, "{name}");
            (inside.to_owned(), bytes)
        })
        .collect()
}

pub(crate) fn entry<'a>(entries: &'a [(String, Vec<u8>)], name: &str) -> &'a [u8] {
    &entries
        .iter()
        .find(|(n, _)| n == name)
        .unwrap_or_else(|| panic!("no {name} in the archive"))
        .1
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

#[test]
fn a_press_release_has_a_kit_page_in_each_language_and_the_newsroom_lists_it() {
    let out = press_site(None).build().success().tree();
    let en = out.page("/en/press/with-cover/");
    assert_eq!(en.lang_dir(), ("en".into(), "ltr".into()));
    assert!(
        en.text("h1").contains("<script>"),
        "the title is text, not markup"
    );
    assert_eq!(
        en.count("script:not([src]):not([type='application/ld+json'])"),
        0
    );
    assert!(en.text(".dateline").contains("Doha, 12 May 2024"));
    assert!(en.text(".prose").contains("Text of the release."));
    assert_eq!(en.text(".quote footer"), "Amina Saleh, Director");
    assert_eq!(en.texts(".notes p").len(), 2);
    assert_eq!(
        en.attr(".kit-contact a[href^='mailto:']", "href"),
        "mailto:media@example.org"
    );
    assert_eq!(
        en.attr(".kit-contact a[href^='tel:']", "href"),
        "tel:+97444000000"
    );
    assert_eq!(
        en.attr(".kit-contact a[download]", "href"),
        "/press/contacts/media-office.vcf"
    );
    // Every image with its caption, credit, size and a full-size download.
    let downloads: Vec<String> = en
        .select(".media-item a[download]")
        .iter()
        .map(|a| a.value().attr("href").unwrap().to_owned())
        .collect();
    assert_eq!(
        downloads,
        [
            "/en/stories/with-cover/class.jpg",
            "/en/stories/with-cover/cover.jpg"
        ]
    );
    assert!(en.text(".media-library").contains("The school yard."));
    assert!(en.text(".media-library").contains("20 × 40 pixels"));
    assert!(en.text(".boilerplate").contains("We fund schools."));
    assert_eq!(
        en.attr(".boilerplate a[download]", "href"),
        "/press/logo.png"
    );
    // Snippets for embassies carry the absolute address, escaped.
    let card = en.text("#snippet-card");
    assert!(card.contains("https://example.org/en/press/with-cover/"));
    assert!(card.contains("&lt;script&gt;") && !card.contains("<script>"));
    // The other language's kit.
    assert_eq!(
        en.attr("a.translation-link[hreflang='ar']", "href"),
        "/ar/press/with-cover/"
    );
    let ar = out.page("/ar/press/with-cover/");
    assert_eq!(ar.lang_dir(), ("ar".into(), "rtl".into()));
    assert!(ar.text(".dateline").contains("الدوحة، 12 مايو 2024"));
    assert_eq!(ar.text(".quote p"), "لكل طفل حق في مدرسة.");

    let newsroom = out.page("/en/press/");
    assert_eq!(
        newsroom.attr(".release-card h3 a", "href"),
        "/en/press/with-cover/"
    );
    assert_eq!(
        newsroom.attr(".release-card a[download]", "href"),
        "/press/with-cover.zip"
    );
    assert!(newsroom.text(".contact-card").contains("Media Office"));
    assert!(
        newsroom
            .select(".feed-links a")
            .iter()
            .any(|a| a.value().attr("href") == Some("https://example.org/en/press/feed.xml"))
    );
    assert!(
        out.page("/ar/press/")
            .text(".contact-card")
            .contains("المكتب الإعلامي")
    );
    let vcard = out.text("/press/contacts/media-office.vcf");
    for line in [
        "BEGIN:VCARD\r\n",
        "FN:Media Office\r\n",
        "EMAIL;TYPE=INTERNET,WORK:media@example.org\r\n",
        "TEL;TYPE=WORK,VOICE:+97444000000\r\n",
    ] {
        assert!(vcard.contains(line), "{line:?} missing from {vcard}");
    }
}

#[test]
fn the_archive_holds_both_languages_and_clean_images_and_is_the_same_every_build() {
    let site = press_site(None);
    let out = site.build().success().tree();
    let bytes = out.bytes("/press/with-cover.zip").to_vec();
    let entries = unzip(&bytes, "with-cover");
    let names: Vec<&str> = entries.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        names,
        [
            "README.txt",
            "contact.vcf",
            "facts.csv",
            "images/class.jpg",
            "images/cover.jpg",
            "images/images.csv",
            "logo.png",
            "press-release.ar.html",
            "press-release.ar.md",
            "press-release.ar.txt",
            "press-release.en.html",
            "press-release.en.md",
            "press-release.en.txt",
        ]
    );
    // The logo (a phone photograph here) is cleaned like every published image: in the kit and
    // at its own address, a real PNG with no trace of the camera.
    for logo in [entry(&entries, "logo.png"), out.bytes("/press/logo.png")] {
        for secret in [&b"Exif"[..], b"PhoneMaker", b"Model X"] {
            assert!(!contains(logo, secret), "the logo still holds {secret:?}");
        }
        assert_eq!(image::guess_format(logo).unwrap(), image::ImageFormat::Png);
    }
    let text = |name: &str| String::from_utf8(entry(&entries, name).to_vec()).unwrap();
    assert!(text("README.txt").contains("افتتاح المدارس"));
    assert!(text("README.txt").contains("media@example.org"));
    assert!(text("press-release.ar.txt").contains("نص البيان."));
    assert!(text("press-release.en.md").contains("Text of the **release**."));
    assert!(text("press-release.en.txt").contains("Text of the release."));
    let html = text("press-release.ar.html");
    assert!(html.contains("<html lang=\"ar\" dir=\"rtl\">"));
    assert!(!html.contains("<script>alert"));
    assert!(text("images/images.csv").starts_with('\u{feff}'));
    assert!(text("images/images.csv").contains(
        "images/cover.jpg,A red and white photograph,صورة حمراء وبيضاء,The school yard.,ساحة المدرسة.,Photo: Example / Illustrative,Photo: Example / Illustrative,"
    ));
    // The HTML and markdown stand alone: images from the archive, links to the site.
    let english = text("press-release.en.html");
    assert!(english.contains("src=\"images/class.jpg\""), "{english}");
    assert!(text("press-release.en.md").contains("](images/class.jpg)"));
    assert!(text("facts.csv").starts_with("\u{feff}kind,id,fact_en,fact_ar,value"));
    assert!(text("contact.vcf").contains("FN:Media Office\r\n"));
    for image in ["images/cover.jpg", "images/class.jpg"] {
        let published = entry(&entries, image);
        for secret in [&b"Exif"[..], b"PhoneMaker", b"GPS"] {
            assert!(
                !contains(published, secret),
                "{image} still holds {secret:?}"
            );
        }
        image::load_from_memory(published).unwrap_or_else(|e| panic!("{image}: {e}"));
    }
    let again = site.build().success().tree();
    assert!(
        again.bytes("/press/with-cover.zip") == bytes.as_slice(),
        "the archive changed between builds"
    );
}

#[test]
fn facts_come_from_the_release_s_indicators_and_projects() {
    let site = Site::fixture("data");
    let config = std::fs::read_to_string(site.root().join("site.yaml")).unwrap();
    let press =
        &SITE_YAML[SITE_YAML.find("press:").unwrap()..].replace("  logo: brand/logo.png\n", "");
    site.write("site.yaml", &format!("{config}\n{press}"));
    let story = site.root().join("content/stories/wells/index.en.md");
    let text = std::fs::read_to_string(&story).unwrap();
    let with_press = text.replacen("---\n", &format!("---\n{PRESS}"), 1);
    std::fs::write(&story, with_press).unwrap();
    let out = site.build().success().tree();
    let kit = out.page("/en/press/wells/");
    assert_eq!(kit.count(".key-facts .indicator-card"), 1);
    assert_eq!(kit.count(".key-facts .project-card"), 1);
    let entries = unzip(out.bytes("/press/wells.zip"), "wells");
    let facts = String::from_utf8(entry(&entries, "facts.csv").to_vec()).unwrap();
    let mut reader = csv::Reader::from_reader(facts.trim_start_matches('\u{feff}').as_bytes());
    let header = reader.headers().unwrap().clone();
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let column = |row: &csv::StringRecord, name: &str| {
        let at = header.iter().position(|h| h == name).unwrap();
        row[at].to_owned()
    };

    // The indicator's row, computed from its file: the latest figure, its target and the share
    // of the way from the baseline to the target.
    let read = |path: &str| -> serde_json::Value {
        let text = std::fs::read_to_string(site.root().join(path)).unwrap();
        serde_saphyr::from_str(&text).unwrap()
    };
    let indicator = read("content/indicators/wells-built.yaml");
    let number = |v: &serde_json::Value| v.as_f64().unwrap();
    let latest = indicator["series"]
        .as_array()
        .unwrap()
        .iter()
        .max_by_key(|point| point["year"].as_i64().unwrap())
        .unwrap();
    let (baseline, target) = (&indicator["baseline"], &indicator["target"]);
    let progress = (number(&latest["value"]) - number(&baseline["value"]))
        / (number(&target["value"]) - number(&baseline["value"]))
        * 100.0;
    let row = rows.iter().find(|r| &r[0] == "indicator").expect(&facts);
    assert_eq!(column(row, "id"), "wells-built");
    assert_eq!(
        column(row, "fact_en"),
        indicator["title"]["en"].as_str().unwrap()
    );
    assert_eq!(
        column(row, "fact_ar"),
        indicator["title"]["ar"].as_str().unwrap()
    );
    assert_eq!(column(row, "value"), latest["value"].to_string());
    assert_eq!(
        column(row, "unit_ar"),
        indicator["unit"]["ar"].as_str().unwrap()
    );
    assert_eq!(column(row, "year"), latest["year"].to_string());
    assert_eq!(column(row, "target"), target["value"].to_string());
    assert_eq!(column(row, "target_year"), target["year"].to_string());
    assert_eq!(column(row, "progress_percent"), format!("{progress:.0}"));

    // The project's rows: its budget, the people it reaches and where it works.
    let project = read("content/projects/village-wells.yaml");
    let mut project_facts: Vec<(String, String)> = rows
        .iter()
        .filter(|r| &r[0] == "project")
        .map(|r| (column(r, "value"), column(r, "unit_en")))
        .collect();
    project_facts.sort();
    let mut expected = vec![
        (
            project["budget"]["amount"].to_string(),
            project["budget"]["currency"].as_str().unwrap().to_owned(),
        ),
        (project["beneficiaries"].to_string(), String::new()),
        (
            project["countries"][0].as_str().unwrap().to_owned(),
            "ISO 3166-1".to_owned(),
        ),
    ];
    expected.sort();
    assert_eq!(project_facts, expected, "{facts}");
    for row in &rows {
        assert!(matches!(&row[0], "indicator" | "project"));
        assert!(
            row[4]
                .chars()
                .all(|c| c.is_ascii_digit() || " .-ABCDEFGHIJKLMNOPQRSTUVWXYZ".contains(c)),
            "Western digits: {row:?}"
        );
    }
}

fn everywhere(out: &Tree, needle: &str) -> Vec<String> {
    out.containing(needle)
        .into_iter()
        .map(str::to_owned)
        .collect()
}

#[test]
fn an_embargoed_kit_appears_nowhere_until_released_and_in_preview_only_marked() {
    let site = press_site(Some("2026-06-01T09:00:00+03:00"));
    let out = site.build().success().tree();
    for url in [
        "/en/press/with-cover/",
        "/ar/press/with-cover/",
        "/press/with-cover.zip",
        "/en/stories/with-cover/",
        "/share/en/stories/with-cover.png",
    ] {
        assert!(!out.has(url), "{url} exists before the embargo");
    }
    assert_eq!(everywhere(&out, "with-cover"), Vec::<String>::new());
    assert_eq!(out.page("/en/press/").count(".release-card"), 0);

    let preview = site.build_with(&["--preview"]).success().tree();
    let kit = preview.page("/en/press/with-cover/");
    let banner = kit.text(".embargo-banner");
    assert!(
        banner.contains("1 June 2026, 09:00 Doha time (AST, UTC+3)"),
        "{banner}"
    );
    let embargoed = unzip(preview.bytes("/press/with-cover.zip"), "with-cover");
    for name in ["README.txt", "press-release.en.txt", "press-release.ar.md"] {
        let text = String::from_utf8(entry(&embargoed, name).to_vec()).unwrap();
        assert!(
            text.contains("EMBARGOED") || text.contains("محظور النشر"),
            "{name} does not say it is embargoed"
        );
    }
    assert_eq!(kit.attr("meta[name=robots]", "content"), "noindex");
    assert_eq!(
        preview
            .page("/en/stories/with-cover/")
            .attr("meta[name=robots]", "content"),
        "noindex"
    );
    assert!(preview.text("/robots.txt").contains("Disallow: /"));
    assert!(
        preview
            .page("/ar/press/with-cover/")
            .text(".embargo-banner")
            .contains("بتوقيت قطر")
    );
    assert!(preview.has("/press/with-cover.zip"));

    let released = site
        .build_with(&["--now", "2026-06-01T06:00:01Z"])
        .success()
        .tree();
    let kit = released.page("/en/press/with-cover/");
    assert_eq!(kit.count(".embargo-banner"), 0);
    assert_eq!(kit.count("meta[name=robots]"), 0);
    assert!(released.text("/en/press/feed.xml").contains("with-cover"));
    assert!(
        released
            .text("/sitemap.xml")
            .contains("/en/press/with-cover/")
    );
}

#[test]
fn press_mistakes_are_reported_at_their_line_with_the_fix() {
    let site = press_site(None);
    site.write(
        "content/stories/with-cover/index.ar.md",
        "---\ntitle: \"افتتاح المدارس\"\npress:\n  contact: media-ofice\n---\nنص.\n",
    );
    site.build()
        .fails_with(1)
        .reports(
            "content/stories/with-cover/index.ar.md",
            4,
            "error",
            "there is no press contact `media-ofice`",
        )
        .stderr_has("did you mean `media-office`?");

    let site = press_site(None);
    site.write(
        "site.yaml",
        &SITE_YAML
            .replace("media@example.org", "media at example")
            .replace("brand/logo.png", "brand/missing.png"),
    );
    site.build()
        .fails_with(1)
        .reports("site.yaml", 9, "error", "is not an address")
        .reports("site.yaml", 12, "error", "cannot read the logo");
}

#[test]
fn doubtful_releases_are_warned_about_and_still_built() {
    let site = press_site(Some("2017-01-12T09:00:00+03:00"));
    // The Arabic file gives its own city for the dateline in both scripts, and no quotes.
    site.write(
        "content/stories/with-cover/index.ar.md",
        "---\ntitle: \"افتتاح المدارس\"\n---\nنص البيان.\n",
    );
    let en = std::fs::read_to_string(site.root().join("content/stories/with-cover/index.en.md"))
        .unwrap();
    site.write(
        "content/stories/with-cover/index.en.md",
        &en.replace(
            "  contact: media-office\n",
            "  city: {en: \"Aden\", ar: \"عدن\"}\n",
        ),
    );
    let run = site
        .build()
        .success()
        .reports(
            "content/stories/with-cover/index.en.md",
            6,
            "warning",
            "the embargo ends before the story's date",
        )
        .reports(
            "content/stories/with-cover/index.en.md",
            7,
            "warning",
            "names no media contact",
        )
        .reports(
            "content/stories/with-cover/index.ar.md",
            2,
            "warning",
            "has no `press:` of its own",
        );
    let out = run.tree();
    assert!(
        out.page("/en/press/with-cover/")
            .text(".dateline")
            .starts_with("Aden, 12 May 2024")
    );
    assert!(
        out.page("/ar/press/with-cover/")
            .text(".dateline")
            .starts_with("عدن، 12 مايو 2024")
    );
}
