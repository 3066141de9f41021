//! Images published with a story are re-encoded, never copied: a photograph straight from a
//! camera or phone carries the camera's make, the time and often the GPS position where it was
//! taken, which must not reach the public. The EXIF orientation is applied first, so the image
//! still stands the right way up once its metadata is gone. Re-encoding is slow, so results are
//! kept by content hash: in memory for the live preview, and in `.bayan-cache/` for builds.

use std::collections::HashMap;
use std::io::Cursor;
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use image::codecs::jpeg::JpegEncoder;
use image::codecs::png::PngEncoder;
use image::{DynamicImage, ImageDecoder, ImageReader};

/// JPEG quality of the published full-size image: visually lossless for photographs.
const FULL_QUALITY: u8 = 90;

/// Bumped when the encoding changes, so that cached results of older builds are not reused.
const RECIPE: &str = "bayan-image-v1";

/// Where cleaned images are kept between builds.
#[derive(Debug, Default)]
pub struct ImageStore {
    /// `.bayan-cache/images/` of the site, for builds; `None` keeps results in memory only.
    disk: Option<PathBuf>,
    memory: Mutex<HashMap<blake3::Hash, Arc<[u8]>>>,
    /// Images encoded by this store, and images it answered from its cache.
    encoded: AtomicUsize,
    reused: AtomicUsize,
}

impl ImageStore {
    /// A store that also keeps results on disk, under `dir`.
    pub fn on_disk(dir: PathBuf) -> Self {
        ImageStore {
            disk: Some(dir),
            ..ImageStore::default()
        }
    }

    /// How many images were encoded, and how many came from the cache, so far.
    pub fn counts(&self) -> (usize, usize) {
        (
            self.encoded.load(Ordering::Relaxed),
            self.reused.load(Ordering::Relaxed),
        )
    }

    fn get(&self, key: &blake3::Hash, extension: &str) -> Option<Arc<[u8]>> {
        if let Some(bytes) = self.memory.lock().ok()?.get(key) {
            return Some(Arc::clone(bytes));
        }
        let path = self
            .disk
            .as_ref()?
            .join(format!("{}.{extension}", key.to_hex()));
        let bytes: Arc<[u8]> = std::fs::read(path).ok()?.into();
        self.remember(key, &bytes);
        Some(bytes)
    }

    fn put(&self, key: &blake3::Hash, extension: &str, bytes: &Arc<[u8]>) {
        self.remember(key, bytes);
        if let Some(dir) = &self.disk {
            // A cache that cannot be written only costs time on the next build.
            let path = dir.join(format!("{}.{extension}", key.to_hex()));
            let staged = dir.join(format!(".{}.{extension}.partial", key.to_hex()));
            let _ = std::fs::create_dir_all(dir)
                .and_then(|()| std::fs::write(&staged, bytes))
                .and_then(|()| std::fs::rename(&staged, &path));
        }
    }

    fn remember(&self, key: &blake3::Hash, bytes: &Arc<[u8]>) {
        if let Ok(mut memory) = self.memory.lock() {
            memory.insert(*key, Arc::clone(bytes));
        }
    }
}

/// The formats bayan can clean, by file extension; other images cannot be published.
pub fn cleanable(name: &str) -> Option<Format> {
    let extension = name.rsplit_once('.')?.1.to_ascii_lowercase();
    match extension.as_str() {
        "jpg" | "jpeg" => Some(Format::Jpeg),
        "png" => Some(Format::Png),
        _ => None,
    }
}

/// Image files that might carry metadata and that bayan cannot clean.
pub fn is_uncleanable_image(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    cleanable(&lower).is_none()
        && [
            ".webp", ".gif", ".tif", ".tiff", ".avif", ".heic", ".heif", ".bmp",
        ]
        .iter()
        .any(|ext| lower.ends_with(ext))
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Jpeg,
    Png,
}

impl Format {
    fn extension(self) -> &'static str {
        match self {
            Format::Jpeg => "jpg",
            Format::Png => "png",
        }
    }
}

/// `bytes` decoded, turned upright and encoded again in the same format, without metadata.
pub fn clean(bytes: &[u8], format: Format, store: &ImageStore) -> Result<Arc<[u8]>, String> {
    let mut hasher = blake3::Hasher::new();
    hasher.update(RECIPE.as_bytes());
    hasher.update(format.extension().as_bytes());
    hasher.update(bytes);
    let key = hasher.finalize();
    if let Some(cleaned) = store.get(&key, format.extension()) {
        store.reused.fetch_add(1, Ordering::Relaxed);
        return Ok(cleaned);
    }
    store.encoded.fetch_add(1, Ordering::Relaxed);
    let image = upright(bytes)?;
    let mut out = Vec::with_capacity(bytes.len());
    let written = match format {
        Format::Jpeg => image
            .to_rgb8()
            .write_with_encoder(JpegEncoder::new_with_quality(&mut out, FULL_QUALITY)),
        Format::Png => image.write_with_encoder(PngEncoder::new(&mut out)),
    };
    written.map_err(|error| error.to_string())?;
    let cleaned: Arc<[u8]> = out.into();
    store.put(&key, format.extension(), &cleaned);
    Ok(cleaned)
}

/// The image with its EXIF orientation applied.
fn upright(bytes: &[u8]) -> Result<DynamicImage, String> {
    let mut decoder = ImageReader::new(Cursor::new(bytes))
        .with_guessed_format()
        .map_err(|error| error.to_string())?
        .into_decoder()
        .map_err(|error| error.to_string())?;
    let orientation = decoder.orientation().map_err(|error| error.to_string())?;
    let mut image = DynamicImage::from_decoder(decoder).map_err(|error| error.to_string())?;
    image.apply_orientation(orientation);
    Ok(image)
}
