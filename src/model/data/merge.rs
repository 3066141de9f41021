//! Imported activities joined with the rest of the site's data: the YAML files that add to
//! them, the projects written in YAML (ids and identifiers must not clash), and the partner
//! directory (organisations merged by their IATI identifier).

use std::collections::BTreeMap;

use super::partner::{Partner, PartnerKind};
use super::project::yaml::Addition;
use super::project::{Imported, Project, from_iati::project_id};
use crate::config::Config;
use crate::diagnostic::{Diagnostic, Diagnostics, nearest};
use crate::localized::LocalizedText;
use crate::messages::Arg;
use crate::said;

/// The imported projects, each with what a YAML file adds to it; clashes reported.
pub(super) fn imported(
    config: &Config,
    activities: Vec<Imported>,
    additions: Vec<Addition>,
    written: &[Project],
    problems: &mut Diagnostics,
) -> Vec<Project> {
    let mut by_identifier: BTreeMap<String, Imported> = BTreeMap::new();
    for activity in activities {
        let Some(identifier) = activity.project.identifier.clone() else {
            continue;
        };
        if let Some(first) = by_identifier.get(&identifier) {
            let said = said!(
                "A045",
                identifier = &identifier,
                file = first.path.display().to_string(),
                line = first.position.line.to_string(),
            );
            problems.push(
                Diagnostic::error_said(&activity.path, said).at_position(activity.position.clone()),
            );
            continue;
        }
        by_identifier.insert(identifier, activity);
    }
    // The file adding to each activity, for a second one naming it.
    let mut added: BTreeMap<String, std::path::PathBuf> = BTreeMap::new();
    for addition in additions {
        if let Some(first) = added.get(&addition.identifier) {
            let said = said!(
                "A046",
                file = first.display().to_string(),
                identifier = &addition.identifier,
            );
            problems.push(
                Diagnostic::error_said(&addition.source, said)
                    .at_position(addition.identifier_at.clone()),
            );
            continue;
        }
        let Some(activity) = by_identifier.get_mut(&addition.identifier) else {
            let same_but_case = by_identifier
                .keys()
                .find(|k| k.eq_ignore_ascii_case(&addition.identifier))
                .map(String::as_str);
            let written_as_id = by_identifier
                .iter()
                .find(|(_, a)| a.project.id == addition.identifier)
                .map(|(k, _)| k.as_str());
            let hint = match same_but_case.or(written_as_id).or_else(|| {
                nearest(
                    &addition.identifier,
                    by_identifier.keys().map(String::as_str),
                )
            }) {
                Some(best) => said!("A047-did-you-mean", best = best),
                None => said!("A047-add-file"),
            };
            problems.push(
                Diagnostic::error_said(
                    &addition.source,
                    said!("A047", identifier = &addition.identifier),
                )
                .at_position(addition.identifier_at.clone())
                .with_hint_said(hint),
            );
            continue;
        };
        added.insert(addition.identifier.clone(), addition.source.clone());
        add(&mut activity.project, addition);
    }
    let mut projects: Vec<Project> = Vec::with_capacity(by_identifier.len());
    let mut ids: BTreeMap<String, (std::path::PathBuf, usize)> = written
        .iter()
        .map(|p| (p.id.clone(), (p.source().to_path_buf(), 0)))
        .collect();
    // Titles missing a language, per IATI file: a file of thousands of activities in one
    // language gets one warning, not thousands.
    let mut untitled: BTreeMap<std::path::PathBuf, Vec<Diagnostic>> = BTreeMap::new();
    for (identifier, activity) in by_identifier {
        let Imported {
            project,
            path,
            position,
        } = activity;
        if project.id.is_empty() {
            problems.push(
                Diagnostic::error_said(&path, said!("A048", identifier = &identifier))
                    .at_position(position.clone()),
            );
            continue;
        }
        if let Some((other, line)) = ids.get(&project.id) {
            let file = other.display().to_string();
            let place = if *line > 0 {
                Arg::from(said!(
                    "iati-file-line",
                    file = file,
                    line = line.to_string()
                ))
            } else {
                Arg::from(file)
            };
            // A YAML file that gave the activity its id is the one to rename.
            let clash = match project.sources.get(1) {
                Some(yaml) => Diagnostic::error_said(
                    yaml,
                    said!(
                        "A049",
                        identifier = &identifier,
                        id = &project.id,
                        place = place
                    ),
                ),
                None => Diagnostic::error_said(
                    &path,
                    said!(
                        "A050",
                        identifier = &identifier,
                        id = &project.id,
                        place = place
                    ),
                )
                .at_position(position.clone()),
            };
            problems.push(clash);
            continue;
        }
        let missing = project.title.missing(config.language_codes());
        if let Some(first_missing) = missing.first().cloned() {
            let warning = match project.sources.get(1) {
                Some(yaml) => Diagnostic::warning_said(
                    yaml,
                    said!("D002", key = "title", languages = missing),
                ),
                None => Diagnostic::warning_said(
                    &path,
                    said!("A051", identifier = &identifier, missing = missing),
                )
                .at_position(position.clone()),
            };
            let hint = said!(
                "A051-add-title",
                id = &project.id,
                identifier = &identifier,
                language = first_missing,
                shown = shown_language(&project.title),
            );
            untitled
                .entry(path.clone())
                .or_default()
                .push(warning.with_hint_said(hint));
        }
        ids.insert(project.id.clone(), (path, position.line));
        projects.push(project);
    }
    for (path, mut warnings) in untitled {
        warnings.sort_by_key(Diagnostic::line);
        if warnings.len() <= MOST_TITLE_WARNINGS {
            warnings.into_iter().for_each(|w| problems.push(w));
            continue;
        }
        let lines: Vec<String> = warnings
            .iter()
            .take(MOST_TITLE_WARNINGS)
            .filter_map(|w| w.line())
            .map(|l| l.to_string())
            .collect();
        problems.push(Diagnostic::warning_said(
            &path,
            said!("A052", count = warnings.len(), lines = lines),
        ));
    }
    projects
}

