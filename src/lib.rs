//! bayan: a static site generator for bilingual (Arabic/English) newsrooms of development and
//! international cooperation work.
//!
//! The pipeline, one stage a module (ARCHITECTURE.md): `config` -> `load` -> `model` ->
//! `render` -> `outputs` -> `publish`. The crate offers the binary what it runs: [`build`],
//! [`render_site`], [`serve`], [`status`], [`init_site`] and [`new_story`], and the problems
//! they report as [`Diagnostics`], said in either language ([`Speech`]).
#![warn(clippy::print_stdout, clippy::print_stderr)]
#![deny(unreachable_pub, dead_code)]

mod codelists;
mod config;
mod control_chars;
mod diagnostic;
#[cfg(feature = "fuzzing")]
#[doc(hidden)]
pub mod fuzzing;
mod images;
mod link_check;
mod load;
mod localized;
mod markdown;
mod messages;
mod model;
mod outputs;
mod publish;
mod render;
mod scaffold;
pub mod search;
mod serve;
mod slug;
mod status;
mod stored;
mod urls;
mod yaml;

// The surface the `bayan` binary and the tests use; everything else stays inside the crate.
pub use config::{Config, Overrides, is_base_url, load as load_config, messages_of};
pub use diagnostic::{Diagnostic, Diagnostics, Parts, Position, Severity, Shown};
pub use messages::{Arg, Said, Speech, ids as message_ids, is_problem_code};
pub use model::{Reason, Withheld};
pub use scaffold::{Content, ScaffoldError, init as init_site, new_content, new_story};
pub use serve::{ServeEvent, ServeOptions, serve};
pub use status::{Embargoed, Stale, Status, Story as StatusStory, Untranslated, status};

use std::path::PathBuf;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use jiff::Timestamp;

use crate::model::Visibility;
pub use crate::outputs::OutputTree;

/// What a build is asked to do.
#[derive(Debug, Clone)]
pub struct BuildOptions {
    pub root: PathBuf,
    pub output: PathBuf,
    pub overrides: Overrides,
    pub drafts: bool,
    /// Include stories under embargo, marked as such (`--preview`).
    pub embargoed: bool,
    /// Built for the live preview (`bayan serve`), where a story is read while it is written:
    /// what only matters when publishing, such as placeholder text, is a warning there.
    pub live: bool,
    /// The instant embargoes are judged against; the wall clock when not given.
    pub now: Option<Timestamp>,
    /// Where cleaned images are kept between builds (`.bayan-cache/images/` in the site for
    /// `bayan build`); `None` writes nothing.
    pub image_cache: Option<PathBuf>,
}

/// A finished build: what it made and the warnings it found.
#[derive(Debug)]
pub struct BuildReport {
    pub tree: OutputTree,
    /// Images encoded by this build, and images taken from the cache of earlier builds.
    pub images: (usize, usize),
    /// Files made by this build: all of them, or only those an edit changed when the live
    /// preview reused the last build.
    pub rendered: usize,
    /// The generators that made them (see [`generator_names`]).
    pub remade: Vec<&'static str>,
    pub stories: usize,
    /// Story translations held back by drafts and embargoes.
    pub withheld: Vec<model::Withheld>,
    pub warnings: Diagnostics,
    pub elapsed: Duration,
}

/// What repeated builds of one site (the live preview) keep between runs.
#[derive(Default)]
pub struct BuildCache {
    files: load::SourceCache,
    checked: model::story::CheckCache,
    images: images::ImageStore,
    /// The words of each search document, counted again only when its text changes.
    words: search::index::WordCache,
    /// The last build that succeeded, whose files the next one reuses where nothing they show
    /// has changed.
    last: Mutex<Option<LastBuild>>,
}

impl BuildCache {
    /// A cache that also keeps made images and share cards in `image_dir` (the site's
    /// `.bayan-cache/images/`), so that a preview started again need not make them again.
    pub fn with_image_dir(image_dir: Option<PathBuf>) -> Self {
        BuildCache {
            images: image_dir
                .map(images::ImageStore::on_disk)
                .unwrap_or_default(),
            ..BuildCache::default()
        }
    }
}

