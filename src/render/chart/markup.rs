//! SVG markup for the chart's pieces: escaped text, labels anchored the right way in either
//! direction, and coordinates printed the same on every build.

use std::fmt::Write;

use super::{CHAR_WIDTH, Words};

/// Which way a label runs from its anchor point, on the page.
#[derive(Debug, Clone, Copy)]
pub(super) enum Run {
    Left,
    Right,
    Centred,
}

/// A `<text>`, given a white halo by the chart's style so it stays legible over lines. Its
/// direction comes from its own first strong letter, not the page's (an English series name on
/// an Arabic page runs left to right), and `lang` marks words in another language than the
/// page's. `direction="rtl"` swaps what `start` and `end` mean for `text-anchor`.
pub(super) fn text(out: &mut String, class: &str, (x, y): (f64, f64), run: Run, words: Words<'_>) {
    let rtl = right_to_left(words.text);
    let anchor = match (run, rtl) {
        (Run::Centred, _) => "middle",
        (Run::Right, false) | (Run::Left, true) => "start",
        (Run::Left, false) | (Run::Right, true) => "end",
    };
    let direction = if rtl { r#" direction="rtl""# } else { "" };
    let lang = words
        .lang
        .map(|l| format!(r#" xml:lang="{}""#, escape(l)))
        .unwrap_or_default();
    let _ = write!(
        out,
        r##"<text class="{class}" x="{}" y="{}" text-anchor="{anchor}"{direction}{lang}>{}</text>"##,
        coord(x),
        coord(y),
        escape(words.text),
    );
}

/// Whether the first letter with a direction of its own is Arabic or Hebrew script.
pub(super) fn right_to_left(text: &str) -> bool {
    text.chars()
        .find(|c| c.is_alphabetic())
        .is_some_and(|c| matches!(c as u32, 0x0590..=0x08FF | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF))
}

/// `text` cut to fit `width` units even in a wide font (8 units a character), with an ellipsis
/// when cut.
pub(super) fn shortened(text: &str, width: f64) -> std::borrow::Cow<'_, str> {
    let most = (width / 8.0) as usize;
    if text.chars().count() <= most {
        return text.into();
    }
    let kept: String = text.chars().take(most.saturating_sub(1)).collect();
    format!("{}…", kept.trim_end()).into()
}

/// A marker shape centred on 0,0 with radius `r`, as path data: circle, square, triangle,
/// diamond, triangle pointing down, star, hexagon, pentagon, so series differ by more than colour.
pub(super) fn shape(n: usize, r: f64) -> String {
    use std::f64::consts::PI;
    let polygon = |corners: usize, turn: f64, inner: Option<f64>| {
        let steps = if inner.is_some() {
            corners * 2
        } else {
            corners
        };
        let mut d = String::new();
        for i in 0..steps {
            let radius = match inner {
                Some(inner) if i % 2 == 1 => r * inner,
                _ => r,
            };
            let angle = turn + 2.0 * PI * i as f64 / steps as f64;
            let command = if i == 0 { 'M' } else { 'L' };
            let _ = write!(
                d,
                "{command}{} {}",
                coord(radius * angle.cos()),
                coord(radius * angle.sin())
            );
        }
        d.push('Z');
        d
    };
    match n % 8 {
        0 => format!(
            "M{} 0A{r} {r} 0 1 0 {} 0A{r} {r} 0 1 0 {} 0Z",
            coord(-r),
            coord(r),
            coord(-r)
        ),
        1 => polygon(4, PI / 4.0, None),
        2 => polygon(3, -PI / 2.0, None),
        3 => polygon(4, 0.0, None),
        4 => polygon(3, PI / 2.0, None),
        5 => polygon(5, -PI / 2.0, Some(0.5)),
        6 => polygon(6, 0.0, None),
        _ => polygon(5, -PI / 2.0, None),
    }
}

pub(super) fn text_width(text: &str) -> f64 {
    text.chars().count() as f64 * CHAR_WIDTH
}

/// A coordinate to one decimal, plenty at 640 units wide; never `NaN` or `inf`, never `-0`.
/// Kept as whole tenths and written as an integer: formatting floats was most of a chart's cost.
pub(super) struct Coord(i64);

pub(super) fn coord(value: f64) -> Coord {
    let tenths = (value * 10.0).round();
    // `as` saturates; a coordinate that large is off the drawing anyway.
    Coord(if tenths.is_finite() { tenths as i64 } else { 0 })
}

impl std::fmt::Display for Coord {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let (whole, tenth) = (self.0 / 10, (self.0 % 10).abs());
        if self.0 < 0 && whole == 0 {
            f.write_str("-")?;
        }
        write!(f, "{whole}")?;
        if tenth != 0 {
            write!(f, ".{tenth}")?;
        }
        Ok(())
    }
}

/// Text for XML content and attribute values, without the control characters XML cannot hold.
pub(super) fn escape(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            '\'' => escaped.push_str("&apos;"),
            '\t' | '\n' | '\r' => escaped.push(c),
            c if c < ' ' || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => escaped.push(c),
        }
    }
    escaped
}
