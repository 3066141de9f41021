//! The search page `/{l}/search/` and its index `/search/{l}/`: stories, pages, projects and
//! indicators of the language, never drafts or stories under embargo (even in a preview).

use std::collections::BTreeSet;
use std::sync::Arc;

use rayon::prelude::*;
use serde::Serialize;

use super::{BuildContext, Generator, OutputFile, Remade, gather};
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::localized::LocalizedText;
use crate::model::changes::{Inputs, TranslationId};
use crate::render::Locale;
use crate::render::views::{Text, ViewBuilder};
use crate::search::index::{self, Document};
use crate::urls::{self, Taxonomy};

pub(crate) struct Search;

impl Generator for Search {
    fn name(&self) -> &'static str {
        "search"
    }

    fn reads(&self) -> Inputs {
        Inputs::STORIES
            .and(Inputs::PAGES)
            .and(Inputs::DATA)
            .and(Inputs::CHROME)
    }

    fn generate(&self, context: &BuildContext<'_>) -> Result<Vec<OutputFile>, Diagnostics> {
        let results: Vec<Vec<Result<OutputFile, Diagnostic>>> = context
            .renderer
            .locales()
            .par_iter()
            .map(|locale| {
                let mut files: Vec<Result<OutputFile, Diagnostic>> =
                    index_files(context, locale).into_iter().map(Ok).collect();
                files.push(page(context, locale));
                files
            })
            .collect();
        gather(results.into_iter().flatten().collect())
    }

    /// The index of each language with an edited text, whole: words may have come or gone, so
    /// its parts are made again and those no longer made go.
    fn regenerate_texts(
        &self,
        context: &BuildContext<'_>,
        edited: &BTreeSet<TranslationId>,
    ) -> Option<Result<Remade, Diagnostics>> {
        let languages: BTreeSet<&str> = edited.iter().map(|(_, lang)| lang.as_str()).collect();
        let locales: Vec<&Locale> = context
            .renderer
            .locales()
            .iter()
            .filter(|l| languages.contains(l.language.code.as_str()))
            .collect();
        Some(Ok(Remade {
            files: locales
                .par_iter()
                .flat_map_iter(|locale| index_files(context, locale))
                .collect(),
            folders: locales
                .iter()
                .map(|locale| index_folder(&locale.language.code))
                .collect(),
        }))
    }
}

/// The folder of the search index of `lang`.
fn index_folder(lang: &str) -> String {
    format!("search/{lang}/")
}

/// The files of the search index of `locale`'s language.
fn index_files(context: &BuildContext<'_>, locale: &Locale) -> Vec<OutputFile> {
    let lang = locale.language.code.as_str();
    let documents = documents(context, locale);
    index::build(lang, &documents, context.words)
        .into_iter()
        .map(|(name, bytes)| {
            OutputFile::new(
                format!("{}{name}", index_folder(lang)),
                bytes,
                format!("search index ({lang})"),
            )
        })
        .collect()
}

/// A story in the page's fallback list.
#[derive(Serialize)]
struct Listed {
    title: String,
    url: String,
    date: String,
    date_iso: String,
}

fn page(context: &BuildContext<'_>, locale: &Locale) -> Result<OutputFile, Diagnostic> {
    let config = &context.site.config;
    let lang = locale.language.code.as_str();
    let views = ViewBuilder { config, locale };
    let mut page = context.frame_everywhere(
        lang,
        urls::search,
        locale.text("search").to_owned(),
        None,
        None,
    );
    let stories: Vec<Listed> = context
        .listing
        .stories(lang)
        .iter()
        .map(|(story, translation)| {
            let (date, date_iso) = views.date(translation);
            Listed {
                title: translation.title.clone(),
                url: views.link(&urls::story(lang, &story.slug)),
                date,
                date_iso,
            }
        })
        .collect();
    page.context.insert("stories", &stories);
    page.context
        .insert("index_url", &views.link(&format!("/search/{lang}/")));
    page.context.insert("search_script", &context.search_script);
    context.render_everywhere("search.html", page, format!("search page ({lang})"))
}

/// Everything a reader of `locale`'s language can find.
fn documents(context: &BuildContext<'_>, locale: &Locale) -> Vec<Document> {
    let site = context.site;
    let config = &site.config;
    let lang = locale.language.code.as_str();
    let views = ViewBuilder { config, locale };
    let text = |value: &LocalizedText| Text::of(value, config, lang).text.to_owned();
    let mut documents = Vec::new();
    for (story, translation) in context.listing.stories(lang) {
        if translation.draft || site.visibility.under_embargo(translation.embargo) {
            continue;
        }
        let mut terms: Vec<String> = Vec::new();
        for (taxonomy, ids) in [
            (Taxonomy::Sectors, &translation.sectors),
            (Taxonomy::Countries, &translation.countries),
        ] {
            terms.extend(
                ids.iter()
                    .map(|id| views.term(taxonomy, id).name.text.to_owned()),
            );
        }
        terms.extend(translation.tags.iter().cloned());
        documents.push(Document {
            url: views.link(&urls::story(lang, &story.slug)),
            title: translation.title.clone(),
            summary: translation.summary.clone(),
            kind: locale.text("story").to_owned(),
            date: Some(views.date(translation).0),
            fields: vec![
                (translation.title.clone(), 8),
                (translation.summary.clone().unwrap_or_default(), 4),
                (terms.join(" "), 3),
            ],
            body: Some(Arc::clone(&translation.body_html)),
        });
    }
    for item in &site.pages {
        let Some(translation) = item.translation(lang).filter(|t| !t.draft) else {
            continue;
        };
        documents.push(Document {
            url: views.link(&urls::page(lang, &item.slug)),
            title: translation.title.clone(),
            summary: translation.summary.clone(),
            kind: locale.text("page_kind").to_owned(),
            date: None,
            fields: vec![
                (translation.title.clone(), 8),
                (translation.summary.clone().unwrap_or_default(), 4),
            ],
            body: Some(Arc::from(translation.body_html.as_str())),
        });
    }
    for project in &site.data.projects {
        let card = views.project_card(project);
        let places: Vec<&str> = card.countries.iter().map(|c| c.name.text).collect();
        documents.push(Document {
            url: card.url.clone(),
            title: card.title.text.to_owned(),
            summary: card.summary.as_ref().map(|s| s.text.to_owned()),
            kind: locale.text("project").to_owned(),
            date: card.period.clone(),
            fields: vec![
                (card.title.text.to_owned(), 8),
                (
                    card.summary
                        .as_ref()
                        .map(|s| s.text.to_owned())
                        .unwrap_or_default(),
                    4,
                ),
                (places.join(" "), 3),
            ],
            body: None,
        });
    }
    for indicator in &site.data.indicators {
        let title = text(&indicator.title);
        let description = indicator.description.as_ref().map(text);
        documents.push(Document {
            url: views.link(&urls::indicator(lang, &indicator.id)),
            title: title.clone(),
            summary: description.clone(),
            kind: locale.text("indicator").to_owned(),
            date: None,
            fields: vec![
                (title, 8),
                (description.unwrap_or_default(), 4),
                (
                    indicator.main_unit().as_ref().map(text).unwrap_or_default(),
                    2,
                ),
            ],
            body: None,
        });
    }
    documents
}
