//! Views of a project: its card in lists, and its page with organisations by role, money per
//! currency (budgets, commitments, disbursements, spending, a chart per year), places and
//! sectors with their shares, documents and results with their progress.

mod money;

pub(super) use money::CurrencyView;

use serde::Serialize;

use super::{IndicatorCard, Label, PartnerLink, ProgressView};
use crate::codelists as iati;
use crate::model::data::indicator::Indicator;
use crate::model::data::partner::Partner;
use crate::model::data::project::{Money, PerCurrency, Project, ResultIndicator, Role, Share};
use crate::render::views::{TermLink, Text, ViewBuilder};
use crate::urls::{self, Taxonomy};

/// A project in a list.
#[derive(Debug, Serialize)]
pub(crate) struct ProjectCard<'a> {
    pub id: &'a str,
    pub title: Text<'a>,
    pub summary: Option<Text<'a>>,
    pub url: String,
    pub status: Label<'a>,
    pub countries: Vec<TermLink<'a>>,
    pub sectors: Vec<TermLink<'a>>,
    /// The budget in each currency (never added across currencies).
    pub budgets: Vec<String>,
    pub beneficiaries: Option<String>,
    /// "2023–2025", in the page's digits.
    pub period: Option<String>,
    /// Space-separated ids, for the list's filter.
    pub filter_countries: String,
    pub filter_sectors: String,
}

/// A project on its own page.
#[derive(Debug, Serialize)]
pub(crate) struct ProjectView<'a> {
    #[serde(flatten)]
    pub card: ProjectCard<'a>,
    pub identifier: Option<&'a str>,
    pub sdgs: Vec<TermLink<'a>>,
    pub partners: Vec<PartnerLink<'a>>,
    /// Planned and actual start and end, those known.
    pub dates: Vec<Fact<'a>>,
    pub reporting: Option<Text<'a>>,
    pub organisations: Vec<RoleGroup<'a>>,
    pub money: Vec<CurrencyView<'a>>,
    pub places: Vec<ShareView<'a>>,
    pub dac_sectors: Vec<SectorView<'a>>,
    pub documents: Vec<DocumentView<'a>>,
    pub results: Vec<ResultView<'a>>,
    pub indicators: Vec<IndicatorCard<'a>>,
}

/// A labelled value.
#[derive(Debug, Serialize)]
pub(crate) struct Fact<'a> {
    pub label: &'a str,
    pub value: String,
}

/// The organisations taking part in one role.
#[derive(Debug, Serialize)]
pub(crate) struct RoleGroup<'a> {
    pub role: Text<'a>,
    pub organisations: Vec<OrganisationView<'a>>,
}

#[derive(Debug, Serialize)]
pub(crate) struct OrganisationView<'a> {
    pub name: Text<'a>,
    /// Its page in the partner directory.
    pub url: Option<String>,
}

/// A country or region with its share.
#[derive(Debug, Serialize)]
pub(crate) struct ShareView<'a> {
    pub name: Text<'a>,
    pub url: Option<String>,
    pub share: Option<String>,
}

#[derive(Debug, Serialize)]
pub(crate) struct SectorView<'a> {
    pub code: &'a str,
    pub name: Text<'a>,
    /// The 3-digit category of a 5-digit code, in the page's language.
    pub category: Option<Text<'a>>,
    pub share: Option<String>,
}

#[derive(Debug, Serialize)]
pub(crate) struct DocumentView<'a> {
    pub title: Text<'a>,
    pub url: &'a str,
    pub category: Option<Text<'a>>,
    /// `PDF`, `DOCX`...
    pub format: Option<String>,
    /// The document's language when it is not the page's.
    pub lang: Option<String>,
}

#[derive(Debug, Serialize)]
pub(crate) struct ResultView<'a> {
    pub title: Text<'a>,
    pub kind: Option<Text<'a>>,
    pub description: Option<Text<'a>>,
    pub indicators: Vec<ResultIndicatorView<'a>>,
}

#[derive(Debug, Serialize)]
pub(crate) struct ResultIndicatorView<'a> {
    pub title: Text<'a>,
    /// Baseline, target and latest value, each in a sentence with its period.
    pub figures: Vec<ResultFigure>,
    pub progress: Option<ProgressView<'a>>,
}

