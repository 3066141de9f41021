//! One page per story translation, at `/{l}/stories/<slug>/`.

use std::collections::BTreeSet;

use rayon::prelude::*;

use super::chrome::PageInfo;
use super::listing::Entry;
use super::share_cards;
use super::shortcodes::{self, Beside, Target};
use super::{BuildContext, Generator, OutputFile, Remade, gather, is_edited};
use crate::diagnostic::Diagnostics;
use crate::model::Story;
use crate::model::Translation;
use crate::model::changes::{Inputs, TranslationId};
use crate::render::views::social::{self, Article, Social};
use crate::render::views::structured_data;
use crate::render::views::{Text, ViewBuilder};
use crate::urls;

pub(crate) struct StoryPages;

impl Generator for StoryPages {
    fn name(&self) -> &'static str {
        "story pages"
    }

    fn reads(&self) -> Inputs {
        Inputs::STORIES.and(Inputs::DATA).and(Inputs::CHROME)
    }

    fn generate(&self, context: &BuildContext<'_>) -> Result<Vec<OutputFile>, Diagnostics> {
        let entries: Vec<Entry<'_>> = context
            .site
            .stories
            .iter()
            .flat_map(|story| story.translations.iter().map(move |t| (story, t)))
            .collect();
        render(context, &entries)
    }

    fn regenerate_texts(
        &self,
        context: &BuildContext<'_>,
        edited: &BTreeSet<TranslationId>,
    ) -> Option<Result<Remade, Diagnostics>> {
        let entries: Vec<Entry<'_>> = context
            .site
            .stories
            .iter()
            .flat_map(|story| story.translations.iter().map(move |t| (story, t)))
            .filter(|entry| is_edited(edited, entry))
            .collect();
        Some(render(context, &entries).map(|files| Remade {
            files,
            folders: Vec::new(),
        }))
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
            let social = story_social(context, story, translation);
            let article = news_article(context, story, translation, &social);
            let mut page = context.frame(PageInfo {
                lang,
                path: &path,
                title: translation.title.clone(),
                description: translation.summary.clone(),
                translations,
                social: Some(social),
            });
            page.insert("structured_data", &article);
            page.insert(
                "share",
                &social::share_links(views.locale, &translation.title, &config.absolute(&path)),
            );
            let beside = Beside::story(context, story, lang);
            let body = shortcodes::expand(
                context,
                views.locale,
                &translation.body_html,
                Target::Page,
                Some(&beside),
            )?;
            let view = views.story(story, translation, &context.site.data, &beside.folder, body);
            page.insert("story", &view);
            if context.site.visibility.under_embargo(translation.embargo) {
                page.insert("embargo", &views.embargo(translation));
            }
            context
                .page(
                    "story.html",
                    &page,
                    &path,
                    format!("story {} ({lang})", story.slug),
                )
                .map(|file| {
                    file.with_source(&translation.source).in_sitemap(
                        &path,
                        alternates,
                        Some(translation.date),
                    )
                })
        })
        .collect();
    gather(results)
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

/// The story as search engines and aggregators read it, the same on its page and its press kit:
/// a `NewsArticle` with the image it shares with (`social`).
pub(super) fn news_article(
    context: &BuildContext<'_>,
    story: &Story,
    translation: &Translation,
    social: &Social,
) -> String {
    let views = ViewBuilder {
        config: &context.site.config,
        locale: context.renderer.locale(&translation.lang),
    };
    let organisation = views.organisation(&context.site.brand);
    structured_data::script(vec![views.news_article(
        story,
        translation,
        &organisation,
        social.image.as_ref(),
    )])
}
