//! Taxonomy term pages (sectors, countries, SDGs, tags) in both languages, with Arabic names,
//! Arabic month names and the numerals site.yaml asks for.

use crate::harness::{Site, Tree};

fn built() -> Tree {
    Site::fixture("terms").build().success().tree()
}

fn has_western_digit(text: &str) -> bool {
    text.chars().any(|c| c.is_ascii_digit())
}

/// The title written in the front matter of the fixture's story `slug` in `lang`.
fn title_of(slug: &str, lang: &str) -> String {
    let path = format!("tests/fixtures/terms/content/stories/{slug}/index.{lang}.md");
    let text = std::fs::read_to_string(path).unwrap();
    let line = text.lines().find(|l| l.starts_with("title:")).unwrap();
    line["title:".len()..].trim().trim_matches('"').to_owned()
}

#[test]
fn term_pages_list_the_stories_that_carry_the_term_in_both_languages() {
    let out = built();
    // From the fixture's front matter: schools is education, SDG 4; clinics is health, SDG 3;
    // both are in Sudan and tagged scholarships, except that the Arabic schools story has its
    // own tag (منح).
    let both = ["clinics", "schools"];
    for lang in ["en", "ar"] {
        let scholarships: &[&str] = if lang == "ar" { &["clinics"] } else { &both };
        for (term, stories) in [
            ("sectors/education", &["schools"][..]),
            ("sectors/health", &["clinics"]),
            ("countries/sd", &both),
            ("sdgs/3", &["clinics"]),
            ("sdgs/4", &["schools"]),
            ("tags/scholarships", scholarships),
        ] {
            let url = format!("/{lang}/{term}/");
            let mut listed = out.page(&url).texts(".card-title a");
            listed.sort();
            let mut expected: Vec<String> = stories.iter().map(|s| title_of(s, lang)).collect();
            expected.sort();
            assert_eq!(listed, expected, "{url}");
        }
    }
}

#[test]
fn country_pages_are_named_in_the_page_language() {
    let out = built();
    assert_eq!(out.page("/en/countries/sd/").text("h1"), "Sudan");
    assert_eq!(out.page("/ar/countries/sd/").text("h1"), "السودان");
    assert_eq!(out.page("/ar/countries/").texts(".term-name"), ["السودان"]);
    let story = out.page("/ar/stories/schools/");
    assert_eq!(story.text(".facet-countries a"), "السودان");
    assert_eq!(
        story.attr(".facet-countries a", "href"),
        "/ar/countries/sd/"
    );
}

#[test]
fn sector_and_goal_pages_are_named_in_the_page_language() {
    let out = built();
    assert_eq!(out.page("/ar/sectors/education/").text("h1"), "التعليم");
    assert_eq!(out.page("/en/sectors/education/").text("h1"), "Education");
    let goal = out.page("/ar/sdgs/4/").text("h1");
    assert!(goal.contains('٤'), "{goal}");
    assert!(!has_western_digit(&goal), "{goal}");
    let goal = out.page("/en/sdgs/4/").text("h1");
    assert!(goal.contains('4'), "{goal}");
}

#[test]
fn arabic_pages_use_arabic_indic_digits() {
    let out = built();
    assert_eq!(out.page("/ar/countries/").texts(".term-count"), ["خبران"]);
    assert_eq!(
        out.page("/en/countries/").texts(".term-count"),
        ["2\u{a0}stories"]
    );
    assert_eq!(out.page("/ar/sdgs/").texts(".sdg-number"), ["٣", "٤"]);
    assert_eq!(
        out.page("/ar/stories/schools/")
            .texts(".facet-sdgs .sdg-number"),
        ["٤"]
    );
}

#[test]
fn arabic_story_date_has_an_arabic_month_name() {
    let out = built();
    let page = out.page("/ar/stories/schools/");
    let time = page.one(".story-meta time");
    assert_eq!(time.text().collect::<String>(), "١٢ مايو ٢٠٢٤");
    assert_eq!(time.value().attr("datetime"), Some("2024-05-12"));
    let english = out.page("/en/stories/schools/");
    assert_eq!(english.text(".story-meta time"), "12 May 2024");
    assert_eq!(
        out.page("/ar/stories/").texts(".card-meta time"),
        ["١٢ مايو ٢٠٢٤", "٣ مارس ٢٠٢٤"]
    );
}

#[test]
fn arabic_tags_get_readable_addresses() {
    let out = built();
    let story = out.page("/ar/stories/schools/");
    let href = story.attr(".facet-tags a", "href");
    assert_eq!(href, "/ar/tags/%D9%85%D9%86%D8%AD/");
    let tag = out.page("/ar/tags/منح/");
    assert_eq!(tag.text("h1"), "منح");
    assert_eq!(
        tag.texts(".card-title a"),
        ["افتتاح اثنتي عشرة مدرسة في دارفور"]
    );
    assert!(!out.has("/en/tags/منح/"));
}

#[test]
fn arabic_pagination_uses_arabic_digits() {
    let site = Site::fixture("terms");
    let config = std::fs::read_to_string(site.root().join("site.yaml")).unwrap();
    site.write("site.yaml", &format!("{config}stories_per_page: 1\n"));
    let out = site.build().success().tree();
    let page = out.page("/ar/stories/page/2/");
    let label = page.text(".pagination-label");
    assert_eq!(label, "الصفحة ٢ من ٢");
    assert_eq!(
        page.texts(".pagination li a:not(.pagination-step)"),
        ["١", "٢"]
    );
    assert_eq!(
        out.page("/en/stories/page/2/").text(".pagination-label"),
        "Page 2 of 2"
    );
}
