//! Feeds for journalists: for every language, the whole site, the stories, the press releases
//! and every taxonomy term, each as RSS 2.0, Atom 1.0 and JSON Feed 1.1. The catalog of feeds is
//! built once per build and also serves autodiscovery links, the feeds page and the OPML file.

mod atom;
pub(crate) mod items;
mod json_feed;
mod rss;

use std::collections::{BTreeSet, HashMap};

use jiff::Timestamp;
use rayon::prelude::*;

use super::listing::{Entry, Listing};
use super::{BuildContext, Generator, OutputFile, Remade, is_edited};
use crate::diagnostic::Diagnostics;
use crate::localized::LocalizedText;
use crate::model::Site;
use crate::model::changes::{Inputs, TranslationId};
use crate::render::Renderer;
use crate::render::views::{FeedLink, Text, ViewBuilder, reading_order};
use crate::urls::{self, Taxonomy};
use items::Items;

/// What a feed follows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum FeedKind<'a> {
    Site,
    Stories,
    Press,
    Term(Taxonomy, &'a str),
}

/// One feed, in one language, available in three formats.
pub(crate) struct Feed<'a> {
    pub lang: &'a str,
    pub kind: FeedKind<'a>,
    /// Site path of the folder holding `feed.xml`, `atom.xml` and `feed.json`.
    pub folder: String,
    /// Site path of the HTML page the feed follows.
    pub page: String,
    /// The feed's full title, for feed readers.
    pub title: String,
    /// What it follows, in short ("Education"), for lists of feeds.
    pub label: String,
    /// Newest first, at most `feeds.items`, drafts left out.
    pub entries: Vec<Entry<'a>>,
}

/// The three formats: file name, media type, name.
pub(crate) const FORMATS: [(&str, &str, &str); 3] = [
    ("feed.xml", "application/rss+xml", "RSS"),
    ("atom.xml", "application/atom+xml", "Atom"),
    ("feed.json", "application/feed+json", "JSON Feed"),
];

impl Feed<'_> {
    /// Site path of the feed in one of [`FORMATS`].
    pub(crate) fn path(&self, file: &str) -> String {
        format!("{}{file}", self.folder)
    }

    /// When the feed last changed: its newest item, else the site's newest story.
    pub(crate) fn updated(&self, site_newest: Option<Timestamp>) -> Option<Timestamp> {
        self.entries.first().map(|(_, t)| t.date).or(site_newest)
    }

    /// The feed in each format, as links.
    pub(crate) fn links(&self, config: &crate::config::Config) -> Vec<FeedLink> {
        FORMATS
            .iter()
            .map(|(file, mime, format)| FeedLink {
                title: self.title.clone(),
                url: config.absolute(&self.path(file)),
                mime,
                format,
                lang: self.lang.to_owned(),
            })
            .collect()
    }
}

/// Every feed of the site, in a stable order: by language, then site, stories, press, terms.
pub(crate) fn catalog<'a>(
    site: &'a Site,
    renderer: &Renderer,
    listing: &Listing<'a>,
) -> Vec<Feed<'a>> {
    let config = &site.config;
    let limit = config.feeds.items;
    let pick = |entries: &mut dyn Iterator<Item = &Entry<'a>>| -> Vec<Entry<'a>> {
        entries
            .filter(|(_, t)| !t.draft)
            .take(limit)
            .copied()
            .collect()
    };
    let mut feeds = Vec::new();
    for language in &config.languages {
        let lang = language.code.as_str();
        let locale = renderer.locale(lang);
        let views = ViewBuilder { config, locale };
        let site_title = Text::of(&config.title, config, lang).text;
        let titled = |part: &str| format!("{site_title}: {part}");
        let stories = listing.stories(lang);
        feeds.push(Feed {
            lang,
            kind: FeedKind::Site,
            folder: urls::home(lang),
            page: urls::home(lang),
            title: site_title.to_owned(),
            label: locale.text("site_feeds").to_owned(),
            entries: pick(&mut stories.iter()),
        });
        feeds.push(Feed {
            lang,
            kind: FeedKind::Stories,
            folder: urls::stories(lang),
            page: urls::stories(lang),
            title: titled(locale.text("stories")),
            label: locale.text("stories").to_owned(),
            entries: pick(&mut stories.iter()),
        });
        feeds.push(Feed {
            lang,
            kind: FeedKind::Press,
            folder: urls::press(lang),
            page: urls::press(lang),
            title: titled(locale.text("press_releases")),
            label: locale.text("press_releases").to_owned(),
            entries: pick(&mut stories.iter().filter(|(_, t)| t.press.is_some())),
        });
        for taxonomy in Taxonomy::ALL {
            // Feeds follow stories: a term with only projects or indicators has none.
            let mut terms: Vec<Feed<'a>> = listing
                .terms(lang, taxonomy)
                .filter(|term| !term.stories.is_empty())
                .map(|term| {
                    let path = urls::term(lang, taxonomy, term.id);
                    let name = views.term_written_in(taxonomy, term.id, Some(term.written_in));
                    Feed {
                        lang,
                        kind: FeedKind::Term(taxonomy, term.id),
                        folder: path.clone(),
                        page: path,
                        title: titled(name.name.text),
                        label: name.name.text.to_owned(),
                        entries: pick(&mut term.stories.iter()),
                    }
                })
                .collect();
            terms.sort_by(|a, b| match (a.kind, b.kind) {
                (FeedKind::Term(_, x), FeedKind::Term(_, y)) => {
                    reading_order(taxonomy, (x, &a.label), (y, &b.label))
                }
                _ => std::cmp::Ordering::Equal,
            });
            feeds.extend(terms);
        }
    }
    feeds
}

