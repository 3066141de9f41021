//! Links as writers type them: with spaces, to the story's file instead of its page, to a
//! story not published yet.

use crate::harness::Site;

const EN: &str = "content/stories/hello/index.en.md";

fn story_with(body: &str) -> String {
    format!("---\ntitle: \"Hello\"\ndate: 2024-05-12\nsummary: \"First.\"\n---\n{body}\n")
}

#[test]
fn a_link_or_image_with_a_space_in_its_address_is_refused_not_shown_as_text() {
    let site = Site::fixture("minimal");
    site.write(
        EN,
        &story_with(
            "## Programme results\n\nText.\n\n![Pupils](opening photo.jpg)\n\nSee [the results](#programme results) and [the report](https://example.org/annual report.pdf).\n\n```\n[code](not a link)\n```\n",
        ),
    );
    site.build()
        .fails_with(1)
        .reports(
            EN,
            10,
            "error",
            "this image is shown as plain text: its address `opening photo.jpg` has a space",
        )
        .stderr_has("rename the file without spaces, like opening-photo.jpg")
        .reports(
            EN,
            12,
            "error",
            "this link is shown as plain text: its address `#programme results` has a space",
        )
        .stderr_has("write #programme-results")
        .stderr_has("(<https://example.org/annual report.pdf>)")
        .stderr_lacks("not a link");

    let ar = "content/stories/hello/index.ar.md";
    site.write(EN, &story_with("Text."));
    site.write(
        ar,
        "---\ntitle: \"مرحبا\"\nsummary: \"الأول.\"\n---\n## نتائج البرنامج\n\nانظر [النتائج](#نتائج البرنامج).\n",
    );
    site.build()
        .fails_with(1)
        .reports(ar, 7, "error", "this link is shown as plain text")
        .stderr_has("write #نتائج-البرنامج");
    site.write(
        ar,
        "---\ntitle: \"مرحبا\"\nsummary: \"الأول.\"\n---\n## نتائج البرنامج\n\nانظر [النتائج](#نتائج-البرنامج).\n",
    );
    site.build().success();
}

#[test]
fn a_link_to_a_story_not_yet_published_says_which_and_until_when() {
    let site = Site::fixture("drafts_embargo");
    let story = "content/stories/public-story/index.en.md";
    let text = std::fs::read_to_string(site.root().join(story)).unwrap();
    site.write(
        story,
        &format!(
            "{text}\nSee [the draft](../zebra-draft/) and [the release](../quokka-embargo/).\n"
        ),
    );
    site.build()
        .fails_with(1)
        .reports(story, 12, "error", "leads to the story `zebra-draft` (en), which is a draft and is not published")
        .stderr_has("remove its `draft: true`")
        .reports(story, 12, "error", "leads to the story `quokka-embargo` (en), which is under embargo until 2026-06-01 06:00 (UTC+00:00)")
        .stderr_has("give this story the same `embargo:`");
}

#[test]
fn a_link_to_a_storys_file_points_at_its_page_instead() {
    let site = Site::fixture("drafts_embargo");
    let story = "content/stories/public-story/index.en.md";
    let text = std::fs::read_to_string(site.root().join(story)).unwrap();
    site.write(
        story,
        &format!("{text}\nSee [this](../public-story/index.en.md).\n"),
    );
    site.build()
        .fails_with(1)
        .reports(
            story,
            12,
            "error",
            "leads to a story's text file, which is not published",
        )
        .stderr_has("without `index.en.md` at the end");
}
