//! Checks of an indicator's values where they are written: words chosen from a list, years and
//! periods and numbers, the target against the baseline, the order of a series, the source.

use std::collections::BTreeMap;

use serde_saphyr::Spanned;

use super::{Direction, Point, RawPeriod, RawPoint, Source};
use crate::config::Config;
use crate::diagnostic::{Diagnostics, nearest};
use crate::localized::LocalizedText;
use crate::model::data::period::{PERIOD_FORMS, Period};
use crate::model::data::series::Observation;
use crate::model::data::{check_text, check_url};
use crate::model::fields::At;

/// One of a few words, or an error suggesting the nearest.
pub(super) fn choose<T: Copy>(
    at: &At<'_>,
    value: &Spanned<String>,
    key: &str,
    options: &[(&str, T)],
    problems: &mut Diagnostics,
) -> Option<T> {
    let written = value.value.trim();
    if let Some((_, chosen)) = options.iter().find(|(word, _)| *word == written) {
        return Some(*chosen);
    }
    let words: Vec<&str> = options.iter().map(|(word, _)| *word).collect();
    let hint = match nearest(written, words.iter().copied()) {
        Some(best) => format!("did you mean `{best}`?"),
        None => format!("write one of: {}", words.join(", ")),
    };
    problems.push(at.error(value, format!("unknown {key} `{written}`"), hint));
    None
}

/// A year or period as written in YAML: `2024` or `"2023-24"`.
pub(super) fn period(
    at: &At<'_>,
    raw: &Spanned<RawPeriod>,
    problems: &mut Diagnostics,
) -> Option<Period> {
    let parsed = match &raw.value {
        RawPeriod::Year(year) => i32::try_from(*year)
            .map_err(|_| "is not a plausible year")
            .and_then(|y| Period::parse(&y.to_string())),
        RawPeriod::Written(text) => Period::parse(text),
    };
    match parsed {
        Ok(period) => Some(period),
        Err(why) => {
            let written = match &raw.value {
                RawPeriod::Year(year) => year.to_string(),
                RawPeriod::Written(text) => text.clone(),
            };
            problems.push(at.error(
                raw,
                format!("`{written}` {why}"),
                format!("write {PERIOD_FORMS}"),
            ));
            None
        }
    }
}

pub(super) fn point(at: &At<'_>, raw: &RawPoint, problems: &mut Diagnostics) -> Option<Point> {
    let period = period(at, &raw.year, problems);
    if !raw.value.value.is_finite() {
        problems.push(at.error(
            &raw.value,
            "the value is not a number".to_owned(),
            "write a plain number, like 15 or 12.5".to_owned(),
        ));
        return None;
    }
    if !crate::model::data::plausible::plausible(raw.value.value) {
        problems.push(at.error(
            &raw.value,
            format!("{} is too large a value to show exactly", raw.value.value),
            crate::model::data::plausible::HINT.to_owned(),
        ));
        return None;
    }
    Some(Point {
        period: period?,
        value: raw.value.value,
    })
}

/// A target after its baseline, on the side of it that `direction` counts as progress; a
/// target equal to the baseline means keeping a level.
pub(super) fn check_target(
    at: &At<'_>,
    target: &Spanned<RawPoint>,
    baseline: Option<&Point>,
    target_point: Option<&Point>,
    direction: Direction,
    problems: &mut Diagnostics,
) {
    let Some(baseline) = baseline else {
        problems.push(at.error(
            target,
            "the indicator has a target but no baseline".to_owned(),
            "add `baseline: {year: ..., value: ...}`: progress is measured from it".to_owned(),
        ));
        return;
    };
    let Some(goal) = target_point else {
        return;
    };
    if goal.period.progress_end() <= baseline.period.progress_end() {
        problems.push(at.error(
            &target.value.year,
            "the target's year is not after the baseline's".to_owned(),
            format!(
                "the baseline is {}: the target comes later",
                baseline.period.label
            ),
        ));
    }
    let wrong_way = match direction {
        Direction::Increase => goal.value < baseline.value,
        Direction::Decrease => goal.value > baseline.value,
    };
    if wrong_way {
        let (word, other) = match direction {
            Direction::Increase => ("lower", "decrease"),
            Direction::Decrease => ("higher", "increase"),
        };
        problems.push(at.error(
            &target.value.value,
            format!(
                "the target is {word} than the baseline, but progress is counted the other way"
            ),
            format!(
                "write `direction: {other}` if a {word} value is progress, or check the numbers"
            ),
        ));
    }
}

pub(super) fn inline_series(
    at: &At<'_>,
    raw: &[Spanned<RawPoint>],
    problems: &mut Diagnostics,
) -> Vec<Observation> {
    let mut observations: Vec<Observation> = Vec::with_capacity(raw.len());
    for entry in raw {
        let Some(point) = point(at, &entry.value, problems) else {
            continue;
        };
        if let Some(previous) = observations.last()
            && point.period.start < previous.period.end
        {
            problems.push(at.error(
                &entry.value.year,
                format!(
                    "the periods are out of order: {} comes after {}",
                    point.period.label, previous.period.label
                ),
                "list the values from the oldest period to the newest, one per period".to_owned(),
            ));
            continue;
        }
        observations.push(Observation {
            period: point.period,
            value: point.value,
            attributes: Vec::new(),
        });
    }
    observations
}

/// `source: {en: "...", ar: "...", url: "https://..."}`: a name per language and a link.
pub(super) fn check_source(
    at: &At<'_>,
    config: &Config,
    raw: Spanned<BTreeMap<String, String>>,
    problems: &mut Diagnostics,
) -> Source {
    let mut names = BTreeMap::new();
    let mut url = None;
    for (key, value) in &raw.value {
        if key == "url" {
            let spanned = Spanned {
                value: value.clone(),
                referenced: raw.referenced,
                defined: raw.defined,
            };
            url = check_url(at, &spanned, problems);
        } else if config.language(key).is_some() {
            names.insert(key.clone(), value.clone());
        } else {
            let codes: Vec<&str> = config.language_codes().chain(["url"]).collect();
            problems.push(at.error(
                &raw,
                format!("unknown key `{key}` in the source"),
                format!(
                    "write the source's name per language and its link: {}",
                    codes.join(", ")
                ),
            ));
        }
    }
    let name = LocalizedText::PerLanguage(names);
    let spanned = Spanned {
        value: name,
        referenced: raw.referenced,
        defined: raw.defined,
    };
    check_text(at, config, &spanned, "source", problems);
    Source {
        name: spanned.value,
        url,
    }
}
