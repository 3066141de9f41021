//! The live preview runs again only the generators reading what an edit changed, as each
//! declares. On the sample site, where every generator makes files, each kind of edit a writer
//! makes is rebuilt by the preview and compared with a clean build: a generator that reads a part
//! of the site it does not declare leaves a stale file, and the comparison names it.

use std::collections::BTreeSet;

use crate::harness::Site;

const STORY: &str = "content/stories/desalination-climate-adaptation/index.en.md";
const ARABIC_STORY: &str = "content/stories/desalination-climate-adaptation/index.ar.md";
const RELEASE: &str = "content/stories/solar-water-pumping-sahel/index.en.md";
const RELEASE_IMAGES: &str = "content/stories/solar-water-pumping-sahel/images.yaml";

/// A change a writer makes: its name, and how it changes the site.
type Edit = (&'static str, Box<dyn Fn(&Site)>);

/// Replaces `from` with `to` in the site file at `path`, which must hold `from`.
fn replace(path: &'static str, from: &'static str, to: &'static str) -> Box<dyn Fn(&Site)> {
    Box::new(move |site: &Site| {
        let text = std::fs::read_to_string(site.root().join(path)).expect("the file exists");
        assert!(text.contains(from), "{path} lacks {from:?}");
        site.write(path, &text.replacen(from, to, 1));
    })
}

/// Adds `more` at the end of the site file at `path`.
fn append(path: &'static str, more: &'static str) -> Box<dyn Fn(&Site)> {
    Box::new(move |site: &Site| {
        let text = std::fs::read_to_string(site.root().join(path)).expect("the file exists");
        site.write(path, &format!("{text}{more}"));
    })
}

/// Every kind of edit, touching every part of the model a generator can read.
fn edits() -> Vec<Edit> {
    vec![
        (
            "the text of a story",
            append(STORY, "\nA new paragraph on the pumps.\n"),
        ),
        (
            "the text of an Arabic story",
            append(ARABIC_STORY, "\nفقرة جديدة عن المضخات.\n"),
        ),
        (
            "the text of a press release",
            append(RELEASE, "\nOne more sentence.\n"),
        ),
        ("a title", replace(STORY, "title: \"", "title: \"Now: ")),
        (
            "a summary",
            replace(STORY, "summary: \"", "summary: \"In short, "),
        ),
        ("a date", replace(STORY, "date: 20", "date: 19")),
        ("a tag", replace(STORY, "tags: [", "tags: [pumps, ")),
        (
            "a photo's description",
            replace(RELEASE_IMAGES, "alt: {en: \"", "alt: {en: \"Seen: "),
        ),
        (
            "a photo",
            Box::new(|site: &Site| {
                let folder = site
                    .root()
                    .join("content/stories/solar-water-pumping-sahel");
                let photo = std::fs::read(folder.join("queue.jpg")).expect("the photo exists");
                site.write_bytes(
                    "content/stories/solar-water-pumping-sahel/cover.jpg",
                    &photo,
                );
            }),
        ),
        (
            "a release mark",
            replace(STORY, "---\n", "---\npress: {contact: media-office}\n"),
        ),
        (
            "an old address",
            replace(
                ARABIC_STORY,
                "---\n",
                "---\naliases: [/ar/old/desalination/]\n",
            ),
        ),
        (
            "a draft published",
            replace(
                "content/stories/evaluation-report-2024/index.ar.md",
                "draft: true",
                "draft: false",
            ),
        ),
        (
            "a new story",
            Box::new(|site: &Site| {
                site.write(
                    "content/stories/fresh/index.en.md",
                    "---\ntitle: Fresh\ndate: 2025-06-01\nsummary: New.\nsectors: [education]\n---\nFresh text.\n",
                );
            }),
        ),
        (
            "a removed story",
            Box::new(|site: &Site| site.remove("content/stories/fresh/index.en.md")),
        ),
        (
            "a page's text",
            append("content/pages/about.en.md", "\nMore about us.\n"),
        ),
        (
            "a page's title",
            replace("content/pages/about.ar.md", "title: ", "title: عن "),
        ),
        (
            "a project",
            replace(
                "content/projects/scholarships.yaml",
                "{en: \"University",
                "{en: \"Bright University",
            ),
        ),
        (
            "a partner",
            append(
                "content/partners.yaml",
                "\nnewcomer:\n  name: Newcomer Fund\n  type: foundation\n",
            ),
        ),
        (
            "an indicator's figures",
            append("content/indicators/scholarship-holders.csv", "2030,,999\n"),
        ),
        (
            "an IATI file",
            replace(
                "content/iati/sample-activities.xml",
                "<narrative>Sample",
                "<narrative>The sample",
            ),
        ),
        (
            "a static file",
            Box::new(|site: &Site| site.write("static/files/guide.txt", "A guide.\n")),
        ),
        (
            "the stylesheet",
            Box::new(|site: &Site| site.write("static/css/bayan.css", "body { margin: 0; }\n")),
        ),
        (
            "the configuration",
            replace("site.yaml", "Sample Newsroom", "Sample News"),
        ),
    ]
}

/// A cache of made photos and share cards shared by the builds of these tests: what it holds is
/// named by its content, and drawing the sample's cards in a debug build takes most of a minute.
fn image_cache() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("preview-image-cache")
}

