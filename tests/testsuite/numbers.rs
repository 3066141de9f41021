//! Numbers as readers of each language expect them: counts in their plural forms, money with the
//! currency's name and the language's separators, no Latin comma in Arabic, year ranges that do
//! not break, and, with `hijri: true`, the Umm al-Qura date beside the Gregorian one.

use crate::harness::{Page, Site, Tree};

/// Arabic-Indic digits for the Western ones of `text`, as `numerals: {ar: arab}` asks.
fn arabic_digits(text: &str) -> String {
    text.chars()
        .map(|c| match c.to_digit(10) {
            Some(d) => char::from_u32(0x0660 + d).unwrap(),
            None => c,
        })
        .collect()
}

/// `n` with a separator between each group of three digits.
fn grouped(n: u64, separator: char) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(separator);
        }
        out.push(c);
    }
    out
}

/// The tags of the story numbered `i` (0 to 99): `n100` on all hundred stories, `n11` on the
/// first eleven, and so on, so that tag `nK` holds exactly K stories.
const TAG_SIZES: [usize; 5] = [1, 2, 3, 11, 100];

fn counted_site() -> Site {
    let site = Site::fixture("numbers");
    for i in 0..100 {
        let tags: Vec<String> = TAG_SIZES
            .iter()
            .filter(|size| i < **size)
            .map(|size| format!("n{size}"))
            .collect();
        let tags = tags.join(", ");
        for lang in ["en", "ar"] {
            site.write(
                &format!("content/stories/s{i}/index.{lang}.md"),
                &format!("---\ntitle: \"Story {i} {lang}\"\ndate: 2024-01-02\ntags: [{tags}]\n---\nText.\n"),
            );
        }
    }
    site
}

/// The count shown beside each tag of a taxonomy index, by the tag's name.
fn counts(page: &Page) -> Vec<(String, String)> {
    page.select(".term-list li")
        .iter()
        .map(|li| {
            let text = |css: &str| {
                let selector = scraper::Selector::parse(css).unwrap();
                li.select(&selector)
                    .next()
                    .unwrap()
                    .text()
                    .collect::<String>()
            };
            (
                text(".term-name"),
                text(".term-count").replace('\u{a0}', " "),
            )
        })
        .collect()
}

#[test]
fn term_counts_take_the_plural_form_of_each_language() {
    let out = counted_site().build().success().tree();
    let sorted = |mut pairs: Vec<(String, String)>| {
        pairs.sort();
        pairs
    };
    let arabic = |n: usize, word: &str| match n {
        1 => "خبر واحد".to_owned(),
        2 => "خبران".to_owned(),
        _ => format!("{} {word}", arabic_digits(&n.to_string())),
    };
    // Arabic: 3 to 10 take the plural أخبار, 11 to 99 the singular accusative خبراً, 100 the
    // singular genitive خبر.
    let expected_ar = sorted(vec![
        ("n1".into(), arabic(1, "")),
        ("n2".into(), arabic(2, "")),
        ("n3".into(), arabic(3, "أخبار")),
        ("n11".into(), arabic(11, "خبراً")),
        ("n100".into(), arabic(100, "خبر")),
    ]);
    assert_eq!(sorted(counts(&out.page("/ar/tags/"))), expected_ar);
    let expected_en = sorted(vec![
        ("n1".into(), "1 story".into()),
        ("n2".into(), "2 stories".into()),
        ("n3".into(), "3 stories".into()),
        ("n11".into(), "11 stories".into()),
        ("n100".into(), "100 stories".into()),
    ]);
    assert_eq!(sorted(counts(&out.page("/en/tags/"))), expected_en);
}

#[test]
fn goal_counts_say_what_they_count() {
    let out = Site::fixture("numbers").build().success().tree();
    // The fixture's story, project and indicator are all filed under goal 6; a line may break
    // between the three, not inside one (no-break spaces).
    for (lang, expected) in [
        ("ar", ["خبر واحد", "مشروع واحد", "مؤشر واحد"]),
        ("en", ["1 story", "1 project", "1 indicator"]),
    ] {
        let shown = out.page(&format!("/{lang}/sdgs/")).texts(".term-count");
        let unbroken = expected
            .map(|count| count.replace(' ', "\u{a0}"))
            .join(" · ");
        assert_eq!(shown, [unbroken], "{lang}");
    }
}

/// The budget written in the fixture's project file.
fn budget_in_fixture() -> u64 {
    let text =
        std::fs::read_to_string("tests/fixtures/numbers/content/projects/wells.yaml").unwrap();
    let line = text.lines().find(|l| l.starts_with("budget:")).unwrap();
    let amount = line
        .split("amount:")
        .nth(1)
        .unwrap()
        .split(',')
        .next()
        .unwrap();
    amount.trim().parse().unwrap()
}