/// Up to this many activities of one file without a title in a language are reported one by
/// one; more in one message.
const MOST_TITLE_WARNINGS: usize = 5;

fn shown_language(title: &LocalizedText) -> Vec<&str> {
    match title {
        LocalizedText::Same(_) => Vec::new(),
        LocalizedText::PerLanguage(texts) => texts.keys().map(String::as_str).collect(),
    }
}

/// Adds what a YAML file writes to an imported project: its texts win, lists are extended.
fn add(project: &mut Project, addition: Addition) {
    let Addition {
        id,
        identifier: _,
        identifier_at: _,
        title,
        summary,
        sectors,
        sdgs,
        partners,
        documents,
        beneficiaries,
        indicators,
        featured,
        source,
    } = addition;
    project.id = id;
    if let Some(title) = title {
        project.title = overlay(&project.title, title);
    }
    if let Some(summary) = summary {
        project.summary = Some(match &project.summary {
            Some(imported) => overlay(imported, summary),
            None => summary,
        });
    }
    extend(&mut project.sectors, sectors);
    extend(&mut project.sdgs, sdgs);
    project.sdgs.sort_unstable();
    extend(&mut project.partners, partners);
    extend(&mut project.indicators, indicators);
    project.documents.extend(documents);
    project.beneficiaries = beneficiaries.or(project.beneficiaries);
    project.featured |= featured;
    project.sources.push(source);
}

fn extend<T: PartialEq>(list: &mut Vec<T>, more: Vec<T>) {
    for item in more {
        if !list.contains(&item) {
            list.push(item);
        }
    }
}

/// `written` over `imported`, language by language.
fn overlay(imported: &LocalizedText, written: LocalizedText) -> LocalizedText {
    match (imported, written) {
        (LocalizedText::PerLanguage(base), LocalizedText::PerLanguage(mine)) => {
            let mut texts = base.clone();
            texts.extend(mine);
            LocalizedText::PerLanguage(texts)
        }
        (_, written) => written,
    }
}

/// Joins the organisations of imported projects to the partner directory: the partner with
/// the same IATI identifier, else a new partner from the organisation (by identifier, or by
/// name when it has none). The site's own publisher is not its own partner.
pub(super) fn organisations(
    config: &Config,
    projects: &mut [Project],
    partners: &mut Vec<Partner>,
) {
    let publisher = config.publisher.as_ref().map(|p| p.reference.as_str());
    let mut by_key: BTreeMap<String, String> = partners
        .iter()
        .filter_map(|p| Some((p.reference.clone()?, p.id.clone())))
        .collect();
    let mut created: Vec<Partner> = Vec::new();
    // Ids in use, so that a new partner's is found without scanning them all each time.
    let mut taken: std::collections::BTreeSet<String> =
        partners.iter().map(|p| p.id.clone()).collect();
    for project in projects.iter_mut() {
        for participant in project
            .organisations
            .iter_mut()
            .filter(|p| p.partner.is_none())
        {
            let organisation = &participant.organisation;
            if organisation.reference.is_some() && organisation.reference.as_deref() == publisher {
                continue;
            }
            let key = organisation
                .reference
                .clone()
                .unwrap_or_else(|| format!("name:{}", organisation.name.get("en", "en").text));
            let id = by_key.entry(key).or_insert_with(|| {
                let base = organisation
                    .reference
                    .as_deref()
                    .map(project_id)
                    .filter(|id| !id.is_empty())
                    .unwrap_or_else(|| project_id(organisation.name.get("en", "en").text));
                let base = if base.is_empty() {
                    "organisation".to_owned()
                } else {
                    base
                };
                let mut id = base.clone();
                let mut n = 2;
                while taken.contains(&id) {
                    id = format!("{base}-{n}");
                    n += 1;
                }
                taken.insert(id.clone());
                created.push(Partner {
                    id: id.clone(),
                    name: organisation.name.clone(),
                    short: None,
                    kind: PartnerKind::of_iati(
                        organisation.kind.as_deref(),
                        organisation.reference.as_deref(),
                    ),
                    description: None,
                    url: None,
                    reference: organisation.reference.clone(),
                    imported: true,
                });
                id
            });
            participant.partner = Some(id.clone());
        }
        let joined = project
            .organisations
            .iter()
            .filter_map(|p| p.partner.clone())
            .collect();
        extend(&mut project.partners, joined);
    }
    partners.extend(created);
}
