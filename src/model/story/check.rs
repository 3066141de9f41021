//! Checking one story file: its front matter read and every value validated where it is
//! written, its body rendered. The live preview keeps the results of unchanged files.

use std::collections::{BTreeSet, HashMap};
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use jiff::Timestamp;

use super::{Press, Quote};
use crate::config::Config;
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::load::SourceFile;
use crate::load::front_matter::{self, RawPress, RawStory};
use crate::markdown::{self, InternalLink, LinkContext};
use crate::model::data::{self, Reference, Referred};
use crate::model::fields::{self, At, key_line};
use crate::said;

/// One file's front matter after checking; `None` means "not written here, inherit".
#[derive(Default, Clone)]
pub(super) struct Checked {
    pub(super) title: Option<String>,
    pub(super) summary: Option<String>,
    pub(super) date: Option<Timestamp>,
    /// A `date` key is present, even if it could not be read.
    pub(super) date_written: bool,
    pub(super) cover: Option<String>,
    pub(super) sectors: Option<Vec<String>>,
    pub(super) countries: Option<Vec<String>>,
    pub(super) sdgs: Option<Vec<u8>>,
    pub(super) tags: Option<Vec<String>>,
    pub(super) partners: Option<Vec<String>>,
    pub(super) projects: Option<Vec<String>>,
    pub(super) indicators: Option<Vec<String>>,
    pub(super) draft: Option<bool>,
    pub(super) embargo: Option<Timestamp>,
    pub(super) translation_checked: Option<Timestamp>,
    pub(super) press: Option<Press>,
    pub(super) aliases: Vec<String>,
    /// Shared with the cache and the published translation: never copied.
    pub(super) body_html: Arc<str>,
    pub(super) markdown: super::Markdown,
    /// Files beside the story that the body links to or shows.
    pub(super) used_assets: BTreeSet<String>,
    pub(super) links: Vec<InternalLink>,
    /// Projects, indicators and partners named, checked once the data is read.
    pub(super) references: Vec<Reference>,
    /// Images shown with `{{ figure(src="...") }}`: they need a description in images.yaml.
    pub(super) figures: Vec<String>,
}

/// Checked story files kept between builds of the same site (the live preview): a file whose
/// text, neighbouring files and configuration are unchanged is not parsed or rendered again.
#[derive(Default)]
pub(crate) struct CheckCache {
    entries: Mutex<HashMap<PathBuf, Memo>>,
}

struct Memo {
    /// What the result depends on.
    text: Arc<str>,
    assets: Vec<String>,
    config: Arc<str>,
    /// The result, shared with every build that finds it, and the problems found.
    checked: Option<Arc<Checked>>,
    problems: Diagnostics,
}

/// The cache as one build uses it: with the key of the build's configuration, worked out once.
pub(crate) struct CacheForBuild<'a> {
    cache: &'a CheckCache,
    config: Arc<str>,
}

impl CheckCache {
    pub(crate) fn for_build(&self, config: &Config) -> CacheForBuild<'_> {
        CacheForBuild {
            cache: self,
            config: config_key(config).into(),
        }
    }
}

/// What of the configuration a checked file depends on.
fn config_key(config: &Config) -> String {
    format!(
        "{}|{}|{:?}|{:?}|{:?}|{:?}",
        config.base_path,
        config.allow_html,
        config.utc_offset,
        config.sectors.keys().collect::<Vec<_>>(),
        config.language_codes().collect::<Vec<_>>(),
        config.press.contacts.keys().collect::<Vec<_>>()
    )
}

/// [`check_file`], answered from `cache` when nothing it depends on has changed.
pub(super) fn check_file_cached(
    config: &Config,
    cache: Option<&CacheForBuild<'_>>,
    slug: &str,
    file: &SourceFile,
    assets: &[&str],
    problems: &mut Diagnostics,
) -> Option<Arc<Checked>> {
    let Some(CacheForBuild { cache, config: key }) = cache else {
        return check_file(config, slug, file, assets, problems).map(Arc::new);
    };
    let known = cache.entries.lock().ok().and_then(|entries| {
        entries
            .get(&file.path)
            .filter(|memo| {
                // The file cache hands back the same text while the file is unchanged.
                (Arc::ptr_eq(&memo.text, &file.text) || memo.text == file.text)
                    && memo.config == *key
                    && memo.assets == assets
            })
            .map(|memo| (memo.checked.clone(), memo.problems.clone()))
    });
    if let Some((checked, found)) = known {
        problems.extend(found);
        return checked;
    }
    let mut found = Diagnostics::default();
    let checked = check_file(config, slug, file, assets, &mut found).map(Arc::new);
    problems.extend(found.clone());
    if let Ok(mut entries) = cache.entries.lock() {
        entries.insert(
            file.path.clone(),
            Memo {
                text: file.text.clone(),
                assets: assets.iter().map(|a| (*a).to_owned()).collect(),
                config: Arc::clone(key),
                checked: checked.clone(),
                problems: found,
            },
        );
    }
    checked
}

