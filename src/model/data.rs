//! The site's data: development projects, progress indicators and partner organisations, each
//! checked where it is written, then every id one file names checked against the others.

pub(crate) mod currency;
pub(crate) mod indicator;
mod merge;
pub(crate) mod partner;
pub(crate) mod period;
pub(crate) mod plausible;
pub(crate) mod project;
mod sdg_names;
pub(crate) mod series;

use std::collections::BTreeMap;
use std::path::PathBuf;

use jiff::civil::Date;
use rayon::prelude::*;
use serde_saphyr::Spanned;

use super::fields::At;
use crate::config::Config;
use crate::diagnostic::{Diagnostic, Diagnostics, Position, nearest};
use crate::load::{DataFile, DataSources};
use crate::localized::LocalizedText;
use crate::markdown::shortcodes::Shortcode;
use crate::said;
use crate::yaml::{self, Block};
pub(crate) use indicator::Indicator;
pub(crate) use partner::Partner;
pub(crate) use project::Project;

/// Everything in the data files, sorted by id.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Data {
    pub projects: Vec<Project>,
    pub indicators: Vec<Indicator>,
    pub partners: Vec<Partner>,
    /// Projects and indicators whose file exists but has errors: already reported, so a story
    /// naming one is not reported again.
    pub broken: Vec<(Referred, String)>,
    /// The positions in `projects` of each partner's projects (a partner of thousands of
    /// imported activities is not found by scanning them all for every page).
    by_partner: BTreeMap<String, Vec<usize>>,
}

impl Data {
    /// Which sections the site has (projects, indicators, partners), as the menu shows them.
    pub(crate) fn sections(&self) -> [bool; 3] {
        [
            !self.projects.is_empty(),
            !self.indicators.is_empty(),
            !self.partners.is_empty(),
        ]
    }

    pub(crate) fn project(&self, id: &str) -> Option<&Project> {
        by_id(&self.projects, id, |p| &p.id)
    }

    pub(crate) fn indicator(&self, id: &str) -> Option<&Indicator> {
        by_id(&self.indicators, id, |i| &i.id)
    }

    pub(crate) fn partner(&self, id: &str) -> Option<&Partner> {
        by_id(&self.partners, id, |p| &p.id)
    }

    /// The projects of `ids` that exist, in the order written (an unknown id is reported when
    /// the data is checked, and left out here).
    pub(crate) fn projects_named<'d>(
        &'d self,
        ids: &'d [String],
    ) -> impl Iterator<Item = &'d Project> + 'd {
        ids.iter().filter_map(|id| self.project(id))
    }

    /// The indicators of `ids` that exist, in the order written.
    pub(crate) fn indicators_named<'d>(
        &'d self,
        ids: &'d [String],
    ) -> impl Iterator<Item = &'d Indicator> + 'd {
        ids.iter().filter_map(|id| self.indicator(id))
    }

    /// The partners of `ids` that exist, in the order written.
    pub(crate) fn partners_named<'d>(
        &'d self,
        ids: &'d [String],
    ) -> impl Iterator<Item = &'d Partner> + 'd {
        ids.iter().filter_map(|id| self.partner(id))
    }

    /// The projects `partner` takes part in, in id order.
    pub(crate) fn projects_of(&self, partner: &str) -> impl Iterator<Item = &Project> {
        self.by_partner
            .get(partner)
            .into_iter()
            .flatten()
            .map(|index| &self.projects[*index])
    }

    /// Whether `id` names something of that kind (or a file of it that has errors).
    fn knows(&self, what: Referred, id: &str) -> bool {
        let defined = match what {
            Referred::Project => self.project(id).is_some(),
            Referred::Indicator => self.indicator(id).is_some(),
            Referred::Partner => self.partner(id).is_some(),
        };
        defined || self.broken.iter().any(|(w, i)| *w == what && i == id)
    }

    fn ids(&self, what: Referred) -> Vec<&str> {
        match what {
            Referred::Project => self.projects.iter().map(|p| p.id.as_str()).collect(),
            Referred::Indicator => self.indicators.iter().map(|i| i.id.as_str()).collect(),
            Referred::Partner => self.partners.iter().map(|p| p.id.as_str()).collect(),
        }
    }
}