struct LastBuild {
    site: model::Site,
    theme: render::theme::Theme,
    tree: OutputTree,
}

/// The names of the generators that make the site's files, each declaring which parts of the
/// model it reads, so that the live preview runs again only those an edit concerns.
pub fn generator_names() -> Vec<&'static str> {
    outputs::generator_names()
}

/// Runs the pipeline up to the output tree in memory, without writing anything.
pub fn render_site(options: &BuildOptions) -> Result<BuildReport, Diagnostics> {
    render(options, None, &Silent, None)
}

/// [`render_site`] reusing what `cache` kept from earlier builds; the result is the same.
pub fn render_site_cached(
    options: &BuildOptions,
    cache: &BuildCache,
) -> Result<BuildReport, Diagnostics> {
    render(options, Some(cache), &Silent, None)
}

/// Runs the pipeline up to the output tree, handing each generator's files to `early` as they
/// are made (see [`outputs::Early`]).
fn render(
    options: &BuildOptions,
    cache: Option<&BuildCache>,
    progress: &dyn Progress,
    early: Option<outputs::Early<'_>>,
) -> Result<BuildReport, Diagnostics> {
    let started = Instant::now();
    let mut diagnostics = Diagnostics::default();
    let fail = |mut all: Diagnostics, more: Diagnostics| {
        all.extend(more);
        all.sorted()
    };
    let Some(config) = config::load(&options.root, &options.overrides, &mut diagnostics) else {
        return Err(diagnostics.sorted());
    };
    let Some(theme) = render::theme::load(&config, &mut diagnostics) else {
        return Err(diagnostics.sorted());
    };
    let visibility = Visibility {
        now: options.now.unwrap_or_else(Timestamp::now),
        drafts: options.drafts,
        embargoed: options.embargoed,
        live: options.live,
    };
    let own_store;
    let image_store = match (cache, &options.image_cache) {
        (Some(cache), _) => &cache.images,
        (None, dir) => {
            own_store = dir
                .clone()
                .map(images::ImageStore::on_disk)
                .unwrap_or_default();
            &own_store
        }
    };
    let site = read_and_model(
        config,
        cache,
        image_store,
        visibility,
        progress,
        &mut diagnostics,
    );
    progress.start(Stage::Rendering, 0);
    if diagnostics.has_errors() {
        return Err(diagnostics.sorted());
    }
    let renderer =
        render::Renderer::new(&site.config, &theme).map_err(|d| fail(diagnostics.clone(), d))?;
    let stores = outputs::Stores {
        images: image_store,
        words: cache.map(|c| &c.words),
    };
    let mut last = cache.and_then(|c| c.last.lock().ok());
    let edited = last
        .as_deref()
        .and_then(Option::as_ref)
        .filter(|last| last.theme == theme)
        .and_then(|last| Some((last, model::changes::between(&last.site, &site)?)));
    let (tree, rendered, remade) = match edited {
        Some((last, changes)) => outputs::regenerate(
            &site,
            &renderer,
            stores,
            &theme.static_files,
            &last.tree,
            &changes,
        ),
        None => outputs::generate(&site, &renderer, stores, &theme.static_files, early)
            .map(|tree| (tree.len(), tree))
            .map(|(made, tree)| (tree, made, outputs::generator_names())),
    }
    .map_err(|d| fail(diagnostics.clone(), d))?;
    diagnostics.extend(link_check::check(&site, &tree));
    if diagnostics.has_errors() {
        return Err(diagnostics.sorted());
    }
    let (stories, withheld) = (site.stories.len(), site.withheld.clone());
    if let Some(last) = last.as_deref_mut() {
        let tree = tree.clone();
        *last = Some(LastBuild { site, theme, tree });
    } else {
        // Freeing a large site (thousands of imported projects) takes a while and nothing waits
        // for it.
        std::thread::spawn(move || drop(site));
    }
    Ok(BuildReport {
        tree,
        images: image_store.counts(),
        rendered,
        remade,
        stories,
        withheld,
        warnings: diagnostics.sorted(),
        elapsed: started.elapsed(),
    })
}

