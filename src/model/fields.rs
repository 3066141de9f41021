//! Checks of single front-matter values (taxonomy ids, dates, file names, aliases), each
//! reported at the value's own line with a suggestion.

use std::path::Path;

use jiff::Timestamp;
use serde_saphyr::Spanned;

use super::{alias, date, places};
use crate::config::Config;
use crate::diagnostic::{Diagnostic, Diagnostics, nearest};
use crate::messages::{Arg, Said};
use crate::said;
use crate::slug;

/// One file's text and path, to point problems at their line.
pub(crate) struct At<'a> {
    pub path: &'a Path,
    pub text: &'a str,
    /// Lines of the file before the YAML block.
    pub line_offset: usize,
}

impl At<'_> {
    /// An error from the catalogue at the place `value` was written, with its own hint.
    pub(crate) fn error_said<T>(
        &self,
        value: &Spanned<T>,
        message: Said,
        hint: Said,
    ) -> Diagnostic {
        self.said_at(value, message).with_hint_said(hint)
    }

    /// The number at `value` as the file writes it (`1e300`), else as read: a figure too large
    /// to be true is quoted as the writer typed it, not as 301 digits.
    pub(crate) fn as_written(&self, value: &Spanned<f64>) -> String {
        let span = value.referenced.span();
        span.byte_offset()
            .zip(span.byte_len())
            .and_then(|(start, len)| {
                let start = usize::try_from(start).ok()?;
                self.text
                    .get(start..start.checked_add(usize::try_from(len).ok()?)?)
            })
            .map(str::trim)
            .filter(|written| written.parse::<f64>().is_ok_and(|read| read == value.value))
            .map_or_else(|| value.value.to_string(), str::to_owned)
    }

    /// An error from the catalogue at the place `value` was written.
    pub(crate) fn said_at<T>(&self, value: &Spanned<T>, message: Said) -> Diagnostic {
        let line = value.referenced.line() as usize + self.line_offset;
        let column = value.referenced.column() as usize;
        Diagnostic::error_said(self.path, message).at(self.text, line, column)
    }
}

pub(crate) fn sectors(
    at: &At<'_>,
    config: &Config,
    values: Vec<Spanned<String>>,
    problems: &mut Diagnostics,
) -> Vec<String> {
    let values = listed(values);
    let written: Vec<String> = values.iter().map(|v| v.value.clone()).collect();
    let mut ids = Vec::new();
    for value in values {
        if config.sectors.contains_key(&value.value) {
            ids.push(value.value);
            continue;
        }
        // Suggest only sectors not already in the list.
        let candidates = config
            .sectors
            .keys()
            .map(String::as_str)
            .filter(|id| !written.iter().any(|w| w == id));
        let hint = match nearest(&value.value, candidates) {
            Some(best) => said!("V001-did-you-mean", best = best),
            None if config.sectors.is_empty() => said!("V001-define"),
            None => said!(
                "V001-one-of",
                list = config.sectors.keys().collect::<Vec<_>>()
            ),
        };
        problems.push(at.error_said(&value, said!("V001", name = &value.value), hint));
    }
    ids
}

pub(crate) fn countries(
    at: &At<'_>,
    values: Vec<Spanned<String>>,
    problems: &mut Diagnostics,
) -> Vec<String> {
    let mut codes = Vec::new();
    for value in listed(values) {
        let upper = value.value.trim().to_ascii_uppercase();
        if places::country(&upper).is_some() {
            if upper != value.value {
                problems.push(
                    at.error_said(
                        &value,
                        said!("V002", code = &value.value),
                        said!("V-write", right = &upper),
                    )
                    .into_warning(),
                );
            }
            codes.push(upper);
            continue;
        }
        let exceptional = match upper.as_str() {
            "UK" => Some("GB"),
            "EL" => Some("GR"),
            _ => None,
        };
        if let Some(code) = exceptional {
            problems.push(at.error_said(
                &value,
                said!("V003", code = &value.value),
                said!("V-write", right = code),
            ));
            continue;
        }
        let hint = match places::countries().values().find(|c| {
            c.name
                .get("en", "en")
                .text
                .eq_ignore_ascii_case(value.value.trim())
        }) {
            Some(country) => said!("V004-code", code = country.code),
            None => said!("V004-use"),
        };
        problems.push(at.error_said(&value, said!("V004", code = &value.value), hint));
    }
    codes
}

pub(crate) fn goals(at: &At<'_>, values: Vec<Spanned<i64>>, problems: &mut Diagnostics) -> Vec<u8> {
    let mut numbers = Vec::new();
    for value in values {
        match places::goal(value.value) {
            Some(goal) => numbers.push(goal.number),
            None => problems.push(at.error_said(
                &value,
                said!("V005", number = value.value.to_string()),
                said!("V005-use"),
            )),
        }
    }
    numbers
}

/// The items of a list, with items joined by an Arabic comma or semicolon split apart: an
/// Arabic keyboard types `،` where YAML expects `,`, so `[المدارس، غزة]` reaches bayan as one item.
pub(crate) fn listed(values: Vec<Spanned<String>>) -> Vec<Spanned<String>> {
    let mut items = Vec::with_capacity(values.len());
    for value in values {
        if !value.value.contains(ARABIC_SEPARATORS) {
            items.push(value);
            continue;
        }
        items.extend(
            value
                .value
                .split(ARABIC_SEPARATORS)
                .map(str::trim)
                .filter(|part| !part.is_empty())
                .map(|part| Spanned::new(part.to_owned(), value.referenced, value.defined)),
        );
    }
    items
}

