//! Who lists what: the published stories of each language, newest first, and the stories of
//! every taxonomy term. Computed once per build and read by the list and term generators.

use std::collections::{BTreeMap, HashMap};

use crate::model::data::{Indicator, Project, Referred};
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
    /// The projects and indicators filed under the term (every language has them all).
    pub projects: Vec<&'a Project>,
    pub indicators: Vec<&'a Indicator>,
}

pub(crate) struct Listing<'a> {
    by_language: BTreeMap<&'a str, Vec<Entry<'a>>>,
    /// The stories naming each partner, project and indicator, by language, newest first.
    naming: HashMap<&'a str, HashMap<Referred, HashMap<&'a str, Vec<Entry<'a>>>>>,
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
        // Thousands of stories share a few hundred terms: each key is worked out once.
        let mut keys: HashMap<(Taxonomy, &str), String> = HashMap::new();
        for (lang, entries) in &by_language {
            let by_taxonomy = terms.entry(lang).or_default();
            for entry in entries {
                let t = entry.1;
                let ids = t.terms();
                for (taxonomy, ids) in ids {
                    let map = by_taxonomy.entry(taxonomy).or_default();
                    for id in ids {
                        let key = keys
                            .entry((taxonomy, id))
                            .or_insert_with(|| term_key(taxonomy, id));
                        let term = map.entry(key.clone()).or_insert_with(|| Term {
                            id,
                            written_in: &t.tags_lang,
                            stories: Vec::new(),
                            projects: Vec::new(),
                            indicators: Vec::new(),
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
        for language in &site.config.languages {
            let by_taxonomy = terms.entry(&language.code).or_default();
            let data = &site.data;
            for project in &data.projects {
                for (taxonomy, id) in
                    data_terms(&project.sectors, project.country_codes(), &project.sdgs)
                {
                    term_of(by_taxonomy, taxonomy, id, &language.code)
                        .projects
                        .push(project);
                }
            }
            for indicator in &data.indicators {
                for (taxonomy, id) in data_terms(
                    &indicator.sectors,
                    indicator.countries.iter().map(String::as_str),
                    &indicator.sdgs,
                ) {
                    term_of(by_taxonomy, taxonomy, id, &language.code)
                        .indicators
                        .push(indicator);
                }
            }
        }
        let mut naming: HashMap<&str, HashMap<Referred, HashMap<&str, Vec<Entry<'a>>>>> =
            HashMap::new();
        for (lang, entries) in &by_language {
            for entry in entries {
                let t = entry.1;
                for (what, ids) in [
                    (Referred::Partner, &t.partners),
                    (Referred::Project, &t.projects),
                    (Referred::Indicator, &t.indicators),
                ] {
                    for id in ids {
                        naming
                            .entry(lang)
                            .or_default()
                            .entry(what)
                            .or_default()
                            .entry(id)
                            .or_default()
                            .push(*entry);
                    }
                }
            }
        }
        Listing {
            by_language,
            naming,
            terms,
        }
    }

    /// The stories published in `lang` that name the partner, project or indicator `id`,
    /// newest first.
    pub(crate) fn naming(&self, lang: &str, what: Referred, id: &str) -> &[Entry<'a>] {
        self.naming
            .get(lang)
            .and_then(|kinds| kinds.get(&what))
            .and_then(|ids| ids.get(id))
            .map_or(&[], Vec::as_slice)
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

    /// Whether `lang` has a page for the term `id` (stories, projects or indicators under it).
    pub(crate) fn has_term(&self, lang: &str, taxonomy: Taxonomy, id: &str) -> bool {
        self.terms
            .get(lang)
            .and_then(|t| t.get(&taxonomy))
            .is_some_and(|m| m.contains_key(&term_key(taxonomy, id)))
    }
}

/// The term `id` of `taxonomy`, added when new.
fn term_of<'t, 'a>(
    by_taxonomy: &'t mut BTreeMap<Taxonomy, BTreeMap<String, Term<'a>>>,
    taxonomy: Taxonomy,
    id: &'a str,
    lang: &'a str,
) -> &'t mut Term<'a> {
    by_taxonomy
        .entry(taxonomy)
        .or_default()
        .entry(term_key(taxonomy, id))
        .or_insert_with(|| Term {
            id,
            written_in: lang,
            stories: Vec::new(),
            projects: Vec::new(),
            indicators: Vec::new(),
        })
}

/// The terms a project or an indicator is filed under.
fn data_terms<'a>(
    sectors: &'a [String],
    countries: impl Iterator<Item = &'a str>,
    goals: &[u8],
) -> Vec<(Taxonomy, &'a str)> {
    let mut all: Vec<(Taxonomy, &'a str)> = Vec::new();
    all.extend(sectors.iter().map(|s| (Taxonomy::Sectors, s.as_str())));
    all.extend(countries.map(|c| (Taxonomy::Countries, c)));
    all.extend(
        goals
            .iter()
            .filter_map(|n| crate::model::places::goal(i64::from(*n)))
            .map(|g| (Taxonomy::Sdgs, g.id)),
    );
    all
}
