//! Feeds and discovery: every feed parses with real parsers (rss, atom_syndication, serde_json),
//! text round-trips exactly, links are absolute, dates come from the items, and nothing held
//! back appears. Also the sitemap, robots.txt, OPML and the feeds page.

use crate::harness::{Site, Tree};

const TITLE: &str = "Water & \"power\" <now> for 12,000 people 💧";
const ARABIC_TITLE: &str = "مياه و\"طاقة\" لـ 12,000 شخص مع UNDP في 2024 💧";
const SUMMARY: &str = "A <b>summary</b> with & and 'quotes'.";

fn built() -> Tree {
    Site::fixture("feeds").build().success().tree()
}

fn rss(out: &Tree, url: &str) -> rss::Channel {
    rss::Channel::read_from(out.bytes(url)).unwrap_or_else(|e| panic!("{url}: {e}"))
}

fn atom(out: &Tree, url: &str) -> atom_syndication::Feed {
    atom_syndication::Feed::read_from(out.bytes(url)).unwrap_or_else(|e| panic!("{url}: {e}"))
}

fn json(out: &Tree, url: &str) -> serde_json::Value {
    serde_json::from_slice(out.bytes(url)).unwrap_or_else(|e| panic!("{url}: {e}"))
}

#[test]
fn every_feed_parses_in_its_format() {
    let out = built();
    let paths: Vec<String> = out.files.keys().cloned().collect();
    let mut counts = [0; 3];
    for path in paths {
        let url = format!("/{path}");
        if path.ends_with("feed.xml") {
            rss(&out, &url);
            counts[0] += 1;
        } else if path.ends_with("atom.xml") {
            atom(&out, &url);
            counts[1] += 1;
        } else if path.ends_with("feed.json") {
            let feed = json(&out, &url);
            assert_eq!(feed["version"], "https://jsonfeed.org/version/1.1", "{url}");
            counts[2] += 1;
        }
    }
    // Per language: site, stories, press, and the terms (sector, country, goal, tag).
    assert!(
        counts.iter().all(|c| *c == counts[0]) && counts[0] >= 12,
        "{counts:?}"
    );
}

#[test]
fn titles_and_summaries_round_trip_exactly() {
    let out = built();
    let channel = rss(&out, "/en/feed.xml");
    let item = &channel.items[0];
    assert_eq!(item.title.as_deref(), Some(TITLE));
    let description = item.description.as_deref().unwrap();
    // RSS descriptions are HTML: the plain-text summary arrives escaped, and reads back the same.
    assert_eq!(
        description,
        "A &lt;b&gt;summary&lt;/b&gt; with &amp; and &apos;quotes&apos;."
    );
    let feed = atom(&out, "/en/atom.xml");
    assert_eq!(feed.entries[0].title.value, TITLE);
    assert_eq!(feed.entries[0].summary.as_ref().unwrap().value, SUMMARY);
    let feed = json(&out, "/en/feed.json");
    assert_eq!(feed["items"][0]["title"], TITLE);
    assert_eq!(feed["items"][0]["summary"], SUMMARY);
    assert!(!String::from_utf8_lossy(out.bytes("/en/feed.json")).contains("<b>"));
    let arabic = atom(&out, "/ar/atom.xml");
    assert_eq!(arabic.entries[0].title.value, ARABIC_TITLE);
    assert_eq!(
        json(&out, "/ar/feed.json")["items"][0]["title"],
        ARABIC_TITLE
    );
}