/// The item with `id` in `items`, sorted by id.
fn by_id<'a, T>(items: &'a [T], id: &str, id_of: impl Fn(&T) -> &String) -> Option<&'a T> {
    items
        .binary_search_by(|item| id_of(item).as_str().cmp(id))
        .ok()
        .map(|index| &items[index])
}

/// What an id names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Referred {
    Project,
    Indicator,
    Partner,
}

/// An id written in a file, kept with its place until every data file is read.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Reference {
    pub what: Referred,
    pub id: String,
    pub path: PathBuf,
    pub position: Position,
}

impl Reference {
    /// The data a shortcode shows, if it shows data.
    pub(crate) fn to_shortcode(
        shortcode: &Shortcode,
        path: &std::path::Path,
        position: &Position,
    ) -> Option<Self> {
        let (what, id) = match shortcode {
            Shortcode::Indicator { id, .. } => (Referred::Indicator, id),
            Shortcode::Project { id } => (Referred::Project, id),
            Shortcode::Image { .. } | Shortcode::Figure { .. } => return None,
        };
        Some(Reference {
            what,
            id: id.clone(),
            path: path.to_path_buf(),
            position: position.clone(),
        })
    }
}

/// The references of a list of ids written at `at`.
pub(crate) fn references(
    at: &At<'_>,
    what: Referred,
    values: &[Spanned<String>],
) -> Vec<Reference> {
    values
        .iter()
        .map(|value| Reference {
            what,
            id: value.value.clone(),
            path: at.path.to_path_buf(),
            position: Position::new(
                at.text,
                value.referenced.line() as usize + at.line_offset,
                value.referenced.column() as usize,
            ),
        })
        .collect()
}

/// Reads every data file; the ids the files name are returned for [`check_references`].
/// `today` is the build's day, against which project statuses and dates are compared.
pub(crate) fn assemble(
    config: &Config,
    sources: &DataSources,
    today: Date,
    problems: &mut Diagnostics,
) -> (Data, Vec<Reference>) {
    let mut references = Vec::new();
    // Files are checked in parallel; results are gathered in file order.
    let checked_projects: Vec<_> = sources
        .projects
        .par_iter()
        .map(|file| {
            let (mut found, mut refs) = (Diagnostics::default(), Vec::new());
            let project = project::yaml::assemble(config, file, today, &mut refs, &mut found);
            (file, project, refs, found)
        })
        .collect();
    let imported: Vec<_> = sources
        .iati
        .par_iter()
        .map(|file| {
            let mut found = Diagnostics::default();
            (project::activities(config, file, &mut found), found)
        })
        .collect();
    let checked_indicators: Vec<_> = sources
        .indicators
        .par_iter()
        .map(|file| {
            let (mut found, mut refs) = (Diagnostics::default(), Vec::new());
            let files = indicator::Files {
                yaml: file,
                csv: sources.series.iter().find(|csv| csv.id == file.id),
                meta: sources.meta.iter().find(|meta| meta.id == file.id),
            };
            let indicator = indicator::assemble(config, &files, &mut refs, &mut found);
            (file, indicator, refs, found)
        })
        .collect();
    let mut broken = Vec::new();
    let mut projects = Vec::new();
    let mut additions = Vec::new();
    for (file, written, refs, found) in checked_projects {
        problems.extend(found);
        references.extend(refs);
        match written {
            Some(project::yaml::Written::Project(project)) => projects.push(*project),
            Some(project::yaml::Written::Addition(addition)) => additions.push(*addition),
            None => broken.push((Referred::Project, file.id.clone())),
        }
    }
    let mut activities = Vec::new();
    for (read, found) in imported {
        problems.extend(found);
        activities.extend(read);
    }
    let mut indicators = Vec::new();
    for (file, indicator, refs, found) in checked_indicators {
        problems.extend(found);
        references.extend(refs);
        match indicator {
            Some(indicator) => indicators.push(indicator),
            None => broken.push((Referred::Indicator, file.id.clone())),
        }
    }
    let (mut partners, unreadable) = sources
        .partners
        .as_ref()
        .map(|file| partner::assemble(config, file, problems))
        .unwrap_or_default();
    broken.extend(unreadable.into_iter().map(|id| (Referred::Partner, id)));
    projects.extend(merge::imported(
        config, activities, additions, &projects, problems,
    ));
    merge::organisations(config, &mut projects, &mut partners);
    // Sorted by id, for lookups by id.
    projects.sort_by(|a: &Project, b| a.id.cmp(&b.id));
    indicators.sort_by(|a: &Indicator, b| a.id.cmp(&b.id));
    partners.sort_by(|a: &Partner, b| a.id.cmp(&b.id));
    let mut by_partner: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (index, project) in projects.iter().enumerate() {
        for partner in &project.partners {
            by_partner.entry(partner.clone()).or_default().push(index);
        }
    }
    let data = Data {
        projects,
        indicators,
        partners,
        broken,
        by_partner,
    };
    (data, references)
}

