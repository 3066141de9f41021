//! What templates see: small serialisable views built from the model, with every text already
//! in the page's language, every date and number formatted and every link final. Themes depend
//! on these names (documented in the README), not on the model.

mod cover;
pub(crate) mod data;
pub(crate) mod social;
mod story;
pub(crate) mod structured_data;

use serde::Serialize;
pub(crate) use story::Embargo;

use super::Locale;
use crate::config::{Config, Direction, direction_of};
use crate::localized::LocalizedText;
use crate::model::date::local_date;
use crate::model::places;
use crate::model::{Story, Translation};
use crate::urls::{self, Taxonomy};

/// Text with the language it is written in when that differs from the page's.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct Text<'a> {
    pub text: &'a str,
    pub lang: Option<&'a str>,
    /// The direction of `lang`, when set.
    pub dir: Option<Direction>,
}

impl<'a> Text<'a> {
    pub(crate) fn of(value: &'a LocalizedText, config: &'a Config, lang: &str) -> Self {
        let resolved = value.get(lang, &config.default_language().code);
        Text {
            text: resolved.text,
            lang: resolved.lang,
            dir: resolved.lang.map(direction_of),
        }
    }

    /// Text in the page's own language.
    pub(crate) fn plain(text: &'a str) -> Self {
        Text {
            text,
            lang: None,
            dir: None,
        }
    }
}

/// Text composed for the page (a unit with its multiplier, a line of the data), with the language
/// it is written in when that differs from the page's.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub(crate) struct Phrase {
    pub text: String,
    pub lang: Option<String>,
    pub dir: Option<Direction>,
}

impl Phrase {
    pub(crate) fn of(value: &LocalizedText, config: &Config, lang: &str) -> Self {
        let text = Text::of(value, config, lang);
        Phrase {
            text: text.text.to_owned(),
            lang: text.lang.map(str::to_owned),
            dir: text.dir,
        }
    }
}

/// A link to the same content in another language (switcher, hreflang).
#[derive(Debug, Clone, Serialize)]
pub(crate) struct LanguageLink {
    pub lang: String,
    pub dir: Direction,
    /// The language's own name for itself.
    pub name: String,
    pub url: String,
    pub absolute_url: String,
    /// "Read in English", in that language, for links to a translation.
    pub read: String,
    /// False when this content has no translation and the link goes to that language's home.
    pub exists: bool,
}

/// A menu entry: a link, or a group of links (`children`, and no `url`) shown as a disclosure.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct NavItem {
    pub label: String,
    pub url: String,
    /// The page shown is this link's, or under it; for a group, under one of its links.
    pub current: bool,
    pub children: Vec<NavItem>,
}

/// The site's logo in the header, beside its title.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct Logo {
    pub url: String,
    pub width: u32,
    pub height: u32,
}

/// A feed announced by a page (`<link rel="alternate" type=...>`) or listed for subscription.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct FeedLink {
    pub title: String,
    /// Absolute URL.
    pub url: String,
    pub mime: &'static str,
    /// "RSS", "Atom" or "JSON Feed".
    pub format: &'static str,
    pub lang: String,
}

/// The parts of every page: language, direction, site identity, menus, alternates.
#[derive(Debug, Serialize)]
pub(crate) struct Chrome<'a> {
    pub lang: &'a str,
    pub dir: Direction,
    pub title: String,
    pub description: String,
    pub canonical: String,
    pub site_title: Text<'a>,
    pub site_description: Option<Text<'a>>,
    pub home_url: String,
    /// The logo of `press.logo` in site.yaml, when it has one.
    pub logo: Option<Logo>,
    pub stylesheet: &'a str,
    /// The script behind the share links' copy button.
    pub share_script: &'a str,
    pub nav: Vec<NavItem>,
    pub languages: Vec<LanguageLink>,
    pub x_default: Option<String>,
    /// Feeds to announce: the language's site feed and the page's own.
    pub feeds: Vec<FeedLink>,
    /// The page listing every feed, for subscribing.
    pub feeds_url: String,
    /// The feeds that follow this very page (a topic, the story list), shown as links.
    pub follow: Vec<FeedLink>,
    pub noindex: bool,
    /// Open Graph and Twitter card metadata.
    pub social: social::Social,
}

/// A taxonomy term as a link.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct TermLink<'a> {
    pub name: Text<'a>,
    pub url: String,
    /// SDG colour, `#RRGGBB`.
    pub colour: Option<&'static str>,
    /// The goal number, in the page's digits.
    pub number: Option<String>,
}

/// A story in a list.
#[derive(Debug, Serialize)]
pub(crate) struct StoryCard<'a> {
    pub title: &'a str,
    pub summary: Option<&'a str>,
    pub url: String,
    pub date: String,
    pub date_iso: String,
    /// The date in the Hijri calendar, on Arabic pages of a site with `hijri: true`.
    pub date_hijri: Option<String>,
    pub sectors: Vec<TermLink<'a>>,
    pub cover: Option<cover::CardCover>,
}

/// One taxonomy's terms on a story page, e.g. "Countries: Sudan, Chad".
#[derive(Debug, Serialize)]
pub(crate) struct TaxonomyTerms<'a> {
    pub key: &'static str,
    pub label: &'a str,
    pub terms: Vec<TermLink<'a>>,
}

