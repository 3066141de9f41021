//! Source discovery: walks `content/` and reads every story, page and co-located asset into
//! memory. Second stage of the pipeline, after the configuration; nothing here interprets the
//! text beyond finding its language from the file name.

pub(crate) mod changed;
mod data;
mod file_cache;
pub(crate) mod front_matter;
pub(crate) mod iati;
mod names;
mod pages;
mod static_files;

pub(crate) use file_cache::SourceCache;
use file_cache::{Entry, Kind, list_folder, read_file, read_text};
use names::{entries_named, is_publishable_name, misnamed_translation};
pub(crate) use names::{free_slug, markdown_name_meant, suggest_slug};

use std::path::{Path, PathBuf};
use std::sync::Arc;

use rayon::prelude::*;

use crate::config::Config;
use crate::diagnostic::{Diagnostic, Diagnostics, display_path, plain_io};
use crate::said;
use crate::slug::is_slug;

/// One markdown file in one language.
#[derive(Debug, Clone)]
pub(crate) struct SourceFile {
    /// Path shown in messages, relative to the site root.
    pub path: PathBuf,
    pub lang: String,
    /// Shared with the live preview's cache of unchanged files.
    pub text: Arc<str>,
}

/// A file in a story's folder (an image, a PDF), as read.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Asset {
    pub name: String,
    pub bytes: Arc<[u8]>,
}

/// A story folder: its translations and assets.
#[derive(Debug, Clone)]
pub(crate) struct StorySource {
    pub slug: String,
    pub files: Vec<SourceFile>,
    pub assets: Vec<Asset>,
    /// `images.yaml`: descriptions, captions, credits and licences of the story's images.
    pub image_notes: Option<DataFile>,
    /// A translation could not be read (already reported): the others are not blamed for it.
    pub unreadable: bool,
}

/// A standalone page: `content/pages/<slug>.<lang>.md` in each language.
#[derive(Debug, Clone)]
pub(crate) struct PageSource {
    pub slug: String,
    pub files: Vec<SourceFile>,
}

/// A data file (YAML or CSV) as read.
#[derive(Debug, Clone)]
pub(crate) struct DataFile {
    /// Path shown in messages, relative to the site root.
    pub path: PathBuf,
    /// The id its name gives (`schools-built` for `schools-built.yaml`).
    pub id: String,
    pub text: Arc<str>,
}

/// The site's data: projects, indicators (with the CSV series beside them) and partners.
#[derive(Debug, Clone, Default)]
pub(crate) struct DataSources {
    pub projects: Vec<DataFile>,
    pub indicators: Vec<DataFile>,
    /// `content/indicators/<id>.csv`, by id.
    pub series: Vec<DataFile>,
    /// `content/indicators/<id>.md`: Open SDG metadata.
    pub meta: Vec<DataFile>,
    pub partners: Option<DataFile>,
    /// `content/iati/*.xml`, sorted by name.
    pub iati: Vec<iati::IatiFile>,
}

/// What `content/` holds besides the data, sorted by slug and language, and the site's own
/// static files (named by their `/`-separated path inside `static/`), sorted by path.
#[derive(Debug, Clone, Default)]
pub(crate) struct Sources {
    pub stories: Vec<StorySource>,
    pub pages: Vec<PageSource>,
    pub static_files: Vec<Asset>,
}

/// Reads the site's stories, pages and static files. Problems are collected; unreadable parts
/// are left out.
pub(crate) fn load_sources(
    config: &Config,
    cache: Option<&SourceCache>,
    diagnostics: &mut Diagnostics,
) -> Sources {
    let content = config.root.join("content");
    Sources {
        stories: load_stories(config, cache, &content.join("stories"), diagnostics),
        pages: pages::load_pages(config, cache, &content.join("pages"), diagnostics),
        static_files: static_files::load_static(config, cache, diagnostics),
    }
}

/// Reads the site's data files: projects, indicators, partners, IATI activity files.
pub(crate) fn load_data(
    config: &Config,
    cache: Option<&SourceCache>,
    diagnostics: &mut Diagnostics,
) -> DataSources {
    data::load(config, cache, &config.root.join("content"), diagnostics)
}

fn load_stories(
    config: &Config,
    cache: Option<&SourceCache>,
    dir: &Path,
    diagnostics: &mut Diagnostics,
) -> Vec<StorySource> {
    let mut folders = Vec::new();
    for entry in sorted_entries(config, cache, dir, diagnostics).iter() {
        let shown = display_path(&config.root, &entry.path);
        if entry.kind != Kind::Folder {
            diagnostics.push(Diagnostic::warning_said(shown, said!("N001")));
            continue;
        }
        let slug = entry.name.to_string_lossy().into_owned();
        if !is_slug(&slug) {
            diagnostics.push(Diagnostic::error_said(
                shown,
                said!(
                    "N002",
                    name = &slug,
                    suggestion = free_slug(&slug, |name| dir.join(name).exists())
                ),
            ));
            continue;
        }
        folders.push((slug, entry.path.clone()));
    }
    let results: Vec<(Option<StorySource>, Diagnostics)> = folders
        .into_par_iter()
        .map(|(slug, path)| {
            let mut problems = Diagnostics::default();
            let story = load_story(config, cache, slug, &path, &mut problems);
            (story, problems)
        })
        .collect();
    let mut stories = Vec::with_capacity(results.len());
    for (story, problems) in results {
        diagnostics.extend(problems);
        stories.extend(story);
    }
    stories
}

