//! Checks every link a writer put in a body against the built site: the page must exist and,
//! for `#heading` links, carry that id. Runs after the outputs are generated, so it checks what
//! is really published (a link to a draft or to a missing translation is caught).

use std::collections::BTreeSet;
use std::path::Path;

use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::markdown::InternalLink;
use crate::model::Site;
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
            if let Some(problem) = check_link(tree, source, link) {
                problems.push(problem);
            }
        }
    }
    problems
}

fn check_link(tree: &OutputTree, source: &Path, link: &InternalLink) -> Option<Diagnostic> {
    let (path, fragment) = link
        .target
        .split_once('#')
        .map_or((link.target.as_str(), None), |(p, f)| (p, Some(f)));
    let path = path.split('?').next().unwrap_or(path);
    let candidates = [urls::file_for(path), urls::file_for(&format!("{path}/"))];
    let Some(file) = candidates.iter().find(|f| tree.get(f).is_some()) else {
        return Some(
            Diagnostic::error(source, format!("the link to {path} leads to no page of the site"))
                .at_position(link.position.clone())
                .with_hint("check the address; a story in one language only has no page in the other, and drafts and embargoed stories are not published"),
        );
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
