//! Project pages `/{l}/projects/<id>/` and the list `/{l}/projects/` with totals, grouped by
//! status, with counts by country and sector; it filters without a server, and reads whole
//! without JavaScript.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use super::{BuildContext, Generator, OutputFile, cards, index_and_items};
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::model::changes::Inputs;
use crate::model::data::Referred;
use crate::model::data::project::{Money, Project, Status};
use crate::render::Locale;
use crate::render::views::data::Label;
use crate::render::views::{TermLink, ViewBuilder};
use crate::urls::{self, Taxonomy};

pub(crate) struct ProjectPages;

#[derive(Serialize)]
struct ProjectList<'a> {
    heading: &'a str,
    totals: Totals,
    /// Filled in as a template value, from the cards made once for the build.
    #[serde(skip)]
    groups: Vec<Group<'a>>,
    by_country: Vec<Count<'a>>,
    by_sector: Vec<Count<'a>>,
    /// The statuses present, for the filter.
    statuses: Vec<Label<'a>>,
}

#[derive(Serialize)]
struct Totals {
    projects: String,
    /// One amount per currency: budgets in different currencies are never added up.
    budgets: Vec<String>,
    /// Unknown (not zero) when no project states its beneficiaries, as IATI files do not.
    beneficiaries: Option<String>,
    countries: String,
    partners: String,
}

struct Group<'a> {
    status: Label<'a>,
    items: Vec<&'a Project>,
}

/// A term with how many projects it holds; `id` is the value the list's filter uses.
#[derive(Serialize)]
struct Count<'a> {
    id: String,
    #[serde(flatten)]
    link: TermLink<'a>,
    count: String,
    /// The count in words: "3 projects".
    counted: String,
}

impl Generator for ProjectPages {
    fn name(&self) -> &'static str {
        "projects"
    }

    fn reads(&self) -> Inputs {
        Inputs::STORY_OUTLINE.and(Inputs::DATA).and(Inputs::CHROME)
    }

    fn generate(&self, context: &BuildContext<'_>) -> Result<Vec<OutputFile>, Diagnostics> {
        index_and_items(
            context,
            &context.site.data.projects,
            |locale| list_page(context, locale),
            |locale, project| vec![project_page(context, locale, project)],
        )
    }
}

/// The list of projects in `locale`'s language.
fn list_page(context: &BuildContext<'_>, locale: &Locale) -> Result<OutputFile, Diagnostic> {
    let projects = &context.site.data.projects;
    let lang = locale.language.code.as_str();
    let views = ViewBuilder {
        config: &context.site.config,
        locale,
    };
    let heading = locale.text("projects");
    let mut page = context.frame_everywhere(lang, urls::projects, heading.to_owned(), None, None);
    let list = list(&views, projects, heading);
    let groups: Vec<tera::Value> = list
        .groups
        .iter()
        .map(|group| {
            tera::Value::from(BTreeMap::from([
                ("status", cards::template_value(&group.status)),
                (
                    "items",
                    context.project_cards(lang, group.items.iter().copied()),
                ),
            ]))
        })
        .collect();
    let mut value = cards::template_value(&list).into_map().unwrap_or_default();
    value.insert("groups".into(), tera::Value::from(groups));
    page.context
        .insert_value("projects", tera::Value::from(value));
    page.context
        .insert("open_data", &super::open_data::links(&context.site.config));
    page.context.insert("filter_script", &context.filter_script);
    page.context
        .insert("digits", &locale.formatter.digits("0123456789"));
    context.render_everywhere("projects.html", page, format!("project list ({lang})"))
}

/// Each project's page in every language.
/// The page of `project` in `locale`'s language.
fn project_page(
    context: &BuildContext<'_>,
    locale: &Locale,
    project: &Project,
) -> Result<OutputFile, Diagnostic> {
    let lang = locale.language.code.as_str();
    let views = ViewBuilder {
        config: &context.site.config,
        locale,
    };
    let data = &context.site.data;
    let indicators = data.indicators_named(&project.indicators).collect();
    let partners = data.partners_named(&project.partners).collect();
    let view = views.project(project, indicators, partners);
    let mut page = context.frame_everywhere(
        lang,
        |l| urls::project(l, &project.id),
        view.card.title.text.to_owned(),
        view.card.summary.as_ref().map(|s| s.text.to_owned()),
        Some(("projects", &project.id)),
    );
    page.context.insert("project", &view);
    page.offer_sharing(context, locale, view.card.title.text);
    page.list_stories_naming(context, lang, Referred::Project, &project.id);
    context
        .render_everywhere(
            "project.html",
            page,
            format!("project {} ({lang})", project.id),
        )
        .map(|file| file.with_source(project.source()))
}

fn list<'a>(views: &ViewBuilder<'a>, projects: &'a [Project], heading: &'a str) -> ProjectList<'a> {
    let f = &views.locale.formatter;
    let mut budgets: BTreeMap<String, f64> = BTreeMap::new();
    let mut countries: BTreeMap<&str, usize> = BTreeMap::new();
    let mut sectors: BTreeMap<&str, usize> = BTreeMap::new();
    let mut partners: BTreeSet<&str> = BTreeSet::new();
    let mut beneficiaries: u64 = 0;
    for project in projects {
        for (currency, amount) in project.budget_totals() {
            *budgets.entry(currency).or_default() += amount;
        }
        for country in project.country_codes() {
            *countries.entry(country).or_default() += 1;
        }
        for sector in &project.sectors {
            *sectors.entry(sector).or_default() += 1;
        }
        partners.extend(project.partners.iter().map(String::as_str));
        beneficiaries = beneficiaries.saturating_add(project.beneficiaries.unwrap_or(0));
    }
    let count = |n: usize| f.integer(i64::try_from(n).unwrap_or(i64::MAX));
    let counted = |taxonomy: Taxonomy, counts: &BTreeMap<&'a str, usize>| -> Vec<Count<'a>> {
        let mut all: Vec<Count<'a>> = counts
            .iter()
            .map(|(id, n)| Count {
                id: urls::term_key(taxonomy, id),
                link: views.term(taxonomy, id),
                count: count(*n),
                counted: views.locale.count("projects_count", *n),
            })
            .collect();
        all.sort_by(|a, b| a.link.name.text.cmp(b.link.name.text));
        all
    };
    let statuses = Status::ALL
        .iter()
        .filter(|s| projects.iter().any(|p| p.status == **s))
        .map(|s| Label {
            id: s.id(),
            label: views.locale.text(s.id()),
        })
        .collect();
    ProjectList {
        heading,
        totals: Totals {
            projects: count(projects.len()),
            budgets: budgets
                .iter()
                .map(|(currency, amount)| {
                    views.money(&Money {
                        amount: *amount,
                        currency: currency.clone(),
                    })
                })
                .collect(),
            beneficiaries: projects
                .iter()
                .any(|p| p.beneficiaries.is_some())
                .then(|| f.integer(i64::try_from(beneficiaries).unwrap_or(i64::MAX))),
            countries: count(countries.len()),
            partners: count(partners.len()),
        },
        groups: Status::ALL
            .iter()
            .map(|status| Group {
                status: Label {
                    id: status.id(),
                    label: views.locale.text(status.id()),
                },
                items: projects.iter().filter(|p| p.status == *status).collect(),
            })
            .filter(|g| !g.items.is_empty())
            .collect(),
        by_country: counted(Taxonomy::Countries, &countries),
        by_sector: counted(Taxonomy::Sectors, &sectors),
        statuses,
    }
}
