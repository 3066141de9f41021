//! Stories: the translations of one folder, each with its front matter checked, shared keys
//! inherited from the other language's file, its body rendered, and kept only if it may be
//! published now.

mod assemble;
mod assets;
mod check;

pub(crate) use assemble::{Inputs, assemble};
pub(crate) use assets::clean_images;
pub(crate) use check::CheckCache;

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;

use jiff::Timestamp;

use super::image_notes::ImageNotes;
use super::places;
use crate::load::Asset;
use crate::markdown::InternalLink;
use crate::urls::Taxonomy;

/// One story in every language it is published in.
#[derive(Debug, Clone)]
pub(crate) struct Story {
    pub slug: String,
    /// In the order of the site's languages.
    pub translations: Vec<Translation>,
    /// The files of its folder it publishes.
    pub assets: Vec<PublishedFile>,
    /// From `images.yaml`: what is said about each published image.
    pub image_notes: BTreeMap<String, ImageNotes>,
}

/// A file of a story's folder that a published translation shows or links to.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct PublishedFile {
    pub name: String,
    /// As read; for an image, the image cleaned of its metadata.
    pub bytes: Arc<[u8]>,
    /// For an image: its size and the smaller copies made of it.
    pub image: Option<Arc<crate::images::Processed>>,
}

impl From<Asset> for PublishedFile {
    fn from(asset: Asset) -> Self {
        PublishedFile {
            name: asset.name,
            bytes: asset.bytes,
            image: None,
        }
    }
}

/// A press release's extra data, kept for the newsroom.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Press {
    /// An id of site.yaml's `press.contacts`.
    pub contact: Option<String>,
    pub quotes: Vec<Quote>,
    pub city: Option<crate::localized::LocalizedText>,
    /// Paragraphs separated by blank lines.
    pub notes: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Quote {
    pub text: String,
    pub by: String,
    pub role: Option<String>,
}

/// A body as written, in markdown: press kits offer it as text to copy. It shares the loaded
/// file's text rather than copying it.
#[derive(Debug, Clone, Default)]
pub(crate) struct Markdown {
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

    pub(crate) fn body(&self) -> &str {
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
pub(crate) struct Translation {
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
    pub(crate) fn terms(&self) -> [(Taxonomy, Vec<&str>); 4] {
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
    /// The image the story publishes as `name`, with its copies, if there is one.
    pub(crate) fn image(&self, name: &str) -> Option<&crate::images::Processed> {
        self.assets
            .iter()
            .find(|a| a.name == name)?
            .image
            .as_deref()
    }

    /// The date the story sorts by: its default-language date, or its first translation's.
    pub(crate) fn date(&self) -> Timestamp {
        self.translations
            .first()
            .map_or(Timestamp::UNIX_EPOCH, |t| t.date)
    }
}
