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
/// `now` in the site's timezone. Returns the files written.
pub fn new_story(
    config: &Config,
    slug: &str,
    now: Timestamp,
) -> Result<Vec<PathBuf>, ScaffoldError> {
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
    let headline = headline_of(slug);
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
        // The slug's words make an English headline; other scripts get a placeholder title.
        let title = TITLE_PLACEHOLDERS
            .iter()
            .find(|(code, _)| *code == language.code)
            .map_or(headline.as_str(), |(_, title)| title);
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
