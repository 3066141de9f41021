//! Where a CSV problem is: line numbers from the reader's byte offsets, and the column where a
//! cell starts, for the caret under the source line.

/// The column (in characters, from 1) where cell `cell` of line `line` starts, quotes
/// respected.
pub(super) fn column_of(text: &str, line: usize, cell: usize, delimiter: char) -> usize {
    let source = text.lines().nth(line.saturating_sub(1)).unwrap_or("");
    let (mut field, mut quoted) = (0, false);
    for (index, c) in source.chars().enumerate() {
        if field == cell {
            return index + 1;
        }
        match c {
            '"' => quoted = !quoted,
            c if c == delimiter && !quoted => field += 1,
            _ => {}
        }
    }
    1
}

pub(super) fn byte(offset: u64) -> usize {
    usize::try_from(offset).unwrap_or(usize::MAX)
}

/// Line numbers from byte offsets, counting `\n` only, so `\r\n` files number their lines
/// like any editor; records come in order, so each count goes on from the last.
pub(super) struct LineCounter<'a> {
    text: &'a str,
    offset: usize,
    line: usize,
}

impl<'a> LineCounter<'a> {
    pub(super) fn new(text: &'a str) -> Self {
        LineCounter {
            text,
            offset: 0,
            line: 1,
        }
    }

    pub(super) fn line_at(&mut self, offset: usize) -> usize {
        // With `\r\n` endings the reader may place a record at the end of the line before.
        let bytes = self.text.as_bytes();
        let mut offset = offset.min(bytes.len());
        while offset < bytes.len() && matches!(bytes[offset], b'\r' | b'\n') {
            offset += 1;
        }
        if offset < self.offset {
            return 1 + self.text.as_bytes()[..offset]
                .iter()
                .filter(|b| **b == b'\n')
                .count();
        }
        self.line += self.text.as_bytes()[self.offset..offset]
            .iter()
            .filter(|b| **b == b'\n')
            .count();
        self.offset = offset;
        self.line
    }
}
