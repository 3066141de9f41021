//! The baseline and target drawn on a chart: the target's dashed line and ring, the baseline's
//! diamond with its value in the key, and the words beside them.

use std::fmt::Write;

use super::layout::Frame;
use super::markup::{Run, coord, escape, text};
use super::{BASELINE_COLOUR, Chart, Point, TEXT_COLOUR, Words, legend};
use crate::render::format::Formatter;

/// Drawn before the series so that lines and bars stay on top of the dashes.
pub(super) fn target_line(out: &mut String, frame: &Frame, target: Point<'_>) {
    let y = coord(frame.y(target.value));
    let _ = write!(
        out,
        r#"<line class="target" x1="{}" y1="{y}" x2="{}" y2="{y}" stroke="{TEXT_COLOUR}" stroke-width="2" stroke-dasharray="6 4"/>"#,
        coord(frame.left),
        coord(frame.right),
    );
}

/// A hollow ring, so the point it stands for shows through.
pub(super) fn target_marker(out: &mut String, chart: &Chart<'_>, frame: &Frame, target: Point<'_>) {
    let (x, y) = (frame.x(target.start, target.end), frame.y(target.value));
    let words = caption(chart.format, chart.labels.target, target);
    let _ = write!(
        out,
        r#"<g class="target-marker"><circle cx="{}" cy="{}" r="8" fill="none" stroke="{TEXT_COLOUR}" stroke-width="2.5"><title>{}</title></circle>"#,
        coord(x),
        coord(y),
        escape(&words),
    );
    marker_label(out, frame, (x, y), "target-label", &words);
    out.push_str("</g>");
}

/// A hollow diamond at the baseline, apart from the points and the target's ring, and the same
/// diamond with its value in the key above the plot.
pub(super) fn baseline_marker(
    out: &mut String,
    chart: &Chart<'_>,
    frame: &Frame,
    baseline: Point<'_>,
    words: &str,
    place: (f64, usize),
) {
    let diamond = |out: &mut String, (x, y): (f64, f64), size: f64| {
        let _ = write!(
            out,
            r#"<path d="M{} {}L{} {}L{} {}L{} {}Z" fill="none" stroke="{BASELINE_COLOUR}" stroke-width="2.5"><title>{}</title></path>"#,
            coord(x),
            coord(y - size),
            coord(x + size),
            coord(y),
            coord(x),
            coord(y + size),
            coord(x - size),
            coord(y),
            escape(words),
        );
    };
    out.push_str(r#"<g class="baseline">"#);
    diamond(
        out,
        (
            frame.x(baseline.start, baseline.end),
            frame.y(baseline.value),
        ),
        8.0,
    );
    let key = legend::key(chart.rtl, place);
    let half = legend::KEY_SIZE / 2.0;
    diamond(out, (key.swatch.0 + 12.0, key.swatch.1 + half), half);
    text(
        out,
        "baseline-label",
        key.label,
        key.run,
        Words {
            text: words,
            lang: None,
        },
    );
    out.push_str("</g>");
}

/// Beside the marker on the side facing the middle of the plot; above it unless that would
/// leave the plot.
fn marker_label(out: &mut String, frame: &Frame, (x, y): (f64, f64), class: &str, words: &str) {
    let (x, run) = if x > frame.centre() {
        (x - 10.0, Run::Left)
    } else {
        (x + 10.0, Run::Right)
    };
    let y = if y - frame.top >= 20.0 {
        y - 12.0
    } else {
        y + 22.0
    };
    text(
        out,
        class,
        (x, y),
        run,
        Words {
            text: words,
            lang: None,
        },
    );
}

/// "2020: 15", after the words when there are some: "Target 2030: 100".
pub(super) fn caption(format: &Formatter, words: &str, point: Point<'_>) -> String {
    let value = format.number(point.value);
    if words.is_empty() {
        format!("{}: {value}", point.label)
    } else {
        format!("{words} {}: {value}", point.label)
    }
}
