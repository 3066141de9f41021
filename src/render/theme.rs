//! The theme: Tera templates, static files and UI strings. The default theme is compiled into
//! the binary; a site's `themes/<name>/` folder overrides it file by file.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use include_dir::{Dir, include_dir};
use walkdir::WalkDir;

use crate::config::{CONFIG_FILE, Config};
use crate::diagnostic::{Diagnostic, Diagnostics, Position, display_path};
use crate::render::plural::UiText;
use crate::said;
use crate::yaml::{self, Block};

static DEFAULT_THEME: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/themes/default");

/// One template, with where it came from for error messages.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Template {
    pub name: String,
    pub source: String,
    pub origin: PathBuf,
}

/// A theme ready for the renderer.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Theme {
    pub templates: BTreeMap<String, Template>,
    /// Output path (relative, `/`-separated) to bytes.
    pub static_files: BTreeMap<String, Arc<[u8]>>,
    /// Language code to UI strings.
    pub strings: BTreeMap<String, BTreeMap<String, UiText>>,
}

/// The embedded default theme, overridden by the site's theme folder when there is one.
/// Every problem goes to `diagnostics`; `None` when the theme cannot be used.
pub(crate) fn load(config: &Config, diagnostics: &mut Diagnostics) -> Option<Theme> {
    let mut theme = Theme::default();
    let mut problems = Diagnostics::default();
    for file in embedded_files(&DEFAULT_THEME) {
        let origin = Path::new("(built-in theme)").join(file.path());
        add(
            &mut theme,
            file.path(),
            file.contents(),
            &origin,
            &mut problems,
        );
    }
    let folder = config.root.join("themes").join(&config.theme);
    if folder.is_dir() {
        for entry in WalkDir::new(&folder).sort_by_file_name() {
            let entry = match entry {
                Ok(entry) if entry.file_type().is_file() => entry,
                Ok(_) => continue,
                Err(error) => {
                    let reason = match error.io_error() {
                        Some(io) => crate::diagnostic::plain_io(io),
                        None => said!("io-other", detail = error.to_string()),
                    };
                    let at = error.path().unwrap_or(&folder);
                    problems.push(Diagnostic::error_said(
                        display_path(&config.root, at),
                        said!("F003", reason = reason),
                    ));
                    continue;
                }
            };
            let relative = entry.path().strip_prefix(&folder).unwrap_or(entry.path());
            let shown = display_path(&config.root, entry.path());
            match std::fs::read(entry.path()) {
                Ok(bytes) => add(&mut theme, relative, &bytes, &shown, &mut problems),
                Err(error) => problems.push(crate::load::cannot_read(shown, &error)),
            }
        }
    } else if config.theme != "default" {
        problems.push(in_site_yaml(
            config,
            Diagnostic::error_said(CONFIG_FILE, said!("R001", theme = &config.theme)),
            "theme",
            None,
        ));
    }
    for language in &config.languages {
        if !theme.strings.contains_key(&language.code) {
            let warning = Diagnostic::warning_said(
                CONFIG_FILE,
                said!(
                    "R002",
                    lang = &language.code,
                    default = &config.default_language().code,
                    theme = &config.theme,
                ),
            );
            diagnostics.push(in_site_yaml(
                config,
                warning,
                "languages",
                Some(&language.code),
            ));
        }
    }
    let failed = problems.has_errors();
    diagnostics.extend(problems);
    (!failed).then_some(theme)
}

fn add(
    theme: &mut Theme,
    relative: &Path,
    bytes: &[u8],
    origin: &Path,
    problems: &mut Diagnostics,
) {
    let parts: Vec<String> = relative
        .iter()
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    let Some((section, rest)) = parts.split_first() else {
        return;
    };
    let rest = rest.join("/");
    match section.as_str() {
        "templates" => match std::str::from_utf8(bytes) {
            Ok(source) => {
                theme.templates.insert(
                    rest.clone(),
                    Template {
                        name: rest,
                        source: source.to_owned(),
                        origin: origin.to_path_buf(),
                    },
                );
            }
            Err(_) => problems.push(not_utf8(origin)),
        },
        "static" => {
            theme.static_files.insert(rest, Arc::from(bytes));
        }
        "i18n" => {
            let Some(lang) = rest.strip_suffix(".yaml") else {
                return;
            };
            let Ok(text) = std::str::from_utf8(bytes) else {
                problems.push(not_utf8(origin));
                return;
            };
            match yaml::parse::<BTreeMap<String, UiText>>(origin, Block::whole_file(text)) {
                Ok(strings) => {
                    theme
                        .strings
                        .entry(lang.to_owned())
                        .or_default()
                        .extend(strings);
                }
                Err(found) => {
                    for problem in found.iter() {
                        problems.push(problem.clone().with_hint_said(said!("theme-strings-lines")));
                    }
                }
            }
        }
        _ => {}
    }
}

