//! Makes the staging folder hold exactly the built site, touching only what differs.

use std::borrow::Cow;
use std::collections::BTreeSet;
use std::fs;
use std::io;
use std::path::Path;

use rayon::prelude::*;

use super::error::io_error;
use super::{MARKER, PublishError};
use crate::Progress;
use crate::outputs::{OutputFile, OutputTree};
use crate::stored::Stored;

/// Writes `file` into `folder` at once, unless it is there already, and keeps only its path:
/// a large site's pages are then not all held in memory until the build ends. A file that
/// cannot be written yet (a folder of an earlier build in its way) stays in memory, for
/// [`synchronise`] to write once the way is clear.
pub(super) fn write_early(folder: &Path, file: &mut OutputFile) {
    let Stored::Memory(bytes) = &file.bytes else {
        return;
    };
    let target = folder.join(&file.path);
    let written = holds(&target, bytes)
        || (target
            .parent()
            .is_some_and(|parent| fs::create_dir_all(parent).is_ok())
            && fs::write(&target, bytes).is_ok());
    if written {
        file.bytes = Stored::Disk(target);
    }
}

/// Makes `folder` hold exactly `tree` (and its marker), touching only what differs.
pub(super) fn synchronise(
    tree: &OutputTree,
    folder: &Path,
    progress: &dyn Progress,
) -> Result<(), PublishError> {
    let wanted: BTreeSet<&str> = tree.paths().collect();
    let mut folders: BTreeSet<String> = BTreeSet::new();
    for path in &wanted {
        let mut cut = 0;
        while let Some(slash) = path[cut..].find('/') {
            cut += slash;
            folders.insert(path[..cut].to_owned());
            cut += 1;
        }
    }
    remove_unwanted(folder, "", &wanted, &folders)?;
    // In parallel: a project import makes thousands of folders. Making a folder that another
    // thread just made is not an error for `create_dir_all`.
    folders.par_iter().try_for_each(|relative| {
        let target = folder.join(relative);
        fs::create_dir_all(&target).map_err(io_error(&target))
    })?;
    let files: Vec<(&str, &Stored)> = tree.stored_files().collect();
    files.par_iter().try_for_each(|(path, stored)| {
        let target = folder.join(path);
        progress.advance();
        if stored.on_disk() == Some(target.as_path()) {
            // Written while the site was being made.
            return Ok(());
        }
        let bytes = read(stored)?;
        if holds(&target, &bytes) {
            Ok(())
        } else {
            fs::write(&target, &bytes).map_err(io_error(&target))
        }
    })
}

/// The bytes of a file, read from the cache folder for a share card kept there: one file at a
/// time per thread, never the whole site's share cards at once.
pub(super) fn read(stored: &Stored) -> Result<Cow<'_, [u8]>, PublishError> {
    stored
        .read()
        .map_err(|error| PublishError::CacheUnreadable {
            path: stored.on_disk().map(Path::to_path_buf).unwrap_or_default(),
            error,
        })
}

/// Deletes what a previous build left in `dir` (at `relative` in the site, `""` for its root)
/// that the new tree does not have; folders are visited in parallel.
fn remove_unwanted(
    dir: &Path,
    relative: &str,
    wanted: &BTreeSet<&str>,
    folders: &BTreeSet<String>,
) -> Result<(), PublishError> {
    let entries = fs::read_dir(dir)
        .and_then(|entries| entries.collect::<Result<Vec<_>, _>>())
        .map_err(io_error(dir))?;
    entries.par_iter().try_for_each(|entry| {
        let path = entry.path();
        let name = entry.file_name();
        let name = name.to_string_lossy();
        let inside = if relative.is_empty() {
            name.into_owned()
        } else {
            format!("{relative}/{name}")
        };
        let kind = entry.file_type().map_err(io_error(&path))?;
        if kind.is_dir() && folders.contains(&inside) {
            remove_unwanted(&path, &inside, wanted, folders)
        } else if kind.is_dir() {
            fs::remove_dir_all(&path).map_err(io_error(&path))
        } else if !wanted.contains(inside.as_str()) && inside != MARKER {
            fs::remove_file(&path).map_err(io_error(&path))
        } else {
            Ok(())
        }
    })
}

/// Whether the file at `path` already has exactly these bytes. Read in slices into one buffer
/// per thread and compared as they come: a rebuild compares every file it would write, and
/// reading each whole into a new allocation was a tenth of a large build's time.
pub(super) fn holds(path: &Path, bytes: &[u8]) -> bool {
    use std::io::Read;
    const SLICE: usize = 64 * 1024;
    thread_local! {
        static BUFFER: std::cell::RefCell<Vec<u8>> = std::cell::RefCell::new(vec![0; SLICE]);
    }
    let Ok(mut file) = fs::File::open(path) else {
        return false;
    };
    match file.metadata() {
        Ok(meta) if meta.is_file() && meta.len() == bytes.len() as u64 => {}
        _ => return false,
    }
    BUFFER.with_borrow_mut(|buffer| {
        let mut rest = bytes;
        loop {
            // One byte more than expected: a longer file is told apart at its end.
            let want = (rest.len() + 1).min(SLICE);
            match file.read(&mut buffer[..want]) {
                Ok(0) => return rest.is_empty(),
                Ok(n) if n <= rest.len() && buffer[..n] == rest[..n] => rest = &rest[n..],
                Ok(_) => return false,
                Err(error) if error.kind() == io::ErrorKind::Interrupted => {}
                Err(_) => return false,
            }
        }
    })
}
