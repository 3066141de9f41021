//! The made images of earlier builds, kept on disk by their content key: a folder per image
//! holding its cleaned full size and its copies.

use std::path::Path;
use std::sync::Arc;

use super::{Format, Processed, Variant};

/// `<key>/sizes` lists the full size then each copy's, one `width height` a line; the files sit
/// beside it as `full.<ext>`, `<width>.jpg` (or `<width>.png` for a transparent picture) and
/// `<width>.webp`.
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
    let mut transparent = false;
    for size in lines {
        let (w, h) = size?;
        let fallback = match read(format!("{w}.jpg")) {
            Some(jpeg) => jpeg,
            None => {
                transparent = true;
                read(format!("{w}.png"))?
            }
        };
        variants.push(Variant {
            width: w,
            height: h,
            fallback,
            webp: read(format!("{w}.webp"))?,
        });
    }
    Some(Processed {
        format,
        width,
        height,
        transparent,
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
            staging.join(format!(
                "{}.{}",
                variant.width,
                processed.fallback_extension()
            )),
            &variant.fallback,
        )?;
        std::fs::write(
            staging.join(format!("{}.webp", variant.width)),
            &variant.webp,
        )?;
    }
    std::fs::write(staging.join("sizes"), sizes)?;
    std::fs::rename(&staging, dir.join(key))
}
