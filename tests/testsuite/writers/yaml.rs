//! Front matter as Word and an Arabic keyboard write it.

use crate::harness::Site;

const EN: &str = "content/stories/hello/index.en.md";
const AR: &str = "content/stories/hello/index.ar.md";

#[test]
fn tags_typed_with_the_arabic_comma_are_separate_tags() {
    let site = Site::fixture("minimal");
    site.write(
        AR,
        "---\ntitle: \"مرحبا بالعالم\"\nsummary: \"الخبر الأول.\"\ntags: [المدارس، غزة؛ التعليم]\nsectors: [education، health]\n---\nنص.\n",
    );
    let tree = site.build().success().tree();
    for tag in ["المدارس", "غزة", "التعليم"] {
        assert!(
            tree.has(&format!("/ar/tags/{tag}/")),
            "no page for the tag {tag}"
        );
    }
    let page = tree.page("/ar/stories/hello/");
    let tags: Vec<String> = page
        .select("a[href^='/ar/tags/']")
        .into_iter()
        .map(|a| a.text().collect::<String>().trim().to_owned())
        .collect();
    assert!(
        tags.iter().all(|t| !t.contains('،') && !t.contains('؛')),
        "{tags:?}"
    );
    for sector in ["education", "health"] {
        assert!(tree.has(&format!("/ar/sectors/{sector}/")), "{sector}");
    }
}

#[test]
fn a_value_in_curly_quotes_from_word_is_refused_at_its_line() {
    let site = Site::fixture("minimal");
    site.write(
        EN,
        "---\ntitle: “Qatar opens a school”\ndate: 2024-05-12\nsummary: \"He said: “yes”\"\n---\nText.\n",
    );
    site.write(
        AR,
        "---\ntitle: ”مرحبا بالعالم“\nsummary: \"الخبر الأول.\"\n---\nنص.\n",
    );
    site.build()
        .fails_with(1)
        .reports(EN, 2, "error", "this value is in curly quotes")
        .reports(AR, 2, "error", "this value is in curly quotes")
        .stderr_has("type straight quotes")
        // Curly quotes inside quoted text are the writer's own.
        .stderr_lacks(&format!("{EN}:4:"));
    let yaml = std::fs::read_to_string(site.root().join("site.yaml")).unwrap();
    let site = Site::fixture("minimal");
    site.write(
        "site.yaml",
        &yaml.replace("\"Minimal Newsroom\"", "“Minimal Newsroom”"),
    );
    site.build()
        .fails_with(1)
        .reports("site.yaml", 1, "error", "this value is in curly quotes");
}
