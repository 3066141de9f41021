//! Raw HTML in a story body: scripts, event handlers, frames and `javascript:` URLs are
//! removed unless site.yaml says `markdown: {allow_html: true}`.

use crate::harness::{Page, Site};

const STORY: &str = "/en/stories/raw-html/";

const ALLOW_HTML: &str = r#"title: {en: "Sanitise Newsroom", ar: "غرفة أخبار التنقية"}
base_url: "https://example.org/"
markdown: {allow_html: true}
"#;

/// Names of `on*` attributes and attributes holding a `javascript:` URL, anywhere on the page.
fn dangerous_attributes(page: &Page) -> Vec<String> {
    page.select("*")
        .iter()
        .flat_map(|element| element.value().attrs())
        .filter(|(name, value)| {
            name.to_ascii_lowercase().starts_with("on")
                || value
                    .trim()
                    .to_ascii_lowercase()
                    .replace(['\t', '\n', '\r'], "")
                    .starts_with("javascript:")
        })
        .map(|(name, value)| format!("{name}={value:?}"))
        .collect()
}

#[test]
fn raw_html_is_sanitised_by_default() {
    let out = Site::fixture("sanitise").build().success().tree();
    let page = out.page(STORY);
    assert_eq!(page.count(".prose script"), 0);
    assert_eq!(
        page.count("script:not([src^='/js/']):not([type='application/ld+json'])"),
        0
    );
    assert_eq!(page.count("iframe"), 0);
    assert_eq!(dangerous_attributes(&page), Vec::<String>::new());
    assert!(!out.text(STORY).contains("alert("), "script text survived");
}

#[test]
fn sanitising_keeps_the_harmless_parts() {
    let out = Site::fixture("sanitise").build().success().tree();
    let page = out.page(STORY);
    let texts = page.texts(".prose p");
    assert!(texts.contains(&"Intro paragraph.".to_owned()), "{texts:?}");
    assert!(
        texts.contains(&"Clickable paragraph".to_owned()),
        "{texts:?}"
    );
    assert_eq!(page.texts(".prose a"), ["Script link", "Tab link"]);
    assert_eq!(page.text(".prose em"), "Kept emphasis");
}

#[test]
fn allow_html_keeps_raw_html() {
    let site = Site::fixture("sanitise").with_file("site.yaml", ALLOW_HTML);
    let out = site.build().success().tree();
    let page = out.page(STORY);
    assert_eq!(page.count(".prose script"), 1);
    assert_eq!(page.attr(".prose p[onclick]", "onclick"), "steal()");
    assert_eq!(
        page.attr(".prose iframe", "src"),
        "https://evil.example/embed"
    );
    assert_eq!(page.count(r#".prose a[href="javascript:alert(2)"]"#), 1);
}

#[test]
fn markdown_javascript_link_is_refused_at_its_line() {
    let site = Site::fixture("sanitise").with_file(
        "content/stories/raw-html/index.en.md",
        "---\ntitle: \"A link\"\ndate: 2024-05-12\n---\nIntro.\n\n[Click me](javascript:alert(1))\n",
    );
    site.build().fails_with(1).reports(
        "content/stories/raw-html/index.en.md",
        7,
        "error",
        "javascript:",
    );
}
