//! Files named in a story (its cover, images in the body) are files beside the story: they are
//! published with it, and no path can reach outside the story folder.

use crate::harness::Site;

const STORY: &str = "content/stories/with-cover/index.en.md";

#[test]
fn cover_and_images_beside_the_story_are_published_with_it() {
    let out = Site::fixture("local_files").build().success().tree();
    let page = out.page("/en/stories/with-cover/");
    // Images smaller than every width made are copied at their own width, never enlarged.
    assert_eq!(
        page.attr("img.cover", "src"),
        "/en/stories/with-cover/cover.20w.jpg"
    );
    assert_eq!(page.attr("img.cover", "width"), "20");
    assert_eq!(page.attr("img.cover", "height"), "40");
    assert_eq!(
        page.count("img.cover[loading]"),
        0,
        "the cover loads at once"
    );
    assert_eq!(
        page.attr(".prose picture source", "srcset"),
        "/en/stories/with-cover/class.32w.webp 32w"
    );
    assert_eq!(page.attr(".prose img", "alt"), "Pupils in class");
    assert_eq!(page.attr(".prose img", "loading"), "lazy");
    for url in [
        "/en/stories/with-cover/class.32w.jpg",
        "/en/stories/with-cover/class.32w.webp",
        "/ar/stories/with-cover/cover.20w.webp",
    ] {
        let copy = image::load_from_memory(out.bytes(url)).unwrap_or_else(|e| panic!("{url}: {e}"));
        assert!(copy.width() <= 32, "{url} was enlarged");
    }
    assert_eq!(
        out.bytes("/en/stories/with-cover/cover.jpg"),
        out.bytes("/ar/stories/with-cover/cover.jpg")
    );
    assert!(out.containing("SECRET-BYTES").is_empty());
}

#[test]
fn large_images_get_every_width_in_jpeg_and_webp() {
    let site = Site::fixture("local_files");
    let photo = image::RgbImage::from_fn(2000, 1000, |x, y| {
        image::Rgb([(x % 256) as u8, (y % 256) as u8, 90])
    });
    photo
        .save(site.root().join("content/stories/with-cover/class.jpg"))
        .unwrap();
    let out = site.build().success().tree();
    let page = out.page("/en/stories/with-cover/");
    let srcset = page.attr(".prose img", "srcset");
    assert_eq!(
        srcset,
        "/en/stories/with-cover/class.480w.jpg 480w, /en/stories/with-cover/class.960w.jpg 960w, /en/stories/with-cover/class.1600w.jpg 1600w"
    );
    assert_eq!(
        (
            page.attr(".prose img", "width"),
            page.attr(".prose img", "height")
        ),
        ("1600".to_owned(), "800".to_owned())
    );
    for (width, height) in [(480, 240), (960, 480), (1600, 800)] {
        for format in ["jpg", "webp"] {
            let url = format!("/en/stories/with-cover/class.{width}w.{format}");
            let copy = image::load_from_memory(out.bytes(&url)).unwrap();
            assert_eq!((copy.width(), copy.height()), (width, height), "{url}");
        }
    }
    let full = image::load_from_memory(out.bytes("/en/stories/with-cover/class.jpg")).unwrap();
    assert_eq!(
        (full.width(), full.height()),
        (2000, 1000),
        "the full size stays for download"
    );
}

#[test]
fn published_images_carry_no_camera_or_place_and_stand_upright() {
    let site = Site::fixture("local_files");
    let source = std::fs::read(site.root().join("content/stories/with-cover/cover.jpg")).unwrap();
    assert!(
        contains(&source, b"PhoneMaker"),
        "the fixture comes from a phone"
    );
    assert!(contains(&source, b"Exif"));
    let out = site.build().success().tree();
    for url in [
        "/en/stories/with-cover/cover.jpg",
        "/ar/stories/with-cover/cover.jpg",
        "/en/stories/with-cover/class.jpg",
    ] {
        let published = out.bytes(url);
        for secret in [
            &b"Exif"[..],
            b"PhoneMaker",
            b"Model X",
            b"http://ns.adobe.com/xap",
        ] {
            assert!(!contains(published, secret), "{url} still holds {secret:?}");
        }
        image::load_from_memory(published).unwrap_or_else(|e| panic!("{url}: {e}"));
    }
    // Taken sideways (40x20, EXIF says rotate): published upright, 20x40.
    let cover = image::load_from_memory(out.bytes("/en/stories/with-cover/cover.jpg")).unwrap();
    assert_eq!((cover.width(), cover.height()), (20, 40));
}