/// The feeds each page announces with `<link rel="alternate">`: its language's site feed, and
/// the feeds that follow the page itself. Indexed once, looked up by every page.
pub(crate) struct FeedIndex {
    site: HashMap<String, Vec<FeedLink>>,
    by_page: HashMap<String, Vec<FeedLink>>,
}

impl FeedIndex {
    pub(crate) fn new(feeds: &[Feed<'_>], config: &crate::config::Config) -> Self {
        let mut site: HashMap<String, Vec<FeedLink>> = HashMap::new();
        let mut by_page: HashMap<String, Vec<FeedLink>> = HashMap::new();
        for feed in feeds {
            let links = feed.links(config);
            if feed.kind == FeedKind::Site {
                site.entry(feed.lang.to_owned()).or_default().extend(links);
            } else {
                by_page.entry(feed.page.clone()).or_default().extend(links);
            }
        }
        FeedIndex { site, by_page }
    }

    /// The feeds that follow exactly this page (a term, the story list).
    pub(crate) fn following(&self, page: &str) -> Vec<FeedLink> {
        self.by_page.get(page).cloned().unwrap_or_default()
    }

    pub(crate) fn announced(&self, lang: &str, page: &str) -> Vec<FeedLink> {
        let mut links = self.site.get(lang).cloned().unwrap_or_default();
        links.extend(self.by_page.get(page).into_iter().flatten().cloned());
        links
    }
}

/// The generator writing every feed in every format.
pub(crate) struct FeedFiles;

impl Generator for FeedFiles {
    fn name(&self) -> &'static str {
        "feeds"
    }

    fn reads(&self) -> Inputs {
        Inputs::STORIES.and(Inputs::DATA)
    }

    fn generate(&self, context: &BuildContext<'_>) -> Result<Vec<OutputFile>, Diagnostics> {
        let all: Vec<&Feed<'_>> = context.feeds.iter().collect();
        Ok(write(context, &all))
    }

    fn regenerate_texts(
        &self,
        context: &BuildContext<'_>,
        edited: &BTreeSet<TranslationId>,
    ) -> Option<Result<Remade, Diagnostics>> {
        let showing: Vec<&Feed<'_>> = context
            .feeds
            .iter()
            .filter(|feed| feed.entries.iter().any(|entry| is_edited(edited, entry)))
            .collect();
        Some(Ok(Remade {
            files: write(context, &showing),
            folders: Vec::new(),
        }))
    }
}

/// These feeds, in every format.
fn write(context: &BuildContext<'_>, feeds: &[&Feed<'_>]) -> Vec<OutputFile> {
    let items = Items::new(context, feeds);
    let newest = context
        .site
        .stories
        .iter()
        .flat_map(|s| s.translations.iter())
        .filter(|t| !t.draft)
        .map(|t| t.date)
        .max();
    feeds
        .par_iter()
        .flat_map_iter(|feed| {
            let origin = format!("feed {}", feed.folder);
            [
                OutputFile::new(
                    urls::file_for(&feed.path(FORMATS[0].0)),
                    rss::write(context, feed, &items, newest),
                    origin.clone(),
                ),
                OutputFile::new(
                    urls::file_for(&feed.path(FORMATS[1].0)),
                    atom::write(context, feed, &items, newest),
                    origin.clone(),
                ),
                OutputFile::new(
                    urls::file_for(&feed.path(FORMATS[2].0)),
                    json_feed::write(context, feed, &items),
                    origin,
                ),
            ]
        })
        .collect()
}

/// The site's description (or else its title) in `lang`, for feed metadata.
pub(crate) fn site_description(site: &Site, lang: &str) -> String {
    let config = &site.config;
    let text: &LocalizedText = config.description.as_ref().unwrap_or(&config.title);
    Text::of(text, config, lang).text.to_owned()
}
