//! Writes the output tree to disk atomically. The new site is prepared in a staging folder
//! beside the output, then swapped in with one atomic exchange (two renames where the system
//! has no exchange). A failed build leaves the previous output untouched, and a folder bayan did
//! not create is never replaced. Last stage of the pipeline.
//!
//! The folder swapped out is kept as `.<output>.bayan-previous` and becomes the next build's
//! staging folder: only files that changed are rewritten and nothing is deleted wholesale, so a
//! rebuild costs little disk work (creating and deleting thousands of files is what makes a
//! static site build slow on many file systems).

mod error;
#[cfg(test)]
mod tests;

use std::borrow::Cow;
use std::collections::BTreeSet;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::Progress;
use crate::images::Stored;
use crate::outputs::OutputTree;
pub(crate) use error::PublishError;
use error::io_error;

/// Marks an output folder as bayan's, so that it may be replaced by the next build.
pub(crate) const MARKER: &str = ".bayan-output";
const MARKER_TEXT: &str = "This folder is written by `bayan build` and replaced on every build.\nPut your own files in the site's static/ folder instead.\n";
/// The marker's last line in a preview's folder.
const PREVIEW_LINE: &str = "PREVIEW: drafts or stories under embargo. Never publish this folder.\n";

/// What a build's output is for. A preview (`--drafts`, `--preview`) holds what must not be
/// published yet, so it never shares a folder with the public site, and no copy of it stays
/// behind when a public build replaces it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum OutputKind {
    Public,
    Preview,
}

impl OutputKind {
    fn marker_text(self) -> String {
        match self {
            OutputKind::Public => MARKER_TEXT.to_owned(),
            OutputKind::Preview => format!("{MARKER_TEXT}{PREVIEW_LINE}"),
        }
    }

    /// The kind of the build that wrote `folder`, when bayan wrote it.
    fn of(folder: &Path) -> Option<OutputKind> {
        let text = fs::read_to_string(folder.join(MARKER)).ok()?;
        Some(if text.contains(PREVIEW_LINE.trim_end()) {
            OutputKind::Preview
        } else {
            OutputKind::Public
        })
    }
}

/// Refuses an output folder that is the site folder, contains it, or lies inside its sources.
pub(crate) fn check_location(root: &Path, output: &Path) -> Result<(), PublishError> {
    let root = absolute(root);
    let output = absolute(output);
    let overlap = |sources: PathBuf| PublishError::OverlapsSources {
        output: output.clone(),
        sources,
    };
    if root.starts_with(&output) {
        return Err(overlap(root));
    }
    if std::env::current_dir().is_ok_and(|here| absolute(&here) == output) {
        return Err(PublishError::CurrentFolder(output));
    }
    for folder in ["content", "themes", "static"] {
        let sources = root.join(folder);
        if output.starts_with(&sources) {
            return Err(overlap(sources));
        }
    }
    Ok(())
}

/// `path` made absolute and cleaned of `.` and `..`, with links followed as far as it exists:
/// its deepest existing folder is resolved, so a site reached through a link is compared by
/// where it really is.
fn absolute(path: &Path) -> PathBuf {
    let joined = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let mut clean = PathBuf::new();
    for part in joined.components() {
        match part {
            std::path::Component::ParentDir => {
                clean.pop();
            }
            std::path::Component::CurDir => {}
            other => clean.push(other),
        }
    }
    let mut missing = Vec::new();
    let mut existing = clean.as_path();
    loop {
        if let Ok(real) = fs::canonicalize(existing) {
            return missing
                .iter()
                .rev()
                .fold(real, |path, part| path.join(part));
        }
        match (existing.parent(), existing.file_name()) {
            (Some(parent), Some(name)) => {
                missing.push(name.to_owned());
                existing = parent;
            }
            _ => return clean,
        }
    }
}

