//! One page per story translation, at `/{l}/stories/<slug>/`.

use rayon::prelude::*;

use super::chrome::PageInfo;
use super::listing::Entry;
use super::pictures::{self, Picture};
use super::share_cards;
use super::shortcodes::{self, Beside, Target};
use super::{BuildContext, Generator, OutputFile, gather};
use crate::diagnostic::Diagnostics;
use crate::localized::LocalizedText;
use crate::model::Story;
use crate::model::Translation;
use crate::model::image_notes::alt_in;
use crate::render::views::social::{self, Article, Social};
use crate::render::views::{TaxonomyTerms, TermLink, Text, ViewBuilder};
use crate::urls;

pub(crate) struct StoryPages;

impl Generator for StoryPages {
    fn generate(&self, context: &BuildContext<'_>) -> Result<Vec<OutputFile>, Diagnostics> {
        let entries: Vec<Entry<'_>> = context
            .site
            .stories
            .iter()
            .flat_map(|story| story.translations.iter().map(move |t| (story, t)))
            .collect();
        render(context, &entries)
    }
}

/// The pages of these story translations.
pub(super) fn render(
    context: &BuildContext<'_>,
    entries: &[Entry<'_>],
) -> Result<Vec<OutputFile>, Diagnostics> {
    let config = &context.site.config;
    let results = entries
        .par_iter()
        .map(|&(story, translation)| {
            let lang = translation.lang.as_str();
            let path = urls::story(lang, &story.slug);
            let translations: Vec<(String, String)> = story
                .translations
                .iter()
                .map(|t| (t.lang.clone(), urls::story(&t.lang, &story.slug)))
                .collect();
            let views = ViewBuilder {
                config,
                locale: context.renderer.locale(lang),
            };
            let alternates = translations.clone();
            let mut page = context.frame(PageInfo {
                lang,
                path: &path,
                title: translation.title.clone(),
                description: translation.summary.clone(),
                translations,
                social: Some(story_social(context, story, translation)),
            });
            page.insert(
                "share",
                &social::share_links(views.locale, &translation.title, &config.absolute(&path)),
            );
            let mut view = views.story(story, translation);
            view.taxonomies
                .extend(data_facets(context, &views, translation));
            let beside = Beside::story(context, story, lang);
            let cover_notes = translation
                .cover
                .as_ref()
                .and_then(|name| story.image_notes.get(name));
            view.cover_caption = cover_notes
                .and_then(|n| n.caption.as_ref())
                .map(|v| Text::of(v, config, lang));
            view.cover_credit = cover_notes
                .and_then(|n| n.credit.as_ref())
                .map(|v| Text::of(v, config, lang));
            view.cover_html = translation.cover.as_deref().and_then(|name| {
                let image = story
                    .assets
                    .iter()
                    .find(|a| a.name == name)?
                    .image
                    .as_deref()?;
                let picture = Picture {
                    folder: &beside.folder,
                    name,
                    image,
                    alt: alt_in(cover_notes, lang).unwrap_or(""),
                    sizes: pictures::COVER,
                    eager: true,
                    class: Some("cover"),
                };
                Some(picture.html())
            });
            view.body = shortcodes::expand(
                context,
                views.locale,
                &translation.body_html,
                Target::Page,
                Some(&beside),
            )?;
            page.insert("story", &view);
            if context.site.visibility.under_embargo(translation.embargo) {
                page.insert("embargo", &super::press::kit::embargo(&views, translation));
            }
            context
                .page(
                    "story.html",
                    &page,
                    &path,
                    format!("story {} ({lang})", story.slug),
                )
                .map(|file| {
                    file.from_source(&translation.source).in_sitemap(
                        &path,
                        alternates,
                        Some(translation.date),
                    )
                })
        })
        .collect();
    gather(results)
}

/// The partners, projects and indicators a story names, as facets under it.
fn data_facets<'a>(
    context: &'a BuildContext<'_>,
    views: &ViewBuilder<'a>,
    translation: &'a Translation,
) -> Vec<TaxonomyTerms<'a>> {
    let data = &context.site.data;
    let lang = views.lang();
    let link = |name: &'a LocalizedText, path: String| TermLink {
        name: Text::of(name, &context.site.config, lang),
        url: views.link(&path),
        colour: None,
        number: None,
    };
    let facets = [
        (
            "partners",
            translation
                .partners
                .iter()
                .filter_map(|id| data.partner(id))
                .map(|p| link(&p.name, urls::partner(lang, &p.id)))
                .collect::<Vec<_>>(),
        ),
        (
            "projects",
            translation
                .projects
                .iter()
                .filter_map(|id| data.project(id))
                .map(|p| link(&p.title, urls::project(lang, &p.id)))
                .collect(),
        ),
        (
            "indicators",
            translation
                .indicators
                .iter()
                .filter_map(|id| data.indicator(id))
                .map(|i| link(&i.title, urls::indicator(lang, &i.id)))
                .collect(),
        ),
    ];
    facets
        .into_iter()
        .filter(|(_, terms)| !terms.is_empty())
        .map(|(key, terms)| TaxonomyTerms {
            key,
            label: views.locale.text(key),
            terms,
        })
        .collect()
}

/// A story shares as an article, with its cover as the image.
pub(super) fn story_social(
    context: &BuildContext<'_>,
    story: &Story,
    translation: &Translation,
) -> Social {
    let config = &context.site.config;
    let lang = translation.lang.as_str();
    let image = context.card_image(
        &share_cards::path(lang, "stories", &story.slug),
        &translation.title,
    );
    let section = translation.sectors.first().and_then(|id| {
        let name = config.sectors.get(id)?;
        Some(Text::of(name, config, lang).text.to_owned())
    });
    Social::new(
        config,
        lang,
        translation.title.clone(),
        Some(image),
        Some(Article {
            published: translation.date.to_string(),
            section,
            tags: translation.tags.clone(),
        }),
    )
}
