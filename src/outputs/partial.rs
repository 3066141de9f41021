//! The live preview's rebuild after edits to the text of some story translations and nothing
//! else (see [`crate::model::changes`]): the story pages, feeds and search indexes that show
//! those texts are rendered again; every other file is the last build's, made from the same inputs.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use super::listing::Entry;
use super::{BuildContext, OutputTree, StaticFiles, feeds, search, stories};
use crate::diagnostic::Diagnostics;
use crate::model::Site;
use crate::model::changes::TranslationId;
use crate::render::Renderer;

/// `last`, the tree of the previous build, with the files showing the `edited` translations
/// rendered again from `site`; and how many files that was.
pub(crate) fn regenerate(
    site: &Site,
    renderer: &Renderer,
    stores: super::Stores<'_>,
    theme_static: &BTreeMap<String, Arc<[u8]>>,
    last: &OutputTree,
    edited: &BTreeSet<TranslationId>,
) -> Result<(OutputTree, usize), Diagnostics> {
    let mut tree = last.clone();
    if edited.is_empty() {
        return Ok((tree, 0));
    }
    let static_files = StaticFiles::new(site, theme_static);
    let context = BuildContext::new(site, renderer, stores, &static_files);
    let is_edited = |(story, translation): &Entry<'_>| {
        edited
            .iter()
            .any(|(slug, lang)| *slug == story.slug && *lang == translation.lang)
    };
    let entries: Vec<Entry<'_>> = site
        .stories
        .iter()
        .flat_map(|story| story.translations.iter().map(move |t| (story, t)))
        .filter(is_edited)
        .collect();
    let mut files = stories::render(&context, &entries)?;
    let showing: Vec<&feeds::Feed<'_>> = context
        .feeds
        .iter()
        .filter(|feed| feed.entries.iter().any(is_edited))
        .collect();
    files.extend(feeds::write(&context, &showing));
    let languages: BTreeSet<&str> = edited.iter().map(|(_, lang)| lang.as_str()).collect();
    for locale in renderer
        .locales()
        .iter()
        .filter(|l| languages.contains(l.language.code.as_str()))
    {
        // Words may have come or gone: parts no longer made go, changed ones are replaced.
        let fresh = search::index_files(&context, locale);
        let keep: BTreeSet<&str> = fresh.iter().map(|f| f.path.as_str()).collect();
        tree.prune_folder(&format!("search/{}/", locale.language.code), &keep);
        let changed: Vec<_> = fresh
            .iter()
            .filter(|f| tree.get(&f.path) != Some(&*f.bytes))
            .cloned()
            .collect();
        files.extend(changed);
    }
    let rendered = files.len();
    for file in files {
        tree.replace(file);
    }
    Ok((tree, rendered))
}
