//! The default theme's design: covers on every list of stories, the newest story leading the
//! home page, the logo and the site title once in the header, a short menu that still reaches
//! every section, readable feed addresses and Arabic set without slanted letters.

use crate::harness::{Page, Site, Tree};

/// The design fixture with its covers and logo drawn: three stories, each with a cover.
fn design_site() -> Site {
    let site = Site::fixture("design");
    for (slug, colour) in [
        ("a-wells", [40, 90, 160]),
        ("b-clinics", [160, 60, 40]),
        ("c-grants", [60, 140, 70]),
    ] {
        let photo = image::RgbImage::from_fn(1200, 800, |x, y| {
            image::Rgb([
                colour[0],
                colour[1] ^ (x % 64) as u8,
                colour[2] ^ (y % 64) as u8,
            ])
        });
        site.write_bytes(
            &format!("content/stories/{slug}/cover.jpg"),
            &encoded(
                image::DynamicImage::ImageRgb8(photo),
                image::ImageFormat::Jpeg,
            ),
        );
    }
    let logo = image::RgbaImage::from_fn(300, 100, |x, _| {
        image::Rgba([138, 21, 56, if x < 100 { 255 } else { 0 }])
    });
    site.write_bytes(
        "brand/logo.png",
        &encoded(
            image::DynamicImage::ImageRgba8(logo),
            image::ImageFormat::Png,
        ),
    );
    site
}

fn encoded(image: image::DynamicImage, format: image::ImageFormat) -> Vec<u8> {
    let mut bytes = std::io::Cursor::new(Vec::new());
    image.write_to(&mut bytes, format).expect("encode an image");
    bytes.into_inner()
}

/// The slug of the story whose English front matter has the latest `date:`.
fn newest_story(site: &Site) -> String {
    let stories = site.root().join("content/stories");
    let mut dated: Vec<(String, String)> = std::fs::read_dir(&stories)
        .expect("the stories folder")
        .map(|entry| {
            let slug = entry.expect("a story folder").file_name();
            let slug = slug.to_string_lossy().into_owned();
            let text = std::fs::read_to_string(stories.join(&slug).join("index.en.md"))
                .expect("an English story");
            let date = text
                .lines()
                .find_map(|line| line.strip_prefix("date: "))
                .expect("a date")
                .to_owned();
            (date, slug)
        })
        .collect();
    dated.sort();
    dated.pop().expect("a story").1
}

/// The site path of a link written by the site (root-relative or absolute on example.org).
fn site_path(url: &str) -> &str {
    url.strip_prefix("https://example.org").unwrap_or(url)
}

/// Checks a card's cover: loaded lazily, sized, and every copy offered exists in the output.
fn assert_lazy_cover(out: &Tree, page: &Page, img: scraper::ElementRef<'_>) {
    let attr = |name: &str| {
        img.value()
            .attr(name)
            .unwrap_or_else(|| panic!("{}: a card cover without {name}", page.url))
    };
    assert_eq!(attr("loading"), "lazy", "{}", page.url);
    assert_eq!(attr("decoding"), "async", "{}", page.url);
    assert!(attr("width").parse::<u32>().is_ok_and(|w| w > 0));
    assert!(attr("height").parse::<u32>().is_ok_and(|h| h > 0));
    assert_copies_exist(out, page, attr("srcset"));
}

fn assert_copies_exist(out: &Tree, page: &Page, srcset: &str) {
    let urls: Vec<&str> = srcset
        .split(',')
        .map(|candidate| candidate.split_whitespace().next().expect("a URL"))
        .collect();
    assert!(!urls.is_empty(), "{}: an empty srcset", page.url);
    for url in urls {
        assert!(
            out.has(site_path(url)),
            "{}: {url} is not in the output",
            page.url
        );
    }
}

