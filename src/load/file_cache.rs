//! Files and folder listings kept between builds of one site: the live preview rereads only
//! what was edited, and opens no folder whose entries did not change.

use std::collections::HashMap;
use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime};

use crate::control_chars;
use crate::diagnostic::{Diagnostic, Diagnostics};

/// Files kept between builds of the same site (the live preview), reused while their size and
/// modification time are unchanged, so that a rebuild reads only what was edited. Texts are
/// kept decoded and checked, with the problem found in them, so an unchanged file is neither
/// copied nor looked through again.
#[derive(Debug, Default)]
pub(crate) struct SourceCache {
    bytes: Mutex<HashMap<PathBuf, Cached<Arc<[u8]>>>>,
    texts: Mutex<HashMap<PathBuf, Cached<CheckedText>>>,
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

/// A text as the site may use it, and the forbidden character found in it, if any.
type CheckedText = (Arc<str>, Option<Diagnostic>);

/// A file's size and modification time when it was read, and what was read.
#[derive(Debug)]
struct Cached<T> {
    stamp: (u64, SystemTime),
    content: T,
}

/// The size and time of the file at `path`, refusing a link: a site folder shared or downloaded
/// must not publish a file from elsewhere on the machine, nor show its first line in an error.
fn file_metadata(path: &Path) -> std::io::Result<std::fs::Metadata> {
    let meta = std::fs::symlink_metadata(path)?;
    if meta.file_type().is_symlink() {
        return Err(std::io::Error::other(LinkRefused));
    }
    Ok(meta)
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
    let meta = file_metadata(path)?;
    let read = || std::fs::read(path).map(Arc::from);
    match cache {
        None => read(),
        Some(cache) => cached(&cache.bytes, path, &meta, read),
    }
}

/// The UTF-8 text of `path` (shown as `shown`), from `cache` when the file has not changed since
/// it was read, with any forbidden character blanked and reported to `problems`.
pub(super) fn read_text(
    cache: Option<&SourceCache>,
    path: &Path,
    shown: &Path,
    problems: &mut Diagnostics,
) -> std::io::Result<Arc<str>> {
    let meta = file_metadata(path)?;
    let read = || -> std::io::Result<CheckedText> {
        let text = String::from_utf8(std::fs::read(path)?)
            .map_err(|error| std::io::Error::new(std::io::ErrorKind::InvalidData, error))?;
        Ok(control_chars::cleaned(shown, Arc::from(text)))
    };
    let (text, problem) = match cache {
        None => read()?,
        Some(cache) => cached(&cache.texts, path, &meta, read)?,
    };
    if let Some(problem) = problem {
        problems.push(problem);
    }
    Ok(text)
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
        Some(cache) => cached(&cache.folders, dir, &std::fs::metadata(dir)?, list),
    }
}

/// `read()` for `path`, or its earlier result while the path's size and time (in `meta`) are
/// unchanged.
fn cached<T: Clone>(
    known: &Mutex<HashMap<PathBuf, Cached<T>>>,
    path: &Path,
    meta: &std::fs::Metadata,
    read: impl FnOnce() -> std::io::Result<T>,
) -> std::io::Result<T> {
    let started = SystemTime::now();
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

    /// Makes `path` a settled file, one the cache trusts.
    fn written_an_hour_ago(path: &Path) {
        let hour_ago = SystemTime::now() - Duration::from_secs(3600);
        std::fs::File::options()
            .write(true)
            .open(path)
            .and_then(|file| file.set_modified(hour_ago))
            .unwrap();
    }

    fn text(cache: &SourceCache, path: &Path) -> Arc<str> {
        let mut problems = Diagnostics::default();
        let text = read_text(Some(cache), path, path, &mut problems).unwrap();
        assert!(problems.is_empty());
        text
    }

    #[test]
    fn a_file_just_written_is_read_again_even_if_its_size_and_time_look_the_same() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("index.en.md");
        let cache = SourceCache::default();
        std::fs::write(&path, "aaaa").unwrap();
        assert_eq!(&*text(&cache, &path), "aaaa");
        // Same size, and quite possibly the same coarse file time.
        std::fs::write(&path, "bbbb").unwrap();
        assert_eq!(&*text(&cache, &path), "bbbb");
    }

    #[test]
    fn a_settled_file_is_read_once_until_it_changes() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("index.en.md");
        let cache = SourceCache::default();
        std::fs::write(&path, "old").unwrap();
        written_an_hour_ago(&path);
        let first = text(&cache, &path);
        let second = text(&cache, &path);
        assert!(
            Arc::ptr_eq(&first, &second),
            "the second read came from the cache"
        );
        std::fs::write(&path, "new text").unwrap();
        assert_eq!(&*text(&cache, &path), "new text");
    }

    #[test]
    fn a_forbidden_character_is_reported_on_every_build_while_the_file_is_kept() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("index.en.md");
        std::fs::write(&path, "one\ntwo\u{b}\n").unwrap();
        written_an_hour_ago(&path);
        let cache = SourceCache::default();
        for _ in 0..2 {
            let mut problems = Diagnostics::default();
            let text = read_text(Some(&cache), &path, &path, &mut problems).unwrap();
            assert_eq!(&*text, "one\ntwo \n");
            assert_eq!(problems.error_count(), 1);
        }
    }
}
