//! site.yaml as written, resolved into the [`Config`] later stages read: defaults filled in,
//! every value checked and reported at its line.

use std::collections::BTreeMap;
use std::path::Path;

use jiff::tz::Offset;
use serde_saphyr::Spanned;

use super::raw::RawConfig;
use super::site_yaml::SiteYaml;
use super::{
    Config, FeedContent, Feeds, Language, Overrides, iati, images, language, press, social,
    split_base_url,
};
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::localized::LocalizedText;
use crate::messages::{Said, Speech};
use crate::said;

/// The checked configuration; `None` when a value it cannot do without (the base URL, a
/// language) is wrong. Every problem is reported.
pub(super) fn resolve(
    root: &Path,
    raw: RawConfig,
    overrides: &Overrides,
    text: &str,
    shown: &Path,
    problems: &mut Diagnostics,
) -> Option<Config> {
    let RawConfig {
        title,
        description,
        base_url,
        languages,
        theme,
        numerals,
        hijri,
        timezone,
        sectors,
        markdown,
        stories_per_page,
        feeds,
        images,
        social,
        press,
        indicators,
        iati,
        publish_hidden,
        messages,
    } = raw;
    let yaml = SiteYaml { text, shown };
    let (base_url, base_path) = resolve_base_url(&base_url, overrides, yaml, problems)?;
    let languages = resolve_languages(languages, &numerals, yaml, problems)?;
    let utc_offset = timezone.map_or(Offset::UTC, |written| {
        resolve_timezone(&written, yaml, problems)
    });
    check_translated(
        &languages,
        &title,
        description.as_ref(),
        &sectors,
        shown,
        problems,
    );
    check_sectors_and_counts(&sectors, feeds.items, stories_per_page, shown, problems);
    let (publisher, dac_sectors) = iati::resolve(iati, &sectors, yaml, problems);
    let recipe = images::resolve(&images, yaml, problems);
    Some(Config {
        root: root.to_path_buf(),
        title,
        description,
        base_url,
        base_path,
        languages,
        theme: theme.unwrap_or_else(|| "default".to_owned()),
        sectors,
        allow_html: markdown.allow_html,
        utc_offset,
        hijri,
        stories_per_page: stories_per_page.unwrap_or(20).max(1),
        feeds: Feeds {
            items: feeds.items.unwrap_or(20).max(1),
            content: feeds.content.unwrap_or(FeedContent::Full),
        },
        social: social::resolve((root, recipe.max_pixels), social, yaml, problems),
        press: press::resolve((root, recipe.max_pixels), press, yaml, problems),
        images: recipe,
        indicator_attributes: indicators.attributes,
        indicator_licence: indicators
            .license
            .and_then(|written| resolve_licence(&written, yaml, problems)),
        messages: messages.and_then(|written| messages_language(&written, yaml, problems)),
        publish_hidden: publish_hidden
            .iter()
            .map(|path| hidden_path(path))
            .collect(),
        publisher,
        dac_sectors,
    })
}

/// `base_url` (or `--base-url`), split into the address and its path.
fn resolve_base_url(
    written: &Spanned<String>,
    overrides: &Overrides,
    yaml: SiteYaml<'_>,
    problems: &mut Diagnostics,
) -> Option<(String, String)> {
    let text = overrides
        .base_url
        .clone()
        .unwrap_or_else(|| written.value.clone());
    let split = split_base_url(&text);
    if split.is_none() {
        problems.push(yaml.error_said(written, said!("C002", value = format!("{text:?}"))));
    }
    split
}

/// `languages:` (English and Arabic when not written), each with the digits `numerals:` gives
/// it; `None` when no language is left.
fn resolve_languages(
    written: Option<Vec<Spanned<String>>>,
    numerals: &BTreeMap<String, language::Numerals>,
    yaml: SiteYaml<'_>,
    problems: &mut Diagnostics,
) -> Option<Vec<Language>> {
    let codes: Vec<Spanned<String>> = written.unwrap_or_else(|| {
        ["en", "ar"]
            .map(|c| Spanned {
                value: c.to_owned(),
                referenced: serde_saphyr::Location::UNKNOWN,
                defined: serde_saphyr::Location::UNKNOWN,
            })
            .into()
    });
    if codes.is_empty() {
        problems.push(Diagnostic::error_said(yaml.shown, said!("C003")));
        return None;
    }
    let mut languages: Vec<Language> = Vec::new();
    for code in &codes {
        if !language::is_valid_code(&code.value) {
            problems.push(yaml.error_said(code, said!("C004", code = &code.value)));
        } else if languages.iter().any(|l| l.code == code.value) {
            problems.push(yaml.error_said(code, said!("C005", code = &code.value)));
        } else {
            languages.push(Language::new(
                &code.value,
                numerals.get(&code.value).copied(),
            ));
        }
    }
    for code in numerals.keys() {
        if !languages.iter().any(|l| &l.code == code) {
            problems.push(Diagnostic::warning_said(
                yaml.shown,
                said!("C006", code = code),
            ));
        }
    }
    Some(languages)
}

