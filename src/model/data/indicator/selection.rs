//! Which of an indicator's values are its headline: the line that stands for the whole in each
//! (series, unit) selection, and the selection shown first. A figure never goes silently
//! missing: data without a headline is an error unless the YAML says which line it is, or that
//! there is none.

use std::collections::{BTreeMap, BTreeSet};

use serde_saphyr::Spanned;

use super::{RawShowFirst, RawTotal};
use crate::config::Config;
use crate::diagnostic::{Diagnostic, Diagnostics, nearest};
use crate::localized::LocalizedText;
use crate::messages::Said;
use crate::model::data::series::{Dataset, Selection};
use crate::model::fields::At;
use crate::said;

/// Sets each selection's headline line from `total:`, reporting selections left without one.
pub(super) fn headlines(
    at: &At<'_>,
    data_path: &std::path::Path,
    total: Option<&Spanned<RawTotal>>,
    data: &mut Dataset,
    problems: &mut Diagnostics,
) {
    if data.is_empty() {
        let hint = if data_path == at.path {
            said!("G015-inline")
        } else {
            said!("G015-csv")
        };
        problems.push(Diagnostic::warning_said(at.path, said!("G015")).with_hint_said(hint));
        return;
    }
    let named = match total.map(|t| (&t.value, t)) {
        None => None,
        Some((RawTotal::Word(word), spanned)) => {
            if word.trim() != "none" {
                problems.push(at.said_at(spanned, said!("G016", value = word.as_str())));
            }
            for selection in &mut data.selections {
                selection.headline = None;
            }
            return;
        }
        Some((RawTotal::Line(cells), spanned)) => Some((cells, spanned)),
    };
    if let Some((cells, spanned)) = named {
        for column in cells.keys() {
            if !data.disaggregations.contains(column) {
                let hint = match nearest(column, data.disaggregations.iter().map(String::as_str)) {
                    Some(best) => said!("indicator-did-you-mean", best = best),
                    None if data.disaggregations.is_empty() => said!("G017-none"),
                    None => said!("G017-columns", list = &data.disaggregations),
                };
                problems.push(at.error_said(
                    spanned,
                    said!("G017", column = column.as_str()),
                    hint,
                ));
                return;
            }
        }
        let wanted: Vec<&str> = data
            .disaggregations
            .iter()
            .map(|column| cells.get(column).map_or("", |v| v.trim()))
            .collect();
        for selection in &mut data.selections {
            selection.headline = selection.lines.iter().position(|line| {
                line.cells
                    .iter()
                    .map(String::as_str)
                    .eq(wanted.iter().copied())
            });
        }
        if let Some(missing) = without_headline(&data.selections) {
            problems.push(at.said_at(
                spanned,
                said!(
                    "G018",
                    which = missing,
                    values = written_values(data, cells.keys())
                ),
            ));
        }
        return;
    }
    if let Some(missing) = without_headline(&data.selections) {
        problems.push(Diagnostic::error_said(
            data_path,
            said!(
                "G019",
                which = missing,
                columns = &data.disaggregations,
                yaml = at.path.display().to_string(),
                first = data
                    .disaggregations
                    .first()
                    .map_or("Country", String::as_str),
            ),
        ));
    }
}

/// `Some` when a selection has no headline: the words that name them (" for Series A, GBP;
/// ...") when the data has several, else none.
fn without_headline(selections: &[Selection]) -> Option<Said> {
    let missing: Vec<&Selection> = selections.iter().filter(|s| s.headline.is_none()).collect();
    match missing.len() {
        0 => None,
        _ if selections.len() == 1 => Some(said!("indicator-for-all")),
        _ => Some(match names(&missing) {
            (list, false) => said!("indicator-for", list = list),
            (list, true) if list.is_empty() => said!("indicator-for-plain"),
            (list, true) => said!("indicator-for-both", list = list),
        }),
    }
}

