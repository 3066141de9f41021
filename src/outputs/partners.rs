//! The partnership directory `/{l}/partners/`: every partner organisation by type, with its
//! projects, budgets, countries and stories, filterable by type and sector; and one page per
//! partner `/{l}/partners/<id>/` with everything it takes part in.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use super::{BuildContext, Generator, OutputFile, index_and_items};
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::model::changes::Inputs;
use crate::model::data::Partner;
use crate::model::data::Referred;
use crate::model::data::partner::PartnerKind;
use crate::model::data::project::Money;
use crate::render::Locale;
use crate::render::views::data::{Label, PartnerCard};
use crate::render::views::{TermLink, ViewBuilder};
use crate::urls::{self, Taxonomy};

pub(crate) struct PartnerPages;

#[derive(Serialize)]
struct Directory<'a> {
    heading: &'a str,
    groups: Vec<KindGroup<'a>>,
    /// The sectors partners work in, for the filter.
    sectors: Vec<TermLink<'a>>,
    sector_ids: Vec<&'a str>,
}

#[derive(Serialize)]
struct KindGroup<'a> {
    kind: Label<'a>,
    items: Vec<Entry<'a>>,
}

/// A partner with what it takes part in.
#[derive(Serialize)]
struct Entry<'a> {
    #[serde(flatten)]
    card: PartnerCard<'a>,
    projects: String,
    budgets: Vec<String>,
    countries: Vec<TermLink<'a>>,
    stories: String,
    /// Space-separated sector ids, for the filter.
    filter_sectors: String,
}

impl Generator for PartnerPages {
    fn name(&self) -> &'static str {
        "partners"
    }

    fn reads(&self) -> Inputs {
        Inputs::STORY_OUTLINE.and(Inputs::DATA).and(Inputs::CHROME)
    }

    fn generate(&self, context: &BuildContext<'_>) -> Result<Vec<OutputFile>, Diagnostics> {
        let partners = &context.site.data.partners;
        index_and_items(
            context,
            partners,
            |locale| directory(context, locale, partners),
            |locale, partner| vec![page(context, locale, partner)],
        )
    }
}

fn directory(
    context: &BuildContext<'_>,
    locale: &Locale,
    partners: &[Partner],
) -> Result<OutputFile, Diagnostic> {
    let lang = locale.language.code.as_str();
    let views = ViewBuilder {
        config: &context.site.config,
        locale,
    };
    let mut all_sectors: BTreeSet<&str> = BTreeSet::new();
    let mut groups = Vec::new();
    for kind in PartnerKind::ALL {
        let mut items: Vec<Entry<'_>> = partners
            .iter()
            .filter(|p| p.kind == kind)
            .map(|p| entry(context, &views, p, &mut all_sectors))
            .collect();
        if items.is_empty() {
            continue;
        }
        items.sort_by(|a, b| a.card.name.text.cmp(b.card.name.text));
        groups.push(KindGroup {
            kind: Label {
                id: kind.id(),
                label: locale.text(kind.id()),
            },
            items,
        });
    }
    let heading = locale.text("partners");
    let mut sectors: Vec<(&str, TermLink<'_>)> = all_sectors
        .into_iter()
        .map(|id| (id, views.term(Taxonomy::Sectors, id)))
        .collect();
    sectors.sort_by(|a, b| a.1.name.text.cmp(b.1.name.text));
    let (sector_ids, sectors): (Vec<&str>, Vec<TermLink<'_>>) = sectors.into_iter().unzip();
    let mut page = context.frame_everywhere(lang, urls::partners, heading.to_owned(), None, None);
    page.context
        .insert("open_data", &super::open_data::links(&context.site.config));
    page.context.insert("filter_script", &context.filter_script);
    page.context
        .insert("digits", &locale.formatter.digits("0123456789"));
    page.context.insert(
        "directory",
        &Directory {
            heading,
            groups,
            sectors,
            sector_ids,
        },
    );
    context.render_everywhere("partners.html", page, format!("partner directory ({lang})"))
}

/// A partner in the directory; the sectors of its projects are added to `all_sectors`.
fn entry<'a>(
    context: &'a BuildContext<'_>,
    views: &ViewBuilder<'a>,
    partner: &'a Partner,
    all_sectors: &mut BTreeSet<&'a str>,
) -> Entry<'a> {
    let f = &views.locale.formatter;
    let lang = views.lang();
    let projects: Vec<_> = context.site.data.projects_of(&partner.id).collect();
    let mut budgets: BTreeMap<String, f64> = BTreeMap::new();
    let mut countries: BTreeSet<&str> = BTreeSet::new();
    let mut sectors: BTreeSet<&str> = BTreeSet::new();
    for project in &projects {
        for (currency, amount) in project.budget_totals() {
            *budgets.entry(currency).or_default() += amount;
        }
        countries.extend(project.country_codes());
        sectors.extend(project.sectors.iter().map(String::as_str));
    }
    all_sectors.extend(sectors.iter().copied());
    let stories = context
        .listing
        .naming(lang, Referred::Partner, &partner.id)
        .len();
    Entry {
        card: views.partner_card(partner),
        projects: f.integer(i64::try_from(projects.len()).unwrap_or(i64::MAX)),
        budgets: budgets
            .into_iter()
            .map(|(currency, amount)| views.money(&Money { amount, currency }))
            .collect(),
        countries: countries
            .into_iter()
            .map(|c| views.term(Taxonomy::Countries, c))
            .collect(),
        stories: f.integer(i64::try_from(stories).unwrap_or(i64::MAX)),
        filter_sectors: sectors.into_iter().collect::<Vec<_>>().join(" "),
    }
}

fn page(
    context: &BuildContext<'_>,
    locale: &Locale,
    partner: &Partner,
) -> Result<OutputFile, Diagnostic> {
    let lang = locale.language.code.as_str();
    let views = ViewBuilder {
        config: &context.site.config,
        locale,
    };
    let data = &context.site.data;
    let card = views.partner_card(partner);
    let indicators: Vec<_> = data
        .indicators
        .iter()
        .filter(|i| i.partners.contains(&partner.id))
        .map(|i| views.indicator_card(i))
        .collect();
    let mut page = context.frame_everywhere(
        lang,
        |l| urls::partner(l, &partner.id),
        card.name.text.to_owned(),
        card.description.as_ref().map(|d| d.text.to_owned()),
        None,
    );
    page.context.insert("partner", &card);
    page.context.insert_value(
        "projects",
        context.project_cards(lang, data.projects_of(&partner.id)),
    );
    page.context.insert("indicators", &indicators);
    page.list_stories_naming(context, lang, Referred::Partner, &partner.id);
    context.render_everywhere(
        "partner.html",
        page,
        format!("partner {} ({lang})", partner.id),
    )
}
