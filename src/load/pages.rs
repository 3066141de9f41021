//! Standalone pages: `content/pages/<slug>.<lang>.md`, grouped by slug.

use std::path::Path;

use super::file_cache::Kind;
use super::{
    PageSource, SourceCache, free_slug, markdown_name_meant, read_markdown, sorted_entries,
};
use crate::config::Config;
use crate::diagnostic::{Diagnostic, Diagnostics, display_path};
use crate::said;
use crate::slug::is_slug;

/// The name a page's file was meant to have, when `name` has `.txt` after it (as Notepad saves
/// it) or its language in capitals: `about.en.md.txt` and `about.EN.md` are `about.en.md`.
fn misnamed(config: &Config, name: &str) -> Option<String> {
    let (slug, code) = markdown_name_meant(config, name)?;
    let right = format!("{slug}.{code}.md");
    (right != name).then_some(right)
}

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
        if entry.kind == Kind::File
            && let Some(right) = misnamed(config, &name)
        {
            diagnostics.push({
                let problem =
                    Diagnostic::error_said(&shown, said!("N009", name = &name, right = &right));
                if name.to_ascii_lowercase().ends_with(".txt") {
                    problem.with_hint_said(said!("N003-txt", right = &right))
                } else {
                    problem
                }
            });
            continue;
        }
        let parsed = name
            .strip_suffix(".md")
            .and_then(|stem| stem.rsplit_once('.'))
            .filter(|_| entry.kind == Kind::File);
        let Some((slug, lang)) = parsed else {
            diagnostics.push(Diagnostic::warning_said(&shown, said!("N010")));
            continue;
        };
        if !is_slug(slug) {
            diagnostics.push(Diagnostic::error_said(
                &shown,
                said!(
                    "N011",
                    name = slug,
                    suggestion = format!(
                        "{}.{lang}.md",
                        free_slug(slug, |name| entry
                            .path
                            .with_file_name(format!("{name}.{lang}.md"))
                            .exists())
                    )
                ),
            ));
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
