//! A press release as wire services and embassies take it: the release line and time at its
//! head, its length and the archive's size, the end mark, a clean text version, an archive
//! that explains every file in it, and the story page pointing journalists to its kit.

use jiff::Timestamp;
use jiff::tz::{Offset, TimeZone};

use crate::harness::{Site, Tree};
use crate::press::{entry, unzip};

const SITE_YAML: &str = r#"title: {en: "Files Newsroom", ar: "غرفة أخبار الملفات"}
base_url: "https://example.org/"
timezone: "+03:00"
press:
  city: {en: "Doha", ar: "الدوحة"}
  contacts:
    media-office:
      name: {en: "Media Office", ar: "المكتب الإعلامي"}
      email: "media@example.org"
  boilerplate: {en: "We fund schools.", ar: "نموّل المدارس."}
  logo: brand/logo.png
"#;

/// The site's offset from UTC, as site.yaml above writes it.
const ZONE_HOURS: i8 = 3;

/// Released at 07:30 UTC: 10:30 in Doha.
const DATE: &str = "2024-05-12T07:30:00Z";

const BODY_EN: &str = "Twelve schools *opened* today in **Darfur**, with [UNICEF](https://example.org/unicef) — a first.\n\nClasses start on Sunday.\n\n![Illustration: pupils in class](class.jpg)\n";
const BODY_AR: &str =
    "افتُتحت اليوم **اثنتا عشرة** مدرسة في دارفور.\n\n![رسم توضيحي: تلاميذ في الصف](class.jpg)\n";

const CREDITS: [(&str, &str); 2] = [
    ("class.jpg", "Photo: Class Photographer"),
    ("cover.jpg", "Photo: Cover Photographer"),
];

/// The local_files fixture (a story with a cover and a photo in its text) as a press release,
/// under `embargo` when one is given.
fn release_site(embargo: Option<&str>) -> Site {
    let site = Site::fixture("local_files");
    site.write("site.yaml", SITE_YAML);
    std::fs::create_dir_all(site.root().join("brand")).unwrap();
    std::fs::copy(
        site.root().join("content/stories/with-cover/cover.jpg"),
        site.root().join("brand/logo.png"),
    )
    .unwrap();
    let images: String = CREDITS
        .iter()
        .map(|(name, credit)| {
            format!("{name}:\n  alt: {{en: \"A yard\", ar: \"ساحة\"}}\n  credit: \"{credit}\"\n")
        })
        .collect();
    site.write("content/stories/with-cover/images.yaml", &images);
    let embargo = embargo
        .map(|e| format!("embargo: {e}\n"))
        .unwrap_or_default();
    site.write(
        "content/stories/with-cover/index.en.md",
        &format!("---\ntitle: \"Schools open\"\nsummary: \"Twelve schools.\"\ndate: {DATE}\ncover: cover.jpg\n{embargo}press:\n  contact: media-office\n---\n{BODY_EN}"),
    );
    site.write(
        "content/stories/with-cover/index.ar.md",
        &format!("---\ntitle: \"افتتاح المدارس\"\nsummary: \"اثنتا عشرة مدرسة.\"\n---\n{BODY_AR}"),
    );
    site
}

/// The words a reader sees in the markdown above: no image lines, no emphasis marks, a link's
/// text without its address, no lone dashes.
fn words_read(markdown: &str) -> usize {
    markdown
        .lines()
        .filter(|line| !line.starts_with("!["))
        .map(|line| {
            let mut text = line.replace('*', "");
            while let (Some(open), Some(close)) = (text.find("]("), text.find(')')) {
                text.replace_range(open..=close, "");
            }
            text.replace('[', "")
        })
        .map(|line| {
            line.split_whitespace()
                .filter(|w| w.chars().any(char::is_alphanumeric))
                .count()
        })
        .sum()
}

/// `instant` in the site's zone, and that zone's offset as written after "UTC" (`+03:00`).
fn local(instant: &str) -> (jiff::Zoned, String) {
    let zone = TimeZone::fixed(Offset::constant(ZONE_HOURS));
    let zoned = instant.parse::<Timestamp>().unwrap().to_zoned(zone);
    let offset = zoned.strftime("%:z").to_string();
    (zoned, offset)
}

fn english_month(zoned: &jiff::Zoned) -> String {
    format!("{} {} {}", zoned.day(), zoned.strftime("%B"), zoned.year())
}