#[test]
fn rss_has_language_self_link_permalinks_dates_categories_and_full_content() {
    let out = built();
    let channel = rss(&out, "/en/feed.xml");
    assert_eq!(channel.language.as_deref(), Some("en"));
    let own = &channel.atom_ext.as_ref().unwrap().links[0];
    assert_eq!(
        (own.rel.as_str(), own.href.as_str()),
        ("self", "https://example.org/news/en/feed.xml")
    );
    // The newest item's date, never the clock: 2024-05-12 09:00 in Doha.
    assert_eq!(
        channel.last_build_date.as_deref(),
        Some("Sun, 12 May 2024 06:00:00 +0000")
    );
    let item = &channel.items[0];
    let guid = item.guid.as_ref().unwrap();
    assert!(guid.permalink);
    assert_eq!(guid.value, "https://example.org/news/en/stories/tricky/");
    assert_eq!(
        item.pub_date.as_deref(),
        Some("Sun, 12 May 2024 06:00:00 +0000")
    );
    let categories: Vec<&str> = item.categories.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(
        categories,
        [
            "Water & sanitation",
            "Sudan",
            "Clean water and sanitation",
            "water-access"
        ]
    );
    let content = item.content.as_deref().unwrap();
    assert!(
        content.contains(r#"href="https://example.org/news/en/stories/covered/""#),
        "{content}"
    );
    assert!(
        content.contains(r#"href="https://example.org/news/en/stories/tricky/#details""#),
        "{content}"
    );
    assert!(
        !content.contains("href=\"/"),
        "relative link left in {content}"
    );
}

#[test]
fn the_cover_is_an_enclosure_and_media_content() {
    let out = built();
    let channel = rss(&out, "/en/feed.xml");
    let item = channel
        .items
        .iter()
        .find(|i| i.title.as_deref() == Some("A story with a cover"))
        .unwrap();
    let enclosure = item.enclosure.as_ref().unwrap();
    assert_eq!(
        enclosure.url,
        "https://example.org/news/en/stories/covered/cover.png"
    );
    let published = out.bytes("/en/stories/covered/cover.png").len().to_string();
    assert_eq!(
        (enclosure.length.as_str(), enclosure.mime_type.as_str()),
        (published.as_str(), "image/png"),
        "the length of the file as published"
    );
    let media = &item.extensions["media"]["content"][0];
    assert_eq!(media.attrs["url"], enclosure.url);
    assert_eq!(media.attrs["medium"], "image");
}

#[test]
fn atom_has_xml_lang_stable_ids_and_translation_links() {
    let out = built();
    let feed = atom(&out, "/ar/atom.xml");
    assert_eq!(feed.lang.as_deref(), Some("ar"));
    let entry = &feed.entries[0];
    assert_eq!(entry.id, "tag:example.org,2024-05-12:/ar/stories/tricky/");
    let links: Vec<(&str, Option<&str>, &str)> = entry
        .links
        .iter()
        .filter(|l| l.rel != "enclosure")
        .map(|l| (l.rel.as_str(), l.hreflang.as_deref(), l.href.as_str()))
        .collect();
    // The entry's own page is its only `alternate`, so readers open the feed's language.
    assert_eq!(
        links,
        [
            (
                "alternate",
                Some("ar"),
                "https://example.org/news/ar/stories/tricky/"
            ),
            (
                "related",
                Some("en"),
                "https://example.org/news/en/stories/tricky/"
            ),
        ]
    );
    assert_eq!(feed.authors[0].name, "غرفة أخبار الخلاصات");
    assert_eq!(feed.updated.to_rfc3339(), "2024-05-12T06:00:00+00:00");
}

#[test]
fn renamed_story_keeps_its_atom_id() {
    let out = Site::fixture("feeds")
        .with_file(
            "content/stories/tricky/index.en.md",
            &String::from_utf8_lossy(
                &std::fs::read(
                    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                        .join("tests/fixtures/feeds/content/stories/tricky/index.en.md"),
                )
                .unwrap(),
            )
            .replace(
                "tags: [water-access]",
                "tags: [water-access]\naliases: [/en/stories/first-name/]",
            ),
        )
        .build()
        .success()
        .tree();
    let feed = atom(&out, "/en/atom.xml");
    assert_eq!(
        feed.entries[0].id,
        "tag:example.org,2024-05-12:/en/stories/first-name/"
    );
}

#[test]
fn item_count_and_summary_mode_follow_site_yaml() {
    let out = built();
    assert_eq!(rss(&out, "/en/sectors/water/feed.xml").items.len(), 2);
    let out = Site::fixture("feeds")
        .with_file(
            "site.yaml",
            "title: Feeds\nbase_url: https://example.org/\nsectors: {water: Water}\nfeeds: {items: 1, content: summary}\n",
        )
        .build()
        .success()
        .tree();
    let channel = rss(&out, "/en/feed.xml");
    assert_eq!(channel.items.len(), 1);
    assert!(channel.items[0].content.is_none());
    let feed = json(&out, "/en/feed.json");
    assert!(feed["items"][0].get("content_html").is_none());
    assert_eq!(feed["items"][0]["content_text"], SUMMARY);
}

#[test]
fn held_back_stories_are_in_no_feed_or_sitemap() {
    let out = built();
    assert!(out.containing("Secret embargoed story").is_empty());
    assert!(out.containing("/stories/secret/").is_empty());
    let drafts = Site::fixture("feeds")
        .with_file(
            "content/stories/draft/index.en.md",
            "---\ntitle: Draft zebra\ndate: 2025-01-01\ndraft: true\nsectors: [water]\n---\nText.\n",
        )
        .build_with(&["--drafts"])
        .success()
        .tree();
    // A preview build shows the draft's page, but no feed or sitemap carries it.
    assert!(drafts.has("/en/stories/draft/"));
    let in_feeds: Vec<&str> = drafts
        .containing("Draft zebra")
        .into_iter()
        .filter(|p| !p.ends_with(".html"))
        .collect();
    assert!(in_feeds.is_empty(), "{in_feeds:?}");
    assert!(!drafts.text("/sitemap.xml").contains("<url>"));
}

#[test]
fn pages_announce_their_feeds() {
    let out = built();
    let page = out.page("/en/sectors/water/");
    let feeds: Vec<String> = page
        .select("link[rel=alternate][type]")
        .iter()
        .map(|l| l.value().attr("href").unwrap().to_owned())
        .collect();
    assert_eq!(
        feeds,
        [
            "https://example.org/news/en/feed.xml",
            "https://example.org/news/en/atom.xml",
            "https://example.org/news/en/feed.json",
            "https://example.org/news/en/sectors/water/feed.xml",
            "https://example.org/news/en/sectors/water/atom.xml",
            "https://example.org/news/en/sectors/water/feed.json",
        ]
    );
    assert!(
        page.select("link[rel=alternate][type]")
            .iter()
            .all(|l| l.value().attr("hreflang") == Some("en"))
    );
    assert_eq!(
        out.page("/ar/stories/tricky/")
            .count("link[rel=alternate][type][hreflang=ar]"),
        3
    );
}

#[test]
fn sitemap_lists_pages_with_their_translations() {
    let out = built();
    let sitemap = out.text("/sitemap.xml");
    assert!(
        well_formed(sitemap).contains("<loc>https://example.org/news/en/stories/tricky/</loc>")
    );
    let block = sitemap
        .split("<url>")
        .find(|u| u.contains("<loc>https://example.org/news/ar/stories/tricky/</loc>"))
        .unwrap();
    for needle in [
        "<lastmod>2024-05-12T06:00:00Z</lastmod>",
        r#"hreflang="en" href="https://example.org/news/en/stories/tricky/""#,
        r#"hreflang="ar" href="https://example.org/news/ar/stories/tricky/""#,
        r#"hreflang="x-default" href="https://example.org/news/en/stories/tricky/""#,
    ] {
        assert!(block.contains(needle), "{needle} missing in {block}");
    }
    assert!(!sitemap.contains("404.html"));
    assert!(!sitemap.contains("secret"));
    assert!(
        out.text("/robots.txt")
            .contains("Sitemap: https://example.org/news/sitemap.xml")
    );
}

#[test]
fn opml_and_feeds_page_list_every_feed() {
    let out = built();
    let opml = out.text("/feeds.opml");
    let rss_count = out.files.keys().filter(|p| p.ends_with("feed.xml")).count();
    assert_eq!(opml.matches("xmlUrl=").count(), rss_count);
    assert!(
        opml.contains("text=\"غرفة أخبار الخلاصات: المياه والصرف الصحي\""),
        "{opml}"
    );
    assert!(opml.contains("language=\"ar\""));
    let page = out.page("/ar/feeds/");
    assert_eq!(page.lang_dir(), ("ar".to_owned(), "rtl".to_owned()));
    assert!(page.count("code") >= rss_count / 2 * 3 / 2);
    assert_eq!(out.page("/en/").attr("footer a", "href"), "/news/en/feeds/");
}

/// Checks well-formedness with the feed crates' XML parser and returns the text.
fn well_formed(xml: &str) -> &str {
    let mut reader = quick_xml::Reader::from_str(xml);
    loop {
        match reader.read_event() {
            Ok(quick_xml::events::Event::Eof) => return xml,
            Ok(_) => {}
            Err(error) => panic!("sitemap is not well-formed XML: {error}"),
        }
    }
}

#[test]
fn feeds_are_listed_in_reading_order_and_term_pages_offer_theirs() {
    let out = Site::fixture("feeds")
        .with_file(
            "content/stories/older/index.en.md",
            "---\ntitle: \"An older story\"\ndate: 2023-01-01\nsummary: \"Older.\"\nsectors: [water]\nsdgs: [10, 2]\ncountries: [YE, TD]\n---\nOld text.\n",
        )
        .build()
        .success()
        .tree();
    let page = out.page("/en/feeds/");
    let labels = page.texts(".feed-title");
    let position = |label: &str| {
        labels
            .iter()
            .position(|l| l == label)
            .unwrap_or_else(|| panic!("{label} in {labels:?}"))
    };
    assert!(position("Zero hunger") < position("Clean water and sanitation"));
    assert!(position("Clean water and sanitation") < position("Reduced inequalities"));
    assert!(position("Chad") < position("Sudan") && position("Sudan") < position("Yemen"));
    let opml = out.text("/feeds.opml");
    assert!(
        opml.contains("<outline text=\"Countries\" title=\"Countries\">"),
        "{opml}"
    );
    let term = out.page("/en/countries/sd/");
    assert_eq!(
        term.attr(".follow a[type='application/rss+xml']", "href"),
        "https://example.org/news/en/countries/sd/feed.xml"
    );
}
