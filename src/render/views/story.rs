//! A story's own page: everything its template shows of one translation, built whole from the
//! model in one place.

use std::borrow::Cow;

use serde::Serialize;

use super::{TaxonomyTerms, TermLink, Text, ViewBuilder};
use crate::localized::LocalizedText;
use crate::model::image_notes::alt_in;
use crate::model::{Data, Story, Translation};
use crate::render::picture::{self, Picture};
use crate::urls::{self, Taxonomy};

/// Arabia Standard Time, in which the ministry announces its embargoes.
const AST: jiff::tz::Offset = jiff::tz::Offset::constant(3);

/// A story on its own page.
#[derive(Debug, Serialize)]
pub(crate) struct StoryView<'a> {
    pub title: &'a str,
    pub summary: Option<&'a str>,
    pub date: String,
    pub date_iso: String,
    /// The date in the Hijri calendar, on Arabic pages of a site with `hijri: true`.
    pub date_hijri: Option<String>,
    /// The HTML body, its shortcodes expanded.
    pub body: Cow<'a, str>,
    pub cover_url: Option<String>,
    /// The cover as `<picture>` markup, in every size made of it.
    pub cover_html: Option<String>,
    /// From images.yaml, shown under the cover.
    pub cover_caption: Option<Text<'a>>,
    pub cover_credit: Option<Text<'a>>,
    /// The sectors above the headline.
    pub kicker: Vec<TermLink<'a>>,
    /// Its sectors, countries, goals and tags, then the partners, projects and indicators it
    /// names.
    pub taxonomies: Vec<TaxonomyTerms<'a>>,
    /// The kit of a story that is a press release, for journalists who find the story first.
    pub press_kit_url: Option<String>,
}

/// The banner of a page seen before its release (`--preview` only).
#[derive(Debug, Serialize)]
pub(crate) struct Embargo {
    /// "13 May 2024, 09:00 AST".
    pub until: String,
    pub until_iso: String,
}

impl<'a> ViewBuilder<'a> {
    /// The page of `translation`. `body` is its HTML with the shortcodes expanded, and `folder`
    /// the link to the story's folder, where its images are published.
    pub(crate) fn story(
        &self,
        story: &'a Story,
        translation: &'a Translation,
        data: &'a Data,
        folder: &str,
        body: Cow<'a, str>,
    ) -> StoryView<'a> {
        let (date, date_iso) = self.date(translation);
        let mut taxonomies: Vec<TaxonomyTerms<'a>> = translation
            .terms()
            .into_iter()
            .filter(|(_, ids)| !ids.is_empty())
            .map(|(taxonomy, ids)| TaxonomyTerms {
                key: taxonomy.key(),
                label: self.locale.text(taxonomy.key()),
                terms: ids
                    .into_iter()
                    .map(|id| self.term_written_in(taxonomy, id, Some(&translation.tags_lang)))
                    .collect(),
            })
            .collect();
        let kicker = taxonomies
            .iter()
            .find(|t| t.key == Taxonomy::Sectors.key())
            .map(|t| t.terms.clone())
            .unwrap_or_default();
        taxonomies.extend(self.data_facets(translation, data));
        let lang = self.lang();
        let cover = translation.cover.as_deref();
        let notes = cover.and_then(|name| story.image_notes.get(name));
        let cover_html = cover.and_then(|name| {
            let image = story.image(name)?;
            let picture = Picture {
                folder,
                name,
                image,
                alt: alt_in(notes, lang).unwrap_or(""),
                sizes: picture::COVER,
                eager: true,
                class: Some("cover"),
            };
            Some(picture.html())
        });
        StoryView {
            title: &translation.title,
            summary: translation.summary.as_deref(),
            date,
            date_iso,
            date_hijri: self.date_hijri(translation),
            body,
            cover_url: cover.map(|c| self.link(&urls::story_asset(lang, &story.slug, c))),
            cover_html,
            cover_caption: notes
                .and_then(|n| n.caption.as_ref())
                .map(|v| Text::of(v, self.config, lang)),
            cover_credit: notes
                .and_then(|n| n.credit.as_ref())
                .map(|v| Text::of(v, self.config, lang)),
            kicker,
            taxonomies,
            press_kit_url: translation
                .press
                .is_some()
                .then(|| self.link(&urls::press_kit(lang, &story.slug))),
        }
    }

    /// When `translation` is released, in Arabia Standard Time; `None` when it has no embargo.
    pub(crate) fn embargo(&self, translation: &Translation) -> Option<Embargo> {
        let until = translation.embargo?;
        let local = until.to_zoned(jiff::tz::TimeZone::fixed(AST));
        let formatter = &self.locale.formatter;
        let time = formatter.digits(&local.strftime("%H:%M").to_string());
        Some(Embargo {
            until: self
                .locale
                .text("embargo_time")
                .replace("{date}", &formatter.date(local.date()))
                .replace("{time}", &time),
            until_iso: local.strftime("%Y-%m-%dT%H:%M:%S%:z").to_string(),
        })
    }

    /// The partners, projects and indicators a story names, as facets under it.
    fn data_facets(&self, translation: &'a Translation, data: &'a Data) -> Vec<TaxonomyTerms<'a>> {
        let lang = self.lang();
        let link = |name: &'a LocalizedText, path: String| TermLink {
            name: Text::of(name, self.config, lang),
            url: self.link(&path),
            colour: None,
            number: None,
        };
        let facets = [
            (
                "partners",
                data.partners_named(&translation.partners)
                    .map(|p| link(&p.name, urls::partner(lang, &p.id)))
                    .collect::<Vec<_>>(),
            ),
            (
                "projects",
                data.projects_named(&translation.projects)
                    .map(|p| link(&p.title, urls::project(lang, &p.id)))
                    .collect(),
            ),
            (
                "indicators",
                data.indicators_named(&translation.indicators)
                    .map(|i| link(&i.title, urls::indicator(lang, &i.id)))
                    .collect(),
            ),
        ];
        facets
            .into_iter()
            .filter(|(_, terms)| !terms.is_empty())
            .map(|(key, terms)| TaxonomyTerms {
                key,
                label: self.locale.text(key),
                terms,
            })
            .collect()
    }
}
