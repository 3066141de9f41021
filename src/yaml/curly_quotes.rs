//! Values put in curly quotes. Word and many editors turn `"` into `“ ”` as one types; YAML
//! does not read them as quotes, so `title: “Qatar opens a school”` would publish the quotes as
//! part of the title.

use std::path::Path;

use super::Block;
use crate::diagnostic::Diagnostic;

/// Quote marks that editors put in place of straight ones.
const CURLY: [char; 6] = ['“', '”', '„', '‘', '’', '‚'];

/// Every value of `block` that begins with a curly quote, reported at the quote.
pub(crate) fn check(path: &Path, block: Block<'_>) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    for (index, line) in block.yaml.lines().enumerate() {
        if let Some(column) = curly_value_start(line) {
            found.push(Diagnostic::error_said(path, crate::said!("Y004")).at(
                block.file_text,
                index + 1 + block.line_offset,
                column,
            ));
        }
    }
    found
}

/// The 1-based column (in characters) of the first curly quote that starts a value on `line`,
/// outside quoted text and comments.
fn curly_value_start(line: &str) -> Option<usize> {
    let mut quoted: Option<char> = None;
    // Whether the next character that is not a space begins a value.
    let mut value_may_start = true;
    // Inside `[...]` or `{...}`, where commas separate values.
    let mut flow_depth = 0usize;
    let mut only_dashes_so_far = true;
    let mut chars = line.chars().enumerate().peekable();
    while let Some((index, c)) = chars.next() {
        if let Some(quote) = quoted {
            match c {
                '\\' if quote == '"' => {
                    chars.next();
                }
                '\'' if quote == '\'' && chars.peek().is_some_and(|(_, next)| *next == '\'') => {
                    chars.next();
                }
                c if c == quote => quoted = None,
                _ => {}
            }
            continue;
        }
        if c.is_whitespace() {
            continue;
        }
        if value_may_start {
            if CURLY.contains(&c) {
                return Some(index + 1);
            }
            if c == '"' || c == '\'' {
                quoted = Some(c);
                value_may_start = false;
                continue;
            }
        }
        let starts_list_item = c == '-' && only_dashes_so_far;
        only_dashes_so_far &= c == '-';
        match c {
            '#' if index == 0 || line[..line.char_indices().nth(index)?.0].ends_with(' ') => {
                return None;
            }
            '[' | '{' if value_may_start => flow_depth += 1,
            ']' | '}' if flow_depth > 0 => {
                flow_depth -= 1;
                value_may_start = false;
            }
            ',' if flow_depth > 0 => value_may_start = true,
            ':' => value_may_start = true,
            _ if starts_list_item => value_may_start = true,
            _ => value_may_start = false,
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::curly_value_start;

    #[test]
    fn values_opened_by_a_curly_quote_are_found() {
        assert_eq!(curly_value_start("title: “Qatar opens a school”"), Some(8));
        assert_eq!(curly_value_start("- ‘Doha’"), Some(3));
        assert_eq!(curly_value_start("title: {en: \"A\", ar: ”ب“}"), Some(22));
        assert_eq!(curly_value_start("“quoted key”: 1"), Some(1));
        assert_eq!(curly_value_start("tags: [schools, “Gaza”]"), Some(17));
        assert_eq!(curly_value_start("  - - “nested”"), Some(7));
    }

    #[test]
    fn curly_quotes_inside_text_are_left_alone() {
        for line in [
            "title: \"He said: “yes”\"",
            "title: 'Qatar’s school: “open”'",
            "title: Qatar’s “new” school",
            "summary: 'It''s - “fine”'",
            "title: School # a comment: “x”",
            "title: Qatar - “A new era”",
            "title: Schools, “new” and old",
            "",
        ] {
            assert_eq!(curly_value_start(line), None, "{line}");
        }
    }
}
