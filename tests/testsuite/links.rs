//! Links writers put in bodies are checked against the built site: a page that does not exist,
//! a draft, a missing translation or a missing heading is an error at the link's line.

use crate::harness::Site;

const STORY: &str = "content/stories/hello/index.en.md";

fn story_with(body: &str) -> Site {
    Site::fixture("minimal").with_file(
        STORY,
        &format!("---\ntitle: \"Hello world\"\ndate: 2024-05-12\n---\n{body}\n"),
    )
}

#[test]
fn links_to_real_pages_and_headings_pass() {
    let out = story_with(
        "## Results\n\n## النتائج الأولى\n\n[home](/en/) [list](../) [self](#results) [arabic](#النتائج-الأولى) \
         [other](/ar/stories/hello/) [encoded](#%D8%A7%D9%84%D9%86%D8%AA%D8%A7%D8%A6%D8%AC-%D8%A7%D9%84%D8%A3%D9%88%D9%84%D9%89) [out](https://example.net/x)",
    )
    .build()
    .success()
    .tree();
    let page = out.page("/en/stories/hello/");
    let arabic_heading = "النتائج-الأولى";
    let encoded: String = arabic_heading
        .bytes()
        .map(|b| match b {
            b'-' => "-".to_owned(),
            _ => format!("%{b:02X}"),
        })
        .collect();
    assert_eq!(page.attrs(".prose h2", "id"), ["results", arabic_heading]);
    // Every link keeps its target; a relative one is made absolute, an Arabic fragment is
    // percent-encoded as browsers send it.
    assert_eq!(
        page.attrs(".prose p a", "href"),
        [
            "/en/".to_owned(),
            "/en/stories/".to_owned(),
            "#results".to_owned(),
            format!("#{encoded}"),
            "/ar/stories/hello/".to_owned(),
            format!("#{encoded}"),
            "https://example.net/x".to_owned(),
        ]
    );
}

#[test]
fn a_link_to_a_missing_page_is_an_error_at_its_line() {
    story_with("Intro.\n\nSee [the report](../no-such-story/).")
        .build()
        .fails_with(1)
        .reports(
            STORY,
            7,
            "error",
            "the link to /en/stories/no-such-story/ leads to no page",
        );
}

#[test]
fn a_link_to_a_draft_or_a_missing_translation_is_an_error() {
    story_with("[draft](../draft/) and [arabic only](/en/stories/only-ar/)")
        .with_file(
            "content/stories/draft/index.en.md",
            "---\ntitle: Draft\ndate: 2024-01-01\ndraft: true\n---\nText.\n",
        )
        .with_file(
            "content/stories/only-ar/index.ar.md",
            "---\ntitle: \"عربي\"\ndate: 2024-01-01\n---\nنص.\n",
        )
        .build()
        .fails_with(1)
        .stderr_has("the link to /en/stories/draft/ leads to the story `draft` (en), which is a draft")
        .stderr_has("the link to /en/stories/only-ar/ leads to no page: the story `only-ar` is not written in en")
        .stderr_has("link to its ar page, /ar/stories/only-ar/");
}

#[test]
fn a_link_to_a_missing_heading_names_the_headings_there() {
    story_with("## Results\n\n[see](#resluts)")
        .build()
        .fails_with(1)
        .reports(STORY, 7, "error", "has no heading `#resluts`")
        .stderr_has("results");
}

#[test]
fn an_image_without_a_description_is_an_error() {
    Site::fixture("local_files")
        .with_file(
            "content/stories/with-cover/index.en.md",
            "---\ntitle: Covered\ndate: 2024-05-12\ncover: cover.jpg\n---\n![](class.jpg)\n",
        )
        .build()
        .fails_with(1)
        .reports(
            "content/stories/with-cover/index.en.md",
            6,
            "error",
            "has no description for readers who cannot see it",
        );
}
