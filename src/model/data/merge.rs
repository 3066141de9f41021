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
            problems.push(
                Diagnostic::error(&activity.path, format!("the activity `{identifier}` is already in {} (line {})", first.path.display(), first.position.line))
                    .at_position(activity.position.clone())
                    .with_hint("an identifier names one activity: remove one of the two, or keep the files of one publisher only once in content/iati/"),
            );
            continue;
        }
        by_identifier.insert(identifier, activity);
    }
    // The file adding to each activity, for a second one naming it.
    let mut added: BTreeMap<String, std::path::PathBuf> = BTreeMap::new();
    for addition in additions {
        if let Some(first) = added.get(&addition.identifier) {
            problems.push(
                Diagnostic::error(
                    &addition.source,
                    format!(
                        "{} already adds to the activity `{}`",
                        first.display(),
                        addition.identifier
                    ),
                )
                .at_position(addition.identifier_at.clone())
                .with_hint("one YAML file adds to an activity: move what this one says into the other, and remove this one"),
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
            let hint = match same_but_case
                .or(written_as_id)
                .or_else(|| nearest(&addition.identifier, by_identifier.keys().map(String::as_str)))
            {
                Some(best) => format!("did you mean `{best}`? Write the identifier as the IATI file does"),
                None => "put the IATI file holding the activity in content/iati/, or remove `iati:` to write a project of your own".to_owned(),
            };
            problems.push(
                Diagnostic::error(
                    &addition.source,
                    format!(
                        "no IATI activity in content/iati/ has the identifier `{}`",
                        addition.identifier
                    ),
                )
                .at_position(addition.identifier_at.clone())
                .with_hint(hint),
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
                Diagnostic::error(&path, format!("the identifier `{identifier}` has no ASCII letter or digit to make a web address from"))
                    .at_position(position.clone())
                    .with_hint(format!("give the project its address with a file content/projects/<id>.yaml holding `iati: {identifier}` (an id is lowercase ASCII letters, digits and hyphens)")),
            );
            continue;
        }
        if let Some((other, line)) = ids.get(&project.id) {
            let place = if *line > 0 {
                format!("{} (line {line})", other.display())
            } else {
                other.display().to_string()
            };
            // A YAML file that gave the activity its id is the one to rename.
            let clash = match project.sources.get(1) {
                Some(yaml) => Diagnostic::error(yaml, format!("this file gives the activity `{identifier}` the project id `{}`, which {place} already has", project.id))
                    .with_hint("rename this file: its name is the project's id"),
                None => Diagnostic::error(&path, format!("the activity `{identifier}` would have the project id `{}`, which {place} already has", project.id))
                    .at_position(position.clone())
                    .with_hint(format!("give it another id with a file content/projects/<another-id>.yaml holding `iati: {identifier}`")),
            };
            problems.push(clash);
            continue;
        }
        let missing = project.title.missing(config.language_codes());
        if !missing.is_empty() {
            let warning = match project.sources.get(1) {
                Some(yaml) => Diagnostic::warning(
                    yaml,
                    format!("the title has no {} text", missing.join(", ")),
                ),
                None => Diagnostic::warning(
                    &path,
                    format!(
                        "the activity `{identifier}` has no {} title",
                        missing.join(", ")
                    ),
                )
                .at_position(position.clone()),
            };
            untitled.entry(path.clone()).or_default().push(warning.with_hint(format!(
                "add it in content/projects/{}.yaml: `iati: {identifier}` and `title: {{{}: \"...\"}}`; until then the title is shown in {}",
                project.id,
                missing[0],
                shown_language(&project.title),
            )));
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
        problems.push(
            Diagnostic::warning(&path, format!("{} activities have no title in some language of the site", warnings.len()))
                .with_hint(format!(
                    "the first are at lines {}, and so on; each shows its title in the language it has until a file content/projects/<id>.yaml with `iati: <identifier>` gives `title: {{ar: \"...\"}}`",
                    lines.join(", ")
                )),
        );
    }
    projects
}

/// Up to this many activities of one file without a title in a language are reported one by
/// one; more in one message.
const MOST_TITLE_WARNINGS: usize = 5;

fn shown_language(title: &LocalizedText) -> String {
    match title {
        LocalizedText::Same(_) => String::new(),
        LocalizedText::PerLanguage(texts) => texts.keys().cloned().collect::<Vec<_>>().join(", "),
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
