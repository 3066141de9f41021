//! A reader that counts lines as the XML parser consumes its bytes, so that an element's byte
//! offset becomes a line and column without keeping the file's text.

use std::collections::VecDeque;
use std::io::{self, BufRead, Read};

pub(super) struct LineCounter<R> {
    inner: R,
    /// Bytes consumed so far.
    consumed: u64,
    /// Offsets of the line ends consumed but not yet passed by a lookup.
    ends: VecDeque<u64>,
    /// The line of the last lookup, and the offset where it starts.
    line: usize,
    line_start: u64,
}

impl<R: BufRead> LineCounter<R> {
    pub(super) fn new(inner: R) -> Self {
        LineCounter {
            inner,
            consumed: 0,
            ends: VecDeque::new(),
            line: 1,
            line_start: 0,
        }
    }

    /// The 1-based line and byte column of `offset`; offsets are looked up in increasing order.
    pub(super) fn locate(&mut self, offset: u64) -> (usize, usize) {
        while let Some(&end) = self.ends.front() {
            if end >= offset {
                break;
            }
            self.ends.pop_front();
            self.line += 1;
            self.line_start = end + 1;
        }
        let column = offset.saturating_sub(self.line_start) + 1;
        (self.line, usize::try_from(column).unwrap_or(usize::MAX))
    }
}

impl<R: BufRead> Read for LineCounter<R> {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        let available = self.fill_buf()?;
        let count = available.len().min(out.len());
        out[..count].copy_from_slice(&available[..count]);
        self.consume(count);
        Ok(count)
    }
}

impl<R: BufRead> BufRead for LineCounter<R> {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        self.inner.fill_buf()
    }

    fn consume(&mut self, amount: usize) {
        // The bytes being consumed are at the front of the buffer the last `fill_buf` returned,
        // which a buffered reader returns again without reading.
        if let Ok(buffer) = self.inner.fill_buf() {
            let start = self.consumed;
            let ends = memchr::memchr_iter(b'\n', &buffer[..amount.min(buffer.len())])
                .map(|index| start + index as u64);
            self.ends.extend(ends);
        }
        self.consumed += amount as u64;
        self.inner.consume(amount);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_become_lines_and_columns() {
        let text = "<a>\r\n  <b/>\n\n<c/>";
        let mut counter = LineCounter::new(text.as_bytes());
        let mut all = Vec::new();
        counter.read_to_end(&mut all).unwrap();
        assert_eq!(counter.locate(0), (1, 1));
        assert_eq!(counter.locate(7), (2, 3));
        assert_eq!(counter.locate(13), (4, 1));
    }
}
