//! Stories: the translations of one folder, each with its front matter checked, shared keys
//! inherited from the other language's file, its body rendered, and kept only if it may be
//! published now.

mod assets;

pub(crate) use assets::clean_images;
mod check;
pub mod unfinished;

pub use check::CheckCache;
use check::{Checked, check_file_cached};

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;
use std::sync::Arc;

use jiff::Timestamp;
use jiff::tz::TimeZone;

use super::data::Reference;
use super::image_notes::ImageNotes;
use super::{Reason, Visibility, Withheld, places};
use crate::config::Config;
use crate::diagnostic::{Diagnostic, Diagnostics, Severity};
use crate::load::{Asset, SourceFile, StorySource};
use crate::markdown::InternalLink;
use crate::said;
use crate::urls::Taxonomy;

/// One story in every language it is published in.
#[derive(Debug, Clone)]
pub struct Story {
    pub slug: String,
    /// In the order of the site's languages.
    pub translations: Vec<Translation>,
    pub assets: Vec<Asset>,
    /// From `images.yaml`: what is said about each published image.
    pub image_notes: BTreeMap<String, ImageNotes>,
}

/// A press release's extra data, kept for the newsroom.
#[derive(Debug, Clone, PartialEq)]
pub struct Press {
    /// An id of site.yaml's `press.contacts`.
    pub contact: Option<String>,
    pub quotes: Vec<Quote>,
    pub city: Option<crate::localized::LocalizedText>,
    /// Paragraphs separated by blank lines.
    pub notes: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Quote {
    pub text: String,
    pub by: String,
    pub role: Option<String>,
}

/// A body as written, in markdown: press kits offer it as text to copy. It shares the loaded
/// file's text rather than copying it.
#[derive(Debug, Clone, Default)]
pub struct Markdown {
    file: Arc<str>,
    start: usize,
}

impl Markdown {
    pub(crate) fn new(file: &Arc<str>, start: usize) -> Self {
        Markdown {
            file: Arc::clone(file),
            start: start.min(file.len()),
        }
    }

    pub fn body(&self) -> &str {
        self.file.get(self.start..).unwrap_or_default()
    }
}

impl PartialEq for Markdown {
    fn eq(&self, other: &Self) -> bool {
        self.body() == other.body()
    }
}

/// A story in one language, with every shared key resolved.
#[derive(Debug, Clone)]
pub struct Translation {
    pub lang: String,
    pub title: String,
    pub summary: Option<String>,
    pub date: Timestamp,
    pub body_html: Arc<str>,
    pub markdown: Markdown,
    pub cover: Option<String>,
    pub sectors: Vec<String>,
    pub countries: Vec<String>,
    pub sdgs: Vec<u8>,
    pub tags: Vec<String>,
    /// The language the tags were written in (another file's when inherited).
    pub tags_lang: String,
    pub partners: Vec<String>,
    pub projects: Vec<String>,
    pub indicators: Vec<String>,
    pub embargo: Option<Timestamp>,
    /// When this translation was last made sure to match the original (`translation_checked`).
    pub translation_checked: Option<Timestamp>,
    pub press: Option<Press>,
    pub aliases: Vec<String>,
    pub source: PathBuf,
    /// A draft shown only because the build asked for drafts: never in feeds or sitemaps.
    pub draft: bool,
    /// Links from the body to other pages of the site, checked once the site is built.
    pub links: Vec<InternalLink>,
}

impl Translation {
    /// The term ids the translation is filed under, taxonomy by taxonomy (goals as `"4"`).
    pub fn terms(&self) -> [(Taxonomy, Vec<&str>); 4] {
        fn ids(list: &[String]) -> Vec<&str> {
            list.iter().map(String::as_str).collect()
        }
        [
            (Taxonomy::Sectors, ids(&self.sectors)),
            (Taxonomy::Countries, ids(&self.countries)),
            (
                Taxonomy::Sdgs,
                self.sdgs
                    .iter()
                    .filter_map(|n| places::goal(i64::from(*n)))
                    .map(|g| g.id)
                    .collect(),
            ),
            (Taxonomy::Tags, ids(&self.tags)),
        ]
    }
}

impl Story {
    pub fn translation(&self, lang: &str) -> Option<&Translation> {
        self.translations.iter().find(|t| t.lang == lang)
    }

