//! Photos as they arrive: cut short by an interrupted download, or drawings with transparent
//! parts.

use crate::harness::Site;

const STORY: &str = "content/stories/with-cover/index.en.md";

fn encoded(pixels: image::DynamicImage, format: image::ImageFormat) -> Vec<u8> {
    let mut bytes = std::io::Cursor::new(Vec::new());
    pixels.write_to(&mut bytes, format).unwrap();
    bytes.into_inner()
}

fn photograph() -> image::DynamicImage {
    image::DynamicImage::ImageRgb8(image::RgbImage::from_fn(640, 480, |x, y| {
        image::Rgb([(x % 256) as u8, (y % 256) as u8, 120])
    }))
}

#[test]
fn a_photo_cut_short_is_refused_not_published_half_grey() {
    let whole = encoded(photograph(), image::ImageFormat::Jpeg);
    let site = Site::fixture("local_files");
    site.write_bytes(
        "content/stories/with-cover/class.jpg",
        &whole[..whole.len() * 2 / 3],
    );
    site.build()
        .fails_with(1)
        .stderr_has(
            "content/stories/with-cover/class.jpg: error[I003]: this image file is incomplete",
        )
        .stderr_has("copy or download it again");
    assert!(!site.output().exists());

    let png = encoded(photograph(), image::ImageFormat::Png);
    site.write_bytes("content/stories/with-cover/class.jpg", &whole);
    site.write_bytes(
        "content/stories/with-cover/drawing.png",
        &png[..png.len() / 2],
    );
    let text = std::fs::read_to_string(site.root().join(STORY)).unwrap();
    site.write(STORY, &format!("{text}\n![A drawing](drawing.png)\n"));
    site.build()
        .fails_with(1)
        .stderr_has("drawing.png: error[I003]: this image file is incomplete");
}

#[test]
fn a_drawing_with_transparent_parts_keeps_them_in_every_copy() {
    // A disc on a see-through background.
    let drawing = image::RgbaImage::from_fn(600, 400, |x, y| {
        let (dx, dy) = (x as i64 - 300, y as i64 - 200);
        let alpha = if dx * dx + dy * dy < 150 * 150 {
            255
        } else {
            0
        };
        image::Rgba([20, 90, 160, alpha])
    });
    let transparent_pixels = drawing.pixels().filter(|p| p.0[3] == 0).count();
    let site = Site::fixture("local_files");
    site.write_bytes(
        "content/stories/with-cover/drawing.png",
        &encoded(drawing.into(), image::ImageFormat::Png),
    );
    // Opaque, though saved with an alpha channel as many programs do: copied as JPEG.
    let opaque = image::DynamicImage::ImageRgba8(photograph().to_rgba8());
    site.write_bytes(
        "content/stories/with-cover/opaque.png",
        &encoded(opaque, image::ImageFormat::Png),
    );
    let text = std::fs::read_to_string(site.root().join(STORY)).unwrap();
    site.write(
        STORY,
        &format!("{text}\n![A blue disc](drawing.png)\n\n![A gradient](opaque.png)\n"),
    );
    let tree = site.build().success().tree();
    let folder = "/en/stories/with-cover/";
    for copy in ["drawing.480w.png", "drawing.600w.png", "drawing.480w.webp"] {
        let decoded = image::load_from_memory(tree.bytes(&format!("{folder}{copy}")))
            .unwrap_or_else(|e| panic!("{copy}: {e}"));
        assert!(decoded.color().has_alpha(), "{copy} lost its transparency");
        let clear = decoded.to_rgba8().pixels().filter(|p| p.0[3] < 10).count();
        let expected =
            transparent_pixels * decoded.width() as usize / 600 * decoded.height() as usize / 400;
        assert!(
            clear.abs_diff(expected) < expected / 20,
            "{copy}: {clear} clear pixels, about {expected} expected"
        );
    }
    assert!(!tree.has(&format!("{folder}drawing.480w.jpg")));
    let page = tree.page(folder);
    let img = page.one("img[alt='A blue disc']");
    assert_eq!(
        img.value().attr("src"),
        Some(format!("{folder}drawing.600w.png").as_str())
    );
    assert!(tree.has(&format!("{folder}opaque.480w.jpg")));
    assert!(!tree.has(&format!("{folder}opaque.480w.png")));
}

#[test]
fn a_web_page_saved_as_a_photo_is_named_for_what_it_is() {
    let site = Site::fixture("local_files");
    site.write(
        "content/stories/with-cover/class.jpg",
        "<!DOCTYPE html>\n<html><body>Please sign in to view this image.</body></html>\n",
    );
    site.build()
        .fails_with(1)
        .stderr_has("class.jpg: error[I004]: this file is not an image but a web page")
        .stderr_has("Save image as")
        .stderr_lacks("format could not be determined");
    site.write_bytes(
        "content/stories/with-cover/class.jpg",
        &[0x13, 0x37, 0, 1, 2, 3, 4],
    );
    site.build()
        .fails_with(1)
        .stderr_has("class.jpg: error[I005]: this file is not a JPEG or PNG image");
}
