//! Output generators: each fills part of the site's output tree (`path -> bytes`) in memory.
//! Fifth stage of the pipeline; only [`crate::publish`] touches the disk, given each
//! generator's files as soon as it has made them when the site is built ([`Early`]).

mod aliases;
mod archive;
mod cards;
mod chrome;
mod feeds;
mod indicators;
mod landing;
mod listing;
mod lists;
mod menu;
mod open_data;
mod pages;
mod partial;
mod partners;
mod press;
mod projects;
mod search;
pub(crate) mod share_cards;
mod shortcodes;
mod sitemap;
mod static_files;
mod stories;
mod subscriptions;
mod terms;
mod tree;

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use rayon::prelude::*;
use tera::Context;

use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::images::ImageStore;
use crate::model::Site;
use crate::model::changes::{Inputs, TranslationId};
use crate::render::{Locale, Renderer};
pub(crate) use listing::Listing;
pub(crate) use partial::regenerate;
use static_files::StaticFiles;
pub(crate) use tree::OutputFile;
pub use tree::OutputTree;

/// What builds keep for the next one: made images and share cards, and (in the live preview)
/// the words of search documents.
#[derive(Clone, Copy)]
pub(crate) struct Stores<'a> {
    pub images: &'a ImageStore,
    pub words: Option<&'a crate::search::index::WordCache>,
}

/// Shared by every generator during one build.
pub(crate) struct BuildContext<'a> {
    pub site: &'a Site,
    pub renderer: &'a Renderer,
    /// Made files kept between builds (share cards).
    pub store: &'a ImageStore,
    /// Words of search documents kept between builds, if any.
    pub words: Option<&'a crate::search::index::WordCache>,
    pub(crate) listing: Listing<'a>,
    /// Every feed of the site, for the feed files, the feeds page and OPML.
    pub(crate) feeds: Vec<feeds::Feed<'a>>,
    /// The feeds each page announces.
    pub(crate) feed_links: feeds::FeedIndex,
    /// Every story translation's and project's list card, built once.
    pub(crate) cards: cards::Cards<'a>,
    /// Link to the theme stylesheet with a content fingerprint, so browsers refetch it after a change.
    pub stylesheet: String,
    /// Link to the script that filters long lists (projects, partners), fingerprinted too.
    pub filter_script: String,
    /// Link to the script of the share links' copy button, fingerprinted too.
    pub share_script: String,
    /// Link to the search page's script, fingerprinted too.
    pub search_script: String,
    /// Link to the script of an indicator's chart chooser, fingerprinted too.
    pub panels_script: String,
}

impl BuildContext<'_> {
    /// Renders a template into an output file at the URL `path`.
    pub(crate) fn page(
        &self,
        template: &str,
        context: &Context,
        path: &str,
        origin: impl Into<String>,
    ) -> Result<OutputFile, Diagnostic> {
        let html = self.renderer.render(template, context)?;
        Ok(OutputFile::new(crate::urls::file_for(path), html, origin))
    }
}

/// One kind of output (story pages, lists, static files...), with what it is made from: the
/// live preview runs it again only after an edit to one of those parts of the model.
trait Generator: Sync {
    /// Its name, kept with every file it makes.
    fn name(&self) -> &'static str;

    /// The parts of the model its files show. Every generator also reads the configuration and
    /// the theme, whose change rebuilds everything. A part left out here leaves stale files in
    /// the preview; `tests/testsuite/preview.rs` edits each part and compares with a new build.
    fn reads(&self) -> Inputs;

    fn generate(&self, context: &BuildContext<'_>) -> Result<Vec<OutputFile>, Diagnostics>;

    /// After edits to the text of the `edited` translations and to nothing else: the files
    /// showing those texts made again, for a generator that can tell which they are. `None`
    /// makes all its files again.
    fn regenerate_texts(
        &self,
        _context: &BuildContext<'_>,
        _edited: &BTreeSet<TranslationId>,
    ) -> Option<Result<Remade, Diagnostics>> {
        None
    }
}

/// Some of a generator's files made again: each replaces the file at its path, and the
/// generator's other files under `folders` are gone.
pub(crate) struct Remade {
    files: Vec<OutputFile>,
    folders: Vec<String>,
}

/// Whether the story translation `entry` is one of `edited`.
fn is_edited(edited: &BTreeSet<TranslationId>, (story, translation): &listing::Entry<'_>) -> bool {
    edited
        .iter()
        .any(|(slug, lang)| *slug == story.slug && *lang == translation.lang)
}

/// The names of every generator.
pub(crate) fn generator_names() -> Vec<&'static str> {
    let none = StaticFiles::default();
    generators(&none).iter().map(|g| g.name()).collect()
}