/// A theme file that is not UTF-8 text, said as any such file is (F001).
fn not_utf8(origin: &Path) -> Diagnostic {
    Diagnostic::error_said(origin, said!("F001", reason = said!("io-not-utf8")))
        .with_hint_said(said!("F001-utf8"))
}

/// `problem` pointed at the line of site.yaml where the top-level `key:` is written: at `word`
/// when the key's value holds it (a language of `languages: [en, ar]`), else at the value.
/// The configuration keeps no places, so its text is read again; unplaced when it cannot be.
fn in_site_yaml(config: &Config, problem: Diagnostic, key: &str, word: Option<&str>) -> Diagnostic {
    let Ok(text) = std::fs::read_to_string(config.root.join(CONFIG_FILE)) else {
        return problem;
    };
    match place_in_yaml(&text, key, word) {
        Some((line, column)) => problem.at_position(Position::new(&text, line, column)),
        None => problem,
    }
}

/// The 1-based line and column of `word` in the value of the top-level `key:` of `text`, or of
/// the value itself.
fn place_in_yaml(text: &str, key: &str, word: Option<&str>) -> Option<(usize, usize)> {
    let lines: Vec<&str> = text.lines().collect();
    let start = lines.iter().position(|line| {
        line.strip_prefix(key)
            .is_some_and(|rest| rest.trim_start().starts_with(':'))
    })?;
    // The key's value: its own line, then the lines indented under it or listed with `-`.
    let end = lines[start + 1..]
        .iter()
        .position(|line| line.starts_with(|c: char| c.is_alphanumeric() || c == '_'))
        .map_or(lines.len(), |n| start + 1 + n);
    let column = |line: &str, byte: usize| line[..byte].chars().count() + 1;
    if let Some(word) = word {
        for (index, line) in lines[start..end].iter().enumerate() {
            let from = if index == 0 { after_colon(line) } else { 0 };
            let found = line.match_indices(word).map(|(at, _)| at).find(|&at| {
                let part = |c: char| c.is_alphanumeric() || c == '-' || c == '_';
                at >= from
                    && !line[..at].ends_with(part)
                    && !line[at + word.len()..].starts_with(part)
            });
            if let Some(at) = found {
                return Some((start + index + 1, column(line, at)));
            }
        }
    }
    let line = lines[start];
    let after = after_colon(line);
    let value = line[after..].len() - line[after..].trim_start().len();
    Some((start + 1, column(line, after + value)))
}

/// The byte just after the first `:` of `line`.
fn after_colon(line: &str) -> usize {
    line.find(':').map_or(line.len(), |at| at + 1)
}

fn embedded_files<'a>(dir: &'a Dir<'a>) -> Vec<&'a include_dir::File<'a>> {
    let mut files: Vec<&include_dir::File<'_>> = dir.files().collect();
    for sub in dir.dirs() {
        files.extend(embedded_files(sub));
    }
    files.sort_by_key(|f| f.path());
    files
}

#[cfg(test)]
mod tests {
    use super::place_in_yaml;

    #[test]
    fn a_key_of_site_yaml_is_found_at_its_value_or_at_a_word_of_it() {
        let text = "title: x\ntheme: ministry\nlanguages: [en, ar, ur]\n";
        assert_eq!(place_in_yaml(text, "theme", None), Some((2, 8)));
        assert_eq!(place_in_yaml(text, "languages", Some("ur")), Some((3, 21)));
        let listed = "languages:\n  - en\n  - ur\nsectors: {}\n";
        assert_eq!(place_in_yaml(listed, "languages", Some("ur")), Some((3, 5)));
        assert_eq!(
            place_in_yaml(listed, "languages", Some("fr")),
            Some((1, 11))
        );
        assert_eq!(place_in_yaml(text, "themes", None), None);
    }
}
