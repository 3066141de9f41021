//! Links between the translations of a story or page: the language switcher, the "read in"
//! link, `hreflang` alternates, `x-default` and absolute canonical URLs under a base path.

use crate::harness::Site;

const BASE: &str = "https://example.org/newsroom";

#[test]
fn english_story_links_to_its_arabic_translation() {
    let out = Site::fixture("translations").build().success().tree();
    let page = out.page("/en/stories/schools/");
    assert_eq!(
        page.attr("link[rel=canonical]", "href"),
        format!("{BASE}/en/stories/schools/")
    );
    assert_eq!(
        page.attr("link[rel=alternate][hreflang=en]:not([type])", "href"),
        format!("{BASE}/en/stories/schools/")
    );
    assert_eq!(
        page.attr("link[rel=alternate][hreflang=ar]:not([type])", "href"),
        format!("{BASE}/ar/stories/schools/")
    );
    assert_eq!(
        page.attr(
            "link[rel=alternate][hreflang=x-default]:not([type])",
            "href"
        ),
        format!("{BASE}/en/stories/schools/")
    );
    assert_eq!(
        page.attr("nav.language-switch a[hreflang=ar]", "href"),
        "/newsroom/ar/stories/schools/"
    );
    assert_eq!(
        page.attr("a.translation-link[hreflang=ar]", "href"),
        "/newsroom/ar/stories/schools/"
    );
    assert_eq!(page.count("nav.language-switch a[hreflang=en]"), 0);
}

#[test]
fn arabic_story_links_back_to_its_english_original() {
    let out = Site::fixture("translations").build().success().tree();
    let page = out.page("/ar/stories/schools/");
    assert_eq!(
        page.attr("link[rel=canonical]", "href"),
        format!("{BASE}/ar/stories/schools/")
    );
    assert_eq!(
        page.attr("link[rel=alternate][hreflang=en]:not([type])", "href"),
        format!("{BASE}/en/stories/schools/")
    );
    assert_eq!(
        page.attr("link[rel=alternate][hreflang=ar]:not([type])", "href"),
        format!("{BASE}/ar/stories/schools/")
    );
    assert_eq!(
        page.attr(
            "link[rel=alternate][hreflang=x-default]:not([type])",
            "href"
        ),
        format!("{BASE}/en/stories/schools/")
    );
    assert_eq!(
        page.attr("nav.language-switch a[hreflang=en]", "href"),
        "/newsroom/en/stories/schools/"
    );
    let read_in_english = page.one("a.translation-link[hreflang=en]");
    assert_eq!(
        read_in_english.value().attr("href"),
        Some("/newsroom/en/stories/schools/")
    );
    assert_eq!(read_in_english.value().attr("dir"), Some("ltr"));
}

#[test]
fn switcher_goes_to_the_same_page_in_the_other_language() {
    let out = Site::fixture("translations").build().success().tree();
    for (from, to) in [
        ("/en/", "/ar/"),
        ("/ar/", "/en/"),
        ("/en/stories/", "/ar/stories/"),
        ("/ar/stories/", "/en/stories/"),
        ("/en/about/", "/ar/about/"),
        ("/ar/about/", "/en/about/"),
    ] {
        let other = &to[1..3];
        let page = out.page(from);
        assert_eq!(
            page.attr(&format!("nav.language-switch a[hreflang={other}]"), "href"),
            format!("/newsroom{to}"),
            "switcher on {from}"
        );
        assert_eq!(
            page.attr(&format!("link[rel=alternate][hreflang={other}]"), "href"),
            format!("{BASE}{to}"),
            "alternate on {from}"
        );
        assert_eq!(
            page.attr("link[rel=canonical]", "href"),
            format!("{BASE}{from}"),
            "canonical of {from}"
        );
    }
}

#[test]
fn base_url_flag_replaces_the_configured_address() {
    let site = Site::fixture("translations");
    let out = site
        .build_with(&["--base-url", "https://news.example.net/"])
        .success()
        .tree();
    let page = out.page("/en/stories/schools/");
    assert_eq!(
        page.attr("link[rel=canonical]", "href"),
        "https://news.example.net/en/stories/schools/"
    );
    assert_eq!(
        page.attr("nav.language-switch a[hreflang=ar]", "href"),
        "/ar/stories/schools/"
    );
}

#[test]
fn arabic_only_story_is_published_only_in_arabic() {
    let out = Site::fixture("arabic_only").build().success().tree();
    assert!(out.has("/ar/stories/community-radio/"));
    assert!(!out.has("/en/stories/community-radio/"));
    let english_mentions: Vec<&str> = out
        .containing("community-radio")
        .into_iter()
        .chain(out.containing("إذاعة مجتمعية"))
        .filter(|path| path.starts_with("en/"))
        .collect();
    assert!(
        english_mentions.is_empty(),
        "English pages mention the Arabic-only story: {english_mentions:?}"
    );
    assert_eq!(
        out.page("/ar/stories/").texts(".card-title a"),
        ["إذاعة مجتمعية في القرية", "افتتاح اثنتي عشرة مدرسة"]
    );
}

#[test]
fn arabic_only_story_switches_to_the_english_home() {
    let out = Site::fixture("arabic_only").build().success().tree();
    let page = out.page("/ar/stories/community-radio/");
    let switch = page.one("nav.language-switch a[hreflang=en]");
    assert_eq!(switch.value().attr("href"), Some("/en/"));
    assert_eq!(
        switch.value().attr("rel"),
        None,
        "a link to the home page is no alternate of this story"
    );
    assert_eq!(page.count("link[hreflang=en]"), 0);
    assert_eq!(page.count("a.translation-link"), 0);
    assert_eq!(
        page.attr("link[rel=alternate][hreflang=ar]:not([type])", "href"),
        "https://example.org/ar/stories/community-radio/"
    );
}

#[test]
fn other_pages_of_a_site_with_an_arabic_only_story_switch_normally() {
    let out = Site::fixture("arabic_only").build().success().tree();
    for (from, to) in [
        ("/en/", "/ar/"),
        ("/en/stories/schools/", "/ar/stories/schools/"),
        ("/ar/stories/schools/", "/en/stories/schools/"),
        ("/en/stories/", "/ar/stories/"),
    ] {
        let other = &to[1..3];
        assert_eq!(
            out.page(from)
                .attr(&format!("nav.language-switch a[hreflang={other}]"), "href"),
            to,
            "switcher on {from}"
        );
    }
}

#[test]
fn arabic_only_story_is_reported_with_its_folder() {
    let run = Site::fixture("arabic_only").build().success();
    let warned = run.stderr.lines().any(|line| {
        line.starts_with("content/stories/community-radio")
            && line.contains("warning")
            && line.contains("en")
    });
    assert!(warned, "no warning naming the story folder:\n{run}");
}
