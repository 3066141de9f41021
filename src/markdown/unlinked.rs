//! Links that markdown leaves as text. `![Pupils](opening photo.jpg)` and
//! `[results](#نتائج البرنامج)` are not links to CommonMark (an address may not hold a space), so
//! they would be published as the brackets and words themselves; they are found in the text
//! the parser gave back.

use std::ops::Range;

use super::Source;
use crate::diagnostic::Diagnostic;
use crate::model::slug::unicode_id;

/// Reports each `[...](...)` with a space in its address in `runs`, ranges of `source.body` the
/// parser read as plain text.
pub(super) fn report(source: &Source<'_>, runs: &[Range<usize>]) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    for run in runs {
        let text = &source.body[run.clone()];
        let mut from = 0;
        while let Some(at) = text[from..].find("](").map(|i| from + i) {
            from = at + 2;
            let rest = &text[at + 2..];
            let Some(end) = rest
                .find([')', '\n'])
                .filter(|&e| rest[e..].starts_with(')'))
            else {
                continue;
            };
            let address = &rest[..end];
            if address.trim().is_empty() || !address.contains(char::is_whitespace) {
                continue;
            }
            let open = text[..at].rfind('[').unwrap_or(at);
            let image = text[..open].ends_with('!');
            let start = run.start + if image { open - 1 } else { open };
            found.push(
                Diagnostic::error(
                    source.path,
                    format!(
                        "this {} is shown as plain text: its address `{address}` has a space, which markdown does not allow",
                        if image { "image" } else { "link" }
                    ),
                )
                .at_offset(source.file_text, source.body_offset + start)
                .with_hint(hint(address.trim(), image)),
            );
        }
    }
    found
}

fn hint(address: &str, image: bool) -> String {
    if let Some(fragment) = address.strip_prefix('#') {
        return format!(
            "a heading's address has dashes for spaces: write #{}",
            unicode_id(fragment)
        );
    }
    if address.contains("://") {
        return format!("write the address in angle brackets: (<{address}>)");
    }
    let renamed: String = address.split_whitespace().collect::<Vec<_>>().join("-");
    if image {
        format!("rename the file without spaces, like {renamed}, and write that name here")
    } else {
        format!("remove the spaces from the address, like {renamed}")
    }
}