/// The names of `selections` (series, unit and multiplier) joined with `; `, and whether one
/// of them has none: its values are said in words.
fn names(selections: &[&Selection]) -> (String, bool) {
    let names: Vec<String> = selections.iter().filter_map(|s| describe(s)).collect();
    let unnamed = names.len() < selections.len();
    (names.join("; "), unnamed)
}

/// "Country: England, Wales" for the columns named, a few values each.
fn written_values<'k>(data: &Dataset, columns: impl Iterator<Item = &'k String>) -> String {
    let listed: Vec<String> = columns
        .filter_map(|column| {
            let index = data.disaggregations.iter().position(|c| c == column)?;
            let mut values: Vec<&str> = data
                .selections
                .iter()
                .flat_map(|s| &s.lines)
                .map(|l| l.cells[index].as_str())
                .filter(|v| !v.is_empty())
                .collect();
            values.sort_unstable();
            values.dedup();
            // Past eight values, an ellipsis: a count would need words of a language.
            let more = if values.len() > 8 { ", …" } else { "" };
            values.truncate(8);
            Some(format!("{column}: {}{more}", values.join(", ")))
        })
        .collect();
    listed.join("; ")
}

/// "Series A, GBP": the series, unit and multiplier of `selection`, when it names any.
fn describe(selection: &Selection) -> Option<String> {
    let parts: Vec<&str> = [&selection.series, &selection.unit, &selection.multiplier]
        .into_iter()
        .filter_map(|p| p.as_deref())
        .collect();
    (!parts.is_empty()).then(|| parts.join(", "))
}

/// The selection `show_first:` names, else the first.
pub(super) fn main(
    at: &At<'_>,
    show_first: Option<&Spanned<RawShowFirst>>,
    data: &Dataset,
    problems: &mut Diagnostics,
) -> usize {
    let Some(wanted) = show_first else {
        return 0;
    };
    let matches = |wanted: &Option<String>, written: &Option<String>| {
        wanted
            .as_ref()
            .is_none_or(|w| Some(w.trim()) == written.as_deref())
    };
    if let Some(index) = data.selections.iter().position(|s| {
        matches(&wanted.value.series, &s.series) && matches(&wanted.value.unit, &s.unit)
    }) {
        return index;
    }
    let all: Vec<&Selection> = data.selections.iter().collect();
    let hint = match names(&all) {
        (list, _) if list.is_empty() => said!("G020-none"),
        (list, false) => said!("G020-pairs", list = list),
        (list, true) => said!("G020-pairs-and-plain", list = list),
    };
    problems.push(at.error_said(wanted, said!("G020"), hint));
    0
}

/// Every key of `labels:` must be a word of the data.
pub(super) fn check_labels(
    at: &At<'_>,
    config: &Config,
    labels: &BTreeMap<String, Spanned<LocalizedText>>,
    data: &Dataset,
    problems: &mut Diagnostics,
) {
    if labels.is_empty() {
        return;
    }
    let mut words: BTreeSet<&str> = BTreeSet::new();
    words.extend(data.columns.iter().map(|c| c.name.as_str()));
    for selection in &data.selections {
        for part in [&selection.series, &selection.unit, &selection.multiplier] {
            words.extend(part.as_deref());
        }
        for line in &selection.lines {
            words.extend(line.cells.iter().map(String::as_str));
            for observation in &line.observations {
                words.extend(data.status(observation));
            }
        }
    }
    for (label, text) in labels {
        if !words.contains(label.as_str()) {
            let hint = match nearest(label, words.iter().copied()) {
                Some(best) => said!("indicator-did-you-mean", best = best),
                None => said!("G021-words"),
            };
            problems.push(
                at.error_said(text, said!("G021", label = label), hint)
                    .into_warning(),
            );
        }
        // The data's own word stands for its own language.
        let default = &config.default_language().code;
        let missing: Vec<&str> = text
            .value
            .missing(config.language_codes())
            .into_iter()
            .filter(|lang| lang != default)
            .collect();
        if !missing.is_empty() {
            let said = said!(
                "G022",
                label = label,
                languages = &missing,
                lang = missing[0],
            );
            problems.push(at.said_at(text, said).into_warning());
        }
    }
}
