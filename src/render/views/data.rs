//! Views of projects, indicators and partners: every text in the page's language, every number
//! in its digits, every link final.

mod figures;
mod project;

use serde::Serialize;

use super::{Phrase, TermLink, Text, ViewBuilder};
use crate::model::data::currency;
use crate::model::data::indicator::{Indicator, Progress, percent};
use crate::model::data::partner::Partner;
use crate::model::data::project::Money;
use crate::urls::{self, Taxonomy};
pub(crate) use figures::SelectionView;
pub(crate) use project::ProjectCard;

/// A word with the id it stands for, for CSS classes and filters.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct Label<'a> {
    pub id: &'static str,
    pub label: &'a str,
}

#[derive(Debug, Serialize)]
pub(crate) struct PartnerLink<'a> {
    pub name: Text<'a>,
    pub short: Option<Text<'a>>,
    pub url: String,
}

/// An indicator in a list: its latest value and progress.
#[derive(Debug, Serialize)]
pub(crate) struct IndicatorCard<'a> {
    pub id: &'a str,
    pub title: Text<'a>,
    pub url: String,
    /// The unit of the figures shown first, with its multiplier.
    pub unit: Option<Phrase>,
    pub latest: Option<String>,
    pub latest_year: Option<String>,
    /// The latest value's observation status, when it is not a normal value ("Estimated value").
    pub latest_status: Option<Phrase>,
    pub target: Option<String>,
    pub target_year: Option<String>,
    pub progress: Option<ProgressView<'a>>,
}

#[derive(Debug, Serialize)]
pub(crate) struct ProgressView<'a> {
    pub status: Label<'a>,
    /// Whole percent of the way from baseline to target, 0 to 100.
    pub percent: u8,
    /// The same, in the page's digits.
    pub percent_text: String,
    /// Where a straight line from baseline to target would be by now, 0 to 100.
    pub expected: u8,
    /// Both in a sentence, in the page's language.
    pub done_text: String,
    pub expected_text: String,
}

/// An indicator on its own page.
#[derive(Debug, Serialize)]
pub(crate) struct IndicatorView<'a> {
    #[serde(flatten)]
    pub card: IndicatorCard<'a>,
    pub description: Option<Text<'a>>,
    /// The global SDG indicator measured: its code and the target's official wording.
    pub sdg_code: Option<&'a str>,
    pub sdg_target: Option<Text<'a>>,
    /// The first chart of the figures shown first (for the widget).
    pub chart: String,
    /// Each (series, unit) pair of the data, with its panels of chart and table.
    pub selections: Vec<SelectionView>,
    /// How many panels the page has: a chooser shows one at a time when there are several.
    pub panel_count: usize,
    pub coverage: Option<Text<'a>>,
    pub footnote: Option<Text<'a>>,
    pub updated: Option<&'a str>,
    pub baseline: Option<String>,
    pub baseline_year: Option<String>,
    pub source: Option<SourceView<'a>>,
    pub sdgs: Vec<TermLink<'a>>,
    pub sectors: Vec<TermLink<'a>>,
    pub countries: Vec<TermLink<'a>>,
    pub partners: Vec<PartnerLink<'a>>,
    pub csv_url: String,
    pub json_url: String,
    pub embed_url: String,
    /// The `<iframe>` an embassy copies into its own site.
    pub embed_code: String,
}

#[derive(Debug, Serialize)]
pub(crate) struct SourceView<'a> {
    pub name: Text<'a>,
    pub url: Option<&'a str>,
}

/// A partner in the directory.
#[derive(Debug, Serialize)]
pub(crate) struct PartnerCard<'a> {
    pub id: &'a str,
    pub name: Text<'a>,
    pub short: Option<Text<'a>>,
    pub kind: Label<'a>,
    pub description: Option<Text<'a>>,
    pub website: Option<&'a str>,
    pub url: String,
}

impl<'a> ViewBuilder<'a> {
    /// The iframe that shows the indicator's widget on another site.
    pub(crate) fn indicator_embed_code(&self, indicator: &Indicator) -> String {
        format!(
            "<iframe src=\"{}\" title=\"{}\" width=\"100%\" height=\"640\" style=\"border:0\" loading=\"lazy\"></iframe>",
            self.config
                .absolute(&urls::indicator_embed(self.lang(), &indicator.id)),
            crate::render::html::escape(self.text(&indicator.title).text)
        )
    }

    pub(super) fn text(&self, value: &'a crate::localized::LocalizedText) -> Text<'a> {
        Text::of(value, self.config, self.lang())
    }

    pub(super) fn terms(
        &self,
        taxonomy: Taxonomy,
        ids: impl IntoIterator<Item = &'a str>,
    ) -> Vec<TermLink<'a>> {
        ids.into_iter().map(|id| self.term(taxonomy, id)).collect()
    }

    /// `12,000,000 US dollars`, `١٢٬٠٠٠٬٠٠٠ دولار أمريكي`: the amount, then the currency's name.
    pub(crate) fn money(&self, money: &Money) -> String {
        self.locale.formatter.money(
            money.amount,
            &money.currency,
            currency::decimals(&money.currency),
        )
    }

