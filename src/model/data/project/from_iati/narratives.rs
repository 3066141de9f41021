//! Texts and names in an activity file: narratives by language (a tag's primary language), and
//! the organisations taking part, named by their narratives or their identifier.

use std::collections::BTreeMap;

use super::Reader;
use crate::load::iati::Node;
use crate::localized::LocalizedText;
use crate::model::data::project::{Organisation, Participant, Role};
use crate::said;

impl Reader<'_> {
    /// [`narratives`], with a warning for a language written twice (the first is kept).
    pub(super) fn texts(&mut self, node: &Node, lang: &str) -> Option<LocalizedText> {
        let mut seen = Vec::new();
        for (language, narrative) in languages(node, lang) {
            if seen.contains(&language) {
                self.warn(
                    narrative,
                    said!("A023", language = &language, element = node.name),
                );
            }
            seen.push(language);
        }
        narratives(node, lang)
    }

    pub(super) fn participants(&mut self, activity: &Node, lang: &str) -> Vec<Participant> {
        let mut found = Vec::new();
        for node in activity.children("participating-org") {
            let Some(role) = node.attribute("role").and_then(Role::from_code) else {
                let role = node.attribute("role").unwrap_or("");
                self.warn(node, said!("A024", role = role));
                continue;
            };
            let Some(organisation) = organisation(node, lang) else {
                self.warn(node, said!("A025"));
                continue;
            };
            found.push(Participant {
                organisation,
                role,
                partner: None,
            });
        }
        found
    }
}

/// The texts of `node`'s narratives by language; those naming none are in `lang`.
pub(super) fn narratives(node: &Node, lang: &str) -> Option<LocalizedText> {
    let mut texts = BTreeMap::new();
    for (language, narrative) in languages(node, lang) {
        texts
            .entry(language)
            .or_insert_with(|| narrative.text.clone());
    }
    (!texts.is_empty()).then_some(LocalizedText::PerLanguage(texts))
}

/// The non-empty narratives of `node` with their languages.
fn languages<'n>(node: &'n Node, lang: &str) -> impl Iterator<Item = (String, &'n Node)> {
    node.children("narrative")
        .filter(|n| !n.text.is_empty())
        .map(move |n| {
            (
                n.attribute("xml:lang")
                    .map_or_else(|| lang.to_owned(), primary),
                n,
            )
        })
}

/// A language tag's primary language: narratives in `ar-SA` or `AR` are Arabic (`ar`).
pub(super) fn primary(tag: &str) -> String {
    tag.split(['-', '_'])
        .next()
        .unwrap_or(tag)
        .trim()
        .to_ascii_lowercase()
}

pub(super) fn organisation(node: &Node, lang: &str) -> Option<Organisation> {
    let reference = node.attribute("ref").map(str::to_owned);
    let name = narratives(node, lang).or_else(|| reference.clone().map(LocalizedText::Same))?;
    Some(Organisation {
        reference,
        name,
        kind: node.attribute("type").map(str::to_owned),
    })
}
