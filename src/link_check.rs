//! Checks every link a writer put in a body against the built site: the page must exist and,
//! for `#heading` links, carry that id. Runs after the outputs are generated, so it checks what
//! is really published (a link to a draft or to a missing translation is caught).

use std::collections::BTreeSet;
use std::path::Path;

use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::markdown::InternalLink;
use crate::model::{Reason, Site};
use crate::outputs::OutputTree;
use crate::urls;

/// Problems with the links of every published story and page.
pub fn check(site: &Site, tree: &OutputTree) -> Diagnostics {
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
    let Some(file) = candidates.iter().find(|f| tree.get(f).is_some()) else {
        return Some(nowhere(site, source, path).at_position(link.position.clone()));
    };
    let fragment = fragment.filter(|f| !f.is_empty())?;
    let wanted = urls::percent_decode(fragment);
    let html = String::from_utf8_lossy(tree.get(file).unwrap_or_default());
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
        Diagnostic::error(
            source,
            format!("the page {path} has no heading `#{wanted}`"),
        )
        .at_position(link.position.clone())
        .with_hint(if headings.is_empty() {
            "remove the `#...` part of the link".to_owned()
        } else {
            format!("the anchors there are: {}", headings.join(", "))
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
        let story = format!("the story `{}` ({})", held.slug, held.lang);
        return match &held.reason {
            Reason::Draft => Diagnostic::error(
                source,
                format!("the link to {path} leads to {story}, which is a draft and is not published"),
            )
            .with_hint("publish that story first (remove its `draft: true`), or take the link out until then"),
            Reason::Embargo { until, .. } => Diagnostic::error(
                source,
                format!("the link to {path} leads to {story}, which is under embargo until {until}"),
            )
            .with_hint("take the link out until then, or give this story the same `embargo:` so both are published together"),
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
        return Diagnostic::error(
            source,
            format!(
                "the link to {path} leads to no page: the story `{}` is not written in {missing}",
                story.slug
            ),
        )
        .with_hint(format!(
            "link to its {lang} page, {}, or add its {missing} translation",
            urls::story(lang, &story.slug)
        ));
    }
    let file_name = path.rsplit('/').next().unwrap_or_default();
    if file_name.starts_with("index.") && file_name.ends_with(".md") {
        return Diagnostic::error(
            source,
            format!("the link to {path} leads to a story's text file, which is not published"),
        )
        .with_hint(format!(
            "link to the story's address: write the same link without `{file_name}` at the end, like ../other-story/"
        ));
    }
    Diagnostic::error(
        source,
        format!("the link to {path} leads to no page of the site"),
    )
    .with_hint("check the address; a story in one language only has no page in the other")
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
