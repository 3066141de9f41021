//! Files copied as they are: the theme's static files, the site's `static/` folder (which wins
//! over the theme's) and the files beside each published story translation.

use std::collections::BTreeMap;
use std::sync::Arc;

use walkdir::WalkDir;

use super::{BuildContext, Generator, OutputFile};
use crate::diagnostic::{Diagnostic, Diagnostics, display_path};
use crate::model::Site;
use crate::urls;

pub(crate) struct StaticFiles {
    /// Output path to bytes and origin, theme first, then the site's own.
    files: BTreeMap<String, (Arc<[u8]>, String)>,
    problems: Diagnostics,
}

impl StaticFiles {
    pub(super) fn new(site: &Site, theme_static: &BTreeMap<String, Arc<[u8]>>) -> Self {
        let mut files: BTreeMap<String, (Arc<[u8]>, String)> = theme_static
            .iter()
            .map(|(path, bytes)| (path.clone(), (bytes.clone(), format!("theme file {path}"))))
            .collect();
        let mut problems = Diagnostics::default();
        let root = &site.config.root;
        let folder = root.join("static");
        if folder.is_dir() {
            for entry in WalkDir::new(&folder).sort_by_file_name() {
                match entry {
                    Ok(entry) if entry.file_type().is_file() => {
                        let relative = entry.path().strip_prefix(&folder).unwrap_or(entry.path());
                        let path = relative
                            .iter()
                            .map(|p| p.to_string_lossy())
                            .collect::<Vec<_>>()
                            .join("/");
                        match std::fs::read(entry.path()) {
                            Ok(bytes) => {
                                files
                                    .insert(path.clone(), (bytes.into(), format!("static/{path}")));
                            }
                            Err(error) => problems.push(Diagnostic::error(
                                display_path(root, entry.path()),
                                format!("cannot read: {error}"),
                            )),
                        }
                    }
                    Ok(_) => {}
                    Err(error) => {
                        problems.push(Diagnostic::error("static", format!("cannot read: {error}")))
                    }
                }
            }
        }
        StaticFiles { files, problems }
    }

    /// `path?v=<hash of its bytes>`, so that a changed file is never served stale from a cache.
    pub(super) fn fingerprinted(&self, path: &str) -> String {
        match self.files.get(path) {
            Some((bytes, _)) => format!("/{path}?v={:08x}", fnv1a(bytes) as u32),
            None => format!("/{path}"),
        }
    }
}

impl Generator for StaticFiles {
    fn generate(&self, context: &BuildContext<'_>) -> Result<Vec<OutputFile>, Diagnostics> {
        if !self.problems.is_empty() {
            return Err(self.problems.clone());
        }
        let mut out: Vec<OutputFile> = self
            .files
            .iter()
            .map(|(path, (bytes, origin))| {
                OutputFile::new(path.clone(), bytes.clone(), origin.clone())
            })
            .collect();
        for story in &context.site.stories {
            for translation in &story.translations {
                for asset in &story.assets {
                    let path = urls::story_asset(&translation.lang, &story.slug, &asset.name);
                    out.push(OutputFile::new(
                        path.trim_start_matches('/').to_owned(),
                        asset.bytes.clone(),
                        format!("file {} of story {}", asset.name, story.slug),
                    ));
                }
            }
        }
        Ok(out)
    }
}

/// A small stable hash for fingerprints (not for security).
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, b| {
        (hash ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3)
    })
}
