//! Decoding, turning upright, resizing and encoding one image, and its files in the cache.

use std::io::Cursor;
use std::path::Path;
use std::sync::Arc;

use fast_image_resize::images::{Image as Pixels, ImageRef};
use fast_image_resize::{FilterType, PixelType, ResizeAlg, ResizeOptions, Resizer};
use image::codecs::jpeg::JpegEncoder;
use image::codecs::png::PngEncoder;
use image::{DynamicImage, ImageDecoder, ImageReader, RgbImage};

use super::{Format, ImageError, Processed, Recipe, Variant, within};

/// JPEG quality of the full-size image offered for download: visually lossless.
const FULL_QUALITY: u8 = 90;

pub(super) fn process(
    source: &[u8],
    format: Format,
    recipe: &Recipe,
) -> Result<Processed, ImageError> {
    let image = upright(source, recipe.max_pixels)?;
    let (width, height) = (image.width(), image.height());
    let mut full = Vec::with_capacity(source.len());
    // One buffer of pixels at full size at a time (a 64-megapixel photograph is 192 MB of
    // them): the copies are made from the flattened image, which takes the decoded one's place.
    let rgb = match format {
        Format::Jpeg => {
            let rgb = flatten(image);
            rgb.write_with_encoder(JpegEncoder::new_with_quality(&mut full, FULL_QUALITY))
                .map_err(unreadable)?;
            rgb
        }
        Format::Png => {
            image
                .write_with_encoder(PngEncoder::new(&mut full))
                .map_err(unreadable)?;
            flatten(image)
        }
    };
    let mut widths: Vec<u32> = recipe
        .widths
        .iter()
        .copied()
        .filter(|w| *w < width)
        .collect();
    if recipe.widths.iter().any(|w| *w >= width) {
        // Never upscaled: a small image is copied at its own width too.
        widths.push(width);
    }
    widths.sort_unstable();
    widths.dedup();
    let mut variants = Vec::with_capacity(widths.len());
    for target in widths {
        let resized;
        let copy = if target == rgb.width() {
            &rgb
        } else {
            resized = resize(&rgb, target).map_err(ImageError::Unreadable)?;
            &resized
        };
        variants.push(Variant {
            width: copy.width(),
            height: copy.height(),
            jpeg: jpeg(copy, recipe.quality)
                .map_err(ImageError::Unreadable)?
                .into(),
            webp: webp_of(copy, recipe.quality)?.into(),
        });
    }
    Ok(Processed {
        format,
        width,
        height,
        full: full.into(),
        variants,
    })
}

fn unreadable(error: impl std::fmt::Display) -> ImageError {
    ImageError::Unreadable(error.to_string())
}

/// The image with its EXIF orientation applied, refused before its pixels are allocated when
/// its header claims more than `max_pixels`.
fn upright(bytes: &[u8], max_pixels: u64) -> Result<DynamicImage, ImageError> {
    let mut reader = ImageReader::new(Cursor::new(bytes))
        .with_guessed_format()
        .map_err(unreadable)?;
    // The decoder's own bound, for what it allocates beside the pixels (8 bytes a pixel: 16-bit
    // colour with transparency).
    let mut limits = image::Limits::default();
    limits.max_alloc = Some(max_pixels.saturating_mul(8));
    reader.limits(limits);
    let mut decoder = reader.into_decoder().map_err(unreadable)?;
    let (width, height) = decoder.dimensions();
    within(width, height, max_pixels)?;
    let orientation = decoder.orientation().map_err(unreadable)?;
    let mut image = DynamicImage::from_decoder(decoder).map_err(unreadable)?;
    image.apply_orientation(orientation);
    Ok(image)
}

/// The image on white (copies are JPEG and WebP without transparency); taken as it is when it
/// has no transparency and eight bits a colour.
fn flatten(image: DynamicImage) -> RgbImage {
    if !image.color().has_alpha() {
        return image.into_rgb8();
    }
    let rgba = image.into_rgba8();
    RgbImage::from_fn(rgba.width(), rgba.height(), |x, y| {
        let [r, g, b, a] = rgba.get_pixel(x, y).0;
        let over_white = |c: u8| {
            let (c, a) = (u32::from(c), u32::from(a));
            u8::try_from((c * a + 255 * (255 - a)) / 255).unwrap_or(u8::MAX)
        };
        image::Rgb([over_white(r), over_white(g), over_white(b)])
    })
}

/// `image` scaled to `width`, keeping its proportions (Lanczos: sharp photographs).
fn resize(image: &RgbImage, width: u32) -> Result<RgbImage, String> {
    let height = ((u64::from(image.height()) * u64::from(width) + u64::from(image.width()) / 2)
        / u64::from(image.width().max(1)))
    .max(1);
    let height = u32::try_from(height).map_err(|error| error.to_string())?;
    resample(
        image,
        (width, height),
        &ResizeOptions::new().resize_alg(ResizeAlg::Convolution(FilterType::Lanczos3)),
    )
}

