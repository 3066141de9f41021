//! Reads YAML (site.yaml, front matter, data files) into typed structs, turning parser and schema
//! errors into diagnostics that point at the line in the user's file and suggest a fix.

use std::path::Path;

use serde::de::DeserializeOwned;

use crate::diagnostic::{Diagnostic, Diagnostics, nearest};
use crate::messages::Said;
use crate::said;

mod curly_quotes;

/// Where a YAML block sits in its file, so that reported lines are the file's own.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Block<'a> {
    /// The whole file, for showing the offending line.
    pub file_text: &'a str,
    /// The YAML itself.
    pub yaml: &'a str,
    /// Lines of the file before the block (1 for front matter after its `---` line).
    pub line_offset: usize,
}

impl<'a> Block<'a> {
    pub(crate) fn whole_file(text: &'a str) -> Self {
        Block {
            file_text: text,
            yaml: text,
            line_offset: 0,
        }
    }
}

/// Parses `block` as `T`, or explains, at the right lines, what is wrong: the parser stops at
/// the first unknown key, so the other top-level unknown keys are found and reported too.
pub(crate) fn parse<T: DeserializeOwned>(path: &Path, block: Block<'_>) -> Result<T, Diagnostics> {
    let options = serde_saphyr::options! { with_snippet: false };
    if block.yaml.trim().is_empty() {
        let line = block.line_offset + 1;
        let empty = Diagnostic::error_said(path, said!("Y001")).at(block.file_text, line, 1);
        return Err(Diagnostics::from_iter([empty]));
    }
    let curly = curly_quotes::check(path, block);
    let parsed = serde_saphyr::from_str_with_options(block.yaml, options).map_err(|error| {
        let first = to_diagnostic(path, block, &error);
        let mut all = Diagnostics::default();
        let raw = raw_message(&error);
        // Other unknown keys are looked for only at the top level, and only when the first one
        // is there: inside a group (`budget: {...}`) the allowed keys are the group's.
        let at_top_level = error
            .without_snippet()
            .location()
            .is_some_and(|l| l.column() == 1);
        if let Some(rest) = strip_location(&raw)
            .strip_prefix("unknown field ")
            .filter(|_| at_top_level)
        {
            let (unknown, expected) = rest.split_once(", expected ").unwrap_or((rest, ""));
            let valid = names(expected);
            let reported = unknown.trim_matches('`');
            for (index, line) in block.yaml.lines().enumerate() {
                let Some((key, _)) = line.split_once(':') else {
                    continue;
                };
                let is_key = !key.is_empty()
                    && !line.starts_with([' ', '\t', '-', '#'])
                    && key
                        .chars()
                        .all(|c| c.is_alphanumeric() || c == '_' || c == '-');
                if is_key && key != reported && !valid.contains(&key) && !valid.is_empty() {
                    let (message, hint) =
                        explain(&format!("unknown field `{key}`, expected {expected}"));
                    let problem = Diagnostic::error_said(path, message).at(
                        block.file_text,
                        index + 1 + block.line_offset,
                        1,
                    );
                    all.push(match hint {
                        Some(hint) => problem.with_hint_said(hint),
                        None => problem,
                    });
                }
            }
        }
        all.push(first);
        all
    });
    match parsed {
        Ok(value) if curly.is_empty() => Ok(value),
        Ok(_) => Err(Diagnostics::from_iter(curly)),
        Err(found) => {
            let mut all = Diagnostics::from_iter(curly);
            all.extend(found);
            Err(all)
        }
    }
}

fn raw_message(error: &serde_saphyr::Error) -> String {
    match error.without_snippet() {
        serde_saphyr::Error::Message { msg, .. } => msg.clone(),
        other => other.to_string(),
    }
}

fn to_diagnostic(path: &Path, block: Block<'_>, error: &serde_saphyr::Error) -> Diagnostic {
    let raw = raw_message(error);
    let error = error.without_snippet();
    let (message, hint) = explain(strip_location(&raw));
    let mut diagnostic = Diagnostic::error_said(path, message);
    if let Some(location) = error.location() {
        let line = usize::try_from(location.line()).unwrap_or(0);
        let column = usize::try_from(location.column()).unwrap_or(0);
        if line > 0 {
            diagnostic = diagnostic.at(block.file_text, line + block.line_offset, column);
        }
    }
    let hint = if block.yaml.lines().any(|line| line.starts_with('\t')) {
        Some(said!("Y-tabs"))
    } else {
        hint
    };
    match hint {
        Some(hint) => diagnostic.with_hint_said(hint),
        None => diagnostic,
    }
}

