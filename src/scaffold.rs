//! Starting points for writers: `bayan init` writes a small working bilingual site (embedded in
//! the binary), and `bayan new story` adds a story folder with a file per language.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use include_dir::{Dir, include_dir};
use jiff::Timestamp;
use jiff::tz::TimeZone;

use crate::config::Config;
use crate::model::slug::is_slug;
use crate::model::story::unfinished::{BODY_PLACEHOLDERS, TITLE_PLACEHOLDERS, placeholder};

static STARTER_SITE: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/scaffold");

/// Why a scaffold could not be written.
#[derive(Debug)]
pub enum ScaffoldError {
    /// The folder exists and holds files: nothing is overwritten.
    NotEmpty(PathBuf),
    /// A headline in Arabic letters, and no slug to give the story an address.
    NoSlug,
    /// A story slug that cannot be used in an address, with a suggestion.
    BadSlug {
        slug: String,
        suggestion: String,
    },
    Io {
        path: PathBuf,
        error: io::Error,
    },
}

impl std::fmt::Display for ScaffoldError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ScaffoldError::NotEmpty(path) => write!(
                f,
                "{}: error: this folder is not empty, so nothing was written\n  hint: choose a new folder name, or an empty folder",
                path.display()
            ),
            ScaffoldError::BadSlug { slug, suggestion } => write!(
                f,
                "error: `{slug}` cannot be used in a web address\n  hint: use lowercase ASCII letters, digits and hyphens, like `{suggestion}`"
            ),
            ScaffoldError::NoSlug => write!(
                f,
                "error: a headline in Arabic letters gives no name for the story's web address\n  hint: add one with --slug, in lowercase ASCII letters, digits and hyphens, like --slug school-meals"
            ),
            ScaffoldError::Io { path, error } => {
                write!(f, "{}: error: cannot write: {error}", path.display())
            }
        }
    }
}

impl std::error::Error for ScaffoldError {}

fn io_error(path: &Path) -> impl FnOnce(io::Error) -> ScaffoldError + '_ {
    move |error| ScaffoldError::Io {
        path: path.to_path_buf(),
        error,
    }
}

/// Writes the starter site into `dir`, which must be missing or empty. Returns the files written.
pub fn init(dir: &Path) -> Result<Vec<PathBuf>, ScaffoldError> {
    if dir.exists() {
        let mut entries = fs::read_dir(dir).map_err(io_error(dir))?;
        if entries.next().is_some() {
            return Err(ScaffoldError::NotEmpty(dir.to_path_buf()));
        }
    }
    let mut written = Vec::new();
    write_dir(&STARTER_SITE, dir, &mut written)?;
    written.sort();
    Ok(written)
}

fn write_dir(
    source: &Dir<'_>,
    dir: &Path,
    written: &mut Vec<PathBuf>,
) -> Result<(), ScaffoldError> {
    for file in source.files() {
        let target = dir.join(file.path());
        if let Some(parent) = target.parent() {
            fs::create_dir_all(parent).map_err(io_error(parent))?;
        }
        fs::write(&target, file.contents()).map_err(io_error(&target))?;
        written.push(target);
    }
    for sub in source.dirs() {
        write_dir(sub, dir, written)?;
    }
    Ok(())
}

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
        let rtl = language.direction == crate::config::Direction::Rtl;
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
fn headline_of(slug: &str) -> String {
    let words = slug.replace('-', " ");
    let mut chars = words.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}
