//! The theme: Tera templates, static files and UI strings. The default theme is compiled into
//! the binary; a site's `themes/<name>/` folder overrides it file by file.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use include_dir::{Dir, include_dir};
use walkdir::WalkDir;

use crate::config::Config;
use crate::diagnostic::{Diagnostic, Diagnostics, display_path};
use crate::load::yaml::{self, Block};

static DEFAULT_THEME: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/themes/default");

/// One template, with where it came from for error messages.
#[derive(Debug, Clone, PartialEq)]
pub struct Template {
    pub name: String,
    pub source: String,
    pub origin: PathBuf,
}

/// A theme ready for the renderer.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Theme {
    pub templates: BTreeMap<String, Template>,
    /// Output path (relative, `/`-separated) to bytes.
    pub static_files: BTreeMap<String, Arc<[u8]>>,
    /// Language code to UI strings.
    pub strings: BTreeMap<String, BTreeMap<String, String>>,
}

/// The embedded default theme, overridden by the site's theme folder when there is one.
/// Every problem goes to `diagnostics`; `None` when the theme cannot be used.
pub fn load(config: &Config, diagnostics: &mut Diagnostics) -> Option<Theme> {
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
                    problems.push(Diagnostic::error(
                        display_path(&config.root, &folder),
                        format!("cannot read the theme: {error}"),
                    ));
                    continue;
                }
            };
            let relative = entry.path().strip_prefix(&folder).unwrap_or(entry.path());
            let shown = display_path(&config.root, entry.path());
            match std::fs::read(entry.path()) {
                Ok(bytes) => add(&mut theme, relative, &bytes, &shown, &mut problems),
                Err(error) => {
                    problems.push(Diagnostic::error(shown, format!("cannot read: {error}")))
                }
            }
        }
    } else if config.theme != "default" {
        problems.push(
            Diagnostic::error(
                "site.yaml",
                format!("the theme `{}` does not exist", config.theme),
            )
            .with_hint(format!(
                "create themes/{}/ or remove `theme:` to use the built-in theme",
                config.theme
            )),
        );
    }
    for language in &config.languages {
        if !theme.strings.contains_key(&language.code) {
            diagnostics.push(
                Diagnostic::warning(
                    "site.yaml",
                    format!(
                        "the theme has no interface text for `{}`; menus and labels will be in {}",
                        language.code,
                        config.default_language().code
                    ),
                )
                .with_hint(format!(
                    "add themes/{}/i18n/{}.yaml (copy the built-in en.yaml and translate it)",
                    config.theme, language.code
                )),
            );
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
            Err(_) => problems.push(Diagnostic::error(origin, "this template is not UTF-8 text")),
        },
        "static" => {
            theme.static_files.insert(rest, Arc::from(bytes));
        }
        "i18n" => {
            let Some(lang) = rest.strip_suffix(".yaml") else {
                return;
            };
            let Ok(text) = std::str::from_utf8(bytes) else {
                problems.push(Diagnostic::error(origin, "this file is not UTF-8 text"));
                return;
            };
            match yaml::parse::<BTreeMap<String, String>>(origin, Block::whole_file(text)) {
                Ok(strings) => {
                    theme
                        .strings
                        .entry(lang.to_owned())
                        .or_default()
                        .extend(strings);
                }
                Err(found) => {
                    for problem in found.iter() {
                        problems.push(
                            problem
                                .clone()
                                .with_hint("interface text files are `key: text` lines"),
                        );
                    }
                }
            }
        }
        _ => {}
    }
}

fn embedded_files<'a>(dir: &'a Dir<'a>) -> Vec<&'a include_dir::File<'a>> {
    let mut files: Vec<&include_dir::File<'_>> = dir.files().collect();
    for sub in dir.dirs() {
        files.extend(embedded_files(sub));
    }
    files.sort_by_key(|f| f.path());
    files
}