/// The Arabic comma and semicolon.
const ARABIC_SEPARATORS: [char; 2] = ['\u{060C}', '\u{061B}'];

pub(crate) fn tags(
    at: &At<'_>,
    values: Vec<Spanned<String>>,
    problems: &mut Diagnostics,
) -> Vec<String> {
    let mut tags = Vec::new();
    for value in listed(values) {
        let tag = value.value.trim();
        if tag.is_empty()
            || slug::unicode_id(tag) == "section" && !tag.eq_ignore_ascii_case("section")
        {
            problems.push(at.error_said(&value, said!("V006"), said!("V006-fix")));
        } else if tag.chars().count() > LONGEST_TAG {
            problems.push(at.error_said(
                &value,
                said!("V007", length = tag.chars().count(), longest = LONGEST_TAG),
                said!("V007-fix"),
            ));
        } else if tags.len() == MOST_TAGS {
            problems.push(at.error_said(
                &value,
                said!("V008", most = MOST_TAGS),
                said!("V008-fix"),
            ));
            break;
        } else {
            tags.push(tag.to_owned());
        }
    }
    tags
}

/// Tags a story may have: each makes a page and three feeds per language, so thousands of tags
/// on one story would write tens of thousands of files.
const MOST_TAGS: usize = 20;

/// The longest tag, in characters: its address must stay a valid file name (255 bytes, and an
/// Arabic letter takes two).
const LONGEST_TAG: usize = 60;

/// Ids of things defined elsewhere (partners, projects, indicators, contacts).
pub(crate) fn ids(
    at: &At<'_>,
    what: &str,
    values: Vec<Spanned<String>>,
    problems: &mut Diagnostics,
) -> Vec<String> {
    let mut ids = Vec::new();
    for value in listed(values) {
        if slug::is_slug(&value.value) {
            ids.push(value.value);
        } else {
            let what = match what {
                "partner" => Arg::from(said!("what-partner")),
                "project" => Arg::from(said!("what-project")),
                "indicator" => Arg::from(said!("what-indicator")),
                other => Arg::from(other),
            };
            let message = Said {
                id: "V009",
                args: vec![("id", Arg::from(&value.value)), ("what", what)],
                attribute: None,
            };
            problems.push(at.error_said(&value, message, said!("V009-fix")));
        }
    }
    ids
}

/// The instant `value` names; a date alone is its first moment (`date:`).
pub(crate) fn instant(
    at: &At<'_>,
    config: &Config,
    value: &Spanned<String>,
    problems: &mut Diagnostics,
) -> Option<Timestamp> {
    instant_read(
        at,
        value,
        problems,
        date::parse_instant(&value.value, config.utc_offset),
    )
}

/// The instant `value` names; a date alone is its last moment (`translation_checked:`, which
/// covers the whole day it names).
pub(crate) fn instant_to_end_of_day(
    at: &At<'_>,
    config: &Config,
    value: &Spanned<String>,
    problems: &mut Diagnostics,
) -> Option<Timestamp> {
    let parsed = date::parse_until_end_of_day(&value.value, config.utc_offset);
    instant_read(at, value, problems, parsed)
}

fn instant_read(
    at: &At<'_>,
    value: &Spanned<String>,
    problems: &mut Diagnostics,
    parsed: Option<Timestamp>,
) -> Option<Timestamp> {
    if parsed.is_none() {
        problems.push(at.error_said(
            value,
            said!("V010", value = &value.value),
            said!("V010-fix"),
        ));
    }
    parsed
}

pub(crate) fn embargo(
    at: &At<'_>,
    value: &Spanned<String>,
    problems: &mut Diagnostics,
) -> Option<Timestamp> {
    let parsed = date::parse_embargo(&value.value);
    if parsed.is_none() {
        problems.push(at.error_said(
            value,
            said!("V011", value = &value.value),
            said!("V011-fix"),
        ));
    }
    parsed
}

/// A cover or other file named in front matter: a plain name of a file beside the story.
pub(crate) fn local_file(
    at: &At<'_>,
    value: &Spanned<String>,
    assets: &[&str],
    problems: &mut Diagnostics,
) -> Option<String> {
    let name = value.value.trim();
    if assets.contains(&name) {
        return Some(name.to_owned());
    }
    let hint = if name.contains('/') || name.contains('\\') || name.contains("..") {
        said!("V012-plain")
    } else if assets.is_empty() {
        said!("V012-add", name = name)
    } else {
        said!("V012-files", name = name, list = assets)
    };
    problems.push(at.error_said(value, said!("V012", name = name), hint));
    None
}

pub(crate) fn aliases(
    at: &At<'_>,
    values: Vec<Spanned<String>>,
    problems: &mut Diagnostics,
) -> Vec<String> {
    let mut paths = Vec::new();
    for value in values {
        match alias::alias_file(&value.value) {
            Ok(_) => paths.push(value.value),
            Err(hint) => problems.push(at.error_said(
                &value,
                said!("V013", value = &value.value),
                Said::new(hint),
            )),
        }
    }
    paths
}

/// The line of the front matter where `key:` is written, else the title's line.
pub(crate) fn key_line(text: &str, key: &str) -> usize {
    text.lines()
        .position(|line| {
            line.strip_prefix(key)
                .is_some_and(|rest| rest.trim_start().starts_with(':'))
        })
        .map_or(2, |index| index + 1)
}
