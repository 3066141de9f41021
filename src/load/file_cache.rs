//! Files kept between builds of one site: the live preview rereads only what was edited.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::SystemTime;

/// Files kept between builds of the same site (the live preview), reused while their size and
/// modification time are unchanged, so that a rebuild reads only what was edited.
#[derive(Debug, Default)]
pub struct SourceCache {
    files: Mutex<HashMap<PathBuf, CachedFile>>,
}

/// A file's size and modification time when it was read, and its bytes.
#[derive(Debug)]
struct CachedFile {
    stamp: (u64, SystemTime),
    bytes: Arc<[u8]>,
}

/// The bytes of `path`, from `cache` when the file has not changed since it was read.
pub(super) fn read_file(cache: Option<&SourceCache>, path: &Path) -> std::io::Result<Arc<[u8]>> {
    let Some(cache) = cache else {
        return std::fs::read(path).map(Arc::from);
    };
    let meta = std::fs::metadata(path)?;
    let stamp = (meta.len(), meta.modified()?);
    let known = cache.files.lock().ok().and_then(|files| {
        files
            .get(path)
            .filter(|cached| cached.stamp == stamp)
            .map(|cached| Arc::clone(&cached.bytes))
    });
    if let Some(bytes) = known {
        return Ok(bytes);
    }
    let bytes: Arc<[u8]> = std::fs::read(path)?.into();
    if let Ok(mut files) = cache.files.lock() {
        let cached = CachedFile {
            stamp,
            bytes: Arc::clone(&bytes),
        };
        files.insert(path.to_path_buf(), cached);
    }
    Ok(bytes)
}
