//! Starting points for writers: `bayan init` writes a small working bilingual site (embedded in
//! the binary), and `bayan new` adds a story, page, project, indicator or partner.

mod new;

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use include_dir::{Dir, include_dir};

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

impl std::fmt::Display for ScaffoldError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ScaffoldError::NotEmpty(path) => write!(
                f,
                "{}: error: this folder is not empty, so nothing was written\n  hint: choose a new folder name, or an empty folder",
                path.display()
            ),
            ScaffoldError::BadSlug { slug, suggestion } => write!(
                f,
                "error: `{slug}` cannot be used in a web address\n  hint: use lowercase ASCII letters, digits and hyphens, like `{suggestion}`"
            ),
            ScaffoldError::NoSlug => write!(
                f,
                "error: a headline in Arabic letters gives no name for the story's web address\n  hint: add one with --slug, in lowercase ASCII letters, digits and hyphens, like --slug school-meals"
            ),
            ScaffoldError::Exists(path) => write!(
                f,
                "{}: error: this file already exists, so nothing was written\n  hint: choose another name, or edit the file",
                path.display()
            ),
            ScaffoldError::PartnerExists { path, id } => write!(
                f,
                "{}: error: there is already a partner `{id}`, so nothing was written\n  hint: choose another id, or edit the partner there",
                path.display()
            ),
            ScaffoldError::Io { path, error } => {
                write!(f, "{}: error: cannot write: {error}", path.display())
            }
        }
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
