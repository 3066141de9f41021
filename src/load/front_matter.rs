//! Front matter: the YAML block between `---` lines at the top of a markdown file, split from
//! the body and read into the raw structs below. Line numbers stay those of the whole file.

use std::path::Path;

use serde::Deserialize;
use serde_saphyr::Spanned;

use super::SourceFile;
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::yaml::{self, Block};

/// A markdown file cut in two, with the body's first line number in the file.
#[derive(Debug)]
pub(crate) struct Split<'a> {
    pub yaml: &'a str,
    pub body: &'a str,
    /// Byte offset of the body in the file, to report body positions as file positions.
    pub body_offset: usize,
}

/// Cuts `text` into front matter and body. A file without front matter is an error, since
/// every story and page needs at least a title.
pub(crate) fn split<'a>(path: &Path, text: &'a str) -> Result<Split<'a>, Diagnostic> {
    let start = text.strip_prefix('\u{feff}').unwrap_or(text);
    let bom = text.len() - start.len();
    let first_line_end = start.find('\n').map_or(start.len(), |i| i + 1);
    if start[..first_line_end].trim_end() != "---" {
        return Err(Diagnostic::error_said(path, crate::said!("Y002")).at(text, 1, 1));
    }
    let yaml_start = bom + first_line_end;
    let mut offset = yaml_start;
    for line in text[yaml_start..].split_inclusive('\n') {
        if line.trim_end() == "---" {
            return Ok(Split {
                yaml: &text[yaml_start..offset],
                body: &text[offset + line.len()..],
                body_offset: offset + line.len(),
            });
        }
        offset += line.len();
    }
    Err(Diagnostic::error_said(path, crate::said!("Y003")).at(text, 1, 1))
}

/// Parses the front matter of `split` as `T`, reporting lines of the whole file.
pub(crate) fn parse<T: serde::de::DeserializeOwned>(
    path: &Path,
    text: &str,
    split: &Split<'_>,
) -> Result<T, Diagnostics> {
    yaml::parse(
        path,
        Block {
            file_text: text,
            yaml: split.yaml,
            line_offset: 1,
        },
    )
}

/// Splits `file` and parses its front matter as `T`; problems are reported, `None` returned.
pub(crate) fn read<'f, T: serde::de::DeserializeOwned>(
    file: &'f SourceFile,
    problems: &mut Diagnostics,
) -> Option<(T, Split<'f>)> {
    let split = split(&file.path, &file.text)
        .map_err(|problem| problems.push(problem))
        .ok()?;
    match parse(&file.path, &file.text, &split) {
        Ok(raw) => Some((raw, split)),
        Err(found) => {
            problems.extend(found);
            None
        }
    }
}

/// A story's front matter as written (SPEC section 2). Every shared key is optional, since a
/// translation inherits it from the other language's file.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawStory {
    pub title: Option<Spanned<String>>,
    pub date: Option<Spanned<String>>,
    pub summary: Option<String>,
    pub cover: Option<Spanned<String>>,
    pub sectors: Option<Vec<Spanned<String>>>,
    pub countries: Option<Vec<Spanned<String>>>,
    pub sdgs: Option<Vec<Spanned<i64>>>,
    pub partners: Option<Vec<Spanned<String>>>,
    pub projects: Option<Vec<Spanned<String>>>,
    pub indicators: Option<Vec<Spanned<String>>>,
    pub tags: Option<Vec<Spanned<String>>>,
    pub draft: Option<bool>,
    pub embargo: Option<Spanned<String>>,
    /// When a translator last made sure this file says what the original says.
    pub translation_checked: Option<Spanned<String>>,
    #[serde(default)]
    pub aliases: Vec<Spanned<String>>,
    pub press: Option<RawPress>,
}

/// Present when a story is also a press release.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawPress {
    pub contact: Option<Spanned<String>>,
    #[serde(default)]
    pub quotes: Vec<RawQuote>,
    /// The dateline's city, in this file's language; site.yaml's `press.city` otherwise.
    #[serde(default)]
    pub city: Option<crate::localized::LocalizedText>,
    /// Notes to editors: background, how to attribute, where to find more.
    #[serde(default)]
    pub notes: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawQuote {
    pub text: String,
    pub by: String,
    #[serde(default)]
    pub role: Option<String>,
}

/// A standalone page's front matter.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawPage {
    pub title: Option<Spanned<String>>,
    pub summary: Option<String>,
    #[serde(default)]
    pub draft: bool,
    /// Position in the site menu; lower comes first.
    #[serde(default)]
    pub weight: i64,
    #[serde(default)]
    pub aliases: Vec<Spanned<String>>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_and_keeps_file_offsets() {
        let text = "---\ntitle: a\n---\nBody\n";
        let split = split(Path::new("x.md"), text).unwrap();
        assert_eq!(split.yaml, "title: a\n");
        assert_eq!(split.body, "Body\n");
        assert_eq!(&text[split.body_offset..], "Body\n");
    }

    #[test]
    fn unclosed_front_matter_is_explained() {
        let d = split(Path::new("x.md"), "---\ntitle: a\n").unwrap_err();
        assert!(d.message.contains("never closed"));
    }

    #[test]
    fn title_line_is_the_files_line() {
        let text = "---\ndate: 2024-01-01\ntitle: [\n---\n";
        let split = split(Path::new("x.md"), text).unwrap();
        let all = parse::<RawStory>(Path::new("x.md"), text, &split).unwrap_err();
        let d = all.iter().next().unwrap();
        assert!(d.line().unwrap() >= 3, "{d}");
    }
}
