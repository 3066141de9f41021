//! The built site: every file with its path, bytes (or where they are on disk), origin and the
//! generator that made it, and the checks that no two outputs claim one path.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use jiff::Timestamp;

use super::sitemap;
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::model::Site;
use crate::stored::Stored;

/// The name the sitemap's files are made by: the sitemap lists the pages of all the others.
const SITEMAP: &str = "sitemap";

/// One file of the built site.
#[derive(Debug, Clone)]
pub(crate) struct OutputFile {
    /// Relative, `/`-separated path inside the output folder.
    pub path: String,
    /// In memory, or on disk: a share card of `.bayan-cache/`, or a page already written into
    /// the folder a build publishes.
    pub bytes: Stored,
    /// What produced it, to explain collisions ("story darfur-schools (ar)").
    pub origin: String,
    /// The source file it comes from, where a collision is reported.
    pub source: Option<PathBuf>,
    /// Set on pages search engines should know: their place in the sitemap.
    pub sitemap: Option<SitemapEntry>,
    /// The name of the generator that made it.
    made_by: &'static str,
}

/// A page's sitemap record: its address, its translations, when it last changed.
#[derive(Debug, Clone)]
pub(crate) struct SitemapEntry {
    /// Site path of the page.
    pub path: String,
    /// The same page in each language: (language, site path), this one included.
    pub alternates: Vec<(String, String)>,
    pub lastmod: Option<Timestamp>,
}

impl OutputFile {
    pub(crate) fn new(
        path: String,
        bytes: impl Into<Arc<[u8]>>,
        origin: impl Into<String>,
    ) -> Self {
        OutputFile::stored(path, Stored::Memory(bytes.into()), origin)
    }

    /// A file whose bytes may be kept in the cache folder rather than in memory.
    pub(crate) fn stored(path: String, bytes: Stored, origin: impl Into<String>) -> Self {
        OutputFile {
            path,
            bytes,
            origin: origin.into(),
            source: None,
            sitemap: None,
            made_by: "",
        }
    }

    pub(super) fn made_by(mut self, generator: &'static str) -> Self {
        self.made_by = generator;
        self
    }

    /// Lists this page in the sitemap.
    pub(crate) fn in_sitemap(
        mut self,
        path: &str,
        alternates: Vec<(String, String)>,
        lastmod: Option<Timestamp>,
    ) -> Self {
        self.sitemap = Some(SitemapEntry {
            path: path.to_owned(),
            alternates,
            lastmod,
        });
        self
    }

    pub(crate) fn with_source(mut self, source: &Path) -> Self {
        self.source = Some(source.to_path_buf());
        self
    }
}

/// The whole built site, sorted by path: each file in memory, or on disk once a build has
/// written it (or kept it in its cache). Cheap to clone: files are shared.
#[derive(Debug, Default, Clone)]
pub struct OutputTree {
    files: BTreeMap<String, Arc<OutputFile>>,
}

impl OutputTree {
    /// The bytes of the file at `path`; `None` also when it was kept on disk and can no longer
    /// be read there (the cache folder emptied by hand).
    pub fn get(&self, path: &str) -> Option<Cow<'_, [u8]>> {
        self.files.get(path).and_then(|f| f.bytes.read().ok())
    }

    /// Whether there is a file at `path`, without reading it.
    pub fn contains(&self, path: &str) -> bool {
        self.files.contains_key(path)
    }

    /// Where the bytes of the file at `path` are kept.
    pub(crate) fn stored(&self, path: &str) -> Option<&Stored> {
        self.files.get(path).map(|f| &f.bytes)
    }

    /// The name of the generator that made the file at `path`.
    pub fn made_by(&self, path: &str) -> Option<&'static str> {
        self.files.get(path).map(|f| f.made_by)
    }

    pub fn paths(&self) -> impl Iterator<Item = &str> {
        self.files.keys().map(String::as_str)
    }

    /// Every file with its bytes, read from disk for those kept there.
    pub fn files(&self) -> impl Iterator<Item = (&str, io::Result<Cow<'_, [u8]>>)> {
        self.files.iter().map(|(p, f)| (p.as_str(), f.bytes.read()))
    }

    /// Every file with where its bytes are kept, to publish them without holding them all.
    pub(crate) fn stored_files(&self) -> impl Iterator<Item = (&str, &Stored)> {
        self.files.iter().map(|(p, f)| (p.as_str(), &f.bytes))
    }

    pub fn len(&self) -> usize {
        self.files.len()
    }

    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }

    /// Number of HTML pages.
    pub fn page_count(&self) -> usize {
        self.files.keys().filter(|p| p.ends_with(".html")).count()
    }

    /// Number of feed files (RSS, Atom and JSON Feed).
    pub fn feed_count(&self) -> usize {
        self.files
            .keys()
            .filter(|p| {
                let name = p.rsplit('/').next().unwrap_or(p);
                matches!(name, "feed.xml" | "atom.xml" | "feed.json")
            })
            .count()
    }

    pub(super) fn insert(&mut self, file: OutputFile, problems: &mut Diagnostics) {
        if let Some(existing) = self.files.get(&file.path) {
            problems.push(collision(&file, existing, &file.path));
            return;
        }
        self.files.insert(file.path.clone(), Arc::new(file));
    }

    /// After the folder holding files written early was renamed from `from` to `to`: their
    /// paths follow it.
    pub(crate) fn moved(&mut self, from: &Path, to: &Path) {
        for file in self.files.values_mut() {
            if let Some(rest) = file.bytes.on_disk().and_then(|p| p.strip_prefix(from).ok()) {
                Arc::make_mut(file).bytes = Stored::Disk(to.join(rest));
            }
        }
    }

    /// Puts `file` in place of the one at its path.
    pub(super) fn replace(&mut self, file: OutputFile) {
        self.files.insert(file.path.clone(), Arc::new(file));
    }

    /// Takes out the files `generator` made under any of `folders` (all of them for `None`).
    pub(super) fn remove_made_by(&mut self, generator: &str, folders: Option<&[String]>) {
        self.files.retain(|path, file| {
            file.made_by != generator
                || folders.is_some_and(|folders| !folders.iter().any(|f| path.starts_with(f)))
        });
    }

    /// The sitemap of the pages in the tree, in place of the one it held.
    pub(super) fn add_sitemap(&mut self, site: &Site, problems: &mut Diagnostics) {
        self.remove_made_by(SITEMAP, None);
        let files = sitemap::files(site, self.files.values().map(|f| &**f));
        for file in files {
            self.insert(file.made_by(SITEMAP), problems);
        }
    }

    /// A file cannot also be a folder: `css/bayan.css` and `css/bayan.css/index.html`.
    pub(super) fn check_file_folder_clashes(&self, problems: &mut Diagnostics) {
        for (path, file) in &self.files {
            let mut cut = 0;
            while let Some(slash) = path[cut..].find('/') {
                cut += slash;
                if let Some(existing) = self.files.get(&path[..cut]) {
                    problems.push(collision(file, existing, &path[..cut]));
                }
                cut += 1;
            }
        }
    }
}

fn collision(file: &OutputFile, existing: &OutputFile, path: &str) -> Diagnostic {
    let at = file
        .source
        .as_ref()
        .or(existing.source.as_ref())
        .map_or_else(|| PathBuf::from("content"), Clone::clone);
    Diagnostic::error_said(
        at,
        crate::said!(
            "O002",
            path = path,
            first = existing.origin.to_string(),
            second = file.origin.to_string(),
        ),
    )
}