/// The image filling `width` x `height`, cut to that shape around its centre (smooth filter:
/// it is drawn behind text).
pub(super) fn filled(
    bytes: &[u8],
    (width, height): (u32, u32),
    max_pixels: u64,
) -> Result<RgbImage, ImageError> {
    resample(
        &flatten(upright(bytes, max_pixels)?),
        (width, height),
        &ResizeOptions::new()
            .resize_alg(ResizeAlg::Convolution(FilterType::Bilinear))
            .fit_into_destination(Some((0.5, 0.5))),
    )
    .map_err(ImageError::Unreadable)
}

/// `image` resampled to `width` x `height` as `options` say.
fn resample(
    image: &RgbImage,
    (width, height): (u32, u32),
    options: &ResizeOptions,
) -> Result<RgbImage, String> {
    let source = ImageRef::new(
        image.width(),
        image.height(),
        image.as_raw(),
        PixelType::U8x3,
    )
    .map_err(|error| error.to_string())?;
    let mut target = Pixels::new(width, height, PixelType::U8x3);
    Resizer::new()
        .resize(&source, &mut target, options)
        .map_err(|error| error.to_string())?;
    RgbImage::from_raw(width, height, target.into_vec())
        .ok_or_else(|| "the resized image has the wrong size".to_owned())
}

/// A copy in WebP, which holds at most 16,383 pixels a side: a copy of a very tall, narrow image
/// is refused with its size (the encoder's own call would panic).
fn webp_of(image: &RgbImage, quality: u8) -> Result<Vec<u8>, ImageError> {
    webp::Encoder::from_rgb(image.as_raw(), image.width(), image.height())
        .encode_simple(false, f32::from(quality))
        .map(|encoded| encoded.to_vec())
        .map_err(|error| {
            ImageError::Unreadable(format!(
                "its copy of {} x {} pixels cannot be written as WebP ({error:?}); WebP holds at most 16,383 pixels a side, so crop the image or split it",
                image.width(),
                image.height()
            ))
        })
}

fn jpeg(image: &RgbImage, quality: u8) -> Result<Vec<u8>, String> {
    let mut out = Vec::new();
    image
        .write_with_encoder(JpegEncoder::new_with_quality(&mut out, quality))
        .map_err(|error| error.to_string())?;
    Ok(out)
}

/// `<key>/sizes` lists the full size then each copy's, one `width height` a line; the files sit
/// beside it as `full.<ext>`, `<width>.jpg` and `<width>.webp`.
pub(super) fn read_cached(dir: &Path, key: &str, format: Format) -> Option<Processed> {
    let folder = dir.join(key);
    let sizes = std::fs::read_to_string(folder.join("sizes")).ok()?;
    let mut lines = sizes.lines().map(|line| {
        let (w, h) = line.split_once(' ')?;
        Some((w.parse::<u32>().ok()?, h.parse::<u32>().ok()?))
    });
    let (width, height) = lines.next()??;
    let read = |name: String| -> Option<Arc<[u8]>> {
        std::fs::read(folder.join(name)).ok().map(Arc::from)
    };
    let full = read(format!("full.{}", format.extension()))?;
    let mut variants = Vec::new();
    for size in lines {
        let (w, h) = size?;
        variants.push(Variant {
            width: w,
            height: h,
            jpeg: read(format!("{w}.jpg"))?,
            webp: read(format!("{w}.webp"))?,
        });
    }
    Some(Processed {
        format,
        width,
        height,
        full,
        variants,
    })
}

/// Writes into a fresh folder, then renames it into place: a build stopped half-way never
/// leaves a partial entry that a later build would trust.
pub(super) fn write_cached(dir: &Path, key: &str, processed: &Processed) -> std::io::Result<()> {
    let staging = dir.join(format!(".{key}.partial"));
    let _ = std::fs::remove_dir_all(&staging);
    std::fs::create_dir_all(&staging)?;
    let mut sizes = format!("{} {}\n", processed.width, processed.height);
    std::fs::write(
        staging.join(format!("full.{}", processed.format.extension())),
        &processed.full,
    )?;
    for variant in &processed.variants {
        sizes.push_str(&format!("{} {}\n", variant.width, variant.height));
        std::fs::write(
            staging.join(format!("{}.jpg", variant.width)),
            &variant.jpeg,
        )?;
        std::fs::write(
            staging.join(format!("{}.webp", variant.width)),
            &variant.webp,
        )?;
    }
    std::fs::write(staging.join("sizes"), sizes)?;
    std::fs::rename(&staging, dir.join(key))
}
