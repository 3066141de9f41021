//! Files named in a story (its cover, images in the body) are files beside the story: they are
//! published with it, and no path can reach outside the story folder.

use crate::harness::Site;

const STORY: &str = "content/stories/with-cover/index.en.md";

#[test]
fn cover_and_images_beside_the_story_are_published_with_it() {
    let out = Site::fixture("local_files").build().success().tree();
    let page = out.page("/en/stories/with-cover/");
    assert_eq!(
        page.attr("img.cover", "src"),
        "/en/stories/with-cover/cover.jpg"
    );
    assert_eq!(
        page.attr(".prose img", "src"),
        "/en/stories/with-cover/class.jpg"
    );
    assert_eq!(page.attr(".prose img", "alt"), "Pupils in class");
    assert_eq!(
        out.bytes("/en/stories/with-cover/cover.jpg"),
        b"COVER-BYTES"
    );
    assert_eq!(
        out.bytes("/ar/stories/with-cover/cover.jpg"),
        b"COVER-BYTES"
    );
    assert!(out.containing("SECRET-BYTES").is_empty());
}

#[test]
fn cover_outside_the_story_folder_is_an_error_at_its_line() {
    let site = Site::fixture("local_files").with_file(
        STORY,
        "---\ntitle: \"A story with a cover\"\ndate: 2024-05-12\ncover: ../../secret.jpg\n---\nText.\n",
    );
    let before = site.snapshot();
    site.build()
        .fails_with(1)
        .reports(STORY, 4, "error", "../../secret.jpg");
    site.snapshot().assert_same(&before);
}

#[test]
fn cover_reaching_the_site_root_is_an_error_at_its_line() {
    let site = Site::fixture("local_files").with_file(
        STORY,
        "---\ntitle: \"A story with a cover\"\ndate: 2024-05-12\ncover: ../../../secret.jpg\n---\nText.\n",
    );
    site.build()
        .fails_with(1)
        .reports(STORY, 4, "error", "../../../secret.jpg");
}

#[test]
fn body_image_outside_the_story_folder_is_an_error_at_its_line() {
    let site = Site::fixture("local_files").with_file(
        STORY,
        "---\ntitle: \"A story with a cover\"\ndate: 2024-05-12\n---\nText.\n\n![Secret](../../secret.jpg)\n",
    );
    let before = site.snapshot();
    site.build()
        .fails_with(1)
        .reports(STORY, 7, "error", "../../secret.jpg");
    site.snapshot().assert_same(&before);
}

#[test]
fn rooted_body_image_with_dot_dot_is_an_error() {
    let site = Site::fixture("local_files").with_file(
        STORY,
        "---\ntitle: \"A story with a cover\"\ndate: 2024-05-12\n---\nText.\n\n![Secret](/../secret.jpg)\n",
    );
    site.build()
        .fails_with(1)
        .reports(STORY, 7, "error", "/../secret.jpg");
}
