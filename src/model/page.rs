//! Standalone pages (about, contact): a title, a body, a place in the menu.

use std::path::PathBuf;

use super::Visibility;
use super::fields::{self, At};
use super::unfinished::{self, Written};
use crate::config::Config;
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::load::PageSource;
use crate::load::front_matter::{self, RawPage};
use crate::markdown::{self, InternalLink, LinkContext};
use crate::model::data::{Data, Reference, check_references};

#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Page {
    pub slug: String,
    /// Menu position, from the default language's file.
    pub weight: i64,
    pub translations: Vec<PageTranslation>,
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) struct PageTranslation {
    pub lang: String,
    pub title: String,
    pub summary: Option<String>,
    pub body_html: String,
    pub aliases: Vec<String>,
    pub source: PathBuf,
    /// Shown only because drafts were asked for: never indexed for search.
    pub draft: bool,
    /// Links from the body to other pages of the site, checked once the site is built.
    pub links: Vec<InternalLink>,
}

impl Page {
    pub(crate) fn translation(&self, lang: &str) -> Option<&PageTranslation> {
        self.translations.iter().find(|t| t.lang == lang)
    }
}

pub(crate) fn assemble(
    config: &Config,
    data: &Data,
    source: PageSource,
    visibility: Visibility,
    problems: &mut Diagnostics,
) -> Option<Page> {
    let mut translations = Vec::new();
    let mut weight = None;
    let mut files = source.files;
    files.sort_by_key(|f| config.languages.iter().position(|l| l.code == f.lang));
    for file in &files {
        let Some((raw, split)) = front_matter::read::<RawPage>(file, problems) else {
            continue;
        };
        let at = At {
            path: &file.path,
            text: &file.text,
            line_offset: 1,
        };
        let aliases = fields::aliases(&at, raw.aliases, problems);
        let Some(title) = raw
            .title
            .map(|t| t.value.trim().to_owned())
            .filter(|t| !t.is_empty())
        else {
            problems.push(
                Diagnostic::error_said(&file.path, crate::said!("P001")).at(&file.text, 2, 1),
            );
            continue;
        };
        let rendered = markdown::render_body(
            file,
            &split,
            &LinkContext {
                base_path: &config.base_path,
                page_path: crate::urls::page(&file.lang, &source.slug),
                assets: None,
            },
            config.allow_html,
            problems,
        );
        let references: Vec<Reference> = rendered
            .shortcodes
            .iter()
            .filter_map(|(shortcode, position)| {
                Reference::to_shortcode(shortcode, &file.path, position)
            })
            .collect();
        check_references(data, &references, problems);
        weight.get_or_insert(raw.weight);
        if raw.draft && !visibility.drafts {
            continue;
        }
        let severity = unfinished::severity(visibility);
        for placeholder in
            unfinished::placeholders(Written::Page, &file.path, &file.text, &title, severity)
        {
            problems.push(placeholder);
        }
        translations.push(PageTranslation {
            lang: file.lang.clone(),
            title,
            summary: raw
                .summary
                .map(|s| s.trim().to_owned())
                .filter(|s| !s.is_empty()),
            body_html: rendered.html,
            links: rendered.internal_links,
            aliases,
            source: file.path.clone(),
            draft: raw.draft,
        });
    }
    if translations.is_empty() {
        return None;
    }
    Some(Page {
        slug: source.slug,
        weight: weight.unwrap_or(0),
        translations,
    })
}
