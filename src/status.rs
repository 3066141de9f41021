//! `bayan status`: what the newsroom has not published yet, and when it will be. Reads and
//! checks the stories as a build does (no images are made, nothing is written), so it answers
//! in a moment on any site.

use std::collections::BTreeMap;
use std::path::PathBuf;

use jiff::Timestamp;
use jiff::tz::TimeZone;

use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::model::{self, Reason, Visibility};
use crate::{BuildOptions, config, load};

/// The unpublished part of a site at one instant.
#[derive(Debug)]
pub struct Status {
    pub now: Timestamp,
    /// Drafts, with the languages they are drafts in.
    pub drafts: Vec<Story>,
    /// Stories under embargo, soonest first.
    pub embargoed: Vec<Embargoed>,
    /// Published now though dated later, with no embargo holding them.
    pub dated_later: Vec<Story>,
    /// Stories missing a translation in one of the site's languages.
    pub untranslated: Vec<Untranslated>,
    /// Translations that may no longer say what their original says.
    pub stale: Vec<Stale>,
    /// Errors in the content, which `bayan check` lists.
    pub errors: usize,
}

/// A story and the languages concerned.
#[derive(Debug, PartialEq, Eq)]
pub struct Story {
    pub slug: String,
    pub langs: Vec<String>,
}

#[derive(Debug)]
pub struct Embargoed {
    pub story: Story,
    pub until: Timestamp,
    /// `until` in the site's time zone, as pages and messages write it.
    pub until_local: String,
}

/// A translation older than its original: the default language's file of the same story
/// changed after it, and after the time the translation was last checked.
#[derive(Debug)]
pub struct Stale {
    pub slug: String,
    pub translation: PathBuf,
    pub changed: Timestamp,
    pub original: PathBuf,
    pub original_changed: Timestamp,
}

impl Stale {
    /// The warning `bayan check` gives, at the translation.
    pub fn diagnostic(&self) -> Diagnostic {
        Diagnostic::warning_said(
            &self.translation,
            crate::said!(
                "S012",
                original = self.original.display().to_string(),
                original_changed = self
                    .original_changed
                    .strftime("%Y-%m-%d %H:%M UTC")
                    .to_string(),
                changed = self.changed.strftime("%Y-%m-%d %H:%M UTC").to_string(),
                today = Timestamp::now().strftime("%Y-%m-%d").to_string(),
            ),
        )
    }
}

#[derive(Debug)]
pub struct Untranslated {
    pub slug: String,
    pub written: Vec<String>,
    pub missing: Vec<String>,
}

impl Status {
    /// When the next embargo ends, and the site must be built again to publish it.
    pub fn next_lift(&self) -> Option<Timestamp> {
        self.embargoed.iter().map(|e| e.until).min()
    }
}

/// The status of the site of `options` at `options.now` (the clock when not given).
pub fn status(options: &BuildOptions) -> Result<Status, Diagnostics> {
    let mut diagnostics = Diagnostics::default();
    let Some(config) = config::load(&options.root, &options.overrides, &mut diagnostics) else {
        return Err(diagnostics.sorted());
    };
    let now = options.now.unwrap_or_else(Timestamp::now);
    let visibility = Visibility {
        now,
        drafts: false,
        embargoed: false,
        live: false,
    };
    let mut sources = load::load_sources(&config, None, &mut diagnostics);
    let stories = std::mem::take(&mut sources.stories);
    let untranslated = stories
        .iter()
        .filter_map(|story| {
            let written: Vec<String> = story.files.iter().map(|f| f.lang.clone()).collect();
            let missing: Vec<String> = config
                .language_codes()
                .filter(|code| !written.iter().any(|w| w == code))
                .map(str::to_owned)
                .collect();
            (!missing.is_empty()).then(|| Untranslated {
                slug: story.slug.clone(),
                written,
                missing,
            })
        })
        .collect();
    let checked = model::assemble_stories(&config, None, stories, visibility, &mut diagnostics);
    let zone = TimeZone::fixed(config.utc_offset);
    let mut drafts: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut embargoed: BTreeMap<(Timestamp, String), Vec<String>> = BTreeMap::new();
    for held in checked.withheld() {
        match &held.reason {
            Reason::Draft => drafts.entry(held.slug.clone()).or_default(),
            Reason::Embargo { at, .. } => embargoed.entry((*at, held.slug.clone())).or_default(),
        }
        .push(held.lang.clone());
    }
    let stale = stale(&config, &checked);
    let dated_later = checked
        .published()
        .filter_map(|story| {
            let langs: Vec<String> = story
                .translations
                .iter()
                .filter(|t| t.embargo.is_none() && t.date > now)
                .map(|t| t.lang.clone())
                .collect();
            (!langs.is_empty()).then(|| Story {
                slug: story.slug.clone(),
                langs,
            })
        })
        .collect();
    Ok(Status {
        now,
        drafts: drafts
            .into_iter()
            .map(|(slug, langs)| Story { slug, langs })
            .collect(),
        embargoed: embargoed
            .into_iter()
            .map(|((until, slug), langs)| Embargoed {
                story: Story { slug, langs },
                until,
                until_local: until
                    .to_zoned(zone.clone())
                    .strftime("%Y-%m-%d %H:%M (UTC%:z)")
                    .to_string(),
            })
            .collect(),
        dated_later,
        untranslated,
        stale,
        errors: diagnostics.error_count(),
    })
}

/// Changes closer than this are taken as made together: copying a site folder writes its files
/// a few moments apart, in no particular order.
const SAME_TIME: jiff::SignedDuration = jiff::SignedDuration::from_secs(60);

/// The published translations older than their original, the default language's file.
fn stale(config: &config::Config, checked: &model::CheckedStories) -> Vec<Stale> {
    let Some(original_lang) = config.language_codes().next() else {
        return Vec::new();
    };
    let files: Vec<PathBuf> = checked
        .published()
        .flat_map(|story| story.translations.iter().map(|t| t.source.clone()))
        .collect();
    let changed = load::changed::last_changed(&config.root, &files);
    let mut found = Vec::new();
    for story in checked.published() {
        let Some(original) = story.translations.iter().find(|t| t.lang == original_lang) else {
            continue;
        };
        let Some(&original_changed) = changed.get(&original.source) else {
            continue;
        };
        for translation in story
            .translations
            .iter()
            .filter(|t| t.lang != original_lang)
        {
            let Some(&translation_changed) = changed.get(&translation.source) else {
                continue;
            };
            let checked_at = translation
                .translation_checked
                .map_or(translation_changed, |at| at.max(translation_changed));
            if original_changed > checked_at + SAME_TIME {
                found.push(Stale {
                    slug: story.slug.clone(),
                    translation: translation.source.clone(),
                    changed: translation_changed,
                    original: original.source.clone(),
                    original_changed,
                });
            }
        }
    }
    found
}