#[test]
fn a_kit_says_it_may_run_now_when_it_was_issued_how_long_it_is_and_its_archive_size() {
    let out: Tree = release_site(None).build().success().tree();
    let en = out.page("/en/press/with-cover/");
    assert_eq!(en.text(".release-line"), "FOR IMMEDIATE RELEASE");
    let (zoned, offset) = local(DATE);
    assert_eq!(offset, "+03:00");
    let time = zoned.strftime("%H:%M").to_string();
    assert_eq!(
        en.text(".release-time time"),
        format!("Doha, {}, {time} (UTC{offset})", english_month(&zoned))
    );
    assert_eq!(
        en.text(".word-count"),
        format!("Word count: {}", words_read(BODY_EN))
    );
    // The size of the archive bayan wrote, as a file manager shows it.
    let bytes = out.bytes("/press/with-cover.zip").len();
    let size = if bytes >= 1_000_000 {
        format!("{:.1} MB", bytes as f64 / 1_000_000.0)
    } else {
        format!("{} kB", bytes.div_ceil(1000))
    };
    assert_eq!(en.text(".file-size"), format!("({size})"));
    assert_eq!(en.text(".release-ends"), "ENDS");

    let ar = out.page("/ar/press/with-cover/");
    assert_eq!(ar.text(".release-line"), "للنشر الفوري");
    assert_eq!(
        ar.text(".release-time time"),
        format!(
            "الدوحة، {} مايو {}، الساعة {time} (بتوقيت UTC{offset})",
            zoned.day(),
            zoned.year()
        )
    );
    assert_eq!(
        ar.text(".word-count"),
        format!("عدد الكلمات: {}", words_read(BODY_AR))
    );
    assert_eq!(ar.text(".release-ends"), "-انتهى-");
    let size_ar = size.replace(" kB", " كيلوبايت").replace(" MB", " ميغابايت");
    assert_eq!(ar.text(".file-size"), format!("({size_ar})"));
}

#[test]
fn a_release_that_was_held_keeps_its_embargo_line_once_out() {
    let until = "2026-06-01T09:00:00+03:00";
    let released = release_site(Some(until))
        .build_with(&["--now", "2026-06-01T06:00:01Z"])
        .success()
        .tree();
    let (zoned, offset) = local(until);
    let kit = released.page("/en/press/with-cover/");
    assert_eq!(
        kit.text(".release-line"),
        format!(
            "EMBARGOED UNTIL {}, {} (UTC{offset})",
            english_month(&zoned),
            zoned.strftime("%H:%M")
        )
    );
    assert!(
        released
            .page("/ar/press/with-cover/")
            .text(".release-line")
            .starts_with("محظور النشر حتى ")
    );
}

#[test]
fn the_text_version_is_clean_wire_copy_and_the_readme_explains_every_file() {
    let out = release_site(None).build().success().tree();
    let entries = unzip(out.bytes("/press/with-cover.zip"), "with-cover");
    let text = |name: &str| String::from_utf8(entry(&entries, name).to_vec()).unwrap();
    let english = text("press-release.en.txt");
    for absent in ["[Illustration", "pupils in class", "**", "]("] {
        assert!(!english.contains(absent), "{absent:?} in:\n{english}");
    }
    let lines: Vec<&str> = english.lines().collect();
    assert_eq!(lines[0], "Schools open");
    assert!(lines.contains(&"FOR IMMEDIATE RELEASE"), "{english}");
    assert!(english.contains(
        "Twelve schools opened today in Darfur, with UNICEF (https://example.org/unicef)"
    ));
    for (name, credit) in CREDITS {
        assert!(
            english.contains(&format!("images/{name}: A yard — {credit}\n")),
            "no credit of {name} in:\n{english}"
        );
    }
    // The end mark closes the release, before the boilerplate.
    let ends = english.find("\nENDS\n").expect("an end mark");
    assert!(ends > english.find("Classes start on Sunday.").unwrap());
    assert!(ends < english.find("We fund schools.").unwrap());
    let arabic = text("press-release.ar.txt");
    assert!(arabic.contains("\n-انتهى-\n") && !arabic.contains("رسم توضيحي"));

    let readme = text("README.txt");
    for (name, _) in &entries {
        if name != "README.txt" {
            assert!(
                readme
                    .lines()
                    .any(|l| l.trim_start().starts_with(&format!("{name}:"))),
                "README.txt does not name {name}:\n{readme}"
            );
        }
    }
}

#[test]
fn the_story_of_a_release_links_to_its_kit_and_credits_its_photos() {
    let out = release_site(None).build().success().tree();
    for lang in ["en", "ar"] {
        let story = out.page(&format!("/{lang}/stories/with-cover/"));
        let kit = story.attr(".press-kit-link a", "href");
        assert_eq!(kit, format!("/{lang}/press/with-cover/"));
        assert!(out.has(&kit), "the link to {kit} leads nowhere");
        // The photo in the text, not only the cover, says whose it is.
        assert_eq!(story.texts(".prose .photo-credit"), [CREDITS[0].1]);
    }
}

#[test]
fn a_release_dated_by_its_day_alone_gives_no_time_of_day() {
    let site = release_site(None);
    let story = site.root().join("content/stories/with-cover/index.en.md");
    let text = std::fs::read_to_string(&story).unwrap();
    std::fs::write(
        &story,
        text.replace(&format!("date: {DATE}"), "date: 2024-05-12"),
    )
    .unwrap();
    let out = site.build().success().tree();
    let en = out.page("/en/press/with-cover/");
    assert_eq!(en.text(".release-time time"), "Doha, 12 May 2024");
}
