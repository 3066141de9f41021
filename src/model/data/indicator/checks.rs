//! Checks of an indicator's values where they are written: words chosen from a list, years and
//! numbers, the target against the baseline, the order of a series, the source.

use std::collections::BTreeMap;

use serde_saphyr::Spanned;

use super::{Direction, Point, RawPoint, Series, Source};
use crate::config::Config;
use crate::diagnostic::{Diagnostics, nearest};
use crate::localized::LocalizedText;
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

/// Years a statistics office could report: anything else is a typing mistake.
const YEARS: std::ops::RangeInclusive<i64> = 1900..=2100;

pub(super) fn point(at: &At<'_>, raw: &RawPoint, problems: &mut Diagnostics) -> Option<Point> {
    if !YEARS.contains(&raw.year.value) {
        problems.push(at.error(
            &raw.year,
            format!("{} is not a plausible year", raw.year.value),
            "write the year in four digits, like 2024".to_owned(),
        ));
        return None;
    }
    if !raw.value.value.is_finite() {
        problems.push(at.error(
            &raw.value,
            "the value is not a number".to_owned(),
            "write a plain number, like 15 or 12.5".to_owned(),
        ));
        return None;
    }
    Some(Point {
        year: i32::try_from(raw.year.value).ok()?,
        value: raw.value.value,
    })
}

pub(super) fn check_target(
    at: &At<'_>,
    target: &Spanned<RawPoint>,
    baseline: Option<Point>,
    target_point: Option<Point>,
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
    if goal.year <= baseline.year {
        problems.push(at.error(
            &target.value.year,
            "the target's year is not after the baseline's".to_owned(),
            format!("the baseline is {}: the target comes later", baseline.year),
        ));
    }
    if goal.value == baseline.value {
        problems.push(at.error(
            &target.value.value,
            "the target is the same as the baseline: there is no progress to measure".to_owned(),
            "write the value the indicator should reach by the target's year".to_owned(),
        ));
        return;
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
) -> Vec<Series> {
    let mut points: Vec<Point> = Vec::with_capacity(raw.len());
    for entry in raw {
        let Some(point) = point(at, &entry.value, problems) else {
            continue;
        };
        if let Some(previous) = points.last()
            && point.year <= previous.year
        {
            problems.push(at.error(
                &entry.value.year,
                format!(
                    "the years are out of order: {} comes after {}",
                    point.year, previous.year
                ),
                "list the values from the oldest year to the newest, one per year".to_owned(),
            ));
            continue;
        }
        points.push(point);
    }
    if points.is_empty() {
        return Vec::new();
    }
    vec![Series {
        label: None,
        points,
    }]
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
    check_text(at, config, &spanned, "the source", problems);
    Source {
        name: spanned.value,
        url,
    }
}