fn check_file(
    config: &Config,
    slug: &str,
    file: &SourceFile,
    assets: &[&str],
    problems: &mut Diagnostics,
) -> Option<Checked> {
    let split = front_matter::split(&file.path, &file.text)
        .map_err(|problem| problems.push(problem))
        .ok()?;
    let links = LinkContext {
        base_path: &config.base_path,
        page_path: crate::urls::story(&file.lang, slug),
        assets: Some(assets),
    };
    let raw: RawStory = match front_matter::parse(&file.path, &file.text, &split) {
        Ok(raw) => raw,
        Err(found) => {
            problems.extend(found);
            // The body's own problems (links, images) are reported in the same run.
            markdown::render_body(file, &split, &links, config.allow_html, problems);
            return None;
        }
    };
    let at = At {
        path: &file.path,
        text: &file.text,
        line_offset: 1,
    };
    let RawStory {
        title,
        date,
        summary,
        cover,
        sectors,
        countries,
        sdgs,
        partners,
        projects,
        indicators,
        tags,
        draft,
        embargo,
        translation_checked,
        aliases,
        press,
    } = raw;
    let title = match title {
        Some(t) if !t.value.trim().is_empty() => Some(t.value.trim().to_owned()),
        Some(t) => {
            problems.push(at.said_at(&t, said!("S015")));
            None
        }
        None => {
            problems.push(Diagnostic::error_said(&file.path, said!("S001")).at(&file.text, 2, 1));
            None
        }
    };
    let rendered = markdown::render_body(file, &split, &links, config.allow_html, problems);
    let mut references = Vec::new();
    for (what, ids) in [
        (Referred::Partner, &partners),
        (Referred::Project, &projects),
        (Referred::Indicator, &indicators),
    ] {
        references.extend(ids.iter().flat_map(|ids| data::references(&at, what, ids)));
    }
    references.extend(
        rendered
            .shortcodes
            .iter()
            .filter_map(|(shortcode, position)| {
                Reference::to_shortcode(shortcode, &file.path, position)
            }),
    );
    Some(Checked {
        title,
        summary: summary
            .map(|s| s.trim().to_owned())
            .filter(|s| !s.is_empty()),
        date_written: date.is_some(),
        date: date.and_then(|d| fields::instant(&at, config, &d, problems)),
        cover: cover.and_then(|c| fields::local_file(&at, &c, assets, problems)),
        sectors: sectors.map(|v| fields::sectors(&at, config, v, problems)),
        countries: countries.map(|v| fields::countries(&at, v, problems)),
        sdgs: sdgs.map(|v| fields::goals(&at, v, problems)),
        tags: tags.map(|v| fields::tags(&at, v, problems)),
        partners: partners.map(|v| fields::ids(&at, "partner", v, problems)),
        projects: projects.map(|v| fields::ids(&at, "project", v, problems)),
        indicators: indicators.map(|v| fields::ids(&at, "indicator", v, problems)),
        draft,
        embargo: embargo.and_then(|e| fields::embargo(&at, &e, problems)),
        translation_checked: translation_checked
            .and_then(|t| fields::instant_to_end_of_day(&at, config, &t, problems)),
        press: press.map(|p| check_press(&at, config, p, problems)),
        aliases: fields::aliases(&at, aliases, problems),
        body_html: rendered.html.into(),
        markdown: super::Markdown::new(&file.text, split.body_offset),
        used_assets: rendered.used_assets,
        links: rendered.internal_links,
        figures: rendered
            .shortcodes
            .iter()
            .filter_map(|(shortcode, _)| match shortcode {
                crate::markdown::shortcodes::Shortcode::Figure { src } => Some(src.clone()),
                _ => None,
            })
            .collect(),
        references,
    })
}

fn check_press(at: &At<'_>, config: &Config, press: RawPress, problems: &mut Diagnostics) -> Press {
    let contacts = &config.press.contacts;
    if press.contact.is_none() {
        problems.push(
            Diagnostic::warning_said(at.path, said!("S011"))
                .at(at.text, key_line(at.text, "press"), 1)
                .with_hint_said(if contacts.is_empty() {
                    said!("S011-define")
                } else {
                    said!("S011-name", list = contacts.keys().collect::<Vec<_>>())
                }),
        );
    }
    let contact = press.contact.and_then(|id| {
        if contacts.contains_key(&id.value) {
            return Some(id.value);
        }
        let hint = match crate::diagnostic::nearest(&id.value, contacts.keys().map(String::as_str))
        {
            Some(best) => said!("S014-did-you-mean", best = best),
            None if contacts.is_empty() => said!("S014-define"),
            None => said!("S014-one-of", list = contacts.keys().collect::<Vec<_>>()),
        };
        problems.push(at.error_said(&id, said!("S014", name = &id.value), hint));
        None
    });
    Press {
        contact,
        city: press.city,
        notes: press
            .notes
            .map(|n| n.trim().to_owned())
            .filter(|n| !n.is_empty()),
        quotes: press
            .quotes
            .into_iter()
            .map(|q| Quote {
                text: q.text,
                by: q.by,
                role: q.role,
            })
            .collect(),
    }
}
