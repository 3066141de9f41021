//! The names bayan reads in an activity file: the elements it keeps (by where they stand) and
//! the attributes it reads, each kept once as a `&'static str` rather than per element.

use super::Node;

/// The parts of an activity bayan reads; the rest (locations, policy markers, contacts,
/// loan terms...) is skipped.
const KEPT: [&str; 15] = [
    "iati-identifier",
    "reporting-org",
    "title",
    "description",
    "participating-org",
    "activity-status",
    "activity-date",
    "recipient-country",
    "recipient-region",
    "sector",
    "budget",
    "transaction",
    "document-link",
    "result",
    "default-currency",
];

/// Inside a transaction, only its kind, date and value are read.
const KEPT_IN_TRANSACTION: [&str; 3] = ["transaction-type", "transaction-date", "value"];

/// Inside the kept parts, the elements bayan reads; each name is kept once, not per element.
const INSIDE: [&str; 15] = [
    "narrative",
    "period-start",
    "period-end",
    "value",
    "transaction-type",
    "transaction-date",
    "category",
    "language",
    "document-date",
    "indicator",
    "baseline",
    "period",
    "target",
    "actual",
    "iati-activity",
];

/// The attributes bayan reads.
pub(super) const ATTRIBUTES: [&str; 20] = [
    "ascending",
    "code",
    "currency",
    "default-currency",
    "format",
    "iso-date",
    "last-updated-datetime",
    "measure",
    "percentage",
    "ref",
    "role",
    "status",
    "type",
    "url",
    "value",
    "value-date",
    "vocabulary",
    "xml:lang",
    "year",
    "version",
];

/// `name` as one of the known names, without allocating.
pub(super) fn known(name: &[u8], names: &[&'static str]) -> Option<&'static str> {
    names.iter().copied().find(|n| n.as_bytes() == name)
}

/// The name of an element under the open elements `open` (the activity first), when it is
/// kept.
pub(super) fn kept(open: &[Node], name: &[u8]) -> Option<&'static str> {
    match open {
        [] => (name == b"iati-activity").then_some("iati-activity"),
        [_activity] => known(name, &KEPT),
        [_, parent, ..] if parent.name == "transaction" => known(name, &KEPT_IN_TRANSACTION),
        // Documents about a result, its baseline or its periods are not shown.
        _ => known(name, &KEPT)
            .filter(|n| *n != "document-link")
            .or_else(|| known(name, &INSIDE)),
    }
}