    pub(super) fn goals(&self, numbers: &[u8]) -> Vec<TermLink<'a>> {
        numbers
            .iter()
            .filter_map(|n| crate::model::places::goal(i64::from(*n)))
            .map(|goal| self.term(Taxonomy::Sdgs, goal.id))
            .collect()
    }

    pub(crate) fn partner_link(&self, partner: &'a Partner) -> PartnerLink<'a> {
        PartnerLink {
            name: self.text(&partner.name),
            short: partner.short.as_ref().map(|s| self.text(s)),
            url: self.link(&urls::partner(self.lang(), &partner.id)),
        }
    }

    pub(crate) fn partner_card(&self, partner: &'a Partner) -> PartnerCard<'a> {
        PartnerCard {
            id: &partner.id,
            name: self.text(&partner.name),
            short: partner.short.as_ref().map(|s| self.text(s)),
            kind: Label {
                id: partner.kind.id(),
                label: self.locale.text(partner.kind.id()),
            },
            description: partner.description.as_ref().map(|d| self.text(d)),
            website: partner.url.as_deref(),
            url: self.link(&urls::partner(self.lang(), &partner.id)),
        }
    }

    /// `target` is the target's value.
    pub(crate) fn progress(&self, progress: &Progress, target: f64) -> ProgressView<'a> {
        let whole = |share: f64| percent(share).max(0);
        // The bar stops at the target; the words say how far past it the value went.
        let done = whole(progress.done).min(100) as u8;
        let expected = whole(progress.expected).min(100) as u8;
        let f = &self.locale.formatter;
        // Written from the float: a value far past a target a hair from its baseline is more
        // percent than a whole number holds.
        let in_percent = |share: f64| f.share((share * 100.0).round().max(0.0));
        let in_words = |key: &str, share: f64| {
            self.locale
                .text(key)
                .replace("{percent}", &in_percent(share))
                .replace("{year}", &f.period(&progress.latest.period.label))
        };
        ProgressView {
            status: Label {
                id: progress.status.id(),
                label: self.locale.text(progress.status.id()),
            },
            percent: done,
            percent_text: in_percent(progress.done),
            expected,
            done_text: if progress.keep_level {
                let key = if progress.done >= 1.0 {
                    "level_kept"
                } else {
                    "level_not_kept"
                };
                in_words(key, progress.done).replace("{value}", &f.number(target))
            } else {
                in_words("progress_done", progress.done)
            },
            // Time passing says nothing of keeping a level.
            expected_text: if progress.keep_level {
                String::new()
            } else {
                in_words("expected_by_now", progress.expected)
            },
        }
    }

    pub(crate) fn indicator_card(&self, indicator: &'a Indicator) -> IndicatorCard<'a> {
        let f = &self.locale.formatter;
        let latest = indicator.latest();
        IndicatorCard {
            id: &indicator.id,
            title: self.text(&indicator.title),
            url: self.link(&urls::indicator(self.lang(), &indicator.id)),
            unit: indicator.main_unit().map(|u| self.phrase(&u)),
            latest: latest.as_ref().map(|p| f.number(p.value)),
            latest_year: latest.as_ref().map(|p| f.period(&p.period.label)),
            latest_status: indicator
                .latest_status()
                .map(|status| self.phrase(&indicator.status_word(status))),
            target: indicator.target.as_ref().map(|p| f.number(p.value)),
            target_year: indicator.target.as_ref().map(|p| f.period(&p.period.label)),
            progress: indicator
                .progress()
                .map(|p| self.progress(&p, indicator.target.as_ref().map_or(0.0, |t| t.value))),
        }
    }

    pub(crate) fn indicator(
        &self,
        indicator: &'a Indicator,
        partners: Vec<&'a Partner>,
    ) -> IndicatorView<'a> {
        let f = &self.locale.formatter;
        let card = self.indicator_card(indicator);
        let embed_code = self.indicator_embed_code(indicator);
        let selections = self.selections(indicator, &format!("chart-{}", indicator.id));
        IndicatorView {
            description: indicator.description.as_ref().map(|d| self.text(d)),
            sdg_code: indicator.sdg.as_ref().map(|c| c.code.as_str()),
            sdg_target: indicator.sdg_target.as_ref().map(|t| self.text(t)),
            panel_count: selections.iter().map(|s| s.panels.len()).sum(),
            chart: selections
                .get(indicator.main)
                .and_then(|s| s.panels.first())
                .map(|p| p.chart.clone())
                .unwrap_or_default(),
            selections,
            coverage: indicator.coverage.as_ref().map(|t| self.text(t)),
            footnote: indicator.footnote.as_ref().map(|t| self.text(t)),
            updated: indicator.updated.as_deref(),
            baseline: indicator.baseline.as_ref().map(|p| f.number(p.value)),
            baseline_year: indicator
                .baseline
                .as_ref()
                .map(|p| f.period(&p.period.label)),
            source: indicator.source.as_ref().map(|s| SourceView {
                name: self.text(&s.name),
                url: s.url.as_deref(),
            }),
            sdgs: self.goals(&indicator.sdgs),
            sectors: self.terms(
                Taxonomy::Sectors,
                indicator.sectors.iter().map(String::as_str),
            ),
            countries: self.terms(
                Taxonomy::Countries,
                indicator.countries.iter().map(String::as_str),
            ),
            partners: partners.into_iter().map(|p| self.partner_link(p)).collect(),
            csv_url: self.link(&urls::indicator_data(&indicator.id, "csv")),
            json_url: self.link(&urls::indicator_data(&indicator.id, "json")),
            embed_url: self.link(&urls::indicator_embed(self.lang(), &indicator.id)),
            embed_code,
            card,
        }
    }
}
