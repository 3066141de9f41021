//! An activity's money: budgets per period and transactions, each amount in its currency.

use jiff::civil::Date;

use super::Reader;
use crate::codelists as iati;
use crate::load::iati::Node;
use crate::model::data::currency;
use crate::model::data::project::{Budget, Money, Transaction, TransactionKind};
use crate::said;

impl Reader<'_> {
    /// The amount of a `<value>`, in its currency or the activity's.
    fn money(&mut self, value: &Node, default_currency: Option<&str>) -> Option<Money> {
        // xsd:decimal: digits with a dot for decimals. A comma could be a decimal comma (`1,5`)
        // or a thousands separator (`1,500`): which one is never guessed.
        let Some(amount) = super::decimal(&value.text) else {
            self.report(value, said!("A026", value = &value.text));
            return None;
        };
        if !crate::model::data::plausible::plausible(amount) {
            self.report(value, said!("A027", value = &value.text));
            return None;
        }
        let Some(currency) = value.attribute("currency").or(default_currency) else {
            self.report(value, said!("A028"));
            return None;
        };
        let currency = currency.to_ascii_uppercase();
        if !currency::is_known(&currency) {
            self.report(value, said!("A029", currency = &currency));
            return None;
        }
        Some(Money { amount, currency })
    }

    fn value_date(&mut self, value: &Node) -> Option<Date> {
        if value.attribute("value-date").is_none() {
            self.warn(value, said!("A030"));
            return None;
        }
        self.day(value, "value-date")
    }

    pub(super) fn budgets(
        &mut self,
        activity: &Node,
        default_currency: Option<&str>,
    ) -> Vec<Budget> {
        let mut found = Vec::new();
        for node in activity.children("budget") {
            let Some(value) = node.child("value") else {
                self.report(node, said!("A031"));
                continue;
            };
            let Some(money) = self.money(value, default_currency) else {
                continue;
            };
            if money.amount < 0.0 {
                self.report(value, said!("A032", value = &value.text));
                continue;
            }
            let start = node
                .child("period-start")
                .and_then(|n| self.day(n, "iso-date"));
            let end = node
                .child("period-end")
                .and_then(|n| self.day(n, "iso-date"));
            if let (Some(start), Some(end)) = (start, end)
                && end < start
            {
                self.report(
                    node,
                    said!("A033", end = end.to_string(), start = start.to_string()),
                );
                continue;
            }
            let revised = match node.attribute("type") {
                None | Some("1") => false,
                Some("2") => true,
                Some(other) => {
                    self.warn(node, said!("A034", type = other));
                    false
                }
            };
            found.push(Budget {
                value_date: self.value_date(value),
                money,
                period: start.zip(end),
                revised,
                committed: node.attribute("status") == Some("2"),
            });
        }
        found
    }

    pub(super) fn transactions(
        &mut self,
        activity: &Node,
        default_currency: Option<&str>,
    ) -> Vec<Transaction> {
        let mut found = Vec::new();
        for node in activity.children("transaction") {
            let kind = node
                .child("transaction-type")
                .and_then(|t| t.attribute("code"))
                .and_then(|c| c.parse::<u8>().ok())
                .filter(|c| iati::TRANSACTION_TYPE.contains_key(c.to_string().as_str()));
            let Some(kind) = kind else {
                self.warn(node, said!("A035"));
                continue;
            };
            let Some(value) = node.child("value") else {
                self.report(node, said!("A036"));
                continue;
            };
            let Some(money) = self.money(value, default_currency) else {
                continue;
            };
            let value_date = self.value_date(value);
            let date = node
                .child("transaction-date")
                .and_then(|d| self.day(d, "iso-date"))
                .or(value_date);
            let Some(date) = date else {
                self.report(node, said!("A037"));
                continue;
            };
            found.push(Transaction {
                kind: TransactionKind(kind),
                date,
                money,
                value_date,
            });
        }
        found
    }
}
