//! Files made from text rather than cleaned from a source image (share cards), kept by content
//! key. A build with a cache folder keeps only the path of each made file until it is
//! published: ten thousand share cards held in memory were most of a large build's peak.

use std::io;
use std::path::Path;
use std::sync::Arc;

use super::ImageStore;
use crate::stored::Stored;

impl ImageStore {
    /// The file named `key` with `extension`, made by `make` unless an earlier build made it.
    pub(crate) fn made(
        &self,
        key: &str,
        extension: &str,
        make: impl FnOnce() -> Result<Vec<u8>, String>,
    ) -> Result<Stored, String> {
        let known = self.made.lock().ok().and_then(|m| m.get(key).cloned());
        // A cached file deleted since (the cache folder emptied by hand) is made again.
        if let Some(stored) = known.filter(|s| s.on_disk().is_none_or(Path::is_file)) {
            return Ok(stored);
        }
        let path = self
            .disk
            .as_ref()
            .map(|dir| dir.join("made").join(format!("{key}.{extension}")));
        if let Some(path) = path.as_ref().filter(|p| p.is_file()) {
            let stored = Stored::Disk(path.clone());
            self.remember_made(key, &stored);
            return Ok(stored);
        }
        let bytes: Arc<[u8]> = make()?.into();
        let stored = match path {
            Some(path) if write_atomically(&path, &bytes).is_ok() => Stored::Disk(path),
            // A cache that cannot be written only costs memory now and time on the next build.
            _ => Stored::Memory(bytes),
        };
        self.remember_made(key, &stored);
        Ok(stored)
    }

    fn remember_made(&self, key: &str, stored: &Stored) {
        if let Ok(mut made) = self.made.lock() {
            made.insert(key.to_owned(), stored.clone());
        }
    }
}

/// Writes beside `path`, then renames into place: a build stopped half-way never leaves a
/// partial file that a later build would trust.
fn write_atomically(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let staged = path.with_extension("partial");
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent)?;
    }
    std::fs::write(&staged, bytes)?;
    std::fs::rename(&staged, path)
}