#[derive(Debug, Serialize)]
pub(crate) struct PageLink {
    pub number: String,
    pub url: String,
    pub current: bool,
}

#[derive(Debug, Serialize)]
pub(crate) struct Pagination {
    pub label: String,
    pub previous: Option<String>,
    pub next: Option<String>,
    pub pages: Vec<PageLink>,
}

/// Builds views for pages in one language.
pub(crate) struct ViewBuilder<'a> {
    pub config: &'a Config,
    pub locale: &'a Locale,
}

impl<'a> ViewBuilder<'a> {
    pub(crate) fn lang(&self) -> &'a str {
        &self.locale.language.code
    }

    pub(crate) fn link(&self, path: &str) -> String {
        self.config.link(path)
    }

    pub(crate) fn date(&self, translation: &Translation) -> (String, String) {
        let day = local_date(translation.date, self.config.utc_offset);
        (self.locale.formatter.date(day), day.to_string())
    }

    /// The day of `translation` in the Hijri calendar of Umm al-Qura (`١ رمضان ١٤٤٤ هـ`), on
    /// the Arabic pages of a site that asks for it (`hijri: true`).
    pub(crate) fn date_hijri(&self, translation: &Translation) -> Option<String> {
        let arabic = self.lang().split('-').next() == Some("ar");
        if !(self.config.hijri && arabic) {
            return None;
        }
        let day = local_date(translation.date, self.config.utc_offset);
        self.locale.formatter.hijri_date(day)
    }

    pub(crate) fn term(&self, taxonomy: Taxonomy, id: &'a str) -> TermLink<'a> {
        self.term_written_in(taxonomy, id, None)
    }

    /// A term link; `written_in` is the language a free tag was written in, marked on the
    /// link when it is not the page's.
    pub(crate) fn term_written_in(
        &self,
        taxonomy: Taxonomy,
        id: &'a str,
        written_in: Option<&'a str>,
    ) -> TermLink<'a> {
        let lang = self.lang();
        let (name, colour, number) = match taxonomy {
            Taxonomy::Sectors => {
                let name = self
                    .config
                    .sectors
                    .get(id)
                    .map_or(Text::plain(id), |n| Text::of(n, self.config, lang));
                (name, None, None)
            }
            Taxonomy::Countries => {
                let name = places::country(id)
                    .map_or(Text::plain(id), |c| Text::of(&c.name, self.config, lang));
                (name, None, None)
            }
            Taxonomy::Sdgs => {
                let goal = id.parse::<i64>().ok().and_then(places::goal);
                let name = goal.map_or(Text::plain(id), |g| Text::of(&g.name, self.config, lang));
                (
                    name,
                    goal.map(|g| g.colour),
                    goal.map(|g| self.locale.formatter.integer(i64::from(g.number))),
                )
            }
            Taxonomy::Tags => {
                let foreign = written_in.filter(|w| *w != lang);
                let name = Text {
                    text: id,
                    lang: foreign,
                    dir: foreign.map(direction_of),
                };
                (name, None, None)
            }
        };
        TermLink {
            name,
            url: self.link(&urls::term(lang, taxonomy, id)),
            colour,
            number,
        }
    }

    pub(crate) fn card(&self, story: &'a Story, translation: &'a Translation) -> StoryCard<'a> {
        let (date, date_iso) = self.date(translation);
        let url = self.link(&urls::story(&translation.lang, &story.slug));
        StoryCard {
            title: &translation.title,
            summary: translation.summary.as_deref(),
            cover: cover::card_cover(story, translation.cover.as_deref(), &translation.lang, &url),
            url,
            date,
            date_iso,
            date_hijri: self.date_hijri(translation),
            sectors: translation
                .sectors
                .iter()
                .map(|s| self.term(Taxonomy::Sectors, s))
                .collect(),
        }
    }

    /// Page links for page `current` of `count`, under `first`.
    pub(crate) fn pagination(
        &self,
        first: &str,
        current: usize,
        count: usize,
    ) -> Option<Pagination> {
        if count <= 1 {
            return None;
        }
        let f = &self.locale.formatter;
        let url = |n: usize| self.link(&urls::paginated(first, n));
        let label = self
            .locale
            .text("page_of")
            .replace("{n}", &f.integer(current as i64))
            .replace("{count}", &f.integer(count as i64));
        let window = (current.saturating_sub(2).max(1))..=(current + 2).min(count);
        let mut numbers: Vec<usize> = vec![1];
        numbers.extend(window);
        numbers.push(count);
        numbers.dedup();
        Some(Pagination {
            label,
            previous: (current > 1).then(|| url(current - 1)),
            next: (current < count).then(|| url(current + 1)),
            pages: numbers
                .into_iter()
                .map(|n| PageLink {
                    number: f.integer(n as i64),
                    url: url(n),
                    current: n == current,
                })
                .collect(),
        })
    }
}

/// The order terms are listed in: goals by number, everything else by its name.
pub(crate) fn reading_order(
    taxonomy: Taxonomy,
    a: (&str, &str),
    b: (&str, &str),
) -> std::cmp::Ordering {
    if taxonomy == Taxonomy::Sdgs {
        a.0.parse::<u8>()
            .unwrap_or(0)
            .cmp(&b.0.parse::<u8>().unwrap_or(0))
    } else {
        a.1.cmp(b.1)
    }
}
