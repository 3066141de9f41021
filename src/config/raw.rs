//! site.yaml exactly as written: every key optional but `title` and `base_url`, unknown keys
//! refused. [`super::resolve`] turns it into the checked [`super::Config`].

use std::collections::BTreeMap;

use serde::Deserialize;
use serde_saphyr::Spanned;

use super::FeedContent;
use super::language::Numerals;
use crate::localized::LocalizedText;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawConfig {
    pub title: LocalizedText,
    #[serde(default)]
    pub description: Option<LocalizedText>,
    pub base_url: Spanned<String>,
    #[serde(default)]
    pub languages: Option<Vec<Spanned<String>>>,
    #[serde(default)]
    pub theme: Option<String>,
    #[serde(default)]
    pub numerals: BTreeMap<String, Numerals>,
    /// Whether Arabic pages give each date in the Hijri calendar (Umm al-Qura) too.
    #[serde(default)]
    pub hijri: bool,
    /// UTC offset for dates written without a time, e.g. "+03:00".
    #[serde(default)]
    pub timezone: Option<Spanned<String>>,
    #[serde(default)]
    pub sectors: BTreeMap<String, LocalizedText>,
    #[serde(default)]
    pub markdown: RawMarkdown,
    #[serde(default)]
    pub stories_per_page: Option<usize>,
    #[serde(default)]
    pub feeds: RawFeeds,
    #[serde(default)]
    pub images: RawImages,
    #[serde(default)]
    pub social: super::social::RawSocial,
    #[serde(default)]
    pub press: super::press::RawPress,
    #[serde(default)]
    pub indicators: RawIndicators,
    /// Hidden files or folders of static/ to publish all the same, like `.nojekyll`.
    #[serde(default)]
    pub publish_hidden: Vec<String>,
    #[serde(default)]
    pub iati: super::iati::RawIati,
    /// The language bayan speaks to the people building the site: `ar` or `en`.
    #[serde(default)]
    pub messages: Option<Spanned<String>>,
}

/// `indicators:` in site.yaml: how the site's indicator data is laid out.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawIndicators {
    /// Columns of the site's CSV files that describe a value rather than split it, beyond
    /// Open SDG's own (`Units`, `Series`, `Observation status`...).
    #[serde(default)]
    pub attributes: Vec<String>,
    /// The address of the licence the indicators' open data is published under.
    #[serde(default, alias = "licence")]
    pub license: Option<Spanned<String>>,
}

/// `images:` in site.yaml: the smaller copies made of every published image.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawImages {
    #[serde(default)]
    pub widths: Option<Vec<Spanned<u32>>>,
    #[serde(default)]
    pub quality: Option<Spanned<u8>>,
    #[serde(default)]
    pub max_megapixels: Option<Spanned<u32>>,
}

/// `feeds:` in site.yaml.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawFeeds {
    /// How many of the newest stories a feed carries.
    #[serde(default)]
    pub items: Option<usize>,
    /// `full` (the whole story) or `summary`.
    #[serde(default)]
    pub content: Option<FeedContent>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawMarkdown {
    #[serde(default)]
    pub allow_html: bool,
}