/// Drops the " at line 2, column 6" the parser appends: the position is shown separately.
fn strip_location(raw: &str) -> &str {
    match raw.rfind(" at line ") {
        Some(cut) if raw[cut..].contains(", column ") => &raw[..cut],
        _ => raw,
    }
}

/// The parser's messages (by how they start) and the catalogue's words for them.
const PLAIN_WORDS: &[(&str, &str)] = &[
    ("expected sequence", "Y020"),
    (
        "invalid trailing content after double-quoted scalar",
        "Y021",
    ),
    ("mapping values are not allowed", "Y022"),
    ("invalid i", "Y023"),
    ("invalid u", "Y023"),
    ("invalid floating point", "Y024"),
    ("invalid boolean", "Y025"),
    ("expected string scalar", "Y026"),
    ("expected mapping", "Y027"),
    ("did not find expected <document start>", "Y028"),
    ("tabs disallowed", "Y029"),
    ("simple key expected", "Y030"),
];

/// Rewrites serde's schema messages in words a writer understands, with a hint of its own when
/// the message's `.hint` does not say enough.
fn explain(raw: &str) -> (Said, Option<Said>) {
    for (prefix, what) in [("unknown field ", "key"), ("unknown variant ", "value")] {
        let Some(rest) = raw.strip_prefix(prefix) else {
            continue;
        };
        let (unknown, expected) = rest.split_once(", expected ").unwrap_or((rest, ""));
        let unknown = unknown.trim_matches('`');
        if what == "key" && !unknown.is_empty() && unknown.chars().all(|c| c.is_ascii_digit()) {
            return (said!("Y012"), None);
        }
        let expected = names(expected);
        let hint = match nearest(unknown, expected.iter().copied()) {
            Some(best) => said!("Y010-did-you-mean", best = best),
            None if expected.is_empty() => said!("Y010-nothing"),
            None if what == "key" => said!("Y010-keys", list = expected),
            None => said!("Y010-values", list = expected),
        };
        let code = if what == "key" { "Y010" } else { "Y011" };
        return (said!(code, name = unknown), Some(hint));
    }
    if let Some(rest) = raw.strip_prefix("missing field ") {
        return (said!("Y013", name = rest.trim_matches('`')), None);
    }
    if let Some(rest) = raw.strip_prefix("duplicate mapping key: ") {
        let key = rest.split(',').next().unwrap_or(rest).trim();
        return (said!("Y014", name = key), None);
    }
    if let Some((_, code)) = PLAIN_WORDS.iter().find(|(p, _)| raw.starts_with(p)) {
        return (Said::new(code), None);
    }
    if let Some(rest) = raw.strip_prefix("invalid type: ") {
        let arabic_digits = rest
            .chars()
            .any(|c| matches!(c, '\u{0660}'..='\u{0669}' | '\u{06F0}'..='\u{06F9}'));
        return (
            said!("Y031", detail = rest),
            arabic_digits.then(|| said!("Y031-digits")),
        );
    }
    (said!("Y032", detail = raw), None)
}

/// `title`, `summary` out of "one of `title`, `summary`" or "`a` or `b`".
fn names(expected: &str) -> Vec<&str> {
    let list = expected.strip_prefix("one of ").unwrap_or(expected);
    list.split(", ")
        .flat_map(|part| part.split(" or "))
        .map(|name| name.trim().trim_matches('`'))
        .filter(|name| !name.is_empty() && *name != "nothing")
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Sample {
        title: String,
        summary: Option<String>,
    }

    #[test]
    fn unknown_key_points_at_the_files_own_line_and_suggests() {
        let file = "---\ntitle: a\nsumary: b\n---\n";
        let block = Block {
            file_text: file,
            yaml: "title: a\nsumary: b\n",
            line_offset: 1,
        };
        let all = parse::<Sample>(Path::new("x.md"), block).unwrap_err();
        let d = all.iter().next().unwrap();
        assert_eq!(d.message, "unknown key `sumary`");
        assert_eq!(d.line(), Some(3));
        assert_eq!(d.hint.as_deref(), Some("did you mean `summary`?"));
    }

    #[test]
    fn syntax_error_has_a_line() {
        let text = "title: a\n  - b: [\n";
        let all = parse::<Sample>(Path::new("x.yaml"), Block::whole_file(text)).unwrap_err();
        let d = all.iter().next().unwrap();
        assert!(d.line().is_some(), "{d}");
    }
}
