//! Checks of an indicator's values where they are written: words chosen from a list, years and
//! periods and numbers, the target against the baseline, the order of a series, the source.

use std::collections::BTreeMap;

use serde_saphyr::Spanned;

use super::{Direction, Point, RawPeriod, RawPoint, Source};
use crate::config::Config;
use crate::diagnostic::{Diagnostics, nearest};
use crate::localized::LocalizedText;
use crate::messages::Said;
use crate::model::data::period::Period;
use crate::model::data::series::{Observation, unreadable_period};
use crate::model::data::{check_text, check_url};
use crate::model::fields::At;
use crate::said;

/// One of a few words, or the error `problem` (said with the word written as `value`)
/// suggesting the nearest.
pub(super) fn choose<T: Copy>(
    at: &At<'_>,
    value: &Spanned<String>,
    problem: Said,
    options: &[(&str, T)],
    problems: &mut Diagnostics,
) -> Option<T> {
    let written = value.value.trim();
    if let Some((_, chosen)) = options.iter().find(|(word, _)| *word == written) {
        return Some(*chosen);
    }
    let words: Vec<&str> = options.iter().map(|(word, _)| *word).collect();
    let hint = match nearest(written, words.iter().copied()) {
        Some(best) => said!("indicator-did-you-mean", best = best),
        None => said!("indicator-one-of", list = words),
    };
    problems.push(at.error_said(value, problem, hint));
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
            let said = unreadable_period(&written, why);
            problems.push(at.said_at(raw, said));
            None
        }
    }
}

pub(super) fn point(at: &At<'_>, raw: &RawPoint, problems: &mut Diagnostics) -> Option<Point> {
    let period = period(at, &raw.year, problems);
    if !raw.value.value.is_finite() {
        let said = said!("G006");
        problems.push(at.said_at(&raw.value, said));
        return None;
    }
    if !crate::model::data::plausible::plausible(raw.value.value) {
        let said = said!("G007", value = at.as_written(&raw.value));
        problems.push(at.said_at(&raw.value, said));
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
        let said = said!("G008");
        problems.push(at.said_at(target, said));
        return;
    };
    let Some(goal) = target_point else {
        return;
    };
    if goal.period.progress_end() <= baseline.period.progress_end() {
        let said = said!("G009", baseline = &baseline.period.label);
        problems.push(at.said_at(&target.value.year, said));
    }
    let wrong_way = match direction {
        Direction::Increase => goal.value < baseline.value,
        Direction::Decrease => goal.value > baseline.value,
    };
    if wrong_way {
        // What the target shows, what `direction:` counts as progress, and the other way.
        let (comparison, counted, written, wanted, other) = match direction {
            Direction::Increase => (
                said!("G010-lower"),
                said!("G010-rise"),
                "increase",
                said!("G010-fall"),
                "decrease",
            ),
            Direction::Decrease => (
                said!("G010-higher"),
                said!("G010-fall"),
                "decrease",
                said!("G010-rise"),
                "increase",
            ),
        };
        let said = said!(
            "G010",
            comparison = comparison,
            counted = counted,
            direction = written,
            wanted = wanted,
            other = other,
        );
        problems.push(at.said_at(&target.value.value, said));
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
            let said = said!(
                "G011",
                period = &point.period.label,
                previous = &previous.period.label
            );
            problems.push(at.said_at(&entry.value.year, said));
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
            let said = said!("G013", key = key, keys = codes);
            problems.push(at.said_at(&raw, said));
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
