//! Images published with a story are re-encoded, never copied: a photograph straight from a
//! camera or phone carries the camera's make, the time and often the GPS position where it was
//! taken, which must not reach the public. The EXIF orientation is applied first, so the image
//! still stands the right way up once its metadata is gone. Each image also gets smaller copies
//! in JPEG and WebP for phones on slow connections. Encoding is slow, so results are kept by
//! content hash: in memory for the live preview, and in `.bayan-cache/` for builds.

mod cache;
mod complete;
mod encode;
mod made;

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use crate::messages::Said;
use crate::said;
use crate::stored::Stored;

/// Images with more pixels are refused unless site.yaml raises the cap (`images:
/// max_megapixels:`). Decoding holds 3 to 4 bytes a pixel, several times over while copies are
/// made, and a file of a few hundred bytes can claim 65,500 x 65,500 pixels: the cap is checked
/// from the header, before any pixel is allocated. 64 megapixels holds the photographs of
/// today's cameras and phones (24 to 61 megapixels).
pub(crate) const DEFAULT_MAX_MEGAPIXELS: u32 = 64;

/// What images are made of a source image.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) struct Recipe {
    /// Widths of the smaller copies; none wider than the source is made.
    pub widths: Vec<u32>,
    /// Lossy quality (1-100) of the copies.
    pub quality: u8,
    /// The most pixels an image may have to be decoded at all.
    pub max_pixels: u64,
}

impl Default for Recipe {
    fn default() -> Self {
        Recipe {
            widths: vec![480, 960, 1600],
            quality: 80,
            max_pixels: u64::from(DEFAULT_MAX_MEGAPIXELS) * 1_000_000,
        }
    }
}

/// Why an image cannot be published.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum ImageError {
    /// The file is not an image its decoder can read, or is damaged.
    Unreadable(String),
    /// The image has more pixels than the build decodes.
    TooLarge { width: u32, height: u32, limit: u64 },
    /// The file ends before its picture does.
    CutShort,
    /// The file is no image at all; `web_page` when it holds HTML, as a download that needed a
    /// login saves.
    NotAnImage { web_page: bool },
}

impl ImageError {
    /// What is wrong and how to fix it, from the catalogue.
    pub(crate) fn said(&self) -> Said {
        match self {
            ImageError::Unreadable(error) => said!("I002", detail = error),
            ImageError::CutShort => said!("I003"),
            ImageError::NotAnImage { web_page: true } => said!("I004"),
            ImageError::NotAnImage { web_page: false } => said!("I005"),
            ImageError::TooLarge {
                width,
                height,
                limit,
            } => said!(
                "I006",
                width = width.to_string(),
                height = height.to_string(),
                megapixels = megapixels(u64::from(*width) * u64::from(*height)),
                limit = megapixels(*limit),
            ),
        }
    }

    /// What is wrong, in English.
    pub(crate) fn message(&self) -> String {
        self.said().to_string()
    }
}

impl std::fmt::Display for ImageError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message())
    }
}

/// Whole megapixels, rounded up so that an image just over the cap never reads as equal to it.
fn megapixels(pixels: u64) -> u64 {
    pixels.div_ceil(1_000_000)
}

/// A reader of `bytes` whose format is known, or why there is none.
fn reader_of(bytes: &[u8]) -> Result<image::ImageReader<std::io::Cursor<&[u8]>>, ImageError> {
    let reader = image::ImageReader::new(std::io::Cursor::new(bytes))
        .with_guessed_format()
        .map_err(|error| ImageError::Unreadable(error.to_string()))?;
    if reader.format().is_none() {
        let start = String::from_utf8_lossy(&bytes[..bytes.len().min(512)]).to_ascii_lowercase();
        let start = start.trim_start_matches(['\u{feff}', ' ', '\t', '\r', '\n']);
        let web_page = ["<!doctype", "<html", "<?xml", "<head", "<body"]
            .iter()
            .any(|tag| start.starts_with(tag));
        return Err(ImageError::NotAnImage { web_page });
    }
    Ok(reader)
}

