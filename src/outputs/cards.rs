//! List cards built once per build as ready template values. A story or a project appears in
//! many lists (home, story and project lists, each of its terms, its partners' pages); its card
//! is made once, and the lists share it: a template value is shared, not copied.

use std::collections::HashMap;
use std::sync::OnceLock;

use rayon::prelude::*;
use serde::Serialize;

use super::BuildContext;
use crate::model::Site;
use crate::model::data::Referred;
use crate::model::data::project::Project;
use crate::model::story::{Story, Translation};
use crate::render::Renderer;
use crate::render::views::ViewBuilder;

/// Cards of story translations and projects, made at the first need: a preview rebuild after an
/// edit to a story's text shows no list and makes none.
pub(crate) struct Cards<'a> {
    site: &'a Site,
    renderer: &'a Renderer,
    made: OnceLock<Made>,
}

/// The cards by language, then by story slug or project id. Keys are owned: the cards are made
/// after the site is borrowed, and looked up by `&str` without a copy.
struct Made {
    stories: ByLanguage,
    projects: ByLanguage,
}

type ByLanguage = HashMap<String, HashMap<String, tera::Value>>;

/// Files `(language, key, card)` by language.
fn by_language(cards: Vec<(&str, &str, tera::Value)>) -> ByLanguage {
    let mut filed = ByLanguage::new();
    for (lang, key, card) in cards {
        filed
            .entry(lang.to_owned())
            .or_default()
            .insert(key.to_owned(), card);
    }
    filed
}

fn card_in(cards: &ByLanguage, lang: &str, key: &str) -> tera::Value {
    cards
        .get(lang)
        .and_then(|cards| cards.get(key))
        .cloned()
        .unwrap_or_else(tera::Value::none)
}

impl<'a> Cards<'a> {
    pub(crate) fn new(site: &'a Site, renderer: &'a Renderer) -> Self {
        Cards {
            site,
            renderer,
            made: OnceLock::new(),
        }
    }

    fn made(&self) -> &Made {
        self.made
            .get_or_init(|| Made::new(self.site, self.renderer))
    }
}

impl Made {
    fn new(site: &Site, renderer: &Renderer) -> Self {
        let stories = site
            .stories
            .par_iter()
            .flat_map_iter(|story| story.translations.iter().map(move |t| (story, t)))
            .map(|(story, translation)| {
                let views = ViewBuilder {
                    config: &site.config,
                    locale: renderer.locale(&translation.lang),
                };
                let card = template_value(&views.card(story, translation));
                (translation.lang.as_str(), story.slug.as_str(), card)
            })
            .collect();
        let projects = renderer
            .locales()
            .par_iter()
            .flat_map_iter(|locale| site.data.projects.iter().map(move |p| (locale, p)))
            .map(|(locale, project)| {
                let views = ViewBuilder {
                    config: &site.config,
                    locale,
                };
                let card = template_value(&views.project_card(project));
                (locale.language.code.as_str(), project.id.as_str(), card)
            })
            .collect();
        Made {
            stories: by_language(stories),
            projects: by_language(projects),
        }
    }
}

/// A view as a template value; views are plain data, so this cannot fail in practice.
pub(crate) fn template_value(view: &impl Serialize) -> tera::Value {
    tera::Value::try_from_serializable(view).unwrap_or_else(|_| tera::Value::none())
}

impl BuildContext<'_> {
    /// The list card of a story translation.
    pub(crate) fn card(&self, story: &Story, translation: &Translation) -> tera::Value {
        card_in(&self.cards.made().stories, &translation.lang, &story.slug)
    }

    /// The cards of the stories published in `lang` that name the partner, project or
    /// indicator `id`, newest first.
    pub(crate) fn cards_naming(&self, lang: &str, what: Referred, id: &str) -> tera::Value {
        tera::Value::from(
            self.listing
                .naming(lang, what, id)
                .iter()
                .map(|(s, t)| self.card(s, t))
                .collect::<Vec<_>>(),
        )
    }

    /// The list cards of `projects` in `lang`, in their order.
    pub(crate) fn project_cards<'p>(
        &self,
        lang: &str,
        projects: impl IntoIterator<Item = &'p Project>,
    ) -> tera::Value {
        tera::Value::from(
            projects
                .into_iter()
                .map(|p| card_in(&self.cards.made().projects, lang, &p.id))
                .collect::<Vec<_>>(),
        )
    }
}