/// Replaces `output` with the files of `tree`, a site of `kind`.
pub(crate) fn publish(
    tree: &OutputTree,
    output: &Path,
    kind: OutputKind,
    progress: &dyn Progress,
) -> Result<(), PublishError> {
    // Resolved first: `--output .` names a folder by a path with no parent or name of its own.
    let output = &absolute(output);
    if output.exists() && !is_replaceable(output)? {
        return Err(PublishError::Foreign(output.to_path_buf()));
    }
    let replaced = OutputKind::of(output);
    if kind == OutputKind::Preview && replaced == Some(OutputKind::Public) {
        return Err(PublishError::PreviewOverPublic(output.to_path_buf()));
    }
    let parent = match output.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    fs::create_dir_all(&parent).map_err(io_error(&parent))?;
    // Held until the new site is in place: a second build into the same folder waits, instead of
    // mixing its files with this one's.
    let _lock = lock(&parent, tree, progress)?;
    let name = output
        .file_name()
        .map_or_else(|| "public".into(), |n| n.to_string_lossy().into_owned());
    let staging = parent.join(format!(".{name}.bayan-previous"));
    if staging.exists() && !is_replaceable(&staging)? {
        // Not a folder we left: a stray copy or a user's. Never reuse or delete it.
        return Err(PublishError::Foreign(staging));
    }
    fs::create_dir_all(&staging).map_err(io_error(&staging))?;
    let marker = staging.join(MARKER);
    let marker_text = kind.marker_text();
    if !holds(&marker, marker_text.as_bytes()) {
        fs::write(&marker, &marker_text).map_err(io_error(&marker))?;
    }
    synchronise(tree, &staging, progress)?;
    if !output.exists() {
        return fs::rename(&staging, output).map_err(io_error(output));
    }
    exchange(&staging, output)?;
    if kind == OutputKind::Public && replaced == Some(OutputKind::Preview) {
        // The folder swapped out is the preview: kept for the next build, it would leave its
        // unpublished stories beside the public site.
        fs::remove_dir_all(&staging).map_err(io_error(&staging))?;
    }
    Ok(())
}

/// Locks the folder the output is published in (not a file: none is left behind), waiting for
/// another build that holds it, and saying so.
fn lock(
    parent: &Path,
    tree: &OutputTree,
    progress: &dyn Progress,
) -> Result<fs::File, PublishError> {
    let folder = fs::File::open(parent).map_err(io_error(parent))?;
    match folder.try_lock() {
        Ok(()) => {}
        Err(fs::TryLockError::WouldBlock) => {
            progress.finish();
            progress.start(crate::Stage::Waiting, 0);
            folder.lock().map_err(io_error(parent))?;
            progress.finish();
            progress.start(crate::Stage::Writing, tree.len() as u64);
        }
        Err(fs::TryLockError::Error(error)) => return Err(io_error(parent)(error)),
    }
    Ok(folder)
}

/// Ours (has the marker), or an empty folder.
fn is_replaceable(output: &Path) -> Result<bool, PublishError> {
    if !output.is_dir() {
        return Ok(false);
    }
    if output.join(MARKER).is_file() {
        return Ok(true);
    }
    let mut entries = fs::read_dir(output).map_err(io_error(output))?;
    Ok(entries.next().is_none())
}

/// Makes `folder` hold exactly `tree` (and its marker), touching only what differs.
fn synchronise(
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
        let bytes = read(stored)?;
        if holds(&target, &bytes) {
            Ok(())
        } else {
            fs::write(&target, &bytes).map_err(io_error(&target))
        }
    })
}

/// The bytes of a file, read from the cache folder for one kept there: one file at a time per
/// thread, never the whole site's share cards at once.
fn read(stored: &Stored) -> Result<Cow<'_, [u8]>, PublishError> {
    match stored {
        Stored::Memory(bytes) => Ok(Cow::Borrowed(bytes)),
        Stored::Disk(cached) => {
            fs::read(cached)
                .map(Cow::Owned)
                .map_err(|error| PublishError::CacheUnreadable {
                    path: cached.clone(),
                    error,
                })
        }
    }
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
fn holds(path: &Path, bytes: &[u8]) -> bool {
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

/// Swaps `staging` and `output`: the new site goes live in one step, and the old one is left
/// at `staging` for the next build.
#[cfg(any(target_os = "linux", target_os = "android"))]
fn exchange(staging: &Path, output: &Path) -> Result<(), PublishError> {
    use rustix::fs::{CWD, RenameFlags, renameat_with};
    match renameat_with(CWD, staging, CWD, output, RenameFlags::EXCHANGE) {
        Ok(()) => Ok(()),
        // File systems without exchange support: fall back to two renames.
        Err(rustix::io::Errno::INVAL | rustix::io::Errno::NOSYS) => rename_twice(staging, output),
        Err(error) => Err(PublishError::Io {
            path: output.to_path_buf(),
            error: error.into(),
        }),
    }
}

#[cfg(not(any(target_os = "linux", target_os = "android")))]
fn exchange(staging: &Path, output: &Path) -> Result<(), PublishError> {
    rename_twice(staging, output)
}

/// The old output moves aside, the new one takes its place, the old one becomes the spare.
fn rename_twice(staging: &Path, output: &Path) -> Result<(), PublishError> {
    let aside = staging.with_extension("swap");
    fs::rename(output, &aside).map_err(io_error(output))?;
    if let Err(error) = fs::rename(staging, output) {
        let _ = fs::rename(&aside, output);
        return Err(PublishError::Io {
            path: output.to_path_buf(),
            error,
        });
    }
    fs::rename(&aside, staging).map_err(io_error(staging))
}
