//! Why a site cannot be published, with the path concerned: each said with its code and fix.

use std::io;
use std::path::{Path, PathBuf};

use crate::diagnostic::plain_io;
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::said;

/// Why the output folder was not replaced; the previous output stays as it was.
#[derive(Debug)]
pub(crate) enum PublishError {
    /// The output folder exists, is not empty and was not made by bayan.
    Foreign(PathBuf),
    /// The output folder is, holds or sits inside the site's own sources.
    OverlapsSources {
        output: PathBuf,
        sources: PathBuf,
    },
    Io {
        path: PathBuf,
        error: io::Error,
    },
    /// The output folder is the folder bayan runs in, which cannot be swapped under it.
    CurrentFolder(PathBuf),
    /// A preview was to be written over the public site's folder.
    PreviewOverPublic(PathBuf),
    /// A file this build made and kept in `.bayan-cache/` (a share card) cannot be read back.
    CacheUnreadable {
        path: PathBuf,
        error: io::Error,
    },
}

impl PublishError {
    /// The problem as a writer reads it, with its code and the fix.
    pub(crate) fn diagnostic(&self) -> Diagnostic {
        match self {
            PublishError::Foreign(path) => Diagnostic::error_said(path, said!("W100")),
            PublishError::OverlapsSources { output, sources } => Diagnostic::error_said(
                output,
                said!("W101", sources = sources.display().to_string()),
            ),
            PublishError::CurrentFolder(path) => Diagnostic::error_said(path, said!("W102")),
            PublishError::PreviewOverPublic(path) => Diagnostic::error_said(path, said!("W103")),
            PublishError::Io { path, error } => {
                Diagnostic::error_said(path, said!("W104", reason = plain_io(error)))
            }
            PublishError::CacheUnreadable { path, error } => {
                Diagnostic::error_said(path, said!("W105", reason = plain_io(error)))
            }
        }
    }

    /// The problem as the build's list of problems, which is how every failure is reported.
    pub(crate) fn into_problems(self) -> Diagnostics {
        Diagnostics::from_iter([self.diagnostic()])
    }
}

impl std::fmt::Display for PublishError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.diagnostic().fmt(f)
    }
}

impl std::error::Error for PublishError {}

/// Names the path of a failed read or write, for `map_err`.
pub(super) fn io_error(path: &Path) -> impl FnOnce(io::Error) -> PublishError + '_ {
    move |error| PublishError::Io {
        path: path.to_path_buf(),
        error,
    }
}
