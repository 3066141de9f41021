//! A project's money on its page: per currency, the budget and what was committed, disbursed
//! and spent, with a bar chart per year when the transactions span several years.

use serde::Serialize;

use crate::model::data::project::{Money, PerCurrency, Project, TransactionKind};
use crate::render::chart::{self, Chart, ChartKind, Labels, Words};
use crate::render::views::ViewBuilder;

/// The money of one currency.
#[derive(Debug, Serialize)]
pub(crate) struct CurrencyView<'a> {
    pub currency: String,
    pub budget: Option<String>,
    /// Committed, disbursed and spent, each with its label, those with transactions.
    pub flows: Vec<FlowView<'a>>,
    /// Bars per year of the flows, when there are transactions in more than one year.
    pub chart: Option<String>,
    /// What the chart shows, in which currency, for its caption.
    pub chart_title: String,
}

#[derive(Debug, Serialize)]
pub(crate) struct FlowView<'a> {
    pub id: &'static str,
    pub label: &'a str,
    pub amount: String,
}

impl<'a> ViewBuilder<'a> {
    pub(super) fn money_of(&self, project: &Project) -> Vec<CurrencyView<'a>> {
        let budgets = project.budget_totals();
        let flows: Vec<(TransactionKind, PerCurrency)> = TransactionKind::SHOWN
            .iter()
            .map(|kind| (*kind, project.transaction_totals(*kind)))
            .collect();
        let yearly = project.yearly();
        let mut currencies: Vec<&String> = budgets
            .keys()
            .chain(flows.iter().flat_map(|(_, totals)| totals.keys()))
            .collect();
        currencies.sort();
        currencies.dedup();
        currencies
            .into_iter()
            .map(|currency| {
                let money = |amount: f64| {
                    self.money(&Money {
                        amount,
                        currency: currency.clone(),
                    })
                };
                CurrencyView {
                    currency: currency.clone(),
                    budget: budgets.get(currency).map(|a| money(*a)),
                    flows: flows
                        .iter()
                        .filter_map(|(kind, totals)| {
                            Some(FlowView {
                                id: kind.id()?,
                                label: self.locale.text(kind.id()?),
                                amount: money(*totals.get(currency)?),
                            })
                        })
                        .collect(),
                    chart_title: format!("{} ({currency})", self.locale.text("money_by_year")),
                    chart: yearly
                        .get(currency)
                        .filter(|years| years.len() > 1)
                        .map(|years| self.yearly_chart(&project.id, currency, years)),
                }
            })
            .collect()
    }

    fn yearly_chart(
        &self,
        id: &str,
        currency: &str,
        years: &std::collections::BTreeMap<i16, [f64; 3]>,
    ) -> String {
        let f = &self.locale.formatter;
        let labels: Vec<String> = years.keys().map(|y| f.digits(&y.to_string())).collect();
        let points: Vec<Vec<chart::Point<'_>>> = (0..3)
            .map(|kind| {
                years
                    .iter()
                    .zip(&labels)
                    .map(|((year, sums), label)| chart::Point {
                        start: i32::from(*year) * 12,
                        end: (i32::from(*year) + 1) * 12,
                        label,
                        value: sums[kind],
                        flagged: false,
                    })
                    .collect()
            })
            .collect();
        let names: Vec<&str> = TransactionKind::SHOWN
            .iter()
            .map(|k| self.locale.text(k.id().unwrap_or_default()))
            .collect();
        let series: Vec<chart::Series<'_>> = names
            .iter()
            .zip(&points)
            .filter(|(_, points)| points.iter().any(|p| p.value != 0.0))
            .map(|(name, points)| chart::Series {
                label: Words {
                    text: name,
                    lang: None,
                },
                points,
            })
            .collect();
        let title = format!("{} ({currency})", self.locale.text("money_by_year"));
        let description = format!(
            "{}: {}",
            title,
            series
                .iter()
                .map(|s| s.label.text)
                .collect::<Vec<_>>()
                .join(self.locale.text("list_comma"))
        );
        chart::svg(&Chart {
            kind: ChartKind::Bar,
            id: &format!("money-{id}-{}", currency.to_ascii_lowercase()),
            title: &title,
            description: &description,
            series: &series,
            headline: false,
            baseline: None,
            target: None,
            labels: Labels {
                baseline: self.locale.text("baseline"),
                target: self.locale.text("target"),
            },
            format: f,
            rtl: self.locale.language.direction == crate::config::Direction::Rtl,
        })
    }
}
