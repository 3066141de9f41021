//! Checks every link a writer put in a body against the built site: the page must exist and,
//! for `#heading` links, carry that id. Runs after the outputs are generated, so it checks what
//! is really published (a link to a draft or to a missing translation is caught).

use std::collections::BTreeSet;
use std::path::Path;

use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::markdown::InternalLink;
use crate::model::{Reason, Site};
use crate::outputs::OutputTree;
use crate::said;
use crate::urls;

/// Problems with the links of every published story and page.
pub(crate) fn check(site: &Site, tree: &OutputTree) -> Diagnostics {
    let mut problems = Diagnostics::default();
    let bodies = site
        .stories
        .iter()
        .flat_map(|s| {
            s.translations
                .iter()
                .map(|t| (t.source.as_path(), &t.links))
        })
        .chain(site.pages.iter().flat_map(|p| {
            p.translations
                .iter()
                .map(|t| (t.source.as_path(), &t.links))
        }));
    for (source, links) in bodies {
        for link in links {
            if let Some(problem) = check_link(tree, site, source, link) {
                problems.push(problem);
            }
        }
    }
    problems
}

fn check_link(
    tree: &OutputTree,
    site: &Site,
    source: &Path,
    link: &InternalLink,
) -> Option<Diagnostic> {
    let (path, fragment) = link
        .target
        .split_once('#')
        .map_or((link.target.as_str(), None), |(p, f)| (p, Some(f)));
    let path = path.split('?').next().unwrap_or(path);
    let candidates = [urls::file_for(path), urls::file_for(&format!("{path}/"))];
    let Some(file) = candidates.iter().find(|f| tree.contains(f)) else {
        return Some(nowhere(site, source, path).at_position(link.position.clone()));
    };
    let fragment = fragment.filter(|f| !f.is_empty())?;
    let wanted = urls::percent_decode(fragment);
    let html = tree.get(file).unwrap_or_default();
    let html = String::from_utf8_lossy(&html);
    let ids = ids_in(&html);
    if ids.contains(wanted.as_str()) {
        return None;
    }
    let headings: Vec<&str> = ids
        .iter()
        .copied()
        .filter(|id| !id.starts_with("feeds-") && *id != "main")
        .take(12)
        .collect();
    Some(
        Diagnostic::error_said(source, said!("L001", path = path, wanted = wanted))
            .at_position(link.position.clone())
            .with_hint_said(if headings.is_empty() {
                said!("L001-remove")
            } else {
                said!("L001-anchors", list = headings)
            }),
    )
}

/// Every `id="..."` in a page.
/// Why a link leads to no page, said for what it was meant to reach: a story held back, a
/// story's text file, or an address that does not exist.
fn nowhere(site: &Site, source: &Path, path: &str) -> Diagnostic {
    let wanted = format!("{}/", path.trim_end_matches('/'));
    if let Some(held) = site
        .withheld
        .iter()
        .find(|held| urls::story(&held.lang, &held.slug) == wanted)
    {
        let (slug, lang) = (held.slug.as_str(), held.lang.as_str());
        return match &held.reason {
            Reason::Draft => {
                Diagnostic::error_said(source, said!("L002", path = path, slug = slug, lang = lang))
            }
            Reason::Embargo { until, .. } => Diagnostic::error_said(
                source,
                said!("L003", path = path, slug = slug, lang = lang, until = until),
            ),
        };
    }
    let elsewhere = site.stories.iter().find_map(|story| {
        let lang = story
            .translations
            .iter()
            .map(|t| t.lang.as_str())
            .find(|lang| urls::story(lang, &story.slug) != wanted)?;
        site.config
            .language_codes()
            .find(|code| urls::story(code, &story.slug) == wanted)
            .map(|missing| (story, missing, lang))
    });
    if let Some((story, missing, lang)) = elsewhere {
        return Diagnostic::error_said(
            source,
            said!(
                "L004",
                path = path,
                slug = &story.slug,
                missing = missing,
                lang = lang,
                address = urls::story(lang, &story.slug),
            ),
        );
    }
    let file_name = path.rsplit('/').next().unwrap_or_default();
    if file_name.starts_with("index.") && file_name.ends_with(".md") {
        return Diagnostic::error_said(source, said!("L005", path = path, file = file_name));
    }
    Diagnostic::error_said(source, said!("L006", path = path))
}

fn ids_in(html: &str) -> BTreeSet<&str> {
    let mut ids = BTreeSet::new();
    let mut rest = html;
    while let Some(at) = rest.find(" id=\"") {
        rest = &rest[at + 5..];
        if let Some(end) = rest.find('"') {
            ids.insert(&rest[..end]);
            rest = &rest[end..];
        }
    }
    ids
}
