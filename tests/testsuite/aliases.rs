//! `aliases:` keep old addresses working with a redirect page, and can never write outside the
//! output folder.

use crate::harness::Site;

const STORY: &str = "content/stories/new-url/index.en.md";

#[test]
fn alias_is_a_redirect_to_the_story() {
    let out = Site::fixture("aliases").build().success().tree();
    let page = out.page("/en/news/old-url/");
    assert_eq!(
        page.attr("meta[http-equiv=refresh]", "content"),
        "0; url=/en/stories/new-url/"
    );
    assert_eq!(
        page.attr("link[rel=canonical]", "href"),
        "https://example.org/en/stories/new-url/"
    );
    assert_eq!(page.attr("a", "href"), "/en/stories/new-url/");
    assert_eq!(page.attr("meta[name=robots]", "content"), "noindex");
    let arabic = out.page("/ar/news/old-url/");
    assert_eq!(
        arabic.attr("meta[http-equiv=refresh]", "content"),
        "0; url=/ar/stories/new-url/"
    );
    assert_eq!(arabic.attr("html", "lang"), "ar");
}

#[test]
fn alias_redirects_under_the_base_path() {
    let out = Site::fixture("aliases")
        .build_with(&["--base-url", "https://example.org/newsroom/"])
        .success()
        .tree();
    let page = out.page("/en/news/old-url/");
    assert_eq!(
        page.attr("meta[http-equiv=refresh]", "content"),
        "0; url=/newsroom/en/stories/new-url/"
    );
    assert_eq!(
        page.attr("link[rel=canonical]", "href"),
        "https://example.org/newsroom/en/stories/new-url/"
    );
}

fn with_alias(alias: &str) -> Site {
    Site::fixture("aliases").with_file(
        STORY,
        &format!(
            "---\ntitle: \"Renamed story\"\ndate: 2024-05-12\naliases: [\"{alias}\"]\n---\nText.\n"
        ),
    )
}

#[test]
fn alias_climbing_out_of_the_site_is_an_error_and_writes_nothing() {
    for alias in ["/../../outside/", "/en/../../../outside/", "/en/news/.."] {
        let site = with_alias(alias);
        let before = site.snapshot();
        site.build().fails_with(1).reports(STORY, 4, "error", alias);
        site.snapshot().assert_same(&before);
        let entries: Vec<_> = std::fs::read_dir(site.scratch())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(
            entries,
            ["site"],
            "{alias}: something was written beside the site"
        );
    }
}

#[test]
fn alias_taking_another_pages_address_is_an_error() {
    let site = with_alias("/en/stories/");
    site.build().fails_with(1).stderr_has("/en/stories/");
    assert!(!site.output().exists());
}

#[test]
fn arabic_old_addresses_redirect_written_in_letters_or_encoded() {
    let out = Site::fixture("aliases")
        .with_file(
            "content/stories/new-url/index.ar.md",
            "---\ntitle: \"خبر\"\naliases: [\"/ar/أخبار/قديم/\", \"/ar/%D8%AE%D8%A8%D8%B1/\"]\n---\nنص.\n",
        )
        .build()
        .success()
        .tree();
    for old in ["/ar/أخبار/قديم/", "/ar/خبر/"] {
        let page = out.page(old);
        assert!(
            page.attr("meta[http-equiv=refresh]", "content")
                .ends_with("/ar/stories/new-url/"),
            "{old}"
        );
    }
}
