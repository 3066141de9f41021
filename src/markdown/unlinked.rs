//! Links that markdown leaves as text. `![Pupils](opening photo.jpg)` and
//! `[results](#نتائج البرنامج)` are not links to CommonMark (an address may not hold a space), so
//! they would be published as the brackets and words themselves; they are found in the text
//! the parser gave back.

use std::ops::Range;

use super::Source;
use crate::diagnostic::Diagnostic;
use crate::messages::Said;
use crate::said;
use crate::slug::unicode_id;

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
                Diagnostic::error_said(
                    source.path,
                    said!(
                        "L007",
                        what = said!(if image { "L007-image" } else { "L007-link" }),
                        address = address,
                    ),
                )
                .at_offset(source.file_text, source.body_offset + start)
                .with_hint_said(hint(address.trim(), image)),
            );
        }
    }
    found
}

fn hint(address: &str, image: bool) -> Said {
    if let Some(fragment) = address.strip_prefix('#') {
        return said!("L007-heading", fixed = unicode_id(fragment));
    }
    if address.contains("://") {
        return said!("L007-angle", address = address);
    }
    let renamed: String = address.split_whitespace().collect::<Vec<_>>().join("-");
    if image {
        said!("L007-rename", renamed = renamed)
    } else {
        said!("L007-remove", renamed = renamed)
    }
}
