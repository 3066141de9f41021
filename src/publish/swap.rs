//! The new site goes live in one step: the staging folder and the output are exchanged.

use std::fs;
use std::path::Path;

use super::PublishError;
use super::error::io_error;

/// Swaps `staging` and `output`: the new site goes live in one step, and the old one is left
/// at `staging` for the next build.
#[cfg(any(target_os = "linux", target_os = "android"))]
pub(super) fn exchange(staging: &Path, output: &Path) -> Result<(), PublishError> {
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
pub(super) fn exchange(staging: &Path, output: &Path) -> Result<(), PublishError> {
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
