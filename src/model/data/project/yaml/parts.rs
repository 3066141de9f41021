//! The parts of a YAML project beyond its outline: organisations with roles, codes, documents,
//! transactions and budgets, each checked where it is written.

use crate::model::data::plausible;
use serde_saphyr::Spanned;

use super::{RawBudget, RawDocument, RawParticipant, RawTransaction, day};
use crate::codelists as iati;
use crate::config::iati::Code;
use crate::diagnostic::{Diagnostics, nearest};
use crate::localized::LocalizedText;
use crate::messages::Said;
use crate::model::data::project::{
    Budget, Dates, Document, Money, Organisation, Participant, Role, Share, Transaction,
    TransactionKind,
};
use crate::model::data::{check_url, currency};
use crate::model::fields::At;
use crate::said;

pub(super) fn organisations_of(
    at: &At<'_>,
    written: Vec<Spanned<RawParticipant>>,
    problems: &mut Diagnostics,
) -> Vec<(Spanned<String>, Participant)> {
    let mut found = Vec::new();
    for entry in written {
        let RawParticipant { partner, role } = entry.value;
        let word = role.value.trim();
        let Some(role_value) = Role::ALL.into_iter().find(|r| r.id() == word) else {
            let all: Vec<&str> = Role::ALL.iter().map(|r| r.id()).collect();
            let hint = match nearest(word, all.iter().copied()) {
                Some(best) => said!("project-did-you-mean", best = best),
                None => said!("project-one-of", list = all),
            };
            problems.push(at.error_said(&role, said!("D030", value = word), hint));
            continue;
        };
        let participant = Participant {
            organisation: Organisation {
                reference: None,
                name: LocalizedText::Same(partner.value.clone()),
                kind: None,
            },
            role: role_value,
            partner: Some(partner.value.clone()),
        };
        found.push((partner, participant));
    }
    found
}

/// The codes of `written` that are `known`; each other one is reported as `unknown` says it,
/// with the message's own hint.
pub(super) fn codes(
    at: &At<'_>,
    written: Vec<Spanned<Code>>,
    known: impl Fn(&str) -> bool,
    unknown: impl Fn(&str) -> Said,
    problems: &mut Diagnostics,
) -> Vec<Share> {
    let mut found = Vec::new();
    for code in written {
        if known(&code.value.0) {
            found.push(Share::whole(code.value.0));
        } else {
            problems.push(at.said_at(&code, unknown(&code.value.0)));
        }
    }
    found
}

pub(super) fn documents_of(
    at: &At<'_>,
    written: Vec<Spanned<RawDocument>>,
    problems: &mut Diagnostics,
) -> Vec<Document> {
    let mut found = Vec::new();
    for document in written {
        let RawDocument {
            title,
            url,
            category,
        } = document.value;
        let category = category.and_then(|c| {
            if iati::DOCUMENT_CATEGORY.contains_key(c.value.0.as_str()) {
                Some(c.value.0)
            } else {
                problems.push(at.said_at(&c, said!("D033", code = &c.value.0)));
                None
            }
        });
        let Some(url) = check_url(at, &url, problems) else {
            continue;
        };
        found.push(Document {
            url,
            title: title.value,
            category,
            format: None,
            languages: Vec::new(),
            date: None,
        });
    }
    found
}

pub(super) fn check_transaction(
    at: &At<'_>,
    written: Spanned<RawTransaction>,
    problems: &mut Diagnostics,
) -> Option<Transaction> {
    let RawTransaction {
        kind,
        date,
        amount,
        currency,
    } = written.value;
    let word = kind.value.trim();
    let found = TransactionKind::SHOWN
        .into_iter()
        .find(|k| k.id() == Some(word));
    let Some(kind_value) = found else {
        let all: Vec<&str> = TransactionKind::SHOWN
            .iter()
            .filter_map(|k| k.id())
            .collect();
        let hint = match nearest(word, all.iter().copied()) {
            Some(best) => said!("project-did-you-mean", best = best),
            None => said!("project-one-of", list = all),
        };
        problems.push(at.error_said(&kind, said!("D034", value = word), hint));
        return None;
    };
    let day = day(at, &date, problems)?;
    let money = check_money(at, &amount, &currency, problems, false)?;
    Some(Transaction {
        kind: kind_value,
        date: day,
        money,
        value_date: None,
    })
}

pub(super) fn check_budget(
    at: &At<'_>,
    written: Spanned<RawBudget>,
    dates: &Dates,
    problems: &mut Diagnostics,
) -> Option<Budget> {
    let RawBudget {
        amount,
        currency,
        start,
        end,
        value_date,
        revised,
    } = written.value;
    let money = check_money(at, &amount, &currency, problems, true)?;
    let start = start.as_ref().and_then(|d| day(at, d, problems));
    let end = end.as_ref().and_then(|d| day(at, d, problems));
    let period = match (start, end) {
        (Some(start), Some(end)) if end < start => {
            problems.push(at.said_at(&amount, said!("D035")));
            return None;
        }
        (Some(start), Some(end)) => Some((start, end)),
        _ => dates.start().zip(dates.end()).filter(|(s, e)| s <= e),
    };
    Some(Budget {
        money,
        period,
        value_date: value_date
            .as_ref()
            .and_then(|d| day(at, d, problems))
            .or(period.map(|p| p.0)),
        revised,
        committed: false,
    })
}

/// An amount and its currency; budgets (`positive`) cannot be negative.
pub(super) fn check_money(
    at: &At<'_>,
    amount: &Spanned<f64>,
    currency: &Spanned<String>,
    problems: &mut Diagnostics,
    positive: bool,
) -> Option<Money> {
    let code = currency.value.trim().to_ascii_uppercase();
    let known = currency::is_known(&code);
    if !known {
        let hint = match nearest(&code, currency::CODES.iter().copied()) {
            Some(best) => said!("D036-did-you-mean", best = best),
            None => said!("D036-write"),
        };
        problems.push(at.error_said(currency, said!("D036", value = &currency.value), hint));
    }
    if positive && !(amount.value.is_finite() && amount.value >= 0.0) {
        problems.push(at.said_at(amount, said!("D037")));
        return None;
    }
    if !amount.value.is_finite() {
        problems.push(at.said_at(amount, said!("D038")));
        return None;
    }
    if !plausible::plausible(amount.value) {
        let said = said!("D039", amount = at.as_written(amount));
        problems.push(at.error_said(amount, said, plausible::hint()));
        return None;
    }
    known.then_some(Money {
        amount: amount.value,
        currency: code,
    })
}
