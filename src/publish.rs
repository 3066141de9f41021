//! Writes the output tree to disk atomically. The new site is prepared in a staging folder
//! beside the output, then swapped in with one atomic exchange (two renames where the system
//! has no exchange). A failed build leaves the previous output untouched, and a folder bayan did
//! not create is never replaced. Last stage of the pipeline.
//!
//! The folder swapped out is kept as `.<output>.bayan-previous` and becomes the next build's
//! staging folder: only files that changed are rewritten and nothing is deleted wholesale, so a
//! rebuild costs little disk work (creating and deleting thousands of files is what makes a
//! static site build slow on many file systems).
//!
//! The staging folder is made ready before the site is built, and each generator's files are
//! written into it as soon as they are made: a large site is never held in memory whole.

mod error;
mod files;
mod swap;
#[cfg(test)]
mod tests;

use std::fs;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::outputs::{OutputFile, OutputTree};
use crate::{Progress, Stage};
pub(crate) use error::PublishError;
use error::io_error;
use files::{holds, synchronise, write_early};

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

/// The folder a build writes its site into before the site goes live, locked for that build.
pub(crate) struct Staging {
    folder: PathBuf,
    /// The output folder, absolute.
    output: PathBuf,
    kind: OutputKind,
    /// The kind of the site the output folder holds, if bayan wrote it.
    replaced: Option<OutputKind>,
    /// Made by this build, so removed again if the build fails.
    made: bool,
    /// Held until the new site is in place: a second build into the same folder waits, instead
    /// of mixing its files with this one's.
    _lock: fs::File,
}

impl Staging {
    /// Makes ready the staging folder of `output`, for a site of `kind`: refused when the output
    /// or the staging folder is not bayan's, or a preview would replace the public site.
    pub(crate) fn open(
        output: &Path,
        kind: OutputKind,
        progress: &dyn Progress,
    ) -> Result<Staging, PublishError> {
        // Resolved first: `--output .` names a folder by a path with no parent or name of its own.
        let output = absolute(output);
        if output.exists() && !is_replaceable(&output)? {
            return Err(PublishError::Foreign(output));
        }
        let replaced = OutputKind::of(&output);
        if kind == OutputKind::Preview && replaced == Some(OutputKind::Public) {
            return Err(PublishError::PreviewOverPublic(output));
        }
        let parent = match output.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        fs::create_dir_all(&parent).map_err(io_error(&parent))?;
        let lock = lock(&parent, progress)?;
        let name = output
            .file_name()
            .map_or_else(|| "public".into(), |n| n.to_string_lossy().into_owned());
        let folder = parent.join(format!(".{name}.bayan-previous"));
        if folder.exists() && !is_replaceable(&folder)? {
            // Not a folder we left: a stray copy or a user's. Never reuse or delete it.
            return Err(PublishError::Foreign(folder));
        }
        let made = !folder.exists();
        fs::create_dir_all(&folder).map_err(io_error(&folder))?;
        let marker = folder.join(MARKER);
        let marker_text = kind.marker_text();
        if !holds(&marker, marker_text.as_bytes()) {
            fs::write(&marker, &marker_text).map_err(io_error(&marker))?;
        }
        Ok(Staging {
            folder,
            output,
            kind,
            replaced,
            made,
            _lock: lock,
        })
    }

    /// Writes `files`, just made, into the staging folder, keeping only their paths.
    pub(crate) fn write_early(&self, files: &mut [OutputFile]) {
        files
            .par_iter_mut()
            .for_each(|file| write_early(&self.folder, file));
    }

    /// Makes the staging folder hold exactly `tree` and swaps it in as the output; the files of
    /// `tree` written early are then found in the output folder.
    pub(crate) fn publish(
        self,
        tree: &mut OutputTree,
        progress: &dyn Progress,
    ) -> Result<(), PublishError> {
        synchronise(tree, &self.folder, progress)?;
        if !self.output.exists() {
            fs::rename(&self.folder, &self.output).map_err(io_error(&self.output))?;
        } else {
            swap::exchange(&self.folder, &self.output)?;
            if self.kind == OutputKind::Public && self.replaced == Some(OutputKind::Preview) {
                // The folder swapped out is the preview: kept for the next build, it would leave
                // its unpublished stories beside the public site.
                fs::remove_dir_all(&self.folder).map_err(io_error(&self.folder))?;
            }
        }
        tree.moved(&self.folder, &self.output);
        Ok(())
    }

    /// After a failed build: a staging folder this build made is removed; an older one stays,
    /// to be repaired by the next build.
    pub(crate) fn abandon(self) {
        if self.made {
            let _ = fs::remove_dir_all(&self.folder);
        }
    }
}

/// Locks the folder the output is published in (not a file: none is left behind), waiting for
/// another build that holds it, and saying so.
fn lock(parent: &Path, progress: &dyn Progress) -> Result<fs::File, PublishError> {
    let folder = fs::File::open(parent).map_err(io_error(parent))?;
    match folder.try_lock() {
        Ok(()) => {}
        Err(fs::TryLockError::WouldBlock) => {
            progress.finish();
            progress.start(Stage::Waiting, 0);
            folder.lock().map_err(io_error(parent))?;
            progress.finish();
            progress.start(Stage::Rendering, 0);
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
