//! Standalone pages: `content/pages/<slug>.<lang>.md`, grouped by slug.

use std::path::Path;

use super::file_cache::Kind;
use super::{PageSource, SourceCache, free_slug, read_markdown, sorted_entries};
use crate::config::Config;
use crate::diagnostic::{Diagnostic, Diagnostics, display_path};
use crate::model::slug::is_slug;

pub(super) fn load_pages(
    config: &Config,
    cache: Option<&SourceCache>,
    dir: &Path,
    diagnostics: &mut Diagnostics,
) -> Vec<PageSource> {
    let mut pages: Vec<PageSource> = Vec::new();
    for entry in sorted_entries(config, cache, dir, diagnostics).iter() {
        let name = entry.name.to_string_lossy().into_owned();
        let shown = display_path(&config.root, &entry.path);
        if name.starts_with('.') {
            continue;
        }
        let parsed = name
            .strip_suffix(".md")
            .and_then(|stem| stem.rsplit_once('.'))
            .filter(|_| entry.kind == Kind::File);
        let Some((slug, lang)) = parsed else {
            diagnostics.push(
                Diagnostic::warning(&shown, "this is not a page and is ignored")
                    .with_hint("name pages <slug>.<language>.md, like about.en.md"),
            );
            continue;
        };
        if !is_slug(slug) {
            diagnostics.push(
                Diagnostic::error(
                    &shown,
                    format!("the page name `{slug}` cannot be used in a web address"),
                )
                .with_hint(format!(
                    "rename it `{}.{lang}.md`: lowercase ASCII letters, digits and hyphens",
                    free_slug(slug, |name| entry
                        .path
                        .with_file_name(format!("{name}.{lang}.md"))
                        .exists())
                )),
            );
            continue;
        }
        let Some(file) = read_markdown(config, cache, &entry.path, &shown, lang, diagnostics)
        else {
            continue;
        };
        match pages.last_mut() {
            Some(page) if page.slug == slug => page.files.push(file),
            _ => pages.push(PageSource {
                slug: slug.to_owned(),
                files: vec![file],
            }),
        }
    }
    pages
}
