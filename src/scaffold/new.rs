//! `bayan new`: a story folder with a draft per language, a page per language, and project,
//! indicator and partner files that build as they are, every text to replace marked as such.

use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

use jiff::Timestamp;
use jiff::tz::TimeZone;

use super::{ScaffoldError, io_error};
use crate::config::{Config, Direction};
use crate::model::unfinished::{
    BODY_PLACEHOLDERS, INDICATOR_NAME_PLACEHOLDER, PAGE_TITLE_PLACEHOLDER,
    PARTNER_NAME_PLACEHOLDER, PROJECT_NAME_PLACEHOLDER, TITLE_PLACEHOLDERS, placeholder,
};
use crate::slug::is_slug;

/// Creates `content/stories/<slug>/index.<lang>.md` for every site language, as drafts dated
/// `now` in the site's timezone. `title` is the headline, put in the file of a language of its
/// script, or the slug itself; the slug is made from it unless `slug` is given. Returns the
/// files written.
pub fn new_story(
    config: &Config,
    title: &str,
    slug: Option<&str>,
    now: Timestamp,
) -> Result<Vec<PathBuf>, ScaffoldError> {
    let title = title.trim();
    let (slug, headline) = match slug {
        Some(slug) => (slug.to_owned(), Some(title)),
        None if is_slug(title) => (title.to_owned(), None),
        // An Arabic headline gives no letters for an address.
        None if !title.chars().any(|c| c.is_ascii_alphanumeric()) => {
            return Err(ScaffoldError::NoSlug);
        }
        None => (crate::load::suggest_slug(title), Some(title)),
    };
    let slug = slug.as_str();
    let right_to_left =
        headline.is_some_and(|h| h.chars().any(crate::diagnostic::is_right_to_left));
    if !is_slug(slug) {
        return Err(ScaffoldError::BadSlug {
            slug: slug.to_owned(),
            suggestion: crate::load::suggest_slug(slug),
        });
    }
    let folder = config.root.join("content/stories").join(slug);
    if folder.exists() {
        return Err(ScaffoldError::NotEmpty(folder));
    }
    fs::create_dir_all(&folder).map_err(io_error(&folder))?;
    let date = now.to_zoned(TimeZone::fixed(config.utc_offset)).date();
    let from_slug = headline_of(slug);
    let sectors = config
        .sectors
        .keys()
        .cloned()
        .collect::<Vec<_>>()
        .join(", ");
    let mut written = Vec::new();
    for (index, language) in config.languages.iter().enumerate() {
        let shared = if index == 0 {
            format!(
                "date: {date}\n# sectors: []    # choose from: {}\n# countries: []  # two-letter codes, like SD or YE\n# sdgs: []      # goal numbers 1 to 17\n",
                if sectors.is_empty() {
                    "(define sectors in site.yaml)"
                } else {
                    &sectors
                }
            )
        } else {
            String::new()
        };
        // The headline given goes to a language of its script. Otherwise the slug's words make
        // a headline, and other scripts get a placeholder title.
        let rtl = language.direction == Direction::Rtl;
        let title = match headline {
            Some(headline) if rtl == right_to_left => {
                headline.replace('\\', "\\\\").replace('"', "\\\"")
            }
            _ => TITLE_PLACEHOLDERS
                .iter()
                .find(|(code, _)| *code == language.code)
                .map_or(from_slug.clone(), |(_, title)| (*title).to_owned()),
        };
        let body = placeholder(BODY_PLACEHOLDERS, &language.code);
        let text = format!(
            "---\ntitle: \"{title}\"\nsummary: \"\"\n{shared}draft: true   # remove this line to publish\n---\n{body}\n"
        );
        let path = folder.join(format!("index.{}.md", language.code));
        fs::write(&path, text).map_err(io_error(&path))?;
        written.push(path);
    }
    Ok(written)
}

/// `school-meals-jordan` -> `School meals jordan`: a placeholder headline.
pub(super) fn headline_of(slug: &str) -> String {
    let words = slug.replace('-', " ");
    let mut chars = words.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// What `bayan new` can add besides a story.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Content {
    /// `content/pages/<slug>.<lang>.md`, a draft per language.
    Page,
    /// `content/projects/<id>.yaml`.
    Project,
    /// `content/indicators/<id>.yaml`, without figures: an official figure is never invented.
    Indicator,
    /// An entry appended to `content/partners.yaml`.
    Partner,
}

impl Content {
    /// The Arabic title a new file holds until the writer gives it one.
    fn arabic_placeholder(self) -> &'static str {
        match self {
            Content::Page => PAGE_TITLE_PLACEHOLDER,
            Content::Project => PROJECT_NAME_PLACEHOLDER,
            Content::Indicator => INDICATOR_NAME_PLACEHOLDER,
            Content::Partner => PARTNER_NAME_PLACEHOLDER,
        }
    }
}

