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

#[test]
fn files_the_story_does_not_use_stay_private() {
    let out = Site::fixture("local_files")
        .with_file(
            "content/stories/with-cover/internal-notes.txt",
            "NOTES-BYTES",
        )
        .with_file("content/stories/with-cover/report.pdf", "REPORT-BYTES")
        .with_file(
            "content/stories/with-cover/index.ar.md",
            "---\ntitle: \"غلاف\"\n---\nانظر [التقرير](report.pdf).\n",
        )
        .build()
        .success()
        .stderr_has("internal-notes.txt: warning: this file is not used by the story")
        .tree();
    assert!(out.containing("NOTES-BYTES").is_empty());
    // A file linked from one translation is published beside every translation.
    assert_eq!(
        out.bytes("/ar/stories/with-cover/report.pdf"),
        b"REPORT-BYTES"
    );
    assert_eq!(
        out.page("/ar/stories/with-cover/").attr(".prose a", "href"),
        "/ar/stories/with-cover/report.pdf"
    );
}

#[test]
fn files_only_a_draft_uses_are_not_published() {
    let out = Site::fixture("local_files")
        .with_file("content/stories/draft-photo/photo.jpg", "DRAFT-PHOTO")
        .with_file(
            "content/stories/draft-photo/index.en.md",
            "---\ntitle: Draft\ndate: 2024-01-01\ndraft: true\n---\n![A photo](photo.jpg)\n",
        )
        .build()
        .success()
        .stderr_lacks("draft-photo/photo.jpg")
        .tree();
    assert!(out.containing("DRAFT-PHOTO").is_empty());
}

#[test]
fn a_very_large_image_is_reported() {
    let site = Site::fixture("local_files");
    std::fs::write(
        site.root().join("content/stories/with-cover/class.jpg"),
        vec![0u8; 3_500_000],
    )
    .unwrap();
    site.build()
        .success()
        .stderr_has("class.jpg: warning: this image is 3.5 MB");
}