#[derive(Debug, Serialize)]
pub(crate) struct ResultFigure {
    /// `baseline`, `target` or `actual`.
    pub id: &'static str,
    pub text: String,
}

impl<'a> ViewBuilder<'a> {
    fn amounts(&self, totals: PerCurrency) -> Vec<String> {
        totals
            .into_iter()
            .map(|(currency, amount)| self.money(&Money { amount, currency }))
            .collect()
    }

    pub(crate) fn project_card(&self, project: &'a Project) -> ProjectCard<'a> {
        let f = &self.locale.formatter;
        let period = match (project.dates.start(), project.dates.end()) {
            (Some(start), Some(end)) => Some(f.year_range(start.year(), end.year())),
            (Some(day), None) | (None, Some(day)) => Some(f.year_range(day.year(), day.year())),
            (None, None) => None,
        };
        ProjectCard {
            id: &project.id,
            title: self.text(&project.title),
            summary: project.summary.as_ref().map(|s| self.text(s)),
            url: self.link(&urls::project(self.lang(), &project.id)),
            status: Label {
                id: project.status.id(),
                label: self.locale.text(project.status.id()),
            },
            countries: self.terms(Taxonomy::Countries, project.country_codes()),
            sectors: self.terms(
                Taxonomy::Sectors,
                project.sectors.iter().map(String::as_str),
            ),
            budgets: self.amounts(project.budget_totals()),
            beneficiaries: project
                .beneficiaries
                .map(|b| f.integer(i64::try_from(b).unwrap_or(i64::MAX))),
            period,
            filter_countries: project
                .country_codes()
                .collect::<Vec<_>>()
                .join(" ")
                .to_ascii_lowercase(),
            filter_sectors: project.sectors.join(" "),
        }
    }

    pub(crate) fn project(
        &self,
        project: &'a Project,
        indicators: Vec<&'a Indicator>,
        partners: Vec<&'a Partner>,
    ) -> ProjectView<'a> {
        let f = &self.locale.formatter;
        let dates = [
            ("planned_start", project.dates.planned_start),
            ("actual_start", project.dates.actual_start),
            ("planned_end", project.dates.planned_end),
            ("actual_end", project.dates.actual_end),
        ]
        .into_iter()
        .filter_map(|(key, day)| {
            Some(Fact {
                label: self.locale.text(key),
                value: f.date(day?),
            })
        })
        .collect();
        ProjectView {
            card: self.project_card(project),
            identifier: project.identifier.as_deref(),
            sdgs: self.goals(&project.sdgs),
            // Partners named beside the organisations taking part.
            partners: partners
                .iter()
                .filter(|p| {
                    !project
                        .organisations
                        .iter()
                        .any(|o| o.partner.as_ref() == Some(&p.id))
                })
                .map(|p| self.partner_link(p))
                .collect(),
            dates,
            reporting: project.reporting.as_ref().map(|o| {
                let curated = partners
                    .iter()
                    .find(|p| !p.imported && p.reference.is_some() && p.reference == o.reference);
                self.text(curated.map_or(&o.name, |p| &p.name))
            }),
            organisations: self.organisations(project, &partners),
            money: self.money_of(project),
            places: self.places(project),
            dac_sectors: self.dac_sectors(project),
            documents: project
                .documents
                .iter()
                .map(|d| DocumentView {
                    title: self.text(&d.title),
                    url: &d.url,
                    category: d
                        .category
                        .as_deref()
                        .and_then(|c| iati::DOCUMENT_CATEGORY.get(c))
                        .map(|c| self.text(&c.name)),
                    format: d.format.as_deref().and_then(format_name),
                    lang: d
                        .languages
                        .first()
                        .filter(|l| !d.languages.iter().any(|x| x == self.lang()) && !l.is_empty())
                        .cloned(),
                })
                .collect(),
            results: project
                .results
                .iter()
                .map(|r| ResultView {
                    title: self.text(&r.title),
                    kind: r
                        .kind
                        .as_deref()
                        .and_then(|k| iati::RESULT_TYPE.get(k))
                        .map(|k| self.text(&k.name)),
                    description: r.description.as_ref().map(|d| self.text(d)),
                    indicators: r
                        .indicators
                        .iter()
                        .map(|i| self.result_indicator(i))
                        .collect(),
                })
                .collect(),
            indicators: indicators
                .into_iter()
                .map(|i| self.indicator_card(i))
                .collect(),
        }
    }

