//! Writes the output tree to disk atomically: into a staging folder beside the output, then
//! swapped in with renames. A failed build leaves the previous output untouched, and a folder
//! bayan did not create is never replaced. Last stage of the pipeline.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::outputs::OutputTree;

/// Marks an output folder as bayan's, so that it may be replaced by the next build.
pub const MARKER: &str = ".bayan-output";
const MARKER_TEXT: &str = "This folder is written by `bayan build` and replaced on every build.\nPut your own files in the site's static/ folder instead.\n";

#[derive(Debug)]
pub enum PublishError {
    /// The output folder exists, is not empty and was not made by bayan.
    Foreign(PathBuf),
    Io {
        path: PathBuf,
        error: io::Error,
    },
}

impl std::fmt::Display for PublishError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PublishError::Foreign(path) => write!(
                f,
                "{}: error: this folder was not made by bayan, so it will not be replaced\n  hint: choose another output with --output DIR, or empty or remove the folder yourself",
                path.display()
            ),
            PublishError::Io { path, error } => write!(
                f,
                "{}: error: cannot write the site: {error}\n  hint: check that the folder is writable and the disk has space; the previous output is unchanged",
                path.display()
            ),
        }
    }
}

impl std::error::Error for PublishError {}

fn io_error(path: &Path) -> impl FnOnce(io::Error) -> PublishError + '_ {
    move |error| PublishError::Io {
        path: path.to_path_buf(),
        error,
    }
}

/// Replaces `output` with the files of `tree`.
pub fn publish(tree: &OutputTree, output: &Path) -> Result<(), PublishError> {
    if output.exists() && !is_replaceable(output)? {
        return Err(PublishError::Foreign(output.to_path_buf()));
    }
    let parent = match output.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    fs::create_dir_all(&parent).map_err(io_error(&parent))?;
    let name = output
        .file_name()
        .map_or_else(|| "public".into(), |n| n.to_string_lossy().into_owned());
    let staging = parent.join(format!(".{name}.bayan-staging"));
    let previous = parent.join(format!(".{name}.bayan-previous"));
    for leftover in [&staging, &previous] {
        if leftover.exists() {
            fs::remove_dir_all(leftover).map_err(io_error(leftover))?;
        }
    }
    if let Err(error) = write_tree(tree, &staging) {
        let _ = fs::remove_dir_all(&staging);
        return Err(error);
    }
    let had_output = output.exists();
    if had_output {
        fs::rename(output, &previous).map_err(io_error(output))?;
    }
    if let Err(error) = fs::rename(&staging, output) {
        if had_output {
            let _ = fs::rename(&previous, output);
        }
        let _ = fs::remove_dir_all(&staging);
        return Err(PublishError::Io {
            path: output.to_path_buf(),
            error,
        });
    }
    if had_output {
        fs::remove_dir_all(&previous).map_err(io_error(&previous))?;
    }
    Ok(())
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

fn write_tree(tree: &OutputTree, staging: &Path) -> Result<(), PublishError> {
    fs::create_dir_all(staging).map_err(io_error(staging))?;
    let mut folders: Vec<PathBuf> = tree
        .paths()
        .filter_map(|p| Path::new(p).parent().map(|d| staging.join(d)))
        .collect();
    folders.sort();
    folders.dedup();
    for folder in &folders {
        fs::create_dir_all(folder).map_err(io_error(folder))?;
    }
    let files: Vec<(&str, &[u8])> = tree.files().collect();
    files.par_iter().try_for_each(|(path, bytes)| {
        let target = staging.join(path);
        fs::write(&target, bytes).map_err(io_error(&target))
    })?;
    let marker = staging.join(MARKER);
    fs::write(&marker, MARKER_TEXT).map_err(io_error(&marker))
}
