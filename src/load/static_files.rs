//! The site's own `static/` folder, published as it is.

use walkdir::WalkDir;

use super::file_cache::read_file;
use super::{Asset, SourceCache};
use crate::config::Config;
use crate::diagnostic::{Diagnostic, Diagnostics, display_path};

/// A file or folder whose name starts with a dot; `.well-known/` (security.txt, app links) is
/// made to be published.
fn is_hidden(entry: &walkdir::DirEntry) -> bool {
    entry.depth() > 0
        && entry.file_name().to_string_lossy().starts_with('.')
        && entry.file_name() != ".well-known"
}

/// Whether site.yaml's `publish_hidden` names `name` or a folder holding it.
fn listed(config: &Config, name: &str) -> bool {
    config.publish_hidden.iter().any(|listed| {
        name == listed
            || name
                .strip_prefix(listed.as_str())
                .is_some_and(|rest| rest.starts_with('/'))
    })
}

/// The files of the site's `static/` folder, published as they are, but hidden ones.
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
    let mut walker = WalkDir::new(&folder).sort_by_file_name().into_iter();
    while let Some(entry) = walker.next() {
        let entry = match entry {
            Ok(entry) => entry,
            Err(error) => {
                let at = error.path().unwrap_or(&folder);
                diagnostics.push(Diagnostic::error_said(
                    display_path(&config.root, at),
                    crate::said!("F004", detail = error.to_string()),
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
        if is_hidden(&entry) && !listed(config, &name) {
            // macOS leaves these in every folder it shows: nothing to say about them.
            let junk = entry.file_name() == ".DS_Store";
            if !junk {
                diagnostics.push(Diagnostic::warning_said(
                    display_path(&config.root, entry.path()),
                    crate::said!(
                        "H001",
                        kind = crate::said!(if entry.file_type().is_dir() {
                            "H001-folder"
                        } else {
                            "H001-file"
                        }),
                        name = &name,
                    ),
                ));
            }
            if entry.file_type().is_dir() {
                walker.skip_current_dir();
            }
            continue;
        }
        if !entry.file_type().is_file() {
            continue;
        }
        match read_file(cache, entry.path()) {
            Ok(bytes) => files.push(Asset { name, bytes }),
            Err(error) => diagnostics.push(super::cannot_read(
                display_path(&config.root, entry.path()),
                &error,
            )),
        }
    }
    files
}