    /// The organisations by role; one the directory describes by hand goes by the name
    /// written there (in every language), not the activity file's.
    fn organisations(&self, project: &'a Project, partners: &[&'a Partner]) -> Vec<RoleGroup<'a>> {
        Role::ALL
            .iter()
            .filter_map(|role| {
                let organisations: Vec<OrganisationView<'a>> = project
                    .organisations
                    .iter()
                    .filter(|p| p.role == *role)
                    .map(|p| OrganisationView {
                        name: self.text(
                            partners
                                .iter()
                                .find(|partner| {
                                    !partner.imported && p.partner.as_ref() == Some(&partner.id)
                                })
                                .map_or(&p.organisation.name, |partner| &partner.name),
                        ),
                        url: p
                            .partner
                            .as_deref()
                            .map(|id| self.link(&urls::partner(self.lang(), id))),
                    })
                    .collect();
                let name = &iati::ORGANISATION_ROLE
                    .get(role.code().to_string().as_str())?
                    .name;
                (!organisations.is_empty()).then(|| RoleGroup {
                    role: self.text(name),
                    organisations,
                })
            })
            .collect()
    }

    fn share(&self, share: &Share) -> Option<String> {
        share.percentage.map(|p| self.locale.formatter.share(p))
    }

    fn places(&self, project: &'a Project) -> Vec<ShareView<'a>> {
        let countries = project.countries.iter().map(|share| {
            let link = self.term(Taxonomy::Countries, &share.code);
            ShareView {
                name: link.name,
                url: Some(link.url),
                share: self.share(share),
            }
        });
        let regions = project.regions.iter().filter_map(|share| {
            Some(ShareView {
                name: self.text(&iati::REGION.get(share.code.as_str())?.name),
                url: None,
                share: self.share(share),
            })
        });
        countries.chain(regions).collect()
    }

    fn dac_sectors(&self, project: &'a Project) -> Vec<SectorView<'a>> {
        project
            .dac_sectors
            .iter()
            .filter_map(|share| {
                let code = iati::sector(&share.code)?;
                let category = code
                    .category
                    .and_then(|c| iati::SECTOR_CATEGORY.get(c))
                    .map(|c| self.text(&c.name));
                Some(SectorView {
                    code: &share.code,
                    name: self.text(&code.name),
                    category,
                    share: self.share(share),
                })
            })
            .collect()
    }

    fn result_indicator(&self, indicator: &'a ResultIndicator) -> ResultIndicatorView<'a> {
        let f = &self.locale.formatter;
        let (target, latest) = (indicator.target(), indicator.latest());
        let figures = [
            ("baseline", indicator.baseline.as_ref()),
            ("target", target.as_ref()),
            ("actual", latest.as_ref()),
        ]
        .into_iter()
        .filter_map(|(id, point)| {
            let point = point?;
            Some(ResultFigure {
                id,
                text: self
                    .locale
                    .text(&format!("result_{id}"))
                    .replace("{value}", &f.number(point.value))
                    // A span of months (`2023-07/2024-06`) is isolated left to right, or an
                    // Arabic sentence turns its parts around.
                    .replace(
                        "{period}",
                        &format!("\u{2066}{}\u{2069}", f.period(&point.period.label)),
                    ),
            })
        })
        .collect();
        ResultIndicatorView {
            title: self.text(&indicator.title),
            figures,
            progress: indicator
                .progress()
                .map(|p| self.progress(&p, target.as_ref().map_or(0.0, |t| t.value))),
        }
    }
}

/// A short name for a document's media type.
fn format_name(media_type: &str) -> Option<String> {
    let lower = media_type.to_ascii_lowercase();
    let name = match lower.as_str() {
        "application/pdf" => "PDF",
        "application/msword"
        | "application/vnd.openxmlformats-officedocument.wordprocessingml.document" => "Word",
        "application/vnd.ms-excel"
        | "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" => "Excel",
        "application/vnd.oasis.opendocument.text" => "ODT",
        "text/html" => return None,
        other => other.rsplit('/').next()?,
    };
    Some(name.to_owned())
}
