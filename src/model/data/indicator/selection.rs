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
use crate::model::data::series::{Dataset, Selection};
use crate::model::fields::At;

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
            "add `series:` with yearly values, or a CSV file with columns Year,Value beside it"
        } else {
            "the CSV file beside it has no line with a value yet"
        };
        problems.push(
            Diagnostic::warning(
                at.path,
                "this indicator has no values yet, so its page shows no figure or progress",
            )
            .with_hint(hint),
        );
        return;
    }
    let named = match total.map(|t| (&t.value, t)) {
        None => None,
        Some((RawTotal::Word(word), spanned)) => {
            if word.trim() != "none" {
                problems.push(at.error(
                    spanned,
                    format!("unknown total `{word}`"),
                    "write `total: none`, or name the line that stands for the whole, like `total: {Country: England}`".to_owned(),
                ));
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
                    Some(best) => format!("did you mean `{best}`?"),
                    None => format!(
                        "the disaggregation columns are: {}",
                        data.disaggregations.join(", ")
                    ),
                };
                problems.push(at.error(
                    spanned,
                    format!("the data has no disaggregation column `{column}`"),
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
            problems.push(at.error(
                spanned,
                format!("no line of the data has exactly these values{}", missing),
                format!(
                    "name the disaggregation values of one line of the CSV file, leaving out the columns blank on it; {}",
                    written_values(data, cells.keys())
                ),
            ));
        }
        return;
    }
    if let Some(missing) = without_headline(&data.selections) {
        problems.push(
            Diagnostic::error(
                data_path,
                format!("no line of the data gives the total{missing}, so there is no headline figure"),
            )
            .with_hint(format!(
                "the total is on the lines whose disaggregation cells ({}) are all empty; if the data has none, name the line that stands for the whole in {}, like `total: {{{}: ...}}`, or write `total: none`",
                data.disaggregations.join(", "),
                at.path.display(),
                data.disaggregations.first().map_or("Country", String::as_str),
            )),
        );
    }
}

/// `Some` when a selection has no headline: " for Series A, GBP; ..." naming them when the data
/// has several, else "".
fn without_headline(selections: &[Selection]) -> Option<String> {
    let missing: Vec<String> = selections
        .iter()
        .filter(|s| s.headline.is_none())
        .map(describe)
        .collect();
    match missing.len() {
        0 => None,
        _ if selections.len() == 1 => Some(String::new()),
        _ => Some(format!(" for {}", missing.join("; "))),
    }
}

/// "the data has Country: England, Wales" for the columns named, a few values each.
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
            let more = values.len().saturating_sub(8);
            values.truncate(8);
            let more = if more > 0 {
                format!(" and {more} more")
            } else {
                String::new()
            };
            Some(format!("{column}: {}{more}", values.join(", ")))
        })
        .collect();
    format!("the data has {}", listed.join("; "))
}

fn describe(selection: &Selection) -> String {
    let parts: Vec<&str> = [&selection.series, &selection.unit, &selection.multiplier]
        .into_iter()
        .filter_map(|p| p.as_deref())
        .collect();
    if parts.is_empty() {
        "the values".to_owned()
    } else {
        parts.join(", ")
    }
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
    let pairs: Vec<String> = data.selections.iter().map(describe).collect();
    problems.push(at.error(
        wanted,
        "no values have this series and unit".to_owned(),
        format!("the data has: {}", pairs.join("; ")),
    ));
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
                Some(best) => format!("did you mean `{best}`?"),
                None => "labels translate the words of the data: series, units, disaggregations like Female or Rural, and column names".to_owned(),
            };
            problems.push(
                at.error(text, format!("the data has no `{label}`"), hint)
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
            problems.push(
                at.error(
                    text,
                    format!("the label `{label}` has no {} text", missing.join(", ")),
                    "add the translation, like {ar: \"...\"}; until then the data's own word is shown".to_owned(),
                )
                .into_warning(),
            );
        }
    }
}
