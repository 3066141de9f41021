//! The live preview's rebuilds reuse what an edit did not change. Whatever the edit, a rebuild
//! must give exactly the site a clean build makes of the same sources: no stale page, ever.

use crate::harness::{Site, Tree};

const TRICKY: &str = "content/stories/tricky/index.en.md";
const TRICKY_FRONT: &str = "---\ntitle: \"Water & \\\"power\\\" <now> for 12,000 people 💧\"\ndate: 2024-05-12T09:00:00+03:00\nsummary: \"A <b>summary</b> with & and 'quotes'.\"\nsectors: [water]\ncountries: [SD]\nsdgs: [6]\ntags: [water-access]\n---\n";

/// Rebuilds with `cache`, checks the result against a clean build, and gives the number of
/// files the rebuild made.
fn rebuild_matches_clean(site: &Site, cache: &bayan::BuildCache) -> (Tree, usize) {
    let (rebuilt, made) = site.render_cached(cache).expect("the rebuild succeeds");
    let clean = site.render(false).expect("the clean build succeeds");
    rebuilt.assert_same(&clean);
    (rebuilt, made)
}

#[test]
fn an_edited_story_text_remakes_only_its_page_and_the_feeds_carrying_it() {
    let site = Site::fixture("feeds");
    site.age();
    let cache = bayan::BuildCache::default();
    let (first, made) = rebuild_matches_clean(&site, &cache);
    assert_eq!(made, first.files.len(), "the first build makes everything");

    site.write(
        TRICKY,
        &format!("{TRICKY_FRONT}A new paragraph about wells.\n\n## Details\n\nMore.\n"),
    );
    let (rebuilt, made) = rebuild_matches_clean(&site, &cache);
    assert!(
        rebuilt
            .text("/en/stories/tricky/")
            .contains("A new paragraph about wells.")
    );
    assert!(
        rebuilt
            .text("/en/feed.xml")
            .contains("A new paragraph about wells.")
    );
    assert!(
        made > 1 && made < first.files.len() / 3,
        "{made} files made of {}",
        first.files.len()
    );

    // Saving without a change makes nothing.
    site.write(
        TRICKY,
        &format!("{TRICKY_FRONT}A new paragraph about wells.\n\n## Details\n\nMore.\n"),
    );
    let (_, made) = rebuild_matches_clean(&site, &cache);
    assert_eq!(made, 0);
}

/// An IATI file of one activity with a budget of `amount`.
fn activity_file(amount: &str) -> String {
    format!(
        "<iati-activities version=\"2.03\"><iati-activity xml:lang=\"en\"><iati-identifier>XM-1-W</iati-identifier><title><narrative>Wells</narrative></title><activity-status code=\"2\"/><budget><period-start iso-date=\"2024-01-01\"/><period-end iso-date=\"2024-12-31\"/><value currency=\"USD\" value-date=\"2024-01-01\">{amount}</value></budget></iati-activity></iati-activities>"
    )
}

/// A change a writer makes to the site.
type Edit = dyn Fn(&Site);

#[test]
fn every_kind_of_edit_rebuilds_to_the_site_a_clean_build_makes() {
    let site = Site::fixture("feeds");
    site.age();
    let cache = bayan::BuildCache::default();
    rebuild_matches_clean(&site, &cache);
    let edits: [(&str, &Edit); 15] = [
        ("a title", &|site| {
            site.write(
                TRICKY,
                &TRICKY_FRONT
                    .replace("Water &", "Wells &")
                    .replace("## Details", ""),
            );
        }),
        ("a body in Arabic", &|site| {
            site.write(
                "content/stories/tricky/index.ar.md",
                "---\ntitle: \"المياه\"\n---\nنص جديد عن الآبار.\n",
            );
        }),
        ("a tag", &|site| {
            site.write(TRICKY, &TRICKY_FRONT.replace("water-access", "wells"));
        }),
        ("a date", &|site| {
            site.write(TRICKY, &TRICKY_FRONT.replace("2024-05-12", "2020-01-01"));
        }),
        ("a new story", &|site| {
            site.write(
                "content/stories/fresh/index.en.md",
                "---\ntitle: Fresh\ndate: 2025-01-01\nsummary: New.\n---\nFresh text.\n",
            );
        }),
        ("a removed story", &|site| {
            site.remove("content/stories/fresh/index.en.md");
        }),
        ("a new page", &|site| {
            site.write(
                "content/pages/about.en.md",
                "---\ntitle: About\n---\nAbout us.\n",
            );
        }),
        ("a static file", &|site| {
            site.write("static/css/bayan.css", "body { color: black; }\n");
        }),
        ("a theme template", &|site| {
            site.write(
                "themes/default/templates/story.html",
                "{% extends \"base.html\" %}{% block main %}<p>{{ story.title }}</p>{% endblock main %}",
            );
        }),
        ("a new partner", &|site| {
            site.write(
                "content/partners.yaml",
                "undp:\n  name: UNDP\n  type: un-agency\n",
            );
        }),
        ("a new project", &|site| {
            site.write(
                "content/projects/wells.yaml",
                "title: Wells\nstatus: ongoing\nsectors: [water]\npartners: [undp]\n",
            );
        }),
        ("a shortcode in a story", &|site| {
            site.write(
                TRICKY,
                &format!("{TRICKY_FRONT}Text.\n\n{{{{ project(id=\"wells\") }}}}\n"),
            );
        }),
        ("an IATI activity file", &|site| {
            site.write("content/iati/fund.xml", &activity_file("1000"));
        }),
        ("a figure in an IATI file", &|site| {
            site.write("content/iati/fund.xml", &activity_file("1250"));
        }),
        ("the configuration", &|site| {
            let config = std::fs::read_to_string(site.root().join("site.yaml")).unwrap();
            site.write("site.yaml", &config.replace("items: 2", "items: 3"));
        }),
    ];
    for (what, edit) in edits {
        edit(&site);
        let (rebuilt, made) = site.render_cached(&cache).expect(what);
        let clean = site.render(false).expect(what);
        assert!(made > 0, "{what}: nothing made");
        rebuilt.assert_same(&clean);
    }
}

#[test]
fn a_broken_link_in_an_edited_text_is_still_found() {
    let site = Site::fixture("feeds");
    site.age();
    let cache = bayan::BuildCache::default();
    rebuild_matches_clean(&site, &cache);
    site.write(
        TRICKY,
        &format!("{TRICKY_FRONT}See [the plan](../no-such-story/).\n"),
    );
    let problems = site
        .render_cached(&cache)
        .expect_err("the broken link is an error");
    assert!(
        problems.contains("content/stories/tricky/index.en.md"),
        "{problems}"
    );
    assert!(problems.contains("no-such-story"), "{problems}");

    site.write(
        TRICKY,
        &format!("{TRICKY_FRONT}See [the other](../covered/).\n"),
    );
    let (rebuilt, _) = rebuild_matches_clean(&site, &cache);
    assert!(rebuilt.text("/en/stories/tricky/").contains("the other"));
}
