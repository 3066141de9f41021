//! List cards built once per build as ready template values. A story or a project appears in
//! many lists (home, story and project lists, each of its terms, its partners' pages); its card
//! is made once, and the lists share it: a template value is shared, not copied.

use std::collections::HashMap;

use rayon::prelude::*;
use serde::Serialize;

use super::BuildContext;
use crate::model::Site;
use crate::model::data::Referred;
use crate::model::data::project::Project;
use crate::model::story::{Story, Translation};
use crate::render::Renderer;
use crate::render::views::ViewBuilder;

/// Cards by (story slug or project id, language).
pub(crate) struct Cards<'a> {
    stories: HashMap<(&'a str, &'a str), tera::Value>,
    projects: HashMap<(&'a str, &'a str), tera::Value>,
}

impl<'a> Cards<'a> {
    pub(crate) fn new(site: &'a Site, renderer: &'a Renderer) -> Self {
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
                ((story.slug.as_str(), translation.lang.as_str()), card)
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
                ((project.id.as_str(), locale.language.code.as_str()), card)
            })
            .collect();
        Cards { stories, projects }
    }
}

/// A view as a template value; views are plain data, so this cannot fail in practice.
pub(crate) fn template_value(view: &impl Serialize) -> tera::Value {
    tera::Value::try_from_serializable(view).unwrap_or_else(|_| tera::Value::none())
}

impl BuildContext<'_> {
    /// The list card of a story translation.
    pub(crate) fn card(&self, story: &Story, translation: &Translation) -> tera::Value {
        self.cards
            .stories
            .get(&(story.slug.as_str(), translation.lang.as_str()))
            .cloned()
            .unwrap_or_else(tera::Value::none)
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
                .map(|p| {
                    self.cards
                        .projects
                        .get(&(p.id.as_str(), lang))
                        .cloned()
                        .unwrap_or_else(tera::Value::none)
                })
                .collect::<Vec<_>>(),
        )
    }
}
