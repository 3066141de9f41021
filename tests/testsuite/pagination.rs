//! Story lists are cut into pages of `stories_per_page`, newest first, linked with rel=prev/next.

use crate::harness::{Page, Site};

fn links(page: &Page) -> (Option<String>, Option<String>) {
    let href = |css: &str| {
        page.select(css)
            .first()
            .and_then(|a| a.value().attr("href"))
            .map(str::to_owned)
    };
    assert!(page.count("a[rel=prev]") <= 1 && page.count("a[rel=next]") <= 1);
    (href("a[rel=prev]"), href("a[rel=next]"))
}

#[test]
fn story_list_has_three_pages_of_two() {
    let out = Site::fixture("pagination").build().success().tree();
    assert!(out.has("/en/stories/"));
    assert!(out.has("/en/stories/page/2/"));
    assert!(out.has("/en/stories/page/3/"));
    assert!(!out.has("/en/stories/page/4/"));
}

#[test]
fn pages_list_newest_first() {
    let out = Site::fixture("pagination").build().success().tree();
    let titles = |url: &str| out.page(url).texts(".card-title a");
    assert_eq!(titles("/en/stories/"), ["Story 5", "Story 4"]);
    assert_eq!(titles("/en/stories/page/2/"), ["Story 3", "Story 2"]);
    assert_eq!(titles("/en/stories/page/3/"), ["Story 1"]);
}

#[test]
fn prev_and_next_link_neighbouring_pages() {
    let out = Site::fixture("pagination").build().success().tree();
    let s = |u: &str| Some(u.to_owned());
    assert_eq!(
        links(&out.page("/en/stories/")),
        (None, s("/en/stories/page/2/"))
    );
    assert_eq!(
        links(&out.page("/en/stories/page/2/")),
        (s("/en/stories/"), s("/en/stories/page/3/"))
    );
    assert_eq!(
        links(&out.page("/en/stories/page/3/")),
        (s("/en/stories/page/2/"), None)
    );
}

#[test]
fn later_pages_are_their_own_canonical_and_mark_the_current_page() {
    let out = Site::fixture("pagination").build().success().tree();
    let page = out.page("/en/stories/page/2/");
    assert_eq!(
        page.attr("link[rel=canonical]", "href"),
        "https://example.org/en/stories/page/2/"
    );
    assert_eq!(
        page.attr(".pagination a[aria-current=page]", "href"),
        "/en/stories/page/2/"
    );
    assert_eq!(page.text(".pagination a[aria-current=page]"), "2");
}

#[test]
fn term_pages_are_paginated_too() {
    let out = Site::fixture("pagination").build().success().tree();
    assert_eq!(
        out.page("/en/tags/series/").texts(".card-title a"),
        ["Story 5", "Story 4"]
    );
    assert_eq!(
        out.page("/en/tags/series/page/3/").texts(".card-title a"),
        ["Story 1"]
    );
    assert!(!out.has("/en/tags/series/page/4/"));
    assert_eq!(
        links(&out.page("/en/tags/series/page/3/")),
        (Some("/en/tags/series/page/2/".to_owned()), None)
    );
}

#[test]
fn a_short_list_has_no_pagination() {
    let out = Site::fixture("pagination")
        .with_file(
            "site.yaml",
            "title: \"Pagination Newsroom\"\nbase_url: \"https://example.org/\"\nlanguages: [en]\nstories_per_page: 5\n",
        )
        .build()
        .success()
        .tree();
    assert_eq!(out.page("/en/stories/").count(".card"), 5);
    assert_eq!(out.page("/en/stories/").count("nav.pagination"), 0);
    assert!(!out.has("/en/stories/page/2/"));
}
