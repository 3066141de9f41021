//! The files beside a story as they may be published: images cleaned of their metadata and
//! described, large ones reported.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use rayon::prelude::*;

use super::Story;
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::images::{Format, ImageStore, Recipe};
use crate::load::{Asset, StorySource};
use crate::model::image_notes::{self, ImageNotes};
use crate::said;
use crate::{Progress, Stage};

/// Whether the file may be published: an image bayan cannot clean of its metadata may not.
pub(super) fn publishable(asset: &Asset, folder: &Path, problems: &mut Diagnostics) -> bool {
    if crate::images::is_uncleanable_image(&asset.name) {
        problems.push(Diagnostic::error_said(
            folder.join(&asset.name),
            said!("I001"),
        ));
        return false;
    }
    true
}

/// Cleans every published image of its metadata and makes its smaller copies, all stories at
/// once in parallel (so a site with one large story is not slower than one with many), advancing
/// `progress` once per image. An image that cannot be read is reported and left out.
pub(crate) fn clean_images(
    stories: &mut [(Story, PathBuf)],
    (store, recipe): (&ImageStore, &Recipe),
    progress: &dyn Progress,
    problems: &mut Diagnostics,
) {
    let jobs: Vec<(usize, usize, Format)> = stories
        .iter()
        .enumerate()
        .flat_map(|(s, (story, _))| {
            story
                .assets
                .iter()
                .enumerate()
                .filter_map(move |(a, asset)| {
                    crate::images::cleanable(&asset.name).map(|format| (s, a, format))
                })
        })
        .collect();
    if jobs.is_empty() {
        return;
    }
    progress.start(Stage::Images, jobs.len() as u64);
    let results: Vec<_> = jobs
        .par_iter()
        .map(|&(s, a, format)| {
            let result = store.process(&stories[s].0.assets[a].bytes, format, recipe);
            progress.advance();
            result
        })
        .collect();
    progress.finish();
    let mut unreadable = BTreeSet::new();
    for (&(s, a, _), result) in jobs.iter().zip(results) {
        let (story, folder) = &mut stories[s];
        let asset = &mut story.assets[a];
        match result {
            Ok(processed) => {
                asset.bytes = Arc::clone(&processed.full);
                asset.image = Some(processed);
            }
            Err(error) => {
                problems.push(Diagnostic::error_said(
                    folder.join(&asset.name),
                    error.said(),
                ));
                unreadable.insert((s, a));
            }
        }
    }
    for (s, (story, _)) in stories.iter_mut().enumerate() {
        let mut index = 0;
        story.assets.retain(|_| {
            index += 1;
            !unreadable.contains(&(s, index - 1))
        });
    }
}

/// Images larger than this are reported: they cost readers on slow connections dearly.
const LARGE_FILE: usize = 3_000_000;

fn is_image(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    [
        ".jpg", ".jpeg", ".png", ".webp", ".gif", ".avif", ".tif", ".tiff",
    ]
    .iter()
    .any(|ext| lower.ends_with(ext))
}

/// What images.yaml says of the published images. Large images are reported, and every image
/// `shown` (language, name) without a description in that language.
pub(super) fn published_notes(
    source: &StorySource,
    published: &BTreeSet<String>,
    shown: &[(&str, &str)],
    folder: &Path,
    problems: &mut Diagnostics,
) -> BTreeMap<String, ImageNotes> {
    for asset in source.assets.iter().filter(|a| published.contains(&a.name)) {
        if asset.bytes.len() > LARGE_FILE && is_image(&asset.name) {
            problems.push(Diagnostic::warning_said(
                folder.join(&asset.name),
                said!(
                    "I007",
                    megabytes = format!("{:.1}", asset.bytes.len() as f64 / 1_000_000.0)
                ),
            ));
        }
    }
    let names: Vec<&str> = source.assets.iter().map(|a| a.name.as_str()).collect();
    let mut notes = source
        .image_notes
        .as_ref()
        .map(|file| {
            let languages: Vec<&str> = source.files.iter().map(|f| f.lang.as_str()).collect();
            image_notes::read(file, &names, &languages, problems)
        })
        .unwrap_or_default();
    notes.retain(|name, _| published.contains(name));
    for &(lang, name) in shown {
        if image_notes::alt_in(notes.get(name), lang).is_none() {
            let at = source
                .image_notes
                .as_ref()
                .map_or_else(|| folder.join("images.yaml"), |f| f.path.clone());
            problems.push(Diagnostic::error_said(
                at,
                said!("S013", name = name, lang = lang),
            ));
        }
    }
    notes
}
