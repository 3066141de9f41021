//! Problems found in a site's sources, as data: where (file, line, column), what, and how to fix
//! it. Every stage collects them instead of stopping at the first; the CLI renders them at the
//! edge, so that a writer sees all the problems of a build at once.

use std::path::{Path, PathBuf};

use crate::messages::{Said, Speech};
use crate::said;

mod shown;

pub(crate) use shown::is_right_to_left;
pub use shown::{Parts, Shown};

/// How bad a problem is: errors fail the build, warnings are reported and the build goes on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Error,
    Warning,
}

/// One problem in one source file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    /// The file, relative to the site root when it is inside it.
    pub path: PathBuf,
    pub message: String,
    /// What to do about it, in plain words.
    pub hint: Option<String>,
    /// Where in the file, when known (boxed: most problems pass through `Result`s unboxed).
    pub position: Option<Box<Position>>,
    /// The catalogue entries the message and hint were said from, to say them in another
    /// language; `message` and `hint` hold the English.
    pub said: Box<Sayings>,
}

/// A problem's message and hint as catalogue entries.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sayings {
    /// The message; its id is the problem's code.
    pub message: Said,
    /// A hint of its own; else the message's `.hint`, said with the message's values.
    pub hint: Option<Said>,
}

/// A place in a file.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Position {
    /// 1-based line and column in the file itself (never relative to a front-matter block).
    pub line: usize,
    pub column: usize,
    /// The offending source line, shown under the message.
    pub source_line: Option<String>,
}

impl Diagnostic {
    /// A problem from the catalogue: `message.id` is its code, and its `.hint`, if any, the hint.
    /// Its severity may depend on the build (an error when publishing, a warning in a preview).
    pub fn said(severity: Severity, path: impl Into<PathBuf>, message: Said) -> Self {
        Diagnostic {
            severity,
            path: path.into(),
            message: message.say(Speech::English),
            hint: message.attribute(Speech::English, "hint"),
            position: None,
            said: Box::new(Sayings {
                message,
                hint: None,
            }),
        }
    }

    /// An error from the catalogue.
    pub fn error_said(path: impl Into<PathBuf>, message: Said) -> Self {
        Self::said(Severity::Error, path, message)
    }

    /// A warning from the catalogue.
    pub fn warning_said(path: impl Into<PathBuf>, message: Said) -> Self {
        Self::said(Severity::Warning, path, message)
    }

    /// The hint from the catalogue, when the message's own does not fit the case.
    pub fn with_hint_said(mut self, hint: Said) -> Self {
        self.hint = Some(hint.say(Speech::English));
        self.said.hint = Some(hint);
        self
    }

    /// The stable code of the problem (`S101`), for `bayan explain` and tools.
    pub fn code(&self) -> &'static str {
        self.said.message.id
    }

    /// The message in `speech`.
    pub fn message_in(&self, speech: Speech) -> String {
        match speech {
            Speech::English => self.message.clone(),
            _ => self.said.message.say(speech),
        }
    }

    /// The hint in `speech`.
    pub fn hint_in(&self, speech: Speech) -> Option<String> {
        if speech == Speech::English {
            return self.hint.clone();
        }
        match &self.said.hint {
            Some(hint) => Some(hint.say(speech)),
            None => self.said.message.attribute(speech, "hint"),
        }
    }

    /// The problem as shown to a person who reads `speech`.
    pub fn shown(&self, speech: Speech) -> Shown<'_> {
        Shown {
            diagnostic: self,
            speech,
        }
    }

    /// Points the problem at a position in `source`, the full text of the file.
    pub fn at(self, source: &str, line: usize, column: usize) -> Self {
        self.at_position(Position::new(source, line, column))
    }

    pub fn at_position(mut self, position: Position) -> Self {
        self.position = Some(Box::new(position));
        self
    }

    /// The 1-based line, when known.
    pub fn line(&self) -> Option<usize> {
        self.position.as_ref().map(|p| p.line)
    }

    /// Points the problem at a byte offset in `source`.
    pub fn at_offset(self, source: &str, offset: usize) -> Self {
        let (line, column) = line_column(source, offset);
        self.at(source, line, column)
    }

    /// The same problem, reported without failing the build.
    pub fn into_warning(mut self) -> Self {
        self.severity = Severity::Warning;
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl Position {
    /// Line and column in `source`, the full text of the file, with that line's text.
    pub fn new(source: &str, line: usize, column: usize) -> Self {
        let source_line = source
            .lines()
            .nth(line.saturating_sub(1))
            .map(|text| text.trim_end().chars().map(visible).collect());
        Position {
            line: line.max(1),
            column: column.max(1),
            source_line,
        }
    }

    /// The position of a byte offset in `source`.
    pub fn of_offset(source: &str, offset: usize) -> Self {
        let (line, column) = line_column(source, offset);
        Position::new(source, line, column)
    }
}

/// `c`, or for a control character its picture (U+2400 and on): the line is shown to a writer
/// who must see what to delete, and a terminal must not act on an escape it holds.
fn visible(c: char) -> char {
    match c {
        '\t' => c,
        '\u{0}'..='\u{1f}' => char::from_u32(0x2400 + c as u32).unwrap_or('\u{fffd}'),
        '\u{7f}' => '\u{2421}',
        c if c.is_control() => '\u{fffd}',
        c => c,
    }
}

/// A problem as plain data, for `bayan check --format json`.
#[derive(Debug, serde::Serialize)]
pub struct Record {
    pub severity: &'static str,
    pub code: &'static str,
    pub path: String,
    pub line: Option<usize>,
    pub column: Option<usize>,
    pub message: String,
    pub hint: Option<String>,
}

impl Diagnostic {
    /// The problem as data, its words in `speech`.
    pub fn record(&self, speech: Speech) -> Record {
        Record {
            severity: match self.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
            },
            code: self.code(),
            path: self.path.display().to_string(),
            line: self.position.as_ref().map(|p| p.line),
            column: self.position.as_ref().map(|p| p.column),
            message: self.message_in(speech),
            hint: self.hint_in(speech),
        }
    }
}