    /// The date the story sorts by: its default-language date, or its first translation's.
    pub fn date(&self) -> Timestamp {
        self.translations
            .first()
            .map_or(Timestamp::UNIX_EPOCH, |t| t.date)
    }
}

/// What every story of a build is checked against, and the caches it may use.
pub(crate) struct Inputs<'a> {
    pub config: &'a Config,
    pub checked: Option<&'a CheckCache>,
    pub visibility: Visibility,
}

pub(crate) fn assemble(
    inputs: &Inputs<'_>,
    source: StorySource,
    (withheld, references): (&mut Vec<Withheld>, &mut Vec<Reference>),
    problems: &mut Diagnostics,
) -> Option<(Story, PathBuf)> {
    let Inputs {
        config,
        checked: cache,
        visibility,
    } = *inputs;
    let asset_names: Vec<&str> = source.assets.iter().map(|a| a.name.as_str()).collect();
    let mut files: Vec<(&SourceFile, Checked)> = Vec::new();
    for file in &source.files {
        if let Some(checked) =
            check_file_cached(config, cache, &source.slug, file, &asset_names, problems)
        {
            files.push((file, checked));
        }
    }
    references.extend(files.iter().flat_map(|(_, c)| c.references.iter().cloned()));
    // A file that could not be read, or a date that could not be understood, is reported where
    // it is written; the other translations are not blamed for what they would inherit.
    let mut already_reported = source.unreadable
        || files.len() < source.files.len()
        || files
            .iter()
            .any(|(_, c)| c.date_written && c.date.is_none());
    // The default language's file is the one others inherit from first.
    files.sort_by_key(|(file, _)| config.languages.iter().position(|l| l.code == file.lang));

    let mut translations = Vec::new();
    let mut published_assets: BTreeSet<String> = BTreeSet::new();
    // Images shown as figures, by language: each needs a description there.
    let mut figure_uses: Vec<(String, String)> = Vec::new();
    for (file, own) in &files {
        // A shared key: this file's value, else the first other file's (default language first).
        macro_rules! shared {
            ($field:ident) => {
                own.$field
                    .clone()
                    .or_else(|| files.iter().find_map(|(_, other)| other.$field.clone()))
            };
        }
        let Some(date) = shared!(date) else {
            // Reported once, at the default language's file, where the date belongs.
            if !already_reported {
                already_reported = true;
                problems
                    .push(Diagnostic::error_said(&file.path, said!("S002")).at(&file.text, 2, 1));
            }
            continue;
        };
        let Some(title) = own.title.clone() else {
            continue;
        };
        // `draft` is each file's own: a translation can be unfinished while the other is out.
        let draft = own.draft.unwrap_or(false);
        let embargo = shared!(embargo);
        if let Some(until) = own.embargo
            && until < date
        {
            problems.push(Diagnostic::warning_said(&file.path, said!("S003")).at(
                &file.text,
                check::key_line(&file.text, "embargo"),
                1,
            ));
        }
        if own.press.is_none()
            && let Some((other, press)) =
                files.iter().find_map(|(f, c)| Some((f, c.press.as_ref()?)))
            && (!press.quotes.is_empty() || press.notes.is_some())
        {
            problems.push(
                Diagnostic::warning_said(
                    &file.path,
                    said!(
                        "S004",
                        other = other
                            .path
                            .file_name()
                            .map_or_else(String::new, |n| n.to_string_lossy().into_owned())
                    ),
                )
                .at(&file.text, 2, 1),
            );
        }
        let reason = match embargo {
            Some(until) if until > visibility.now && !visibility.embargoed => {
                Some(Reason::Embargo {
                    until: until
                        .to_zoned(TimeZone::fixed(config.utc_offset))
                        .strftime("%Y-%m-%d %H:%M (UTC%:z)")
                        .to_string(),
                    at: until,
                })
            }
            _ if draft && !visibility.drafts => Some(Reason::Draft),
            _ => None,
        };
        if let Some(reason) = reason {
            withheld.push(Withheld {
                slug: source.slug.clone(),
                lang: file.lang.clone(),
                reason,
            });
            continue;
        }
        let unfinished_is = if visibility.live || visibility.is_preview() {
            Severity::Warning
        } else {
            Severity::Error
        };
        for placeholder in unfinished::placeholders(&file.path, &file.text, &title, unfinished_is) {
            problems.push(placeholder);
        }
        // Said where the date is written, not again in each translation that inherits it.
        if embargo.is_none()
            && own.date.is_some()
            && let Some(future) =
                unfinished::future_date(&file.path, &file.text, date, visibility.now)
        {
            problems.push(future);
        }
        if own.summary.is_none() {
            problems.push(Diagnostic::warning_said(&file.path, said!("S005")).at(&file.text, 2, 1));
        }
        let (tags, tags_lang) = match &own.tags {
            Some(tags) => (tags.clone(), file.lang.clone()),
            None => files
                .iter()
                .find_map(|(f, c)| c.tags.clone().map(|t| (t, f.lang.clone())))
                .unwrap_or_else(|| (Vec::new(), file.lang.clone())),
        };
        let translation = Translation {
            lang: file.lang.clone(),
            title,
            summary: own.summary.clone(),
            date,
            body_html: Arc::clone(&own.body_html),
            markdown: own.markdown.clone(),
            cover: shared!(cover),
            sectors: shared!(sectors).unwrap_or_default(),
            countries: shared!(countries).unwrap_or_default(),
            sdgs: shared!(sdgs).unwrap_or_default(),
            tags,
            tags_lang,
            partners: shared!(partners).unwrap_or_default(),
            projects: shared!(projects).unwrap_or_default(),
            indicators: shared!(indicators).unwrap_or_default(),
            embargo,
            translation_checked: own.translation_checked,
            press: shared!(press),
            aliases: own.aliases.clone(),
            source: file.path.clone(),
            draft,
            links: own.links.clone(),
        };
        published_assets.extend(translation.cover.iter().cloned());
        published_assets.extend(own.used_assets.iter().cloned());
        figure_uses.extend(
            own.figures
                .iter()
                .map(|f| (translation.lang.clone(), f.clone())),
        );
        translations.push(translation);
    }
    if translations.is_empty() {
        return None;
    }
    if translations.iter().all(|t| t.press.is_none()) {
        // Only press kits offer the text as written: other stories let the file go.
        for translation in &mut translations {
            translation.markdown = Markdown::default();
        }
    }
    // Story-wide problems are reported at the story's folder.
    let folder = source.files[0]
        .path
        .parent()
        .map(PathBuf::from)
        .unwrap_or_default();
    let missing: Vec<&str> = config
        .language_codes()
        .filter(|code| !source.files.iter().any(|f| f.lang == *code))
        .collect();
    if !missing.is_empty() {
        problems.push(Diagnostic::warning_said(
            &folder,
            said!(
                "S006",
                missing = missing.join(", "),
                written = translations
                    .iter()
                    .map(|t| t.lang.as_str())
                    .collect::<Vec<_>>()
                    .join(", "),
                first = missing[0],
            ),
        ));
    }
    let used_anywhere = |name: &str| {
        files
            .iter()
            .any(|(_, c)| c.used_assets.contains(name) || c.cover.as_deref() == Some(name))
    };
    for asset in &source.assets {
        if !used_anywhere(&asset.name) {
            problems.push(Diagnostic::warning_said(
                folder.join(&asset.name),
                said!("S007"),
            ));
        }
    }
    // Covers and figures are shown without a description in the text: readers who cannot see
    // them need the one in images.yaml.
    let shown: Vec<(&str, &str)> = translations
        .iter()
        .filter_map(|t| Some((t.lang.as_str(), t.cover.as_deref()?)))
        .chain(
            figure_uses
                .iter()
                .map(|(lang, src)| (lang.as_str(), src.as_str())),
        )
        .collect();
    let image_notes =
        assets::published_notes(&source, &published_assets, &shown, &folder, problems);
    // Only files a published translation uses go out: nothing else in the folder can leak.
    let assets = source
        .assets
        .into_iter()
        .filter(|asset| published_assets.contains(&asset.name))
        .filter(|asset| assets::publishable(asset, &folder, problems))
        .collect();
    let story = Story {
        slug: source.slug,
        translations,
        assets,
        image_notes,
    };
    Some((story, folder))
}
