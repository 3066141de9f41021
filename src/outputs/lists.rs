//! Each language's home (`/{l}/`) and its paginated story list (`/{l}/stories/`).

use rayon::prelude::*;
use serde::Serialize;

use super::chrome::PageInfo;
use super::listing::Entry;
use super::{BuildContext, Generator, OutputFile, gather};
use crate::diagnostic::Diagnostics;
use crate::model::changes::Inputs;
use crate::model::data::{Indicator, Project};
use crate::render::views::{Pagination, ViewBuilder, structured_data};
use crate::urls;

/// How many stories the home page shows.
const HOME_STORIES: usize = 7;

pub(crate) struct StoryLists;

/// A list page: a heading and one page of story cards.
#[derive(Serialize)]
pub(crate) struct ListView {
    pub heading: String,
    pub intro: Option<String>,
    /// Story cards, as built once per build.
    pub items: Vec<tera::Value>,
    pub pagination: Option<Pagination>,
    pub all_url: Option<String>,
}

impl Generator for StoryLists {
    fn name(&self) -> &'static str {
        "story lists"
    }

    fn reads(&self) -> Inputs {
        Inputs::STORY_OUTLINE.and(Inputs::DATA).and(Inputs::CHROME)
    }

    fn generate(&self, context: &BuildContext<'_>) -> Result<Vec<OutputFile>, Diagnostics> {
        let config = &context.site.config;
        let mut results = Vec::new();
        for locale in context.renderer.locales() {
            let lang = locale.language.code.as_str();
            let stories = context.listing.stories(lang);
            let views = ViewBuilder { config, locale };
            let home = urls::home(lang);
            let mut page = context.frame(PageInfo {
                lang,
                path: &home,
                title: String::new(),
                description: None,
                translations: config
                    .languages
                    .iter()
                    .map(|l| (l.code.clone(), urls::home(&l.code)))
                    .collect(),
                social: None,
            });
            page.insert(
                "list",
                &ListView {
                    heading: locale.text("latest_stories").to_owned(),
                    intro: None,
                    items: stories
                        .iter()
                        .take(HOME_STORIES)
                        .map(|(s, t)| context.card(s, t))
                        .collect(),
                    pagination: None,
                    all_url: (stories.len() > HOME_STORIES)
                        .then(|| views.link(&urls::stories(lang))),
                },
            );
            page.insert(
                "structured_data",
                &structured_data::script(vec![
                    views.organisation(&context.site.brand),
                    views.website(),
                ]),
            );
            let data = &context.site.data;
            let headline: Vec<_> = data
                .indicators
                .iter()
                .filter(|i| i.headline)
                .map(|i| views.indicator_card(i))
                .collect();
            page.insert("headline_indicators", &headline);
            page.insert_value(
                "featured_projects",
                context.project_cards(lang, data.projects.iter().filter(|p| p.featured)),
            );
            page.insert(
                "indicators_url",
                &(!data.indicators.is_empty()).then(|| views.link(&urls::indicators(lang))),
            );
            page.insert(
                "projects_url",
                &(!data.projects.is_empty()).then(|| views.link(&urls::projects(lang))),
            );
            let homes = config
                .languages
                .iter()
                .map(|l| (l.code.clone(), urls::home(&l.code)))
                .collect();
            let newest = stories.first().map(|(_, t)| t.date);
            results.push(
                context
                    .page("home.html", &page, &home, format!("home ({lang})"))
                    .map(|file| file.in_sitemap(&home, homes, newest)),
            );
            let first = urls::stories(lang);
            let translations: Vec<(String, String)> = config
                .languages
                .iter()
                .map(|l| (l.code.clone(), urls::stories(&l.code)))
                .collect();
            results.extend(paginate(
                context,
                PaginatedList {
                    lang,
                    first: &first,
                    heading: locale.text("all_stories").to_owned(),
                    intro: None,
                    entries: stories,
                    translations: &translations,
                    template: "list.html",
                    origin: format!("story list ({lang})"),
                    projects: &[],
                    indicators: &[],
                },
            ));
        }
        gather(results)
    }
}

/// A list of stories cut into pages at `first`, `first/page/2/`, ...
pub(crate) struct PaginatedList<'a, 'e> {
    pub lang: &'a str,
    pub first: &'a str,
    pub heading: String,
    pub intro: Option<String>,
    pub entries: &'a [Entry<'e>],
    pub translations: &'a [(String, String)],
    pub template: &'a str,
    pub origin: String,
    /// Shown above the stories on the first page (a term's projects and indicators).
    pub projects: &'a [&'e Project],
    pub indicators: &'a [&'e Indicator],
}

pub(crate) fn paginate(
    context: &BuildContext<'_>,
    list: PaginatedList<'_, '_>,
) -> Vec<Result<OutputFile, crate::diagnostic::Diagnostic>> {
    let config = &context.site.config;
    let per_page = config.stories_per_page;
    let views = ViewBuilder {
        config,
        locale: context.renderer.locale(list.lang),
    };
    let count = list.entries.len().div_ceil(per_page).max(1);
    (1..=count)
        .into_par_iter()
        .map(|n| {
            let path = urls::paginated(list.first, n);
            let chunk = list.entries.chunks(per_page).nth(n - 1).unwrap_or(&[]);
            // Later pages have no counterpart: other languages have other page counts.
            let translations = if n == 1 {
                list.translations.to_vec()
            } else {
                vec![(list.lang.to_owned(), path.clone())]
            };
            let title = if n == 1 {
                list.heading.clone()
            } else {
                let label = views
                    .pagination(list.first, n, count)
                    .map(|p| p.label)
                    .unwrap_or_default();
                format!("{} ({label})", list.heading)
            };
            let alternates = translations.clone();
            let newest = chunk.first().map(|(_, t)| t.date);
            let mut page = context.frame(PageInfo {
                lang: list.lang,
                path: &path,
                title,
                description: list.intro.clone(),
                translations,
                social: None,
            });
            page.insert(
                "list",
                &ListView {
                    heading: list.heading.clone(),
                    intro: list.intro.clone(),
                    items: chunk.iter().map(|(s, t)| context.card(s, t)).collect(),
                    pagination: views.pagination(list.first, n, count),
                    all_url: None,
                },
            );
            // Projects and indicators are listed on the first page only.
            let (projects, indicators) = if n == 1 {
                (list.projects, list.indicators)
            } else {
                (&[][..], &[][..])
            };
            page.insert_value(
                "projects",
                context.project_cards(list.lang, projects.iter().copied()),
            );
            let indicators: Vec<_> = indicators.iter().map(|i| views.indicator_card(i)).collect();
            page.insert("indicators", &indicators);
            context
                .page(
                    list.template,
                    &page,
                    &path,
                    format!("{} page {n}", list.origin),
                )
                .map(|file| file.in_sitemap(&path, alternates, newest))
        })
        .collect()
}
