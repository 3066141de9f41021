//! The line under each message about an activity file, read again from the file only when there
//! are messages (the stream keeps no text).

use std::fs::File;
use std::io::{BufRead, BufReader};
use std::path::Path;

use crate::diagnostic::{Diagnostic, Diagnostics};

/// Puts under each message the line it points at, read again from the file (only when there
/// are messages), and turns byte columns into letter columns.
pub(crate) fn fill_source_lines(location: &Path, problems: &mut Diagnostics) {
    let mut wanted: Vec<usize> = problems.iter().filter_map(Diagnostic::line).collect();
    if wanted.is_empty() {
        return;
    }
    wanted.sort_unstable();
    wanted.dedup();
    let Ok(file) = File::open(location) else {
        return;
    };
    let mut texts = std::collections::BTreeMap::new();
    let last = wanted.last().copied().unwrap_or(0);
    for (index, line) in BufReader::new(file).split(b'\n').enumerate() {
        let number = index + 1;
        if number > last {
            break;
        }
        let Ok(line) = line else { break };
        if wanted.binary_search(&number).is_ok() {
            let text = String::from_utf8_lossy(&line).trim_end().to_owned();
            texts.insert(number, text);
        }
    }
    problems.for_each_position(|position| {
        if let Some(text) = texts.get(&position.line) {
            let bytes = position.column.saturating_sub(1).min(text.len());
            let letters = text
                .get(..bytes)
                .map_or(bytes, |before| before.chars().count());
            position.column = letters + 1;
            position.source_line = Some(text.clone());
        }
    });
}
