//! Every value from front matter is escaped for its context: hostile titles, summaries and tags
//! come out as the same text, never as markup.

use crate::harness::{Site, Tree};

const TITLE: &str = r#"<script>alert(1)</script> "quotes" & 'apostrophes'"#;
const SUMMARY: &str = r#"Summary </p><script>alert(2)</script> with "double" & 'single' quotes"#;
const SITE_TITLE: &str = r#"Site <script>alert(9)</script> & "co""#;
const SITE_DESCRIPTION: &str = r#"Described <img src=x onerror=alert(10)> & "quoted""#;
const ARABIC_TITLE: &str = "<script>alert(3)</script> «عنوان» & 'اقتباس'";

fn built() -> Tree {
    Site::fixture("escaping").build().success().tree()
}

#[test]
fn no_page_contains_a_script_element() {
    let out = built();
    let mut pages = 0;
    for page in out.pages() {
        pages += 1;
        // Only the theme's own script files, loaded from the site itself, and structured data,
        // which browsers do not run and which must read back as JSON.
        for script in page.select("script") {
            if script.value().attr("type") == Some("application/ld+json") {
                let text: String = script.text().collect();
                assert!(serde_json::from_str::<serde_json::Value>(&text).is_ok());
                assert!(!text.contains('<'), "{}: {text}", page.url);
                continue;
            }
            let src = script.value().attr("src").unwrap_or("");
            assert!(
                src.starts_with("/js/") && script.text().next().is_none(),
                "{} has a <script> that is not the theme's: {src:?}",
                page.url
            );
        }
    }
    assert!(pages > 0);
    let raw: Vec<&str> = out
        .files
        .iter()
        .filter(|(_, bytes)| {
            String::from_utf8_lossy(bytes)
                .replace("<script src=\"/js/", "")
                .replace("<script type=\"application/ld+json\">", "")
                .contains("<script")
        })
        .map(|(path, _)| path.as_str())
        .collect();
    assert!(raw.is_empty(), "unescaped <script in {raw:?}");
}

#[test]
fn title_round_trips_in_heading_and_document_title() {
    let out = built();
    let page = out.page("/en/stories/hostile/");
    assert_eq!(page.text("h1"), TITLE);
    let title = page.text("title");
    assert!(
        title.starts_with(TITLE),
        "<title> is {title:?}, expected it to start with {TITLE:?}"
    );
    let arabic = out.page("/ar/stories/hostile/");
    assert_eq!(arabic.text("h1"), ARABIC_TITLE);
    assert!(arabic.text("title").starts_with(ARABIC_TITLE));
}

#[test]
fn summary_round_trips_in_meta_description_and_standfirst() {
    let out = built();
    let page = out.page("/en/stories/hostile/");
    assert_eq!(page.attr("meta[name=description]", "content"), SUMMARY);
    assert_eq!(page.text(".standfirst"), SUMMARY);
}

#[test]
fn title_round_trips_in_lists_landing_and_redirects() {
    let out = built();
    assert_eq!(out.page("/en/stories/").texts(".card-title a"), [TITLE]);
    assert_eq!(out.page("/en/").texts(".card-title a"), [TITLE]);
    assert_eq!(out.page("/en/stories/").texts(".card-summary"), [SUMMARY]);
    assert_eq!(
        out.page("/").texts("section[lang=en] .landing-stories a"),
        [TITLE]
    );
    let redirect = out.page("/en/news/hostile-old/");
    assert_eq!(redirect.text("title"), TITLE);
    assert_eq!(redirect.text("body a"), TITLE);
}

#[test]
fn tag_names_are_text_not_markup() {
    let out = built();
    let page = out.page("/en/stories/hostile/");
    let tag = page.one(".facet-tags a");
    assert_eq!(tag.text().collect::<String>(), "<b>bold</b>");
    assert_eq!(page.count(".facet-tags b"), 0);
    let href = tag.value().attr("href").expect("the tag links to its page");
    assert!(
        href.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"/-_.%~".contains(&b)),
        "the tag's address needs no escaping: {href}"
    );
    let term = out.page(href);
    assert_eq!(term.text("h1"), "<b>bold</b>");
    assert_eq!(term.count("h1 b"), 0);
}

#[test]
fn site_title_and_description_round_trip() {
    let out = built();
    let home = out.page("/en/");
    assert_eq!(home.text(".brand-name"), SITE_TITLE);
    assert_eq!(home.text("title"), SITE_TITLE);
    assert_eq!(home.text(".hero-text"), SITE_DESCRIPTION);
    assert_eq!(
        home.attr("meta[name=description]", "content"),
        SITE_DESCRIPTION
    );
    assert_eq!(home.count("img"), 0);
    assert_eq!(out.page("/").text("section[lang=en] h1"), SITE_TITLE);
}
