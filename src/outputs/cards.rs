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
use crate::model::story::Translation;
use crate::render::Renderer;
use crate::render::views::ViewBuilder;

/// Cards of story translations and projects, made at the first need: a preview rebuild after an
/// edit to a story's text shows no list and makes none.
pub(crate) struct Cards<'a> {
    site: &'a Site,
    renderer: &'a Renderer,
    made: OnceLock<Made>,
}

/// The cards, by the address of what they show (the site outlives them) and, for projects, by
/// language too.
struct Made {
    stories: HashMap<usize, tera::Value>,
    projects: HashMap<(usize, String), tera::Value>,
}

fn address<T>(item: &T) -> usize {
    std::ptr::from_ref(item) as usize
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
                (address(translation), card)
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
                ((address(project), locale.language.code.clone()), card)
            })
            .collect();
        Made { stories, projects }
    }
}

/// A view as a template value; views are plain data, so this cannot fail in practice.
pub(crate) fn template_value(view: &impl Serialize) -> tera::Value {
    tera::Value::try_from_serializable(view).unwrap_or_else(|_| tera::Value::none())
}

impl BuildContext<'_> {
    /// The list card of a story translation.
    pub(crate) fn card(&self, translation: &Translation) -> tera::Value {
        self.cards
            .made()
            .stories
            .get(&address(translation))
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
                .map(|(_, t)| self.card(t))
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
                        .made()
                        .projects
                        .get(&(address(p), lang.to_owned()))
                        .cloned()
                        .unwrap_or_else(tera::Value::none)
                })
                .collect::<Vec<_>>(),
        )
    }
}