/// 1-based line and column (in characters) of a byte offset.
pub(crate) fn line_column(source: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(source.len());
    let before = source.get(..offset).unwrap_or(source);
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before[line_start..].chars().count() + 1;
    (line, column)
}

/// Every problem found so far, in a stable order.
#[derive(Debug, Default, Clone)]
pub struct Diagnostics {
    items: Vec<Diagnostic>,
}

impl Diagnostics {
    pub fn push(&mut self, diagnostic: Diagnostic) {
        self.items.push(diagnostic);
    }

    pub fn extend(&mut self, other: Diagnostics) {
        self.items.extend(other.items);
    }

    pub fn has_errors(&self) -> bool {
        self.items.iter().any(Diagnostic::is_error)
    }

    pub fn error_count(&self) -> usize {
        self.items.iter().filter(|d| d.is_error()).count()
    }

    pub fn warning_count(&self) -> usize {
        self.items.len() - self.error_count()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    pub fn iter(&self) -> impl Iterator<Item = &Diagnostic> {
        self.items.iter()
    }

    /// Lets `change` complete the position of every problem that has one.
    pub fn for_each_position(&mut self, mut change: impl FnMut(&mut Position)) {
        for item in &mut self.items {
            if let Some(position) = item.position.as_deref_mut() {
                change(position);
            }
        }
    }

    /// Orders problems by file and position, so that output does not depend on thread timing.
    pub fn sorted(mut self) -> Self {
        self.items.sort_by(|a, b| {
            (&a.path, &a.position, a.severity, &a.message).cmp(&(
                &b.path,
                &b.position,
                b.severity,
                &b.message,
            ))
        });
        self.items.dedup();
        self
    }
}

impl FromIterator<Diagnostic> for Diagnostics {
    fn from_iter<I: IntoIterator<Item = Diagnostic>>(iter: I) -> Self {
        Diagnostics {
            items: iter.into_iter().collect(),
        }
    }
}

/// The path to show for `path`: relative to the site root when inside it.
pub(crate) fn display_path(root: &Path, path: &Path) -> PathBuf {
    path.strip_prefix(root).unwrap_or(path).to_path_buf()
}

/// The valid name nearest to a misspelt one, if any is close enough to be a likely typo.
pub(crate) fn nearest<'a>(
    wrong: &str,
    valid: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    valid
        .into_iter()
        .map(|candidate| (strsim::jaro_winkler(wrong, candidate), candidate))
        .filter(|(score, _)| *score > 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0).then_with(|| b.1.cmp(a.1)))
        .map(|(_, candidate)| candidate)
}

/// An I/O error in plain words, without the operating system's error number.
pub(crate) fn plain_io(error: &std::io::Error) -> Said {
    match error.kind() {
        std::io::ErrorKind::InvalidData => said!("io-not-utf8"),
        std::io::ErrorKind::NotFound => said!("io-not-found"),
        std::io::ErrorKind::PermissionDenied => said!("io-permission"),
        _ => {
            let text = error.to_string();
            let detail = match text.find(" (os error") {
                Some(cut) => text[..cut].to_owned(),
                None => text,
            };
            said!("io-other", detail = detail)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_count_characters_not_bytes() {
        assert_eq!(line_column("عنوان\nب", 10), (1, 6));
        assert_eq!(line_column("a\nb", 2), (2, 1));
    }

    #[test]
    fn nearest_suggests_typos_only() {
        let keys = ["title", "summary", "date"];
        assert_eq!(nearest("titel", keys), Some("title"));
        assert_eq!(nearest("zzzzzz", keys), None);
    }
}