fn load_story(
    config: &Config,
    cache: Option<&SourceCache>,
    slug: String,
    dir: &Path,
    diagnostics: &mut Diagnostics,
) -> Option<StorySource> {
    let mut files = Vec::new();
    let mut assets = Vec::new();
    let mut unreadable = false;
    let mut image_notes = None;
    for entry in sorted_entries(config, cache, dir, diagnostics).iter() {
        let name = entry.name.to_string_lossy().into_owned();
        let shown = display_path(&config.root, &entry.path);
        if name.starts_with('.') {
            continue;
        }
        if name == "images.yaml" {
            match read_text(cache, &entry.path, &shown, diagnostics) {
                Ok(text) => {
                    image_notes = Some(DataFile {
                        path: shown,
                        id: slug.clone(),
                        text,
                    });
                }
                Err(error) => diagnostics.push(cannot_read(&shown, &error)),
            }
            continue;
        }
        if entry.kind != Kind::File {
            diagnostics.push(Diagnostic::warning_said(&shown, said!("N008")));
            continue;
        }
        if let Some(right) = misnamed_translation(config, &name) {
            let also = entries_named(dir, &right);
            diagnostics.push({
                let problem =
                    Diagnostic::error_said(&shown, said!("N003", name = &name, right = &right));
                if also {
                    problem.with_hint_said(said!("N003-both", right = &right))
                } else if name.to_ascii_lowercase().ends_with(".txt") {
                    problem.with_hint_said(said!("N003-txt", right = &right))
                } else {
                    problem
                }
            });
            unreadable = true;
            continue;
        }
        if let Some(lang) = name
            .strip_prefix("index.")
            .and_then(|n| n.strip_suffix(".md"))
        {
            match read_markdown(config, cache, &entry.path, &shown, lang, diagnostics) {
                Some(file) => files.push(file),
                None => unreadable |= config.language(lang).is_some(),
            }
            continue;
        }
        if name.ends_with(".md") {
            diagnostics.push(Diagnostic::warning_said(&shown, said!("N004")));
            continue;
        }
        if !is_publishable_name(&name) {
            diagnostics.push(Diagnostic::error_said(&shown, said!("N005", name = &name)));
            continue;
        }
        match read_file(cache, &entry.path) {
            Ok(bytes) => assets.push(Asset { name, bytes }),
            Err(error) => diagnostics.push(cannot_read(&shown, &error)),
        }
    }
    if files.is_empty() {
        diagnostics.push(Diagnostic::warning_said(
            display_path(&config.root, dir),
            said!("N006"),
        ));
        return None;
    }
    Some(StorySource {
        slug,
        files,
        assets,
        image_notes,
        unreadable,
    })
}

fn read_markdown(
    config: &Config,
    cache: Option<&SourceCache>,
    path: &Path,
    shown: &Path,
    lang: &str,
    diagnostics: &mut Diagnostics,
) -> Option<SourceFile> {
    if config.language(lang).is_none() {
        let known: Vec<&str> = config.language_codes().collect();
        let lower = lang.to_ascii_lowercase();
        let named = config
            .languages
            .iter()
            .find(|l| l.code == lower || lower.starts_with(&l.code) && l.code.len() >= 2);
        let file_name = shown
            .file_name()
            .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
        let problem = Diagnostic::warning_said(shown, said!("N007", lang = lang, known = known));
        diagnostics.push(match named {
            Some(language) => problem.with_hint_said(said!(
                "N007-rename",
                right = file_name.replacen(lang, &language.code, 1)
            )),
            None => problem,
        });
        return None;
    }
    match read_text(cache, path, shown, diagnostics) {
        Ok(text) => Some(SourceFile {
            path: shown.to_path_buf(),
            lang: lang.to_owned(),
            text,
        }),
        Err(error) => {
            diagnostics.push(cannot_read(shown, &error));
            None
        }
    }
}

/// The problem of a file that could not be read, with what to do about it.
pub(crate) fn cannot_read(shown: impl Into<PathBuf>, error: &std::io::Error) -> Diagnostic {
    let reason = plain_io(error);
    if file_cache::is_link(error) {
        return Diagnostic::error_said(shown, said!("F002"));
    }
    let problem = Diagnostic::error_said(shown, said!("F001", reason = reason));
    match error.kind() {
        std::io::ErrorKind::InvalidData => problem.with_hint_said(said!("F001-utf8")),
        _ => problem,
    }
}

/// The direct children of `dir`, sorted by name; a missing folder has none.
fn sorted_entries(
    config: &Config,
    cache: Option<&SourceCache>,
    dir: &Path,
    diagnostics: &mut Diagnostics,
) -> Arc<[Entry]> {
    if !dir.is_dir() {
        return Arc::from([]);
    }
    list_folder(cache, dir).unwrap_or_else(|error| {
        diagnostics.push(Diagnostic::error_said(
            display_path(&config.root, dir),
            said!("F003", reason = plain_io(&error)),
        ));
        Arc::from([])
    })
}
