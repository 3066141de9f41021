//! Decoding, turning upright, resizing and encoding one image.

use fast_image_resize::images::{Image as Pixels, ImageRef};
use fast_image_resize::{FilterType, PixelType, ResizeAlg, ResizeOptions, Resizer};
use image::codecs::jpeg::JpegEncoder;
use image::codecs::png::PngEncoder;
use image::{DynamicImage, ImageDecoder, RgbImage, RgbaImage};

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
    // them): the copies are made from pixels that take the decoded image's place.
    let picture = match format {
        Format::Jpeg => {
            let rgb = flatten(image);
            rgb.write_with_encoder(JpegEncoder::new_with_quality(&mut full, FULL_QUALITY))
                .map_err(unreadable)?;
            Picture::Opaque(rgb)
        }
        Format::Png => {
            image
                .write_with_encoder(PngEncoder::new(&mut full))
                .map_err(unreadable)?;
            Picture::of_png(image)?
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
        let copy = if target == width {
            &picture
        } else {
            resized = picture.resized(target).map_err(ImageError::Unreadable)?;
            &resized
        };
        variants.push(copy.variant(recipe.quality)?);
    }
    Ok(Processed {
        format,
        width,
        height,
        transparent: !matches!(picture, Picture::Opaque(_)),
        full: full.into(),
        variants,
    })
}

/// The pixels the copies are made from: a picture with see-through parts keeps them (its copies
/// are PNG and WebP with transparency); any other is copied as JPEG and WebP.
enum Picture {
    Opaque(RgbImage),
    Transparent(RgbaImage),
    /// A transparent picture at full size with its colours multiplied by their alpha, as
    /// resizing needs them: done once in place, where the resizer would make a premultiplied
    /// copy of the whole picture for every width.
    Premultiplied(RgbaImage),
}

impl Picture {
    /// A PNG with an alpha channel counts as transparent only when a pixel is see-through:
    /// many programs write opaque images with one.
    fn of_png(image: DynamicImage) -> Result<Picture, ImageError> {
        if !image.color().has_alpha() {
            return Ok(Picture::Opaque(image.into_rgb8()));
        }
        let rgba = image.into_rgba8();
        Ok(if rgba.pixels().any(|pixel| pixel.0[3] < u8::MAX) {
            Picture::Premultiplied(alpha(rgba, Alpha::Multiply).map_err(ImageError::Unreadable)?)
        } else {
            Picture::Opaque(DynamicImage::ImageRgba8(rgba).into_rgb8())
        })
    }

    fn width(&self) -> u32 {
        match self {
            Picture::Opaque(rgb) => rgb.width(),
            Picture::Transparent(rgba) | Picture::Premultiplied(rgba) => rgba.width(),
        }
    }

    fn height(&self) -> u32 {
        match self {
            Picture::Opaque(rgb) => rgb.height(),
            Picture::Transparent(rgba) | Picture::Premultiplied(rgba) => rgba.height(),
        }
    }

    /// The picture scaled to `width`, keeping its proportions (Lanczos: sharp photographs).
    fn resized(&self, width: u32) -> Result<Picture, String> {
        let height = ((u64::from(self.height()) * u64::from(width) + u64::from(self.width()) / 2)
            / u64::from(self.width().max(1)))
        .max(1);
        let height = u32::try_from(height).map_err(|error| error.to_string())?;
        let options = ResizeOptions::new().resize_alg(ResizeAlg::Convolution(FilterType::Lanczos3));
        let size = (width, height);
        Ok(match self {
            Picture::Opaque(rgb) => Picture::Opaque(resample(rgb, size, &options)?),
            Picture::Transparent(rgba) => {
                let raw = resample_raw(
                    (rgba.as_raw(), rgba.width(), rgba.height()),
                    PixelType::U8x4,
                    size,
                    &options,
                )?;
                Picture::Transparent(
                    RgbaImage::from_raw(width, height, raw)
                        .ok_or_else(|| "the resized image has the wrong size".to_owned())?,
                )
            }
            Picture::Premultiplied(rgba) => {
                let raw = resample_raw(
                    (rgba.as_raw(), rgba.width(), rgba.height()),
                    PixelType::U8x4,
                    size,
                    &options.use_alpha(false),
                )?;
                let premultiplied = RgbaImage::from_raw(width, height, raw)
                    .ok_or_else(|| "the resized image has the wrong size".to_owned())?;
                Picture::Transparent(alpha(premultiplied, Alpha::Divide)?)
            }
        })
    }

