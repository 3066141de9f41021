//! Who lists what: the published stories of each language, newest first, and the stories of
//! every taxonomy term. Computed once per build and read by the list and term generators.

use std::collections::BTreeMap;

use crate::model::{Site, Story, Translation};
use crate::urls::{Taxonomy, term_key};

pub(crate) type Entry<'a> = (&'a Story, &'a Translation);

/// One term with its stories.
pub(crate) struct Term<'a> {
    /// The id as written (sector id, country code, goal number, tag).
    pub id: &'a str,
    /// The language of the first story that used it (for free tags).
    pub written_in: &'a str,
    pub stories: Vec<Entry<'a>>,
}

pub(crate) struct Listing<'a> {
    by_language: BTreeMap<&'a str, Vec<Entry<'a>>>,
    /// Language, then taxonomy, to terms by URL key.
    terms: BTreeMap<&'a str, BTreeMap<Taxonomy, BTreeMap<String, Term<'a>>>>,
}

impl<'a> Listing<'a> {
    pub(crate) fn new(site: &'a Site) -> Self {
        let mut by_language: BTreeMap<&str, Vec<Entry<'a>>> = BTreeMap::new();
        for story in &site.stories {
            for translation in &story.translations {
                by_language
                    .entry(&translation.lang)
                    .or_default()
                    .push((story, translation));
            }
        }
        for entries in by_language.values_mut() {
            entries.sort_by(|a, b| {
                b.1.date
                    .cmp(&a.1.date)
                    .then_with(|| a.0.slug.cmp(&b.0.slug))
            });
        }
        let mut terms: BTreeMap<&str, BTreeMap<Taxonomy, BTreeMap<String, Term<'a>>>> =
            BTreeMap::new();
        for (lang, entries) in &by_language {
            let by_taxonomy = terms.entry(lang).or_default();
            for entry in entries {
                let t = entry.1;
                let ids = t.terms();
                for (taxonomy, ids) in ids {
                    let map = by_taxonomy.entry(taxonomy).or_default();
                    for id in ids {
                        let term = map.entry(term_key(taxonomy, id)).or_insert_with(|| Term {
                            id,
                            written_in: &t.tags_lang,
                            stories: Vec::new(),
                        });
                        // Entries come story by story: a repeated id can only repeat the last.
                        if term
                            .stories
                            .last()
                            .is_none_or(|(s, _)| s.slug != entry.0.slug)
                        {
                            term.stories.push(*entry);
                        }
                    }
                }
            }
        }
        Listing { by_language, terms }
    }

    /// Published stories in `lang`, newest first.
    pub(crate) fn stories(&self, lang: &str) -> &[Entry<'a>] {
        self.by_language.get(lang).map_or(&[], Vec::as_slice)
    }

    /// Terms of `taxonomy` used in `lang`, by URL key.
    pub(crate) fn terms<'s>(
        &'s self,
        lang: &str,
        taxonomy: Taxonomy,
    ) -> impl Iterator<Item = &'s Term<'a>> + use<'s, 'a> {
        self.terms
            .get(lang)
            .and_then(|t| t.get(&taxonomy))
            .into_iter()
            .flat_map(|m| m.values())
    }

    /// Whether `lang` has stories under the term `id`.
    pub(crate) fn has_term(&self, lang: &str, taxonomy: Taxonomy, id: &str) -> bool {
        self.terms
            .get(lang)
            .and_then(|t| t.get(&taxonomy))
            .is_some_and(|m| m.contains_key(&term_key(taxonomy, id)))
    }
}