/// Every generator, the longest first: the search index has a part that runs on one thread.
fn generators(static_files: &StaticFiles) -> [&dyn Generator; 17] {
    [
        &search::Search,
        &feeds::FeedFiles,
        &share_cards::ShareCards,
        &open_data::OpenData,
        &projects::ProjectPages,
        &indicators::IndicatorPages,
        &partners::PartnerPages,
        &press::PressRoom,
        &subscriptions::Subscriptions,
        &stories::StoryPages,
        &pages::StandalonePages,
        &lists::StoryLists,
        &terms::TermPages,
        &landing::Landing,
        &landing::NotFound,
        &aliases::Aliases,
        static_files,
    ]
}

impl<'a> BuildContext<'a> {
    fn new(
        site: &'a Site,
        renderer: &'a Renderer,
        stores: Stores<'a>,
        static_files: &StaticFiles,
    ) -> Self {
        let listing = Listing::new(site);
        let feeds = feeds::catalog(site, renderer, &listing);
        let feed_links = feeds::FeedIndex::new(&feeds, &site.config);
        BuildContext {
            site,
            renderer,
            store: stores.images,
            words: stores.words,
            listing,
            feeds,
            feed_links,
            cards: cards::Cards::new(site, renderer),
            stylesheet: site
                .config
                .link(&static_files.fingerprinted("css/bayan.css")),
            filter_script: site
                .config
                .link(&static_files.fingerprinted("js/filter.js")),
            share_script: site.config.link(&static_files.fingerprinted("js/share.js")),
            search_script: site
                .config
                .link(&static_files.fingerprinted("js/search.js")),
            panels_script: site
                .config
                .link(&static_files.fingerprinted("js/panels.js")),
        }
    }
}

/// Given each generator's files as soon as it has made them: a build writes them out then, so
/// that a large site is never held in memory whole.
pub(crate) type Early<'a> = &'a (dyn Fn(&mut [OutputFile]) + Sync);

/// Runs every generator in parallel and gathers their files into one tree, handing each
/// generator's files to `early` first.
pub(crate) fn generate(
    site: &Site,
    renderer: &Renderer,
    stores: Stores<'_>,
    theme_static: &BTreeMap<String, Arc<[u8]>>,
    early: Option<Early<'_>>,
) -> Result<OutputTree, Diagnostics> {
    let static_files = StaticFiles::new(site, theme_static);
    let context = BuildContext::new(site, renderer, stores, &static_files);
    let results: Vec<(&'static str, Result<Vec<OutputFile>, Diagnostics>)> =
        generators(&static_files)
            .par_iter()
            .map(|g| {
                let mut made = g.generate(&context);
                if let (Some(early), Ok(files)) = (early, &mut made) {
                    early(files);
                }
                (g.name(), made)
            })
            .collect();
    // The story cards and the feed catalogue (tens of MB on a large site) are let go of before
    // the sitemap is written, which needs neither.
    drop(context);
    let mut problems = Diagnostics::default();
    let mut tree = OutputTree::default();
    for (made_by, result) in results {
        match result {
            Ok(files) => {
                for file in files {
                    tree.insert(file.made_by(made_by), &mut problems);
                }
            }
            Err(more) => problems.extend(more),
        }
    }
    tree.add_sitemap(site, &mut problems);
    tree.check_file_folder_clashes(&mut problems);
    if problems.has_errors() {
        Err(problems)
    } else {
        Ok(tree)
    }
}

/// The pages of a section of data (projects, indicators, partners): none when it has no item,
/// else an index page per language beside the pages of every item in every language, all in
/// parallel (an index of thousands of imported projects renders while their pages do).
fn index_and_items<T: Sync>(
    context: &BuildContext<'_>,
    items: &[T],
    index: impl Fn(&Locale) -> Result<OutputFile, Diagnostic> + Sync,
    pages: impl Fn(&Locale, &T) -> Vec<Result<OutputFile, Diagnostic>> + Sync,
) -> Result<Vec<OutputFile>, Diagnostics> {
    if items.is_empty() {
        return Ok(Vec::new());
    }
    let locales = context.renderer.locales();
    let (mut results, item_pages) = rayon::join(
        || locales.par_iter().map(&index).collect::<Vec<_>>(),
        || {
            locales
                .iter()
                .flat_map(|locale| items.iter().map(move |item| (locale, item)))
                .collect::<Vec<_>>()
                .into_par_iter()
                .flat_map_iter(|(locale, item)| pages(locale, item))
                .collect::<Vec<_>>()
        },
    );
    results.extend(item_pages);
    gather(results)
}

/// Collects per-item results of a parallel render into files or every problem.
fn gather(results: Vec<Result<OutputFile, Diagnostic>>) -> Result<Vec<OutputFile>, Diagnostics> {
    let mut files = Vec::with_capacity(results.len());
    let mut problems = Diagnostics::default();
    for result in results {
        match result {
            Ok(file) => files.push(file),
            Err(problem) => problems.push(problem),
        }
    }
    if problems.is_empty() {
        Ok(files)
    } else {
        Err(problems)
    }
}