#[test]
fn home_leads_with_the_newest_story_and_lists_the_others_as_cards_with_covers() {
    let site = design_site();
    let newest = newest_story(&site);
    let out = site.build().success().tree();
    for lang in ["en", "ar"] {
        let page = out.page(&format!("/{lang}/"));
        assert_eq!(
            page.attr(".lead-story .lead-title a", "href"),
            format!("/{lang}/stories/{newest}/"),
            "{lang}: the lead is not the newest story"
        );
        let lead = page.select(".lead-story img");
        assert_eq!(lead.len(), 1, "{lang}: the lead story has no cover");
        // Seen first, so loaded at once.
        assert_eq!(lead[0].value().attr("loading"), None);
        assert_copies_exist(&out, &page, lead[0].value().attr("srcset").expect("srcset"));
        let cards = page.select(".home-list .card");
        assert_eq!(cards.len(), 2, "{lang}: the other stories as cards");
        for img in page.select(".home-list .card img") {
            assert_lazy_cover(&out, &page, img);
            assert_eq!(
                img.value().attr("alt"),
                Some(""),
                "a card's cover is decorative"
            );
        }
    }
}

#[test]
fn story_lists_and_the_newsroom_show_each_story_with_its_cover() {
    let out = design_site().build().success().tree();
    // The newsroom's contacts are cards too: there, the release cards.
    for (url, card) in [
        ("/en/stories/", ".card"),
        ("/ar/stories/", ".card"),
        ("/en/sectors/health/", ".card"),
        ("/en/press/", ".release-card"),
        ("/ar/press/", ".release-card"),
    ] {
        let page = out.page(url);
        let cards = page.select(card);
        assert!(!cards.is_empty(), "{url}: no cards");
        let covers = page.select(&format!("{card} img"));
        assert_eq!(covers.len(), cards.len(), "{url}: a card without a cover");
        for img in covers {
            assert_lazy_cover(&out, &page, img);
        }
    }
}

#[test]
fn the_header_shows_the_logo_and_the_site_title_once() {
    let out = design_site().build().success().tree();
    for (lang, title) in [("en", "Design Newsroom"), ("ar", "غرفة أخبار التصميم")] {
        let page = out.page(&format!("/{lang}/"));
        let logo = page.attr("header .brand img", "src");
        assert!(
            out.has(site_path(&logo)),
            "{lang}: the logo {logo} is not published"
        );
        let shown: String = page
            .select("header, main")
            .iter()
            .map(|e| e.text().collect::<String>())
            .collect();
        assert_eq!(shown.matches(title).count(), 1, "{lang}: {shown}");
    }
    for url in ["/", "/404.html"] {
        let page = out.page(url);
        let logo = page.attr("img.brand-logo", "src");
        assert!(
            out.has(site_path(&logo)),
            "{url}: the logo {logo} is not published"
        );
    }
}

/// At most this many entries in the menu, so it holds one row on a laptop in either language.
const MENU_ENTRIES: usize = 6;

/// The index page of every section the site has, in `lang`.
fn section_indexes(out: &Tree, lang: &str) -> Vec<String> {
    let always = [
        "stories",
        "sectors",
        "countries",
        "sdgs",
        "tags",
        "press",
        "feeds",
        "search",
    ];
    let when_present = ["projects", "indicators", "partners", "about"];
    always
        .iter()
        .map(|s| format!("/{lang}/{s}/"))
        .chain(
            when_present
                .iter()
                .map(|s| format!("/{lang}/{s}/"))
                .filter(|url| out.has(url)),
        )
        .collect()
}

#[test]
fn a_short_menu_still_reaches_every_section() {
    for (fixture, has_data) in [("design", false), ("data", true)] {
        let site = if has_data {
            Site::fixture(fixture)
        } else {
            design_site()
        };
        let out = site.build().success().tree();
        for lang in ["en", "ar"] {
            let page = out.page(&format!("/{lang}/"));
            let entries = page.select("nav.main-nav .wrap > ul > li");
            assert!(
                (1..=MENU_ENTRIES).contains(&entries.len()),
                "{fixture} {lang}: {} menu entries",
                entries.len()
            );
            let links: Vec<String> = page
                .select("nav.main-nav a")
                .iter()
                .filter_map(|a| a.value().attr("href").map(str::to_owned))
                .collect();
            let sections = section_indexes(&out, lang);
            if has_data {
                assert!(sections.contains(&format!("/{lang}/indicators/")));
            }
            for section in sections {
                assert!(
                    links.contains(&section),
                    "{fixture} {lang}: {section} is not in the menu {links:?}"
                );
            }
        }
    }
}

