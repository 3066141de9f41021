//! A built file's bytes, in memory or in a file on disk: share cards kept in `.bayan-cache/`
//! and pages already written into the folder a build publishes are not held in memory.

use std::borrow::Cow;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// Where the bytes of a built file are.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Stored {
    /// Held in memory: any file the live preview makes, a page not written yet, or a share card
    /// without a cache folder (or with one that cannot be written).
    Memory(Arc<[u8]>),
    /// A file on disk: a made file of `.bayan-cache/`, named by the hash of its content so that
    /// one path always holds the same bytes, or a page already written into the folder a build
    /// publishes.
    Disk(PathBuf),
}

impl Stored {
    /// The bytes, read from disk for a file kept there.
    pub(crate) fn read(&self) -> io::Result<Cow<'_, [u8]>> {
        match self {
            Stored::Memory(bytes) => Ok(Cow::Borrowed(bytes)),
            Stored::Disk(path) => std::fs::read(path).map(Cow::Owned),
        }
    }

    /// The file holding the bytes, for a file kept on disk.
    pub(crate) fn on_disk(&self) -> Option<&Path> {
        match self {
            Stored::Memory(_) => None,
            Stored::Disk(path) => Some(path),
        }
    }
}