/// The paths where `preview` and `clean` differ, each with the generator that made it.
fn differences(preview: &bayan::OutputTree, clean: &bayan::OutputTree) -> Vec<String> {
    let paths: BTreeSet<&str> = preview.paths().chain(clean.paths()).collect();
    paths
        .into_iter()
        .filter(|path| preview.get(path) != clean.get(path))
        .map(|path| {
            let maker = clean.made_by(path).or_else(|| preview.made_by(path));
            format!("{path} (made by {})", maker.unwrap_or("nobody"))
        })
        .collect()
}

#[test]
fn the_preview_after_every_kind_of_edit_equals_a_clean_build_for_every_generator() {
    let site = Site::sample();
    // The sample has no old address: one story gets one, so that every generator has work.
    replace(STORY, "---\n", "---\naliases: [/news/desalination/]\n")(&site);
    site.age();
    let cache = bayan::BuildCache::with_image_dir(Some(image_cache()));
    let first = bayan::render_site_cached(&site.options(false), &cache).expect("first build");
    let makers: BTreeSet<&str> = first
        .tree
        .paths()
        .filter_map(|path| first.tree.made_by(path))
        .collect();
    let all: BTreeSet<&str> = bayan::generator_names().into_iter().collect();
    assert_eq!(
        makers,
        all.iter().copied().chain(["sitemap"]).collect(),
        "the site under test shows every generator's work"
    );
    let clean_options = bayan::BuildOptions {
        image_cache: Some(image_cache()),
        ..site.options(false)
    };
    let mut ran = BTreeSet::new();
    for (what, edit) in edits() {
        edit(&site);
        let rebuilt = bayan::render_site_cached(&site.options(false), &cache)
            .unwrap_or_else(|problems| panic!("{what}: the rebuild fails: {problems:?}"));
        let clean = bayan::render_site(&clean_options)
            .unwrap_or_else(|problems| panic!("{what}: the build fails: {problems:?}"));
        let stale = differences(&rebuilt.tree, &clean.tree);
        assert!(
            stale.is_empty(),
            "after {what}, the preview differs:\n{}",
            stale.join("\n")
        );
        assert!(rebuilt.rendered > 0, "{what}: nothing made again");
        ran.extend(rebuilt.remade.iter().copied());
    }
    assert_eq!(ran, all, "every generator ran again after some edit");
}

#[test]
fn an_edit_runs_again_only_the_generators_that_read_what_it_changed() {
    let site = Site::sample();
    site.age();
    let cache = bayan::BuildCache::with_image_dir(Some(image_cache()));
    let remade = |what: &str| -> BTreeSet<&'static str> {
        let report = bayan::render_site_cached(&site.options(false), &cache).expect(what);
        report.remade.into_iter().collect()
    };
    remade("the first build");

    append(STORY, "\nA new paragraph.\n")(&site);
    assert_eq!(
        remade("a text"),
        BTreeSet::from(["feeds", "search", "story pages"]),
        "a story's text shows on its page, in feeds and in search"
    );

    replace(STORY, "title: \"", "title: \"Now: ")(&site);
    let after_title = remade("a title");
    for kept in ["open data", "static files", "404 page", "standalone pages"] {
        assert!(!after_title.contains(kept), "a title remade the {kept}");
    }

    append("content/pages/about.en.md", "\nMore about us.\n")(&site);
    let after_page = remade("a page's text");
    assert!(after_page.contains("standalone pages"), "{after_page:?}");
    for kept in ["story pages", "feeds", "share cards", "open data"] {
        assert!(
            !after_page.contains(kept),
            "a page's text remade the {kept}"
        );
    }

    replace(
        "content/projects/scholarships.yaml",
        "{en: \"University",
        "{en: \"Bright University",
    )(&site);
    let after_data = remade("a project");
    assert!(after_data.contains("projects"), "{after_data:?}");
    for kept in ["static files", "standalone pages", "404 page"] {
        assert!(!after_data.contains(kept), "a project remade the {kept}");
    }
}
