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
        "https://example.org/share/ar/stories/with-cover.png"
    );
    assert_eq!(
        (meta("og:image:width"), meta("og:image:height")),
        ("1200".into(), "630".into())
    );
    assert_eq!(meta("og:image:alt"), page.text("h1"));
    assert!(meta("article:published_time").starts_with("2024-05-1"));
    assert_eq!(
        page.attr("meta[name='twitter:card']", "content"),
        "summary_large_image"
    );
    assert!(out.has("/share/ar/stories/with-cover.png"));
    // Open Graph uses `property`, never `name`.
    assert_eq!(page.count("meta[name^='og:']"), 0);

    let home = out.page("/en/");
    assert_eq!(home.attr("meta[property='og:type']", "content"), "website");
    assert_eq!(
        home.attr("meta[property='og:image']", "content"),
        "https://example.org/share/en/site.png"
    );
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

/// The leftmost and rightmost columns where a row band of the card differs from its background.
fn text_extent(card: &image::RgbaImage, rows: std::ops::Range<u32>) -> (u32, u32) {
    let background = *card.get_pixel(5, rows.start);
    let (mut left, mut right) = (u32::MAX, 0);
    for y in rows {
        for x in 0..card.width() {
            if *card.get_pixel(x, y) != background {
                left = left.min(x);
                right = right.max(x);
            }
        }
    }
    (left, right)
}

#[test]
fn share_cards_are_drawn_for_every_story_project_and_indicator_in_each_language() {
    let site = Site::fixture("data");
    let out = site.build().success().tree();
    for url in [
        "/share/en/stories/wells.png",
        "/share/ar/stories/wells.png",
        "/share/en/projects/village-wells.png",
        "/share/ar/indicators/wells-built.png",
        "/share/ar/site.png",
    ] {
        let card = image::load_from_memory(out.bytes(url)).unwrap_or_else(|e| panic!("{url}: {e}"));
        assert_eq!((card.width(), card.height()), (1200, 630), "{url}");
    }
    assert_eq!(
        out.page("/en/projects/village-wells/")
            .attr("meta[property='og:image']", "content"),
        "https://example.org/share/en/projects/village-wells.png"
    );
    // English titles start at the left margin; Arabic ones end at the right margin.
    let title_rows = 150..260;
    let en = image::load_from_memory(out.bytes("/share/en/stories/wells.png"))
        .unwrap()
        .to_rgba8();
    let ar = image::load_from_memory(out.bytes("/share/ar/stories/wells.png"))
        .unwrap()
        .to_rgba8();
    let (en_left, en_right) = text_extent(&en, title_rows.clone());
    let (ar_left, ar_right) = text_extent(&ar, title_rows);
    assert!(
        en_left < 90 && en_right < 1100,
        "English title at {en_left}..{en_right}"
    );
    assert!(
        ar_right > 1110 && ar_left > 100,
        "Arabic title at {ar_left}..{ar_right}"
    );

    // The same text gives the same card, drawn again or taken from the cache.
    let again = site.build().success().tree();
    let fresh = Site::fixture("data").build().success().tree();
    for url in [
        "/share/ar/stories/wells.png",
        "/share/en/indicators/wells-built.png",
    ] {
        assert_eq!(out.bytes(url), again.bytes(url), "{url}");
        assert_eq!(out.bytes(url), fresh.bytes(url), "{url}");
    }
}
