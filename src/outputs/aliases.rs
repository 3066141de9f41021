//! Redirect pages at old addresses (`aliases:` in front matter), so links from embassies and
//! newspapers keep working after a rename.

use std::path::Path;

use serde::Serialize;
use tera::Context;

use super::{BuildContext, Generator, OutputFile, gather};
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::model::alias::alias_file;
use crate::model::changes::Inputs;
use crate::model::{Reason, Site, Withheld};
use crate::urls;

pub(crate) struct Aliases;

#[derive(Serialize)]
struct Redirect<'a> {
    lang: &'a str,
    url: String,
    absolute_url: String,
    title: &'a str,
}

impl Generator for Aliases {
    fn name(&self) -> &'static str {
        "aliases"
    }

    fn reads(&self) -> Inputs {
        Inputs::STORY_OUTLINE.and(Inputs::PAGES)
    }

    fn generate(&self, context: &BuildContext<'_>) -> Result<Vec<OutputFile>, Diagnostics> {
        let site = context.site;
        // (alias, language, target path, title, source file)
        let mut targets: Vec<(&str, &str, String, &str, &Path)> = Vec::new();
        for story in &site.stories {
            for t in &story.translations {
                for alias in &t.aliases {
                    targets.push((
                        alias,
                        &t.lang,
                        urls::story(&t.lang, &story.slug),
                        &t.title,
                        &t.source,
                    ));
                }
            }
        }
        for page in &site.pages {
            for t in &page.translations {
                for alias in &t.aliases {
                    targets.push((
                        alias,
                        &t.lang,
                        urls::page(&t.lang, &page.slug),
                        &t.title,
                        &t.source,
                    ));
                }
            }
        }
        let results = targets
            .into_iter()
            .filter_map(|(alias, lang, target, title, source)| {
                let file = alias_file(alias).ok()?;
                if let Some(held) = held_back_at(site, &file) {
                    return Some(Err(taken(alias, held, source)));
                }
                let mut page = Context::new();
                page.insert(
                    "redirect",
                    &Redirect {
                        lang,
                        url: site.config.link(&target),
                        absolute_url: site.config.absolute(&target),
                        title,
                    },
                );
                Some(context.renderer.render("redirect.html", &page).map(|html| {
                    OutputFile::new(file, html, format!("alias {alias}")).with_source(source)
                }))
            })
            .collect();
        gather(results)
    }
}

/// The story translation held back now (a draft, or under embargo) whose address holds `file`:
/// its address is reserved, or an alias would take it and the build would fail the day the
/// story is published.
fn held_back_at<'s>(site: &'s Site, file: &str) -> Option<&'s Withheld> {
    site.withheld.iter().find(|held| {
        let page = urls::file_for(&urls::story(&held.lang, &held.slug));
        let folder = page.trim_end_matches("index.html");
        file.starts_with(folder)
    })
}

fn taken(alias: &str, held: &Withheld, source: &Path) -> Diagnostic {
    let when = match &held.reason {
        Reason::Draft => crate::said!("O001-draft"),
        Reason::Embargo { until, .. } => crate::said!("O001-embargo", until = until),
    };
    Diagnostic::error_said(
        source,
        crate::said!(
            "O001",
            alias = alias,
            slug = &held.slug,
            lang = &held.lang,
            when = when,
        ),
    )
}