/// Refuses an image whose header claims more than `max_pixels`, reading only the header.
pub(crate) fn check_size(bytes: &[u8], max_pixels: u64) -> Result<(), ImageError> {
    let (width, height) = reader_of(bytes)?
        .into_dimensions()
        .map_err(|error| ImageError::Unreadable(error.to_string()))?;
    within(width, height, max_pixels)
}

/// Refuses an image of `width` x `height` when it has more than `limit` pixels.
fn within(width: u32, height: u32, limit: u64) -> Result<(), ImageError> {
    if u64::from(width) * u64::from(height) > limit {
        return Err(ImageError::TooLarge {
            width,
            height,
            limit,
        });
    }
    Ok(())
}

/// A published image: the cleaned full-size file and its smaller copies.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Processed {
    pub format: Format,
    pub width: u32,
    pub height: u32,
    /// The full-size image without metadata, offered for download.
    pub full: Arc<[u8]>,
    /// Has see-through pixels, which its copies keep.
    pub transparent: bool,
    /// Narrowest first.
    pub variants: Vec<Variant>,
}

/// One smaller copy, in both formats.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Variant {
    pub width: u32,
    pub height: u32,
    /// For browsers without WebP: JPEG, or PNG for a transparent picture.
    pub fallback: Arc<[u8]>,
    pub webp: Arc<[u8]>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Format {
    Jpeg,
    Png,
}

impl Format {
    pub(crate) fn extension(self) -> &'static str {
        match self {
            Format::Jpeg => "jpg",
            Format::Png => "png",
        }
    }
}

/// The formats bayan can clean, by file extension; other images cannot be published.
pub(crate) fn cleanable(name: &str) -> Option<Format> {
    let extension = name.rsplit_once('.')?.1.to_ascii_lowercase();
    match extension.as_str() {
        "jpg" | "jpeg" => Some(Format::Jpeg),
        "png" => Some(Format::Png),
        _ => None,
    }
}

/// Image files that might carry metadata and that bayan cannot clean.
pub(crate) fn is_uncleanable_image(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    cleanable(&lower).is_none()
        && [
            ".webp", ".gif", ".tif", ".tiff", ".avif", ".heic", ".heif", ".bmp",
        ]
        .iter()
        .any(|ext| lower.ends_with(ext))
}

/// A source image (kept, so its address is not reused while remembered) and what was made of it.
type Remembered = (Arc<[u8]>, Arc<Processed>);

/// Where processed images are kept between builds.
#[derive(Debug, Default)]
pub(crate) struct ImageStore {
    /// `.bayan-cache/images/` of the site, for builds; `None` keeps results in memory only.
    disk: Option<PathBuf>,
    /// By the address of the source bytes, which the live preview's file cache keeps while a
    /// file is unchanged: an unchanged image is found without hashing it again.
    memory: Mutex<HashMap<(usize, Recipe), Remembered>>,
    /// The same, by content key: for sources read again into new memory (the logo and share
    /// image named in site.yaml).
    by_content: Mutex<HashMap<String, Arc<Processed>>>,
    /// Other made files (share cards), by content key.
    made: Mutex<HashMap<String, Stored>>,
    /// Images processed by this store, and images it answered from a cache.
    encoded: AtomicUsize,
    reused: AtomicUsize,
}

impl ImageStore {
    /// A store that also keeps results on disk, under `dir`.
    pub(crate) fn on_disk(dir: PathBuf) -> Self {
        ImageStore {
            disk: Some(dir),
            ..ImageStore::default()
        }
    }

    /// How many images were processed, and how many came from a cache, so far.
    pub(crate) fn counts(&self) -> (usize, usize) {
        (
            self.encoded.load(Ordering::Relaxed),
            self.reused.load(Ordering::Relaxed),
        )
    }

