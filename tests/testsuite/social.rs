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
    // No platform's script: every script is the site's own (structured data is not run).
    for script in page.select("script:not([type='application/ld+json'])") {
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

fn card(out: &crate::harness::Tree, url: &str) -> image::RgbaImage {
    image::load_from_memory(out.bytes(url))
        .unwrap_or_else(|e| panic!("{url}: {e}"))
        .to_rgba8()
}

#[test]
fn a_story_card_shows_its_cover_darkened_and_the_site_colour_is_configurable() {
    let site = Site::fixture("local_files");
    let out = site.build().success().tree();
    // The fixture cover is pale pink above, red below: darkened to 40 % behind the text.
    let covered = card(&out, "/share/en/stories/with-cover.png");
    let near = |(x, y): (u32, u32), expected: [u8; 3]| {
        let pixel = covered.get_pixel(x, y).0;
        assert!(
            (0..3).all(|c| pixel[c].abs_diff(expected[c]) <= 8),
            "at {x},{y}: {pixel:?}, not the darkened cover {expected:?}"
        );
    };
    near((1190, 10), [102, 97, 97]);
    near((600, 480), [64, 24, 24]);
    // Without a cover (the site's card): the default maroon, a darker band under the footer.
    let plain = card(&out, "/share/en/site.png");
    assert_eq!(plain.get_pixel(5, 5).0, [0x8a, 0x15, 0x38, 255]);
    assert_eq!(plain.get_pixel(5, 625).0, [0x5c, 0x0e, 0x25, 255]);

    site.write(
        "site.yaml",
        "title: {en: \"Files Newsroom\", ar: \"غرفة أخبار الملفات\"}\nbase_url: \"https://example.org/\"\nsocial:\n  colour: \"#00356b\"\n  handle: \"@FilesNewsroom\"\n",
    );
    let out = site.build().success().tree();
    assert_eq!(
        card(&out, "/share/ar/site.png").get_pixel(5, 5).0,
        [0x00, 0x35, 0x6b, 255]
    );
    assert_eq!(
        out.page("/ar/stories/with-cover/")
            .attr("meta[name='twitter:site']", "content"),
        "@FilesNewsroom"
    );
}

#[test]
fn brand_fonts_draw_the_cards_and_dejavu_draws_what_they_lack() {
    let site = Site::fixture("local_files");
    let before = site.build().success().tree();
    // DejaVu Serif as the brand: it has no Arabic letters, which DejaVu Sans then draws.
    std::fs::create_dir_all(site.root().join("brand")).unwrap();
    std::fs::write(
        site.root().join("brand/Serif.ttf"),
        dejavu::serif::regular(),
    )
    .unwrap();
    std::fs::write(
        site.root().join("brand/Serif-Bold.ttf"),
        dejavu::serif::bold(),
    )
    .unwrap();
    site.write(
        "site.yaml",
        "title: {en: \"Files Newsroom\", ar: \"غرفة أخبار الملفات\"}\nbase_url: \"https://example.org/\"\nsocial:\n  fonts: [brand/Serif.ttf, brand/Serif-Bold.ttf]\n",
    );
    let after = site.build().success().tree();
    let digest = |tree: &crate::harness::Tree, url: &str| blake3::hash(tree.bytes(url));
    for url in ["/share/en/site.png", "/share/ar/site.png"] {
        assert_ne!(
            digest(&before, url),
            digest(&after, url),
            "{url} ignores the brand font"
        );
    }
    let arabic = card(&after, "/share/ar/site.png");
    let (left, right) = text_extent(&arabic, 150..260);
    assert!(
        right > 1110 && left < right,
        "no Arabic title drawn: {left}..{right}"
    );
}

#[test]
fn social_settings_that_cannot_work_are_errors_at_their_line() {
    let head = "title: {en: \"Files Newsroom\", ar: \"غرفة أخبار الملفات\"}\nbase_url: \"https://example.org/\"\nsocial:\n";
    let site = Site::fixture("local_files");
    site.write("not-a-font.ttf", "hello");
    for (setting, message) in [
        ("  colour: \"#f0e68c\"", "too low to read"),
        ("  colour: \"maroon\"", "is not a colour"),
        (
            "  handle: \"QatarDevelops and more\"",
            "not an account name",
        ),
        ("  fonts: [missing.ttf]", "cannot read the font"),
        ("  fonts: [not-a-font.ttf]", "is not a font file"),
        ("  fonts: [../outside.ttf]", "outside the site folder"),
        ("  image: site.yaml", "is not a JPEG or PNG"),
        ("  colours: \"#8a1538\"", "colour"),
    ] {
        site.write("site.yaml", &format!("{head}{setting}\n"));
        site.build()
            .fails_with(1)
            .reports("site.yaml", 4, "error", message);
    }
}
