//! SVG markup for the chart's pieces: escaped text, labels anchored the right way in either
//! direction, and coordinates printed the same on every build.

use std::fmt::Write;

use super::CHAR_WIDTH;

/// Which way a label runs from its anchor point, on the page.
#[derive(Debug, Clone, Copy)]
pub(super) enum Run {
    Left,
    Right,
    Centred,
}

/// A `<text>`, given a white halo by the chart's style so it stays legible over lines. Words on a right-to-left page
/// get `direction="rtl"`, which swaps what `start` and `end` mean for `text-anchor`.
pub(super) fn text(
    out: &mut String,
    class: &str,
    (x, y): (f64, f64),
    run: Run,
    rtl: bool,
    content: &str,
) {
    let anchor = match (run, rtl) {
        (Run::Centred, _) => "middle",
        (Run::Right, false) | (Run::Left, true) => "start",
        (Run::Left, false) | (Run::Right, true) => "end",
    };
    let direction = if rtl { r#" direction="rtl""# } else { "" };
    let _ = write!(
        out,
        r##"<text class="{class}" x="{}" y="{}" text-anchor="{anchor}"{direction}>{}</text>"##,
        coord(x),
        coord(y),
        escape(content),
    );
}

pub(super) fn text_width(text: &str) -> f64 {
    text.chars().count() as f64 * CHAR_WIDTH
}

/// A coordinate to one decimal, plenty at 640 units wide; never `NaN` or `inf`, never `-0`.
pub(super) fn coord(value: f64) -> String {
    let rounded = (value * 10.0).round() / 10.0;
    if rounded.is_finite() {
        format!("{}", rounded + 0.0)
    } else {
        "0".to_owned()
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
