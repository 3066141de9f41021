//! The site model: stories and pages parsed, checked, rendered to HTML bodies and filtered by
//! what may be published now (drafts, embargoes). Third stage of the pipeline: it takes the
//! loaded [`DataSources`] and [`Sources`] (the data and the stories are modelled side by side,
//! and meet when the stories' references are checked) and returns a [`Site`] that later stages
//! only read.

pub(crate) mod alias;
pub(crate) mod brand;
pub(crate) mod changes;
pub(crate) mod data;
pub(crate) mod date;
pub(crate) mod fields;
pub(crate) mod image_notes;
pub(crate) mod page;
pub(crate) mod places;
pub(crate) mod story;
pub(crate) mod unfinished;

use jiff::Timestamp;
use rayon::prelude::*;

use crate::config::Config;
use crate::diagnostic::Diagnostics;
use crate::images::ImageStore;
use crate::load::{DataSources, Sources, StorySource};
pub(crate) use data::Data;
pub(crate) use page::Page;
pub(crate) use story::{Story, Translation};

/// What may be published: the instant embargoes are judged against, and whether drafts count.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Visibility {
    pub now: Timestamp,
    pub drafts: bool,
    /// Stories under embargo are shown, marked, to those who review them before release.
    pub embargoed: bool,
    /// The live preview, where unfinished text is expected.
    pub live: bool,
}

impl Visibility {
    /// A build showing what is not public yet: kept out of search engines.
    pub(crate) fn is_preview(&self) -> bool {
        self.drafts || self.embargoed
    }

    /// Whether `embargo` still holds at this build's instant.
    pub(crate) fn under_embargo(&self, embargo: Option<Timestamp>) -> bool {
        embargo.is_some_and(|until| until > self.now)
    }
}

/// Everything a site publishes, in a stable order: stories newest first, pages by weight.
#[derive(Debug)]
pub(crate) struct Site {
    pub config: Config,
    pub stories: Vec<Story>,
    pub pages: Vec<Page>,
    /// Projects, indicators and partners.
    pub data: Data,
    /// The site's own static files, by path inside `static/`.
    pub static_files: Vec<crate::load::Asset>,
    /// The logo and share image of site.yaml, cleaned.
    pub brand: brand::Brand,
    pub visibility: Visibility,
    /// Translations held back by a draft mark or an embargo, for the build summary.
    pub withheld: Vec<Withheld>,
}

/// A story translation that exists but is not published now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Withheld {
    pub slug: String,
    pub lang: String,
    pub reason: Reason,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reason {
    Draft,
    /// Under embargo until `at`, also written as `until` in the site's timezone.
    Embargo {
        until: String,
        at: Timestamp,
    },
}

/// The data (projects, indicators, partners) modelled from its files, every reference between
/// them checked.
pub(crate) fn assemble_data(
    config: &Config,
    sources: &DataSources,
    visibility: Visibility,
    diagnostics: &mut Diagnostics,
) -> Data {
    let today = date::local_date(visibility.now, config.utc_offset);
    let (data, references) = data::assemble(config, sources, today, diagnostics);
    let severity = unfinished::severity(visibility);
    let written = sources
        .projects
        .iter()
        .chain(&sources.indicators)
        .chain(&sources.partners);
    for file in written {
        for placeholder in unfinished::placeholders_in_data(&file.path, &file.text, severity) {
            diagnostics.push(placeholder);
        }
    }
    data::check_references(&data, &references, diagnostics);
    data
}

/// The stories as checked and rendered, before they meet the data: this needs none of it, so
/// it runs while a large data file is still being read.
pub(crate) struct CheckedStories {
    stories: Vec<(Story, std::path::PathBuf)>,
    withheld: Vec<Withheld>,
    /// The projects, indicators and partners they name, checked once the data is there.
    references: Vec<data::Reference>,
}

impl CheckedStories {
    /// The stories published now, each with its published translations.
    pub(crate) fn published(&self) -> impl Iterator<Item = &Story> {
        self.stories.iter().map(|(story, _)| story)
    }

    /// The translations held back, and why.
    pub(crate) fn withheld(&self) -> &[Withheld] {
        &self.withheld
    }
}

/// Checks and renders every story, collecting every problem.
pub(crate) fn assemble_stories(
    config: &Config,
    cache: Option<&story::CheckCache>,
    sources: Vec<StorySource>,
    visibility: Visibility,
    diagnostics: &mut Diagnostics,
) -> CheckedStories {
    let cache = cache.map(|cache| cache.for_build(config));
    let assembled: Vec<_> = sources
        .into_par_iter()
        .map(|source| {
            let mut problems = Diagnostics::default();
            let (mut withheld, mut references) = (Vec::new(), Vec::new());
            let inputs = story::Inputs {
                config,
                checked: cache.as_ref(),
                visibility,
            };
            let story = story::assemble(
                &inputs,
                source,
                (&mut withheld, &mut references),
                &mut problems,
            );
            (story, withheld, references, problems)
        })
        .collect();
    let mut checked = CheckedStories {
        stories: Vec::with_capacity(assembled.len()),
        withheld: Vec::new(),
        references: Vec::new(),
    };
    for (story, withheld, references, problems) in assembled {
        diagnostics.extend(problems);
        checked.stories.extend(story);
        checked.withheld.extend(withheld);
        checked.references.extend(references);
    }
    checked
}

/// What a site is assembled from, each part read and checked on its own.
pub(crate) struct Parts {
    pub data: Data,
    pub stories: CheckedStories,
    /// The pages and static files (the stories are in `stories`).
    pub sources: Sources,
}

/// Builds the site from its parts, collecting every problem.
pub(crate) fn assemble(
    config: Config,
    Parts {
        data,
        stories,
        sources,
    }: Parts,
    images: &ImageStore,
    visibility: Visibility,
    progress: &dyn crate::Progress,
    diagnostics: &mut Diagnostics,
) -> Site {
    data::check_references(&data, &stories.references, diagnostics);
    let mut published = stories.stories;
    story::clean_images(
        &mut published,
        (images, &config.images),
        progress,
        diagnostics,
    );
    let mut published: Vec<Story> = published.into_iter().map(|(story, _)| story).collect();
    published.sort_by(|a, b| b.date().cmp(&a.date()).then_with(|| a.slug.cmp(&b.slug)));

    let mut pages: Vec<Page> = sources
        .pages
        .into_iter()
        .filter_map(|source| page::assemble(&config, &data, source, visibility, diagnostics))
        .collect();
    pages.sort_by(|a, b| a.weight.cmp(&b.weight).then_with(|| a.slug.cmp(&b.slug)));
    let brand = brand::clean(&config, images, diagnostics);

    Site {
        config,
        brand,
        stories: published,
        pages,
        data,
        static_files: sources.static_files,
        visibility,
        withheld: stories.withheld,
    }
}