#[test]
fn budgets_name_their_currency_in_the_page_language_with_its_separators() {
    let out = Site::fixture("numbers").build().success().tree();
    let budget = budget_in_fixture();
    // Arabic-Indic digits take the Arabic thousands separator ٬ (U+066C), then the currency's
    // Arabic name; English groups with commas and names the currency after the amount.
    let arabic = format!(
        "{} دولار أمريكي",
        arabic_digits(&grouped(budget, '\u{066C}'))
    );
    let english = format!("{} US dollars", grouped(budget, ','));
    let page = out.page("/ar/projects/wells/");
    assert!(
        page.texts(".figures-large dd bdi").contains(&arabic),
        "{:?} lacks {arabic}",
        page.texts(".figures-large dd bdi")
    );
    let page = out.page("/en/projects/wells/");
    assert!(
        page.texts(".figures-large dd bdi").contains(&english),
        "{:?} lacks {english}",
        page.texts(".figures-large dd bdi")
    );
}

#[test]
fn the_indicator_figure_in_arabic_has_no_latin_comma() {
    let out = Site::fixture("numbers").build().success().tree();
    let year = out
        .page("/ar/stories/ramadan/")
        .text(".indicator-figure .figure-year");
    assert!(!year.contains(','), "{year}");
    assert!(year.contains('،'), "{year}");
    assert!(year.contains(&arabic_digits("2024")), "{year}");
}

#[test]
fn year_ranges_are_joined_so_they_do_not_break() {
    let out = Site::fixture("numbers").build().success().tree();
    // The fixture's project runs from 2022 to 2024.
    let joined = "\u{2060}–\u{2060}";
    let ar = format!("{}{joined}{}", arabic_digits("2022"), arabic_digits("2024"));
    let card = out.page("/ar/projects/").texts(".project-card .card-meta");
    assert!(card.iter().any(|meta| meta.contains(&ar)), "{card:?}");
    let card = out.page("/en/projects/").texts(".project-card .card-meta");
    assert!(
        card.iter()
            .any(|meta| meta.contains(&format!("2022{joined}2024"))),
        "{card:?}"
    );
}

/// 1 Ramadan 1444 AH was 23 March 2023 in the Umm al-Qura calendar (the fixture story's date);
/// the era is kept on the year's line.
const HIJRI_AR: &str = "١ رمضان ١٤٤٤\u{a0}هـ";

/// The `<time>` elements of `css` on `url` whose text is the Hijri date.
fn hijri_times(out: &Tree, url: &str, css: &str) -> Vec<String> {
    let page = out.page(url);
    page.select(&format!("{css} time"))
        .iter()
        .filter(|t| t.text().collect::<String>() == HIJRI_AR)
        .map(|t| t.value().attr("datetime").unwrap_or_default().to_owned())
        .collect()
}

#[test]
fn arabic_pages_give_the_umm_al_qura_date_beside_the_gregorian_one() {
    let out = Site::fixture("numbers").build().success().tree();
    for (url, css) in [
        ("/ar/stories/ramadan/", ".story-meta"),
        ("/ar/stories/", ".card-meta"),
        ("/ar/press/ramadan/", ".dateline"),
    ] {
        assert_eq!(hijri_times(&out, url, css), ["2023-03-23"], "{url}");
    }
    let story = out.page("/ar/stories/ramadan/");
    assert_eq!(
        story.texts(".story-meta time")[0],
        format!("{} مارس {}", arabic_digits("23"), arabic_digits("2023"))
    );
    let english = out.page("/en/stories/ramadan/");
    assert_eq!(english.count(".story-meta time"), 1);
    assert!(!out.text("/en/press/ramadan/index.html").contains("1444"));
}

#[test]
fn without_hijri_there_is_only_the_gregorian_date() {
    let site = Site::fixture("numbers");
    let yaml = std::fs::read_to_string(site.root().join("site.yaml")).unwrap();
    site.write("site.yaml", &yaml.replace("hijri: true\n", ""));
    let out = site.build().success().tree();
    for (url, css) in [
        ("/ar/stories/ramadan/", ".story-meta"),
        ("/ar/stories/", ".card-meta"),
        ("/ar/press/ramadan/", ".dateline"),
    ] {
        assert_eq!(hijri_times(&out, url, css), Vec::<String>::new(), "{url}");
        assert!(!out.page(url).html.html().contains("رمضان ١٤٤٤"), "{url}");
    }
}

#[test]
fn a_theme_may_give_one_text_for_every_count_and_is_told_of_a_misspelt_form() {
    let site = Site::fixture("numbers");
    site.write(
        "themes/default/i18n/en.yaml",
        "stories_count: \"{n} × story\"\n",
    );
    let out = site.build().success().tree();
    assert_eq!(
        out.page("/en/sdgs/").texts(".term-count"),
        ["1\u{a0}×\u{a0}story · 1\u{a0}project · 1\u{a0}indicator"]
    );
    site.write(
        "themes/default/i18n/en.yaml",
        "home: Home\nstories_count: {one: \"{n} story\", ohter: \"{n} stories\"}\n",
    );
    site.build()
        .fails_with(1)
        .reports("themes/default/i18n/en.yaml", 2, "error", "ohter");
}
