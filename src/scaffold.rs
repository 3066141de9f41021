//! Starting points for writers: `bayan init` writes a small working bilingual site (embedded in
//! the binary), and `bayan new` adds a story, page, project, indicator or partner.

mod new;

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use include_dir::{Dir, include_dir};

use crate::diagnostic::Diagnostic;
use crate::diagnostic::plain_io;
use crate::said;

pub use new::{Content, new_content, new_story};

static STARTER_SITE: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/scaffold");

/// Why a scaffold could not be written.
#[derive(Debug)]
pub enum ScaffoldError {
    /// The folder exists and holds files: nothing is overwritten.
    NotEmpty(PathBuf),
    /// A headline in Arabic letters, and no slug to give the story an address.
    NoSlug,
    /// An id or slug that cannot be used in an address, with a suggestion.
    BadSlug {
        slug: String,
        suggestion: String,
    },
    /// The file to write exists: nothing is overwritten.
    Exists(PathBuf),
    /// `partners.yaml` already has a partner with this id.
    PartnerExists {
        path: PathBuf,
        id: String,
    },
    Io {
        path: PathBuf,
        error: io::Error,
    },
}

impl ScaffoldError {
    /// The problem as a writer reads it, with its code and the fix.
    pub fn diagnostic(&self) -> Diagnostic {
        match self {
            ScaffoldError::NotEmpty(path) => Diagnostic::error_said(path, said!("U001")),
            ScaffoldError::BadSlug { slug, suggestion } => {
                Diagnostic::error_said("", said!("U002", slug = slug, suggestion = suggestion))
            }
            ScaffoldError::NoSlug => Diagnostic::error_said("", said!("U003")),
            ScaffoldError::Exists(path) => Diagnostic::error_said(path, said!("U004")),
            ScaffoldError::PartnerExists { path, id } => {
                Diagnostic::error_said(path, said!("U005", id = id))
            }
            ScaffoldError::Io { path, error } => {
                Diagnostic::error_said(path, said!("U006", reason = plain_io(error)))
            }
        }
    }
}

impl std::fmt::Display for ScaffoldError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.diagnostic().fmt(f)
    }
}

impl std::error::Error for ScaffoldError {}

fn io_error(path: &Path) -> impl FnOnce(io::Error) -> ScaffoldError + '_ {
    move |error| ScaffoldError::Io {
        path: path.to_path_buf(),
        error,
    }
}

/// Writes the starter site into `dir`, which must be missing or empty. Returns the files written.
pub fn init(dir: &Path) -> Result<Vec<PathBuf>, ScaffoldError> {
    if dir.exists() {
        let mut entries = fs::read_dir(dir).map_err(io_error(dir))?;
        if entries.next().is_some() {
            return Err(ScaffoldError::NotEmpty(dir.to_path_buf()));
        }
    }
    let mut written = Vec::new();
    write_dir(&STARTER_SITE, dir, &mut written)?;
    written.sort();
    Ok(written)
}

fn write_dir(
    source: &Dir<'_>,
    dir: &Path,
    written: &mut Vec<PathBuf>,
) -> Result<(), ScaffoldError> {
    for file in source.files() {
        let target = dir.join(file.path());
        if let Some(parent) = target.parent() {
            fs::create_dir_all(parent).map_err(io_error(parent))?;
        }
        fs::write(&target, file.contents()).map_err(io_error(&target))?;
        written.push(target);
    }
    for sub in source.dirs() {
        write_dir(sub, dir, written)?;
    }
    Ok(())
}