/// Reads the sources and data of `config`'s site and models them, as every build (and the
/// fuzzer) does.
fn read_and_model(
    config: config::Config,
    cache: Option<&BuildCache>,
    image_store: &images::ImageStore,
    visibility: Visibility,
    progress: &dyn Progress,
    diagnostics: &mut Diagnostics,
) -> model::Site {
    let files = cache.map(|c| &c.files);
    // The data (a large IATI file reads on one thread) is read and modelled beside the stories,
    // which need it only to check the projects, indicators and partners they name.
    let ((data, found_in_data), (sources, stories, found_in_content)) = rayon::join(
        || {
            let mut found = Diagnostics::default();
            let sources = load::load_data(&config, files, &mut found);
            let data = model::assemble_data(&config, &sources, visibility, &mut found);
            (data, found)
        },
        || {
            let mut found = Diagnostics::default();
            let mut sources = load::load_sources(&config, files, &mut found);
            let stories = std::mem::take(&mut sources.stories);
            let checked = cache.map(|c| &c.checked);
            let stories =
                model::assemble_stories(&config, checked, stories, visibility, &mut found);
            (sources, stories, found)
        },
    );
    diagnostics.extend(found_in_content);
    diagnostics.extend(found_in_data);
    let parts = model::Parts {
        data,
        stories,
        sources,
    };
    model::assemble(
        config,
        parts,
        image_store,
        visibility,
        progress,
        diagnostics,
    )
}

/// The long stages of a build, for a progress display.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// Reading, checking and rendering; its size is unknown in advance.
    Rendering,
    /// Cleaning and resizing images; advances once per image.
    Images,
    /// Writing files to the output folder; advances once per file.
    Writing,
    /// Waiting for another build that is writing the same output folder.
    Waiting,
}

/// Told how a build advances. The library never prints: the CLI draws a progress bar from this.
pub trait Progress: Sync {
    fn start(&self, stage: Stage, total: u64);
    fn advance(&self);
    fn finish(&self);
}

/// No progress display.
pub struct Silent;

impl Progress for Silent {
    fn start(&self, _: Stage, _: u64) {}
    fn advance(&self) {}
    fn finish(&self) {}
}

/// Builds the site and publishes it to the output folder.
pub fn build(options: &BuildOptions) -> Result<BuildReport, Diagnostics> {
    build_with_progress(options, &Silent)
}

/// [`build`], reporting its progress.
pub fn build_with_progress(
    options: &BuildOptions,
    progress: &dyn Progress,
) -> Result<BuildReport, Diagnostics> {
    let started = Instant::now();
    publish::check_location(&options.root, &options.output)
        .map_err(publish::PublishError::into_problems)?;
    progress.start(Stage::Rendering, 0);
    let kind = if options.drafts || options.embargoed {
        publish::OutputKind::Preview
    } else {
        publish::OutputKind::Public
    };
    // Made ready first, so that each generator's files are written as soon as they are made.
    let staging = match publish::Staging::open(&options.output, kind, progress) {
        Ok(staging) => staging,
        Err(error) => {
            progress.finish();
            return Err(error.into_problems());
        }
    };
    let rendered = render(
        options,
        None,
        progress,
        Some(&|files: &mut [outputs::OutputFile]| staging.write_early(files)),
    );
    progress.finish();
    let mut report = match rendered {
        Ok(report) => report,
        Err(problems) => {
            staging.abandon();
            return Err(problems);
        }
    };
    progress.start(Stage::Writing, report.tree.len() as u64);
    let published = staging.publish(&mut report.tree, progress);
    progress.finish();
    published.map_err(publish::PublishError::into_problems)?;
    report.elapsed = started.elapsed();
    Ok(report)
}
