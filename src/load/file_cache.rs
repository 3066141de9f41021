//! Files and folder listings kept between builds of one site: the live preview rereads only
//! what was edited, and opens no folder whose entries did not change.

use std::collections::HashMap;
use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime};

/// Files kept between builds of the same site (the live preview), reused while their size and
/// modification time are unchanged, so that a rebuild reads only what was edited. Texts are
/// kept decoded, so an unchanged file is neither copied nor checked for UTF-8 again.
#[derive(Debug, Default)]
pub(crate) struct SourceCache {
    bytes: Mutex<HashMap<PathBuf, Cached<Arc<[u8]>>>>,
    texts: Mutex<HashMap<PathBuf, Cached<Arc<str>>>>,
    folders: Mutex<HashMap<PathBuf, Cached<Arc<[Entry]>>>>,
}

/// One entry of a folder, as listed (links are not followed).
#[derive(Debug, Clone)]
pub(super) struct Entry {
    pub(super) path: PathBuf,
    pub(super) name: OsString,
    pub(super) kind: Kind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    File,
    Folder,
    /// A link or a special file.
    Other,
}

/// A file changed this recently may change again without its time moving on (file times tick
/// coarsely), so it is not trusted from the cache: it is read again next time.
const SETTLED: Duration = Duration::from_secs(1);

/// A file's size and modification time when it was read, and what was read.
#[derive(Debug)]
struct Cached<T> {
    stamp: (u64, SystemTime),
    content: T,
}

/// Refuses a link: a site folder shared or downloaded must not publish a file from elsewhere
/// on the machine, nor show its first line in an error.
fn not_a_link(path: &Path) -> std::io::Result<()> {
    if std::fs::symlink_metadata(path)?.file_type().is_symlink() {
        return Err(std::io::Error::other(LinkRefused));
    }
    Ok(())
}

/// The error of a file that is a link.
#[derive(Debug)]
struct LinkRefused;

impl std::fmt::Display for LinkRefused {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("the file is a link to another place, and bayan does not follow links")
    }
}

impl std::error::Error for LinkRefused {}

/// Whether `error` is the refusal of a link, whose fix is to copy the file in.
pub(super) fn is_link(error: &std::io::Error) -> bool {
    error
        .get_ref()
        .is_some_and(|inner| inner.is::<LinkRefused>())
}

/// The bytes of `path`, from `cache` when the file has not changed since it was read.
pub(super) fn read_file(cache: Option<&SourceCache>, path: &Path) -> std::io::Result<Arc<[u8]>> {
    not_a_link(path)?;
    match cache {
        None => std::fs::read(path).map(Arc::from),
        Some(cache) => read_cached(&cache.bytes, path, |bytes| Ok(Arc::from(bytes))),
    }
}

/// The UTF-8 text of `path`, from `cache` when the file has not changed since it was read.
pub(super) fn read_text(cache: Option<&SourceCache>, path: &Path) -> std::io::Result<Arc<str>> {
    not_a_link(path)?;
    let decode = |bytes: Vec<u8>| {
        String::from_utf8(bytes)
            .map(Arc::from)
            .map_err(|error| std::io::Error::new(std::io::ErrorKind::InvalidData, error))
    };
    match cache {
        None => decode(std::fs::read(path)?),
        Some(cache) => read_cached(&cache.texts, path, decode),
    }
}

/// The entries of `dir` sorted by name, from `cache` when none was added, removed or renamed.
pub(super) fn list_folder(
    cache: Option<&SourceCache>,
    dir: &Path,
) -> std::io::Result<Arc<[Entry]>> {
    let list = || {
        let mut entries = Vec::new();
        for entry in std::fs::read_dir(dir)? {
            let entry = entry?;
            let kind = match entry.file_type()? {
                t if t.is_file() => Kind::File,
                t if t.is_dir() => Kind::Folder,
                _ => Kind::Other,
            };
            entries.push(Entry {
                path: entry.path(),
                name: entry.file_name(),
                kind,
            });
        }
        entries.sort_by(|a, b| a.name.cmp(&b.name));
        Ok(Arc::from(entries))
    };
    match cache {
        None => list(),
        Some(cache) => cached(&cache.folders, dir, list),
    }
}

fn read_cached<T: Clone>(
    files: &Mutex<HashMap<PathBuf, Cached<T>>>,
    path: &Path,
    decode: impl FnOnce(Vec<u8>) -> std::io::Result<T>,
) -> std::io::Result<T> {
    cached(files, path, || decode(std::fs::read(path)?))
}

/// `read()` for `path`, or its earlier result while the path's size and time are unchanged.
fn cached<T: Clone>(
    known: &Mutex<HashMap<PathBuf, Cached<T>>>,
    path: &Path,
    read: impl FnOnce() -> std::io::Result<T>,
) -> std::io::Result<T> {
    let started = SystemTime::now();
    let meta = std::fs::metadata(path)?;
    let stamp = (meta.len(), meta.modified()?);
    let hit = known.lock().ok().and_then(|known| {
        known
            .get(path)
            .filter(|cached| cached.stamp == stamp)
            .map(|cached| cached.content.clone())
    });
    if let Some(content) = hit {
        return Ok(content);
    }
    let content = read()?;
    let settled = started
        .checked_sub(SETTLED)
        .is_some_and(|limit| stamp.1 < limit);
    if let Ok(mut known) = known.lock() {
        if settled {
            let cached = Cached {
                stamp,
                content: content.clone(),
            };
            known.insert(path.to_path_buf(), cached);
        } else {
            known.remove(path);
        }
    }
    Ok(content)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_just_written_is_read_again_even_if_its_size_and_time_look_the_same() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("index.en.md");
        let cache = SourceCache::default();
        std::fs::write(&path, "aaaa").unwrap();
        assert_eq!(&*read_text(Some(&cache), &path).unwrap(), "aaaa");
        // Same size, and quite possibly the same coarse file time.
        std::fs::write(&path, "bbbb").unwrap();
        assert_eq!(&*read_text(Some(&cache), &path).unwrap(), "bbbb");
    }

    #[test]
    fn a_settled_file_is_read_once_until_it_changes() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("index.en.md");
        let cache = SourceCache::default();
        std::fs::write(&path, "old").unwrap();
        let hour_ago = SystemTime::now() - Duration::from_secs(3600);
        std::fs::File::options()
            .write(true)
            .open(&path)
            .and_then(|file| file.set_modified(hour_ago))
            .unwrap();
        let first = read_text(Some(&cache), &path).unwrap();
        let second = read_text(Some(&cache), &path).unwrap();
        assert!(
            Arc::ptr_eq(&first, &second),
            "the second read came from the cache"
        );
        std::fs::write(&path, "new text").unwrap();
        assert_eq!(&*read_text(Some(&cache), &path).unwrap(), "new text");
    }
}