#[test]
fn images_bayan_cannot_clean_are_not_published() {
    let site = Site::fixture("local_files")
        .with_file("content/stories/with-cover/scan.tiff", "II*\0")
        .with_file(
            STORY,
            "---\ntitle: \"A story with a cover\"\ndate: 2024-05-12\ncover: cover.jpg\n---\n![Scan](scan.tiff)\n",
        );
    site.build()
        .fails_with(1)
        .stderr_has("scan.tiff: error[I001]: bayan cannot remove the hidden data")
        .stderr_has("export it as JPEG");
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
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
        .stderr_has("internal-notes.txt: warning[S007]: this file is not used by the story")
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
    // Noise does not compress: a large photograph-sized file.
    let mut state: u32 = 7;
    let noise = image::RgbImage::from_fn(1400, 1400, |_, _| {
        state = state.wrapping_mul(1_664_525).wrapping_add(1_013_904_223);
        let [a, b, c, _] = state.to_le_bytes();
        image::Rgb([a, b, c])
    });
    let mut jpeg = Vec::new();
    noise
        .write_with_encoder(image::codecs::jpeg::JpegEncoder::new_with_quality(
            &mut jpeg, 95,
        ))
        .unwrap();
    assert!(jpeg.len() > 3_000_000, "{} bytes", jpeg.len());
    std::fs::write(
        site.root().join("content/stories/with-cover/class.jpg"),
        jpeg,
    )
    .unwrap();
    site.build()
        .success()
        .stderr_has("class.jpg: warning[I007]: this image is");
}

#[test]
fn a_second_build_reencodes_no_image() {
    let site = Site::fixture("local_files");
    site.build()
        .success()
        .stdout_has("Images: 2 cleaned of camera and place data, 0 unchanged");
    assert!(site.root().join(".bayan-cache/images").is_dir());
    site.build()
        .success()
        .stdout_has("Images: 0 cleaned of camera and place data, 2 unchanged");
    // Nothing of the cache reaches the site.
    assert!(
        site.build()
            .success()
            .tree()
            .containing("bayan-cache")
            .is_empty()
    );
}

const NOTES: &str = "content/stories/with-cover/images.yaml";

#[test]
fn images_yaml_describes_credits_and_captions_the_cover() {
    let out = Site::fixture("local_files").build().success().tree();
    let ar = out.page("/ar/stories/with-cover/");
    assert_eq!(ar.attr("img.cover", "alt"), "صورة حمراء وبيضاء");
    assert_eq!(
        ar.texts(".cover-figure figcaption span")[0],
        "ساحة المدرسة."
    );
    assert_eq!(
        ar.text(".cover-figure .credit"),
        "Photo: Example / Illustrative"
    );
}

#[test]
fn a_cover_without_a_description_in_a_language_is_an_error() {
    let site = Site::fixture("local_files").with_file(
        NOTES,
        "cover.jpg:\n  alt: {en: \"A red and white photograph\"}\nclas.jpg:\n  alt: Pupils\n",
    );
    site.build()
        .fails_with(1)
        .stderr_has("images.yaml: error[S013]: the image `cover.jpg` has no description in `ar`")
        .stderr_has("alt: {ar:")
        .reports(
            NOTES,
            4,
            "warning",
            "there is no file `clas.jpg` beside this story",
        )
        .stderr_has("did you mean `class.jpg`?");
    let none = Site::fixture("local_files");
    std::fs::remove_file(none.root().join(NOTES)).unwrap();
    none.build().fails_with(1).stderr_has(
        "with-cover/images.yaml: error[S013]: the image `cover.jpg` has no description in `en`",
    );
}

#[test]
fn a_figure_shows_an_image_with_its_caption_and_credit() {
    let site = Site::fixture("local_files")
        .with_file(
            STORY,
            "---\ntitle: \"A story with a cover\"\ndate: 2024-05-12\ncover: cover.jpg\n---\nText.\n\n{{ figure(src=\"class.jpg\") }}\n",
        )
        .with_file(
            NOTES,
            "cover.jpg:\n  alt: {en: \"A red and white photograph\", ar: \"صورة\"}\nclass.jpg:\n  alt: {en: \"Pupils in class\", ar: \"تلاميذ في الفصل\"}\n  caption: {en: \"Pupils <in> class.\", ar: \"التلاميذ.\"}\n  credit: \"Photo: Example\"\n",
        );
    let out = site.build().success().tree();
    let page = out.page("/en/stories/with-cover/");
    assert_eq!(
        page.attr(".prose figure picture img", "alt"),
        "Pupils in class"
    );
    assert_eq!(
        page.text(".prose figure figcaption .caption"),
        "Pupils <in> class."
    );
    assert_eq!(
        page.text(".prose figure figcaption .credit"),
        "Photo: Example"
    );
    assert!(out.has("/en/stories/with-cover/class.32w.webp"));

    let undescribed = Site::fixture("local_files").with_file(
        STORY,
        "---\ntitle: \"A story with a cover\"\ndate: 2024-05-12\ncover: cover.jpg\n---\n{{ figure(src=\"class.jpg\") }}\n\n{{ figure(src=\"missing.jpg\") }}\n",
    );
    undescribed
        .build()
        .fails_with(1)
        .stderr_has("the image `class.jpg` has no description in `en`")
        .reports(
            STORY,
            8,
            "error",
            "the figure `missing.jpg` is not in the story folder",
        );
}