    /// The copy of this size, in its fallback format and in WebP.
    fn variant(&self, quality: u8) -> Result<Variant, ImageError> {
        if let Picture::Premultiplied(rgba) = self {
            // Copied at its own width: only a picture narrower than the widest copy asked for.
            let straight = alpha(rgba.clone(), Alpha::Divide).map_err(ImageError::Unreadable)?;
            return Picture::Transparent(straight).variant(quality);
        }
        let (width, height) = (self.width(), self.height());
        let (fallback, webp) = match self {
            Picture::Opaque(rgb) => (
                jpeg(rgb, quality).map_err(ImageError::Unreadable)?,
                webp_of(
                    webp::Encoder::from_rgb(rgb.as_raw(), width, height),
                    (width, height),
                    quality,
                )?,
            ),
            Picture::Transparent(rgba) | Picture::Premultiplied(rgba) => {
                let mut png = Vec::new();
                rgba.write_with_encoder(PngEncoder::new(&mut png))
                    .map_err(unreadable)?;
                (
                    png,
                    webp_of(
                        webp::Encoder::from_rgba(rgba.as_raw(), width, height),
                        (width, height),
                        quality,
                    )?,
                )
            }
        };
        Ok(Variant {
            width,
            height,
            fallback: fallback.into(),
            webp: webp.into(),
        })
    }
}

fn unreadable(error: impl std::fmt::Display) -> ImageError {
    ImageError::Unreadable(error.to_string())
}

/// The image with its EXIF orientation applied, refused before its pixels are allocated when
/// its header claims more than `max_pixels`.
fn upright(bytes: &[u8], max_pixels: u64) -> Result<DynamicImage, ImageError> {
    let mut reader = super::reader_of(bytes)?;
    if let Some(format) = reader.format()
        && !super::complete::is_complete(bytes, format)
    {
        return Err(ImageError::CutShort);
    }
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

/// Which way [`alpha`] goes.
enum Alpha {
    Multiply,
    Divide,
}

/// `image` with its colours multiplied by their alpha, or divided by it again, in place.
fn alpha(image: RgbaImage, way: Alpha) -> Result<RgbaImage, String> {
    let (width, height) = image.dimensions();
    let mut pixels = Pixels::from_vec_u8(width, height, image.into_raw(), PixelType::U8x4)
        .map_err(|error| error.to_string())?;
    let mul_div = fast_image_resize::MulDiv::default();
    match way {
        Alpha::Multiply => mul_div.multiply_alpha_inplace(&mut pixels),
        Alpha::Divide => mul_div.divide_alpha_inplace(&mut pixels),
    }
    .map_err(|error| error.to_string())?;
    RgbaImage::from_raw(width, height, pixels.into_vec())
        .ok_or_else(|| "the image has the wrong size".to_owned())
}

/// `image` resampled to `width` x `height` as `options` say.
fn resample(
    image: &RgbImage,
    (width, height): (u32, u32),
    options: &ResizeOptions,
) -> Result<RgbImage, String> {
    let raw = resample_raw(
        (image.as_raw(), image.width(), image.height()),
        PixelType::U8x3,
        (width, height),
        options,
    )?;
    RgbImage::from_raw(width, height, raw)
        .ok_or_else(|| "the resized image has the wrong size".to_owned())
}

/// Raw pixels of `pixel` type resampled to `width` x `height`.
fn resample_raw(
    (raw, source_width, source_height): (&[u8], u32, u32),
    pixel: PixelType,
    (width, height): (u32, u32),
    options: &ResizeOptions,
) -> Result<Vec<u8>, String> {
    let source = ImageRef::new(source_width, source_height, raw, pixel)
        .map_err(|error| error.to_string())?;
    let mut target = Pixels::new(width, height, pixel);
    Resizer::new()
        .resize(&source, &mut target, options)
        .map_err(|error| error.to_string())?;
    Ok(target.into_vec())
}

/// A copy in WebP, which holds at most 16,383 pixels a side: a copy of a very tall, narrow image
/// is refused with its size (the encoder's own call would panic).
fn webp_of(
    encoder: webp::Encoder<'_>,
    (width, height): (u32, u32),
    quality: u8,
) -> Result<Vec<u8>, ImageError> {
    encoder
        .encode_simple(false, f32::from(quality))
        .map(|encoded| encoded.to_vec())
        .map_err(|error| {
            ImageError::Unreadable(format!(
                "its copy of {width} x {height} pixels cannot be written as WebP ({error:?}); WebP holds at most 16,383 pixels a side, so crop the image or split it"
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