    /// The published image made of `source` following `recipe`.
    pub(crate) fn process(
        &self,
        source: &Arc<[u8]>,
        format: Format,
        recipe: &Recipe,
    ) -> Result<Arc<Processed>, ImageError> {
        let memory_key = (Arc::as_ptr(source).cast::<u8>() as usize, recipe.clone());
        let known = self.memory.lock().ok().and_then(|memory| {
            memory
                .get(&memory_key)
                .filter(|(kept, _)| Arc::ptr_eq(kept, source))
                .map(|(_, processed)| Arc::clone(processed))
        });
        if let Some(processed) = known {
            self.reused.fetch_add(1, Ordering::Relaxed);
            return Ok(processed);
        }
        let key = content_key(source, format, recipe);
        let remembered = self
            .by_content
            .lock()
            .ok()
            .and_then(|by_content| by_content.get(&key).cloned());
        if let Some(processed) = remembered {
            self.reused.fetch_add(1, Ordering::Relaxed);
            self.remember(memory_key, source, &processed);
            return Ok(processed);
        }
        let processed = match self
            .disk
            .as_ref()
            .and_then(|dir| cache::read_cached(dir, &key, format))
        {
            Some(processed) => {
                // Made under a higher cap by an earlier build: the cap holds for cached images too.
                within(processed.width, processed.height, recipe.max_pixels)?;
                self.reused.fetch_add(1, Ordering::Relaxed);
                processed
            }
            None => {
                self.encoded.fetch_add(1, Ordering::Relaxed);
                let processed = encode::process(source, format, recipe)?;
                if let Some(dir) = &self.disk {
                    // A cache that cannot be written only costs time on the next build.
                    let _ = cache::write_cached(dir, &key, &processed);
                }
                processed
            }
        };
        let processed = Arc::new(processed);
        if let Ok(mut by_content) = self.by_content.lock() {
            by_content.insert(key, Arc::clone(&processed));
        }
        self.remember(memory_key, source, &processed);
        Ok(processed)
    }

    fn remember(
        &self,
        memory_key: (usize, Recipe),
        source: &Arc<[u8]>,
        processed: &Arc<Processed>,
    ) {
        if let Ok(mut memory) = self.memory.lock() {
            memory.insert(memory_key, (Arc::clone(source), Arc::clone(processed)));
        }
    }
}

/// Names the results of `recipe` applied to `source`; bumped with the encoders' settings.
fn content_key(source: &[u8], format: Format, recipe: &Recipe) -> String {
    let mut hasher = blake3::Hasher::new();
    // PNG copies keep their transparency since v3.
    hasher.update(match format {
        Format::Jpeg => b"bayan-image-v2",
        Format::Png => b"bayan-image-v3",
    });
    hasher.update(format.extension().as_bytes());
    for width in &recipe.widths {
        hasher.update(&width.to_le_bytes());
    }
    hasher.update(&[recipe.quality]);
    hasher.update(source);
    hasher.finalize().to_hex().to_string()
}

/// The pixels of an encoded image (at most `max_pixels`) filling `width` x `height`, cut around
/// its centre: the photograph behind a share card.
pub(crate) fn filled(
    bytes: &[u8],
    (width, height): (u32, u32),
    max_pixels: u64,
) -> Result<image::RgbImage, ImageError> {
    encode::filled(bytes, (width, height), max_pixels)
}

impl Processed {
    /// The smallest copy at least `width` wide (or the full image): enough pixels, least decoding.
    pub(crate) fn at_least(&self, width: u32) -> &Arc<[u8]> {
        self.variants
            .iter()
            .find(|v| v.width >= width)
            .map_or(&self.full, |v| &v.fallback)
    }

    /// The extension of the copies that are not WebP.
    pub(crate) fn fallback_extension(&self) -> &'static str {
        if self.transparent { "png" } else { "jpg" }
    }
}

/// The file name of a copy: `class.jpg` at 480 pixels in WebP is `class.480w.webp`.
pub(crate) fn variant_name(name: &str, width: u32, extension: &str) -> String {
    let stem = name.rsplit_once('.').map_or(name, |(stem, _)| stem);
    format!("{stem}.{width}w.{extension}")
}
