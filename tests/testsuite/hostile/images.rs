//! Images that claim more pixels than a build can hold, and site images that lead out of the
//! site folder: refused from the header, before any pixel is allocated, at file and line.

use crate::harness::Site;

/// A valid 8x8 JPEG whose header then claims `side` x `side` pixels: a few hundred bytes that
/// ask a decoder for gigabytes.
fn jpeg_claiming(side: u16) -> Vec<u8> {
    let mut bytes = jpeg(8, 8);
    // Baseline frame header: FF C0, length (2 bytes), precision (1), height (2), width (2).
    let frame = bytes
        .windows(2)
        .position(|w| w == [0xFF, 0xC0])
        .expect("a baseline JPEG");
    bytes[frame + 5..frame + 7].copy_from_slice(&side.to_be_bytes());
    bytes[frame + 7..frame + 9].copy_from_slice(&side.to_be_bytes());
    bytes
}

fn jpeg(width: u32, height: u32) -> Vec<u8> {
    let pixels = image::RgbImage::from_fn(width, height, |x, y| {
        image::Rgb([(x % 256) as u8, (y % 256) as u8, 90])
    });
    let mut bytes = Vec::new();
    pixels
        .write_with_encoder(image::codecs::jpeg::JpegEncoder::new(&mut bytes))
        .unwrap();
    bytes
}

#[test]
fn an_image_claiming_billions_of_pixels_is_refused_from_its_header() {
    let bomb = jpeg_claiming(65500);
    assert!(bomb.len() < 1000, "{} bytes", bomb.len());
    let site = Site::fixture("local_files");
    site.write_bytes("content/stories/with-cover/cover.jpg", &bomb);
    site.build()
        .fails_with(1)
        .stderr_has("content/stories/with-cover/cover.jpg: error[I006]: this image is 65500 x 65500 pixels (4291 megapixels), more than the 64 megapixels bayan reads")
        .stderr_has("max_megapixels");
    assert!(!site.output().exists(), "nothing is published");
}

#[test]
fn the_pixel_cap_is_set_in_site_yaml() {
    let site = Site::fixture("local_files");
    site.write_bytes("content/stories/with-cover/class.jpg", &jpeg(1200, 1000));
    site.build().success();
    let capped = "title: {en: \"Files Newsroom\", ar: \"غرفة أخبار الملفات\"}\nbase_url: \"https://example.org/\"\nimages:\n  max_megapixels: 1\n";
    site.write("site.yaml", capped);
    site.build()
        .fails_with(1)
        .stderr_has("class.jpg: error[I006]: this image is 1200 x 1000 pixels (2 megapixels), more than the 1 megapixels bayan reads");
    site.write(
        "site.yaml",
        &capped.replace("max_megapixels: 1", "max_megapixels: 0"),
    );
    site.build()
        .fails_with(1)
        .reports("site.yaml", 4, "error", "0 megapixels is not a size");
}

const PRESS_LOGO: &str = "title: {en: \"Files Newsroom\", ar: \"غرفة أخبار الملفات\"}\nbase_url: \"https://example.org/\"\npress:\n  logo: brand/logo.png\nsocial:\n  image: brand/share.jpg\n";

#[test]
fn the_logo_and_share_image_are_held_to_the_cap() {
    let site = Site::fixture("local_files").with_file("site.yaml", PRESS_LOGO);
    site.write_bytes("brand/logo.png", &jpeg_claiming(65500));
    site.write_bytes("brand/share.jpg", &jpeg_claiming(40000));
    site.build()
        .fails_with(1)
        .reports(
            "site.yaml",
            4,
            "error",
            "the logo \"brand/logo.png\": this image is 65500 x 65500 pixels",
        )
        .reports(
            "site.yaml",
            6,
            "error",
            "the share image \"brand/share.jpg\": this image is 40000 x 40000 pixels",
        );
}

#[test]
fn site_images_that_are_links_are_refused() {
    let site = Site::fixture("local_files").with_file("site.yaml", PRESS_LOGO);
    let outside = site.scratch().join("private.png");
    std::fs::write(&outside, jpeg(16, 16)).unwrap();
    site.link("brand/logo.png", &outside);
    site.link("brand/share.jpg", &outside);
    site.build()
        .fails_with(1)
        .reports(
            "site.yaml",
            4,
            "error",
            "the logo \"brand/logo.png\" is a link to a file elsewhere",
        )
        .reports(
            "site.yaml",
            6,
            "error",
            "the share image \"brand/share.jpg\" is a link",
        );
    // A linked folder leading out of the site is refused too.
    let elsewhere = site.scratch().join("elsewhere");
    std::fs::create_dir_all(&elsewhere).unwrap();
    std::fs::write(elsewhere.join("logo.png"), jpeg(16, 16)).unwrap();
    std::fs::write(elsewhere.join("share.jpg"), jpeg(16, 16)).unwrap();
    std::fs::remove_dir_all(site.root().join("brand")).unwrap();
    std::os::unix::fs::symlink(&elsewhere, site.root().join("brand")).unwrap();
    site.build()
        .fails_with(1)
        .reports("site.yaml", 4, "error", "is a link to a file elsewhere");
}

#[test]
fn data_and_image_notes_that_are_links_are_refused_without_echoing_them() {
    let site = Site::fixture("local_files");
    let outside = site.scratch().join("secrets.yaml");
    std::fs::write(&outside, "SECRET-TOKEN: hunter2\n").unwrap();
    site.link("content/stories/with-cover/images.yaml", &outside);
    site.link("content/partners.yaml", &outside);
    site.build()
        .fails_with(1)
        .stderr_has("content/stories/with-cover/images.yaml: error[F002]: cannot read the file: it is a link to a file elsewhere")
        .stderr_has("content/partners.yaml: error[F002]: cannot read the file: it is a link to a file elsewhere")
        .stderr_has("copy the file itself")
        .stderr_lacks("SECRET-TOKEN")
        .stderr_lacks("hunter2");
}

#[test]
fn a_share_image_from_a_story_folder_is_refused() {
    let site = Site::fixture("drafts_embargo").with_file(
        "site.yaml",
        &format!(
            "{}social:\n  image: content/stories/quokka-embargo/quokka-photo.jpg\n",
            std::fs::read_to_string(
                std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                    .join("tests/fixtures/drafts_embargo/site.yaml")
            )
            .unwrap()
        ),
    );
    site.build()
        .fails_with(1)
        .stderr_has("is a file of the site's content")
        .stderr_has("may be under embargo");
}

/// Found by the `image` fuzz target: a narrow image taller than WebP allows made the encoder
/// panic and end the build.
#[test]
fn an_image_too_tall_for_webp_is_refused_not_a_crash() {
    let tall = image::RgbImage::from_pixel(40, 20_000, image::Rgb([20, 120, 60]));
    let mut bytes = Vec::new();
    tall.write_with_encoder(image::codecs::png::PngEncoder::new(&mut bytes))
        .unwrap();
    let site = Site::fixture("local_files").with_file(
        "content/stories/with-cover/index.en.md",
        "---\ntitle: \"A story with a cover\"\ndate: 2024-05-12\ncover: cover.jpg\n---\nText.\n\n![A very tall chart](tall.png)\n",
    );
    site.write_bytes("content/stories/with-cover/tall.png", &bytes);
    site.build()
        .fails_with(1)
        .stderr_has("content/stories/with-cover/tall.png: error[I002]: this image cannot be read: its copy of 40 x 20000 pixels cannot be written as WebP")
        .stderr_lacks("panicked");
}
