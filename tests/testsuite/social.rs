//! How pages share: Open Graph and Twitter card metadata, and share links that are plain links.

use crate::harness::Site;

#[test]
fn a_story_shares_as_an_article_with_its_cover() {
    let out = Site::fixture("local_files").build().success().tree();
    let page = out.page("/ar/stories/with-cover/");
    let meta = |property: &str| page.attr(&format!("meta[property='{property}']"), "content");
    assert_eq!(meta("og:type"), "article");
    assert_eq!(meta("og:locale"), "ar_AR");
    assert_eq!(meta("og:locale:alternate"), "en_GB");
    assert_eq!(meta("og:url"), page.attr("link[rel=canonical]", "href"));
    assert_eq!(
        meta("og:image"),
        "https://example.org/ar/stories/with-cover/cover.20w.jpg"
    );
    assert_eq!(
        (meta("og:image:width"), meta("og:image:height")),
        ("20".into(), "40".into())
    );
    assert_eq!(meta("og:image:alt"), "صورة حمراء وبيضاء");
    assert!(meta("article:published_time").starts_with("2024-05-1"));
    assert_eq!(
        page.attr("meta[name='twitter:card']", "content"),
        "summary_large_image"
    );
    assert!(out.has("/ar/stories/with-cover/cover.20w.jpg"));
    // Open Graph uses `property`, never `name`.
    assert_eq!(page.count("meta[name^='og:']"), 0);

    let home = out.page("/en/");
    assert_eq!(home.attr("meta[property='og:type']", "content"), "website");
    assert_eq!(home.attr("meta[name='twitter:card']", "content"), "summary");
}

#[test]
fn share_links_are_plain_links_in_the_page_language() {
    let out = Site::fixture("local_files").build().success().tree();
    let page = out.page("/ar/stories/with-cover/");
    let links = page.select(".share a");
    let hrefs: Vec<&str> = links
        .iter()
        .filter_map(|a| a.value().attr("href"))
        .collect();
    assert_eq!(hrefs.len(), 6, "{hrefs:?}");
    let encoded = "https%3A%2F%2Fexample.org%2Far%2Fstories%2Fwith-cover%2F";
    assert!(hrefs.iter().all(|h| h.contains(encoded)), "{hrefs:?}");
    assert!(hrefs[0].starts_with("https://x.com/intent/post?text="));
    assert!(hrefs.iter().any(|h| h.starts_with("mailto:?subject=")));
    assert!(page.texts(".share a").contains(&"واتساب".to_owned()));
    assert_eq!(
        page.attr(".share button.share-copy", "data-url"),
        "https://example.org/ar/stories/with-cover/"
    );
    // No platform's script: every script is the site's own.
    for script in page.select("script") {
        assert!(script.value().attr("src").unwrap_or("").starts_with("/js/"));
    }
}
