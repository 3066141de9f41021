//! The site's own `static/` folder, published as it is.

use walkdir::WalkDir;

use super::file_cache::read_file;
use super::{Asset, SourceCache, plain_io};
use crate::config::Config;
use crate::diagnostic::{Diagnostic, Diagnostics, display_path};

/// The files of the site's `static/` folder, published as they are.
pub(super) fn load_static(
    config: &Config,
    cache: Option<&SourceCache>,
    diagnostics: &mut Diagnostics,
) -> Vec<Asset> {
    let folder = config.root.join("static");
    if !folder.is_dir() {
        return Vec::new();
    }
    let mut files = Vec::new();
    for entry in WalkDir::new(&folder).sort_by_file_name() {
        let entry = match entry {
            Ok(entry) if entry.file_type().is_file() => entry,
            Ok(_) => continue,
            Err(error) => {
                let at = error.path().unwrap_or(&folder);
                diagnostics.push(Diagnostic::error(
                    display_path(&config.root, at),
                    format!("cannot read: {error}"),
                ));
                continue;
            }
        };
        let relative = entry.path().strip_prefix(&folder).unwrap_or(entry.path());
        let name = relative
            .iter()
            .map(|p| p.to_string_lossy())
            .collect::<Vec<_>>()
            .join("/");
        match read_file(cache, entry.path()) {
            Ok(bytes) => files.push(Asset {
                name,
                bytes,
                image: None,
            }),
            Err(error) => diagnostics.push(Diagnostic::error(
                display_path(&config.root, entry.path()),
                format!("cannot read the file: {}", plain_io(&error)),
            )),
        }
    }
    files
}
