//! Site configuration: reads `site.yaml` (the raw layer in [`raw`]) and resolves it into a
//! checked [`Config`] with defaults filled in, languages with their direction, and a base URL
//! split into the parts pages need. First stage of the pipeline.

pub(crate) mod iati;
mod images;
mod language;
mod press;
mod raw;
mod resolve;
mod site_yaml;
mod social;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use jiff::tz::Offset;

pub(crate) use iati::Publisher;
pub(crate) use language::{Direction, Language, Numerals, direction_of};
pub(crate) use press::{Contact, Press};
pub(crate) use site_yaml::SourceImage;
pub(crate) use social::Social;

use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::localized::LocalizedText;
use crate::messages::Speech;
use crate::said;
use crate::yaml::{self, Block};
use raw::RawConfig;
use resolve::resolve;

/// The checked site configuration every later stage reads.
#[derive(Debug, Clone, PartialEq)]
pub struct Config {
    /// The site folder (holding site.yaml and content/).
    pub(crate) root: PathBuf,
    pub(crate) title: LocalizedText,
    pub(crate) description: Option<LocalizedText>,
    /// Absolute URL of the site without a trailing slash: `https://example.org/news`.
    pub(crate) base_url: String,
    /// The path part of `base_url`, for links inside the site: `/news` or empty.
    pub(crate) base_path: String,
    /// The first is the default language.
    pub(crate) languages: Vec<Language>,
    pub(crate) theme: String,
    pub(crate) sectors: BTreeMap<String, LocalizedText>,
    pub(crate) allow_html: bool,
    /// Offset applied to dates written without a time.
    pub(crate) utc_offset: Offset,
    /// Arabic pages date in the Hijri calendar of Umm al-Qura beside the Gregorian one.
    pub(crate) hijri: bool,
    pub(crate) stories_per_page: usize,
    pub(crate) feeds: Feeds,
    /// The smaller copies made of every published image.
    pub(crate) images: crate::images::Recipe,
    pub(crate) social: Social,
    pub(crate) press: Press,
    /// Attribute columns of indicator data beyond Open SDG's own.
    pub(crate) indicator_attributes: Vec<String>,
    /// The address of the licence of the indicators' open data, told to dataset search.
    pub(crate) indicator_licence: Option<String>,
    /// Hidden files and folders of static/ (paths inside it) published all the same: the others
    /// (`.git/`, `.env`) often hold secrets and are left out.
    pub(crate) publish_hidden: Vec<String>,
    /// Who publishes the site's own projects in the IATI export.
    pub(crate) publisher: Option<Publisher>,
    /// The site sector of each OECD DAC sector code that site.yaml maps.
    pub(crate) dac_sectors: BTreeMap<String, String>,
    /// The language of bayan's messages, when site.yaml fixes it.
    pub(crate) messages: Option<Speech>,
}

/// How feeds are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Feeds {
    /// How many of the newest stories each feed carries.
    pub items: usize,
    pub content: FeedContent,
}

/// Whether feed items carry the whole story or its summary.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub(crate) enum FeedContent {
    Full,
    Summary,
}

/// What the command line may change in the configuration.
#[derive(Debug, Clone, Default)]
pub struct Overrides {
    pub base_url: Option<String>,
}

impl Config {
    pub(crate) fn default_language(&self) -> &Language {
        &self.languages[0]
    }

    pub(crate) fn language(&self, code: &str) -> Option<&Language> {
        self.languages.iter().find(|l| l.code == code)
    }

    pub(crate) fn language_codes(&self) -> impl Iterator<Item = &str> {
        self.languages.iter().map(|l| l.code.as_str())
    }

    /// The version of a page for `x-default`: the default language's, else the first one.
    /// `translations` are (language, site path) pairs.
    pub(crate) fn x_default<'t>(&self, translations: &'t [(String, String)]) -> Option<&'t str> {
        let default = &self.default_language().code;
        translations
            .iter()
            .find(|(lang, _)| lang == default)
            .or_else(|| translations.first())
            .map(|(_, path)| path.as_str())
    }

    /// The site's title in every language, for pages and files that speak to all of them.
    pub(crate) fn title_in_every_language(&self) -> String {
        let default = &self.default_language().code;
        self.languages
            .iter()
            .map(|l| self.title.get(&l.code, default).text)
            .collect::<Vec<_>>()
            .join(" | ")
    }

    /// A site path (`/en/stories/`) as a link inside the site, with the base path.
    pub(crate) fn link(&self, path: &str) -> String {
        format!("{}{path}", self.base_path)
    }

    /// A site path as an absolute URL, for canonical and alternate links.
    pub(crate) fn absolute(&self, path: &str) -> String {
        format!("{}{path}", self.base_url)
    }
}

pub(crate) const CONFIG_FILE: &str = "site.yaml";

/// Reads and checks `root/site.yaml`. Every problem goes to `diagnostics`; `None` when the
/// configuration has errors and the build cannot go on.
pub fn load(root: &Path, overrides: &Overrides, diagnostics: &mut Diagnostics) -> Option<Config> {
    let shown = PathBuf::from(CONFIG_FILE);
    let text = match std::fs::read_to_string(root.join(CONFIG_FILE)) {
        Ok(text) => text,
        Err(error) => {
            let hint = if error.kind() == std::io::ErrorKind::NotFound {
                said!("C001-not-found")
            } else {
                said!("C001-unreadable")
            };
            diagnostics.push(
                Diagnostic::error_said(
                    &shown,
                    said!("C001", detail = crate::diagnostic::plain_io(&error)),
                )
                .with_hint_said(hint),
            );
            return None;
        }
    };
    let text = crate::control_chars::check(&shown, text, diagnostics);
    let raw: RawConfig = match yaml::parse(&shown, Block::whole_file(&text)) {
        Ok(raw) => raw,
        Err(found) => {
            diagnostics.extend(found);
            return None;
        }
    };
    let errors_before = diagnostics.error_count();
    let config = resolve(root, raw, overrides, &text, &shown, diagnostics)?;
    (diagnostics.error_count() == errors_before).then_some(config)
}

/// Whether `url` can be a site's `base_url` (an http or https address).
pub fn is_base_url(url: &str) -> bool {
    split_base_url(url).is_some()
}

/// Splits `https://example.org/news/` into (`https://example.org/news`, `/news`).
fn split_base_url(url: &str) -> Option<(String, String)> {
    let trimmed = url.trim().trim_end_matches('/');
    let rest = trimmed
        .strip_prefix("https://")
        .or_else(|| trimmed.strip_prefix("http://"))?;
    if rest.is_empty() || rest.contains(['?', '#', ' ', '"', '<', '>', '\\']) {
        return None;
    }
    let path = rest.find('/').map_or("", |i| &rest[i..]);
    Some((trimmed.to_owned(), path.to_owned()))
}

#[cfg(test)]
pub(crate) mod tests;

/// The language site.yaml in `root` asks bayan to speak, read before the site is: the messages
/// about site.yaml itself are said in it. Nothing when the file cannot be read.
pub fn messages_of(root: &Path) -> Option<Speech> {
    #[derive(serde::Deserialize)]
    struct OnlyMessages {
        messages: Option<String>,
    }
    let text = std::fs::read_to_string(root.join("site.yaml")).ok()?;
    let only: OnlyMessages = serde_saphyr::from_str(&text).ok()?;
    match only.messages?.trim() {
        "ar" => Some(Speech::Arabic),
        "en" => Some(Speech::English),
        _ => None,
    }
}
