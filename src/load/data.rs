//! The data files of `content/`: `iati/*.xml` activity files, `projects/<id>.yaml`, `indicators/<id>.yaml` with an optional
//! `indicators/<id>.csv` series and `indicators/<id>.md` Open SDG metadata, and `partners.yaml`. Read here, checked in the model.

use std::path::Path;

use rayon::prelude::*;

use super::file_cache::{Kind, read_text};
use super::iati::{self, IatiFile};
use super::{DataFile, DataSources, SourceCache, free_slug, sorted_entries};
use crate::config::Config;
use crate::diagnostic::{Diagnostic, Diagnostics, display_path};
use crate::said;
use crate::slug::is_slug;

pub(super) fn load(
    config: &Config,
    cache: Option<&SourceCache>,
    content: &Path,
    diagnostics: &mut Diagnostics,
) -> DataSources {
    let projects = read_folder(
        config,
        cache,
        &content.join("projects"),
        &["yaml"],
        diagnostics,
    );
    let mut indicators = Vec::new();
    let mut series = Vec::new();
    let mut meta = Vec::new();
    for (file, extension) in read_folder(
        config,
        cache,
        &content.join("indicators"),
        &["yaml", "csv", "md"],
        diagnostics,
    ) {
        match extension {
            "csv" => series.push(file),
            "md" => meta.push(file),
            _ => indicators.push(file),
        }
    }
    for orphan in series
        .iter()
        .chain(&meta)
        .filter(|file| !indicators.iter().any(|i| i.id == file.id))
    {
        diagnostics.push(
            Diagnostic::warning_said(&orphan.path, said!("F005"))
                .with_hint_said(said!("F005", id = &orphan.id).hint()),
        );
    }
    let partners_path = content.join("partners.yaml");
    // A link is read too, to be refused with a message, never followed.
    let partners = std::fs::symlink_metadata(&partners_path)
        .is_ok_and(|meta| !meta.is_dir())
        .then(|| read(config, cache, &partners_path, "partners", diagnostics))
        .flatten();
    let iati = read_iati(config, cache, &content.join("iati"), diagnostics);
    DataSources {
        projects: projects.into_iter().map(|(file, _)| file).collect(),
        indicators,
        series,
        meta,
        partners,
        iati,
    }
}

/// The IATI activity files of `dir` (any name ending `.xml`), read in parallel, in name order.
fn read_iati(
    config: &Config,
    cache: Option<&SourceCache>,
    dir: &Path,
    diagnostics: &mut Diagnostics,
) -> Vec<IatiFile> {
    let entries = sorted_entries(config, cache, dir, diagnostics);
    let mut wanted = Vec::new();
    for entry in entries.iter() {
        let name = entry.name.to_string_lossy();
        if name.starts_with('.') {
            continue;
        }
        let shown = display_path(&config.root, &entry.path);
        if entry.kind == Kind::File && name.to_ascii_lowercase().ends_with(".xml") {
            wanted.push((entry.path.clone(), shown));
        } else {
            diagnostics.push(
                Diagnostic::warning_said(&shown, said!("F006"))
                    .with_hint_said(said!("F006").hint()),
            );
        }
    }
    let read: Vec<_> = wanted
        .into_par_iter()
        .map(|(path, shown)| {
            let mut problems = Diagnostics::default();
            let file = iati::read(&path, shown, &mut problems);
            (file, problems)
        })
        .collect();
    let mut files = Vec::with_capacity(read.len());
    for (file, problems) in read {
        diagnostics.extend(problems);
        files.extend(file);
    }
    files
}

/// The files of `dir` with one of `extensions`, each with its extension; others are reported.
fn read_folder<'e>(
    config: &Config,
    cache: Option<&SourceCache>,
    dir: &Path,
    extensions: &[&'e str],
    diagnostics: &mut Diagnostics,
) -> Vec<(DataFile, &'e str)> {
    let entries = sorted_entries(config, cache, dir, diagnostics);
    let mut files = Vec::new();
    for entry in entries.iter() {
        let name = entry.name.to_string_lossy();
        let shown = display_path(&config.root, &entry.path);
        if name.starts_with('.') {
            continue;
        }
        let found = name
            .rsplit_once('.')
            .and_then(|(stem, ext)| extensions.iter().find(|e| **e == ext).map(|e| (stem, *e)))
            .filter(|_| entry.kind == Kind::File);
        let Some((stem, extension)) = found else {
            diagnostics.push(
                Diagnostic::warning_said(&shown, said!("F007")).with_hint_said(
                    said!(
                        "F007",
                        names = extensions
                            .iter()
                            .map(|e| format!("<id>.{e}"))
                            .collect::<Vec<_>>(),
                        example = format!("schools-built.{}", extensions[0])
                    )
                    .hint(),
                ),
            );
            continue;
        };
        if !is_slug(stem) {
            diagnostics.push(
                Diagnostic::error_said(&shown, said!("F008", id = stem)).with_hint_said(
                    said!(
                        "F008",
                        id = stem,
                        file = format!(
                            "{}.{extension}",
                            free_slug(stem, |name| entry
                                .path
                                .with_file_name(format!("{name}.{extension}"))
                                .exists())
                        )
                    )
                    .hint(),
                ),
            );
            continue;
        }
        if let Some(file) = read(config, cache, &entry.path, stem, diagnostics) {
            files.push((file, extension));
        }
    }
    files
}

fn read(
    config: &Config,
    cache: Option<&SourceCache>,
    path: &Path,
    id: &str,
    diagnostics: &mut Diagnostics,
) -> Option<DataFile> {
    let shown = display_path(&config.root, path);
    match read_text(cache, path, &shown, diagnostics) {
        Ok(text) => Some(DataFile {
            path: shown,
            id: id.to_owned(),
            text,
        }),
        Err(error) => {
            diagnostics.push(super::cannot_read(&shown, &error));
            None
        }
    }
}