/// Adds a page, project, indicator or partner named `id` (its address), its title written in
/// the languages of `title`'s script, made from the id in the others, or a placeholder where
/// the id's letters cannot serve (Arabic). Returns the files written.
pub fn new_content(
    config: &Config,
    what: Content,
    id: &str,
    title: Option<&str>,
) -> Result<Vec<PathBuf>, ScaffoldError> {
    let id = id.trim();
    if !is_slug(id) {
        return Err(ScaffoldError::BadSlug {
            slug: id.to_owned(),
            suggestion: crate::load::suggest_slug(id),
        });
    }
    let titles = titles(config, what, id, title.map(str::trim));
    let content = config.root.join("content");
    match what {
        Content::Page => {
            let folder = content.join("pages");
            let paths: Vec<PathBuf> = config
                .languages
                .iter()
                .map(|language| folder.join(format!("{id}.{}.md", language.code)))
                .collect();
            if let Some(taken) = paths.iter().find(|path| path.exists()) {
                return Err(ScaffoldError::Exists(taken.clone()));
            }
            let mut written = Vec::new();
            for ((language, title), path) in config.languages.iter().zip(&titles).zip(paths) {
                let body = placeholder(BODY_PLACEHOLDERS, &language.code);
                let text = format!(
                    "---\ntitle: \"{}\"\nsummary: \"\"\ndraft: true   # remove this line to publish\n---\n{body}\n",
                    quoted(title)
                );
                written.push(write_new(&path, &text)?);
            }
            Ok(written)
        }
        Content::Project => {
            let path = content.join("projects").join(format!("{id}.yaml"));
            let text = format!(
                "# A project; the file name is its id. Write its name in every language, then\n\
                 # uncomment (remove `# ` from) the keys it has. The README lists every key.\n\
                 title: {}\n\
                 status: planned            # planned, ongoing or completed\n\
                 # summary: {{en: \"...\", ar: \"...\"}}\n\
                 # countries: [SD]          # two-letter ISO codes\n\
                 # sectors: [{}]\n\
                 # sdgs: [4]                # goal numbers 1 to 17\n\
                 # partners: [unicef]       # ids from content/partners.yaml\n\
                 # start: {}\n\
                 # end: 2027-12-31\n\
                 # budget: {{amount: 1000000, currency: USD}}\n\
                 # beneficiaries: 5000\n\
                 # indicators: []           # ids from content/indicators/\n",
                localized(config, &titles),
                sector_choices(config),
                today(config),
            );
            Ok(vec![write_new(&path, &text)?])
        }
        Content::Indicator => {
            let path = content.join("indicators").join(format!("{id}.yaml"));
            let text = format!(
                "# An indicator; the file name is its id. Its figures are yours to add: bayan never\n\
                 # publishes a value you did not write. Add them below, or in {id}.csv with the\n\
                 # columns Year,Value. The README lists every key.\n\
                 title: {}\n\
                 # unit: {{en: people, ar: شخصًا}}\n\
                 # sdgs: [4]\n\
                 # sectors: [{}]\n\
                 # direction: increase      # or decrease, when lower is better\n\
                 # baseline: {{year: 2024, value: 0}}\n\
                 # target: {{year: 2030, value: 100}}\n\
                 # series:\n\
                 #   - {{year: 2025, value: 10}}\n\
                 # source: {{en: \"...\", ar: \"...\"}}\n",
                localized(config, &titles),
                sector_choices(config),
            );
            Ok(vec![write_new(&path, &text)?])
        }
        Content::Partner => {
            let path = content.join("partners.yaml");
            let existing = match fs::read_to_string(&path) {
                Ok(text) => text,
                Err(error) if error.kind() == std::io::ErrorKind::NotFound => String::new(),
                Err(error) => return Err(io_error(&path)(error)),
            };
            if existing
                .lines()
                .any(|line| line.trim_end().strip_suffix(':') == Some(id))
            {
                return Err(ScaffoldError::PartnerExists {
                    path,
                    id: id.to_owned(),
                });
            }
            let mut text = existing;
            if !text.is_empty() && !text.ends_with('\n') {
                text.push('\n');
            }
            let _ = write!(
                text,
                "\n{id}:\n  name: {}\n  type: other               # un-agency, multilateral, regional, government, ngo, foundation, private, academic, other\n  # short: {{en: ABC, ar: ...}}\n  # url: https://example.org\n",
                localized(config, &titles)
            );
            if let Some(parent) = path.parent() {
                fs::create_dir_all(parent).map_err(io_error(parent))?;
            }
            fs::write(&path, text).map_err(io_error(&path))?;
            Ok(vec![path])
        }
    }
}

/// The title of each site language, in the order of `config.languages`.
fn titles(config: &Config, what: Content, id: &str, given: Option<&str>) -> Vec<String> {
    let given_rtl = given.is_some_and(|t| t.chars().any(crate::diagnostic::is_right_to_left));
    config
        .languages
        .iter()
        .map(|language| {
            let rtl = language.direction == Direction::Rtl;
            match given {
                Some(title) if rtl == given_rtl && !title.is_empty() => title.to_owned(),
                _ if language.code == "ar" => what.arabic_placeholder().to_owned(),
                _ => headline_of(id),
            }
        })
        .collect()
}

/// `{en: "School meals", ar: "اسم المشروع"}`.
fn localized(config: &Config, titles: &[String]) -> String {
    let parts: Vec<String> = config
        .languages
        .iter()
        .zip(titles)
        .map(|(language, title)| format!("{}: \"{}\"", language.code, quoted(title)))
        .collect();
    format!("{{{}}}", parts.join(", "))
}

fn quoted(text: &str) -> String {
    text.replace('\\', "\\\\").replace('"', "\\\"")
}

fn sector_choices(config: &Config) -> String {
    match config.sectors.keys().next() {
        Some(first) => first.clone(),
        None => "education".to_owned(),
    }
}

fn today(config: &Config) -> String {
    Timestamp::now()
        .to_zoned(TimeZone::fixed(config.utc_offset))
        .date()
        .to_string()
}

/// Writes `text` to `path`, a file that must not exist yet.
fn write_new(path: &Path, text: &str) -> Result<PathBuf, ScaffoldError> {
    if path.exists() {
        return Err(ScaffoldError::Exists(path.to_path_buf()));
    }
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent).map_err(io_error(parent))?;
    }
    fs::write(path, text).map_err(io_error(path))?;
    Ok(path.to_path_buf())
}
