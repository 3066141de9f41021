//! A project's money: budgets per period, and transactions summed per kind, currency and year.
//! Amounts in different currencies are never added together.

use std::collections::BTreeMap;

use jiff::civil::Date;

use super::Project;

/// An amount in one currency.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Money {
    pub amount: f64,
    /// ISO 4217 code, like `USD` or `QAR`.
    pub currency: String,
}

/// A budget for a period (or for the whole project when written without one).
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Budget {
    pub money: Money,
    pub period: Option<(Date, Date)>,
    /// The day of the exchange rate the amount was reckoned at.
    pub value_date: Option<Date>,
    /// A revised budget replaces the original one of the same period.
    pub revised: bool,
    /// Committed rather than indicative.
    pub committed: bool,
}

/// Money moved: a commitment, a disbursement, an expenditure...
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Transaction {
    pub kind: TransactionKind,
    pub date: Date,
    pub money: Money,
    pub value_date: Option<Date>,
}

/// A code of the IATI TransactionType codelist; the three readers ask about have names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct TransactionKind(pub u8);

impl TransactionKind {
    pub(crate) const COMMITMENT: TransactionKind = TransactionKind(2);
    pub(crate) const DISBURSEMENT: TransactionKind = TransactionKind(3);
    pub(crate) const EXPENDITURE: TransactionKind = TransactionKind(4);
    /// The kinds a project page sums up, in the order it shows them.
    pub(crate) const SHOWN: [TransactionKind; 3] = [
        TransactionKind::COMMITMENT,
        TransactionKind::DISBURSEMENT,
        TransactionKind::EXPENDITURE,
    ];

    /// The word written in YAML, also the key of its name in the theme's strings.
    pub(crate) fn id(self) -> Option<&'static str> {
        match self {
            TransactionKind::COMMITMENT => Some("committed"),
            TransactionKind::DISBURSEMENT => Some("disbursed"),
            TransactionKind::EXPENDITURE => Some("spent"),
            _ => None,
        }
    }
}

/// Amounts per currency, in currency order.
pub(crate) type PerCurrency = BTreeMap<String, f64>;

/// Sums rounded to each currency's minor unit, as binary fractions drift (0.1 + 0.2).
fn rounded(mut totals: PerCurrency) -> PerCurrency {
    for (currency, amount) in &mut totals {
        *amount = crate::model::data::currency::round(*amount, currency);
    }
    totals
}

impl Project {
    /// The budget in each currency: revised budgets replace the originals whose period they
    /// overlap.
    pub(crate) fn budget_totals(&self) -> PerCurrency {
        let replaced = |budget: &Budget| {
            !budget.revised
                && self.budgets.iter().any(|other| {
                    other.revised
                        && match (budget.period, other.period) {
                            (Some((start, end)), Some((other_start, other_end))) => {
                                start <= other_end && other_start <= end
                            }
                            (None, None) => true,
                            _ => false,
                        }
                })
        };
        let mut totals = PerCurrency::new();
        for budget in self.budgets.iter().filter(|b| !replaced(b)) {
            *totals.entry(budget.money.currency.clone()).or_default() += budget.money.amount;
        }
        rounded(totals)
    }

    /// The sum of each kind of transaction, per currency.
    pub(crate) fn transaction_totals(&self, kind: TransactionKind) -> PerCurrency {
        let mut totals = PerCurrency::new();
        for transaction in self.transactions.iter().filter(|t| t.kind == kind) {
            *totals
                .entry(transaction.money.currency.clone())
                .or_default() += transaction.money.amount;
        }
        rounded(totals)
    }

    /// For each currency, the sum of each shown kind per calendar year.
    pub(crate) fn yearly(&self) -> BTreeMap<String, BTreeMap<i16, [f64; 3]>> {
        let mut years: BTreeMap<String, BTreeMap<i16, [f64; 3]>> = BTreeMap::new();
        for transaction in &self.transactions {
            let Some(index) = TransactionKind::SHOWN
                .iter()
                .position(|kind| *kind == transaction.kind)
            else {
                continue;
            };
            let sums = years
                .entry(transaction.money.currency.clone())
                .or_default()
                .entry(transaction.date.year())
                .or_default();
            sums[index] += transaction.money.amount;
        }
        years
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::data::project::tests::project;

    fn budget(amount: f64, currency: &str, year: i16, revised: bool) -> Budget {
        Budget {
            money: Money {
                amount,
                currency: currency.to_owned(),
            },
            period: Some((
                Date::new(year, 1, 1).unwrap(),
                Date::new(year, 12, 31).unwrap(),
            )),
            value_date: None,
            revised,
            committed: false,
        }
    }

    #[test]
    fn revised_budgets_replace_originals_and_currencies_stay_apart() {
        let mut p = project();
        p.budgets = vec![
            budget(100.0, "EUR", 2024, false),
            budget(120.0, "EUR", 2024, true),
            budget(50.0, "EUR", 2025, false),
            budget(7.0, "USD", 2025, false),
        ];
        let totals = p.budget_totals();
        assert_eq!(totals["EUR"], 170.0);
        assert_eq!(totals["USD"], 7.0);
    }
}