#[test]
fn the_feeds_page_shows_arabic_addresses_as_written_and_links_to_real_files() {
    let out = design_site().build().success().tree();
    let page = out.page("/ar/feeds/");
    let addresses: Vec<String> = page
        .select(".feed-formats code")
        .iter()
        .map(|c| c.text().collect())
        .collect();
    assert!(
        addresses.iter().any(|a| a.contains("/ar/tags/منح/")),
        "{addresses:?}"
    );
    assert!(addresses.iter().all(|a| !a.contains('%')), "{addresses:?}");
    let links = page.select(".feed-formats a");
    assert_eq!(links.len(), addresses.len());
    for link in links {
        let href = link.value().attr("href").expect("href");
        assert!(href.is_ascii(), "{href} is not a valid address");
        let file = percent_decoded(site_path(href));
        assert!(out.has(&file), "{href}: no {file} in the output");
    }
    // The hundreds of topic feeds are folded away, their heading still in sight.
    assert!(!page.select(".feed-group details summary h2").is_empty());
}

/// `%XX` sequences as UTF-8: the file a web server finds for an address.
fn percent_decoded(address: &str) -> String {
    let bytes = address.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).expect("hex");
            out.push(u8::from_str_radix(hex, 16).expect("hex"));
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).expect("UTF-8")
}

/// The rules of a stylesheet as (selector, declarations), comments removed.
fn css_rules(css: &str) -> Vec<(String, String)> {
    let mut text = String::new();
    let mut rest = css;
    while let Some(start) = rest.find("/*") {
        text.push_str(&rest[..start]);
        rest = rest[start..]
            .split_once("*/")
            .map_or("", |(_, after)| after);
    }
    text.push_str(rest);
    let mut rules = Vec::new();
    let mut selector = String::new();
    for part in text.split_inclusive(['{', '}']) {
        if let Some(head) = part.strip_suffix('{') {
            selector = head
                .rsplit(['{', '}'])
                .next()
                .unwrap_or(head)
                .trim()
                .to_owned();
        } else if let Some(body) = part.strip_suffix('}') {
            rules.push((selector.clone(), body.trim().to_owned()));
        }
    }
    rules
}

#[test]
fn arabic_emphasis_and_credits_are_never_slanted() {
    let out = design_site().build().success().tree();
    let stylesheet = out.page("/ar/").attr("link[rel=stylesheet]", "href");
    let file = site_path(&stylesheet).split('?').next().unwrap_or_default();
    let rules = css_rules(out.text(file));
    let upright = |target: &str| {
        rules.iter().any(|(selector, body)| {
            selector
                .split(',')
                .any(|s| s.contains(target) && s.contains(":lang(ar)"))
                && body.contains("font-style: normal")
        })
    };
    assert!(upright("em"), "no :lang(ar) rule sets em upright");
    assert!(upright(".credit"), "no :lang(ar) rule sets credits upright");
    for (selector, body) in &rules {
        if body.contains("font-style: italic") {
            assert!(
                selector.split(',').all(|s| s.contains(":not(:lang(ar))")),
                "`{selector}` slants Arabic too"
            );
        }
    }
}

#[test]
fn search_titles_and_dates_are_isolated_from_each_other() {
    let out = design_site().build().success().tree();
    let page = out.page("/ar/search/");
    let titles = page.select("#all-stories li > a");
    assert_eq!(titles.len(), 3);
    for title in titles {
        assert_eq!(title.value().attr("dir"), Some("auto"));
    }
    for date in page.select("#all-stories li > time") {
        assert_eq!(date.value().attr("dir"), Some("auto"));
    }
}
