//! Standalone pages (about, contact) at `/{l}/<slug>/`.

use rayon::prelude::*;
use serde::Serialize;

use super::chrome::PageInfo;
use super::shortcodes::{self, Target};
use super::{BuildContext, Generator, OutputFile, gather};
use crate::diagnostic::Diagnostics;
use crate::model::changes::Inputs;
use crate::urls;

pub(crate) struct StandalonePages;

#[derive(Serialize)]
struct PageView<'a> {
    title: &'a str,
    summary: Option<&'a str>,
    body: &'a str,
}

impl Generator for StandalonePages {
    fn name(&self) -> &'static str {
        "standalone pages"
    }

    fn reads(&self) -> Inputs {
        Inputs::PAGES.and(Inputs::CHROME)
    }

    fn generate(&self, context: &BuildContext<'_>) -> Result<Vec<OutputFile>, Diagnostics> {
        let results = context
            .site
            .pages
            .par_iter()
            .flat_map_iter(|page| page.translations.iter().map(move |t| (page, t)))
            .map(|(item, translation)| {
                let lang = translation.lang.as_str();
                let path = urls::page(lang, &item.slug);
                let translations: Vec<(String, String)> = item
                    .translations
                    .iter()
                    .map(|t| (t.lang.clone(), urls::page(&t.lang, &item.slug)))
                    .collect();
                let alternates = translations.clone();
                let mut page = context.frame(PageInfo {
                    lang,
                    path: &path,
                    title: translation.title.clone(),
                    description: translation.summary.clone(),
                    translations,
                    social: None,
                });
                let locale = context.renderer.locale(lang);
                let body = shortcodes::expand(
                    context,
                    locale,
                    &translation.body_html,
                    Target::Page,
                    None,
                )?;
                page.insert(
                    "content",
                    &PageView {
                        title: &translation.title,
                        summary: translation.summary.as_deref(),
                        body: &body,
                    },
                );
                context
                    .page(
                        "page.html",
                        &page,
                        &path,
                        format!("page {} ({lang})", item.slug),
                    )
                    .map(|file| {
                        file.with_source(&translation.source)
                            .in_sitemap(&path, alternates, None)
                    })
            })
            .collect();
        gather(results)
    }
}
