//! An activity's money: budgets per period and transactions, each amount in its currency.

use jiff::civil::Date;

use super::Reader;
use crate::load::iati::Node;
use crate::model::data::project::{Budget, Money, Transaction, TransactionKind};
use crate::model::data::{currency, iati};

impl Reader<'_> {
    /// The amount of a `<value>`, in its currency or the activity's.
    fn money(&mut self, value: &Node, default_currency: Option<&str>) -> Option<Money> {
        // xsd:decimal: digits with a dot for decimals. A comma could be a decimal comma (`1,5`)
        // or a thousands separator (`1,500`): which one is never guessed.
        let Some(amount) = super::decimal(&value.text) else {
            self.report(
                value,
                format!("`{}` is not an amount", value.text),
                "IATI amounts are plain numbers with a dot for decimals and no separators, like 150000.50",
            );
            return None;
        };
        if !crate::model::data::plausible::plausible(amount) {
            self.report(
                value,
                format!("`{}` is too large an amount to show exactly", value.text),
                crate::model::data::plausible::HINT,
            );
            return None;
        }
        let Some(currency) = value.attribute("currency").or(default_currency) else {
            self.report(
                value,
                "this amount has no currency".to_owned(),
                "give the value a currency=\"USD\" attribute, or the activity a default-currency",
            );
            return None;
        };
        let currency = currency.to_ascii_uppercase();
        if !currency::is_known(&currency) {
            self.report(
                value,
                format!("`{currency}` is not an ISO 4217 currency code"),
                "currencies are three-letter codes like USD, EUR or QAR",
            );
            return None;
        }
        Some(Money { amount, currency })
    }

    fn value_date(&mut self, value: &Node) -> Option<Date> {
        if value.attribute("value-date").is_none() {
            self.warn(
                value,
                "this amount has no value-date".to_owned(),
                "IATI asks for the day of the exchange rate, like value-date=\"2024-01-01\"; the amount is shown as written",
            );
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
                self.report(
                    node,
                    "this budget has no <value>".to_owned(),
                    "write the amount in <value currency=\"...\" value-date=\"...\">",
                );
                continue;
            };
            let Some(money) = self.money(value, default_currency) else {
                continue;
            };
            if money.amount < 0.0 {
                self.report(
                    value,
                    format!("the budget is negative ({})", value.text),
                    "a budget is an amount planned; a reduction is written as a revised budget (type=\"2\")",
                );
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
                    format!("the budget period ends ({end}) before it starts ({start})"),
                    "check period-start and period-end",
                );
                continue;
            }
            let revised = match node.attribute("type") {
                None | Some("1") => false,
                Some("2") => true,
                Some(other) => {
                    self.warn(
                        node,
                        format!("budget type `{other}` is not one of IATI's"),
                        "type is 1 (original) or 2 (revised); it is read as original",
                    );
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
                self.warn(node, "this transaction has no known transaction-type".to_owned(), "the type is a code of IATI's TransactionType list, like 3 (disbursement); it is left out");
                continue;
            };
            let Some(value) = node.child("value") else {
                self.report(
                    node,
                    "this transaction has no <value>".to_owned(),
                    "write the amount in <value currency=\"...\" value-date=\"...\">",
                );
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
                self.report(
                    node,
                    "this transaction has no date".to_owned(),
                    "write <transaction-date iso-date=\"YYYY-MM-DD\"/>",
                );
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