/// Reports every reference to an id that no data file defines, with the nearest real one.
pub(crate) fn check_references<'r>(
    data: &Data,
    references: impl IntoIterator<Item = &'r Reference>,
    problems: &mut Diagnostics,
) {
    for reference in references {
        if data.knows(reference.what, &reference.id) {
            continue;
        }
        let (what, defined_in) = match reference.what {
            Referred::Project => (
                said!("data-project"),
                format!("content/projects/{}.yaml", reference.id),
            ),
            Referred::Indicator => (
                said!("data-indicator"),
                format!("content/indicators/{}.yaml", reference.id),
            ),
            Referred::Partner => (said!("data-partner"), "content/partners.yaml".to_owned()),
        };
        let hint = match nearest(&reference.id, data.ids(reference.what)) {
            Some(best) => said!("D001-did-you-mean", best = best),
            None => said!("D001-define", file = defined_in),
        };
        problems.push(
            Diagnostic::error_said(
                &reference.path,
                said!("D001", what = what, id = &reference.id),
            )
            .at_position(reference.position.clone())
            .with_hint_said(hint),
        );
    }
}

/// `file` read as `T`, with its place for later messages; problems reported, `None` returned.
pub(crate) fn read_file<'f, T: serde::de::DeserializeOwned>(
    file: &'f DataFile,
    problems: &mut Diagnostics,
) -> Option<(T, At<'f>)> {
    let raw = yaml::parse(&file.path, Block::whole_file(&file.text))
        .map_err(|found| problems.extend(found))
        .ok()?;
    Some((raw, file_at(file)))
}

/// Where problems in the data file `file` are pointed at.
pub(crate) fn file_at(file: &DataFile) -> At<'_> {
    At {
        path: &file.path,
        text: &file.text,
        line_offset: 0,
    }
}

/// Warns when the bilingual text written under `key` lacks a language of the site.
pub(crate) fn check_text(
    at: &At<'_>,
    config: &Config,
    text: &Spanned<LocalizedText>,
    key: &str,
    problems: &mut Diagnostics,
) {
    let missing = text.value.missing(config.language_codes());
    if !missing.is_empty() {
        let said = said!("D002", key = key, languages = missing);
        problems.push(
            at.error_said(text, said.clone(), said.hint())
                .into_warning(),
        );
    }
}

/// A web link: `http://` or `https://` only, so nothing else can hide in an `href`.
pub(crate) fn check_url(
    at: &At<'_>,
    value: &Spanned<String>,
    problems: &mut Diagnostics,
) -> Option<String> {
    let url = value.value.trim();
    let lower = url.to_ascii_lowercase();
    if (lower.starts_with("https://") || lower.starts_with("http://"))
        && !url.contains(char::is_whitespace)
    {
        return Some(url.to_owned());
    }
    let said = said!("D003", url = url);
    problems.push(at.error_said(value, said.clone(), said.hint()));
    None
}