/// `timezone:`, in which dates written without a time are read; UTC when it cannot be.
fn resolve_timezone(
    written: &Spanned<String>,
    yaml: SiteYaml<'_>,
    problems: &mut Diagnostics,
) -> Offset {
    parse_offset(&written.value).unwrap_or_else(|| {
        problems.push(yaml.error_said(
            written,
            said!("C007", value = format!("{:?}", written.value)),
        ));
        Offset::UTC
    })
}

/// `indicators: license:`, an `http(s)://` address, which search engines show as the data's
/// licence; `None` when it is not one.
fn resolve_licence(
    written: &Spanned<String>,
    yaml: SiteYaml<'_>,
    problems: &mut Diagnostics,
) -> Option<String> {
    let address = written.value.trim();
    let host = address
        .strip_prefix("https://")
        .or_else(|| address.strip_prefix("http://"));
    let valid = host.is_some_and(|h| !h.is_empty() && !h.contains(char::is_whitespace));
    if !valid {
        problems.push(yaml.error_said(
            written,
            said!("C031", value = format!("{:?}", written.value)),
        ));
    }
    valid.then(|| address.to_owned())
}

/// Warns of the site's texts (title, description, sector names) missing a language.
fn check_translated(
    languages: &[Language],
    title: &LocalizedText,
    description: Option<&LocalizedText>,
    sectors: &BTreeMap<String, LocalizedText>,
    shown: &Path,
    problems: &mut Diagnostics,
) {
    let codes: Vec<&str> = languages.iter().map(|l| l.code.as_str()).collect();
    let mut check = |what: Said, value: &LocalizedText| {
        let missing = value.missing(codes.iter().copied());
        if !missing.is_empty() {
            problems.push(Diagnostic::warning_said(
                shown,
                said!("C008", what = what, missing = missing),
            ));
        }
    };
    check(said!("C008-title"), title);
    if let Some(description) = description {
        check(said!("C008-description"), description);
    }
    for (id, name) in sectors {
        check(said!("C008-sector", id = id), name);
    }
}

/// Sector ids that cannot be addresses, and counts of zero that would publish nothing.
fn check_sectors_and_counts(
    sectors: &BTreeMap<String, LocalizedText>,
    feed_items: Option<usize>,
    stories_per_page: Option<usize>,
    shown: &Path,
    problems: &mut Diagnostics,
) {
    for id in sectors.keys() {
        if !crate::slug::is_slug(id) {
            problems.push(Diagnostic::error_said(shown, said!("C009", id = id)));
        }
    }
    if feed_items == Some(0) {
        problems.push(Diagnostic::error_said(shown, said!("C010")));
    }
    if stories_per_page == Some(0) {
        problems.push(Diagnostic::error_said(shown, said!("C011")));
    }
}

/// A path of `publish_hidden:` as a path inside static/: `/static/.well-known/` is
/// `.well-known`.
fn hidden_path(written: &str) -> String {
    let path = written.trim().trim_start_matches('/');
    path.strip_prefix("static/")
        .unwrap_or(path)
        .trim_end_matches('/')
        .to_owned()
}

/// `messages:` of site.yaml: `ar` or `en`.
fn messages_language(
    written: &Spanned<String>,
    yaml: SiteYaml<'_>,
    problems: &mut Diagnostics,
) -> Option<Speech> {
    match written.value.trim() {
        "ar" => Some(Speech::Arabic),
        "en" => Some(Speech::English),
        _ => {
            problems.push(yaml.error_said(written, said!("C012", value = &written.value)));
            None
        }
    }
}

/// `UTC`, `Z`, `+03:00`, `-05:30` or `+3`.
pub(super) fn parse_offset(text: &str) -> Option<Offset> {
    let text = text.trim();
    if text.eq_ignore_ascii_case("utc") || text == "Z" {
        return Some(Offset::UTC);
    }
    let (sign, rest) = match text.as_bytes().first()? {
        b'+' => (1, &text[1..]),
        b'-' => (-1, &text[1..]),
        _ => return None,
    };
    let (hours, minutes) = rest.split_once(':').unwrap_or((rest, "0"));
    let hours: i32 = hours.parse().ok()?;
    let minutes: i32 = minutes.parse().ok()?;
    if !(0..=14).contains(&hours) || !(0..60).contains(&minutes) {
        return None;
    }
    Offset::from_seconds(sign * (hours * 3600 + minutes * 60)).ok()
}
