//! Progress-indicator charts as inline SVG, drawn at build time in the page's language: digits
//! from the page's formatter, and mirrored on right-to-left pages so time runs the way the page
//! reads. Page generators inline the result in HTML, which readers also print.

mod layout;
mod legend;
mod markup;
mod scale;

use std::fmt::Write;

use crate::render::format::Formatter;
use layout::{Data, Frame};
use legend::{legend, legend_height, legend_places};
use markup::{Run, coord, escape, text};

/// A year's value.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Point {
    pub year: i32,
    pub value: f64,
}

/// One line (or one set of bars): the total, or one disaggregation like "Girls".
#[derive(Debug, Clone, Copy)]
pub struct Series<'a> {
    pub label: &'a str,
    pub points: &'a [Point],
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChartKind {
    Line,
    Bar,
}

/// Words drawn in the chart, in the page's language.
#[derive(Debug, Clone, Copy)]
pub struct Labels<'a> {
    pub baseline: &'a str,
    pub target: &'a str,
}

#[derive(Debug, Clone, Copy)]
pub struct Chart<'a> {
    pub kind: ChartKind,
    /// Unique on the page: prefix of the ids that `aria-labelledby` points at.
    pub id: &'a str,
    pub title: &'a str,
    /// A sentence saying what the chart shows, for screen readers (`<desc>`).
    pub description: &'a str,
    /// The first series is the headline one (the total); may be empty.
    pub series: &'a [Series<'a>],
    pub baseline: Option<Point>,
    pub target: Option<Point>,
    pub labels: Labels<'a>,
    /// Numbers and years in the page's digits (`format.number(v)`, `format.digits("2020")`).
    pub format: &'a Formatter,
    /// Right-to-left page: time runs from right to left, the value axis sits on the right.
    pub rtl: bool,
}

const WIDTH: f64 = 480.0;
const HEIGHT: f64 = 320.0;
/// Space kept clear along the edges of the drawing.
const EDGE: f64 = 12.0;
const FONT_SIZE: f64 = 14.0;
const FONT_FAMILY: &str = "system-ui, 'Segoe UI', Tahoma, 'Noto Sans Arabic', sans-serif";
/// Average advance of a character at `FONT_SIZE`: labels are laid out without measuring text.
const CHAR_WIDTH: f64 = 7.6;
const TEXT_COLOUR: &str = "#1a1a1a";
const GRID_COLOUR: &str = "#d9d9d9";
const AXIS_COLOUR: &str = "#595959";
const BASELINE_COLOUR: &str = "#4d4d4d";
/// Series colours, the headline first: each at least 5:1 on white (WCAG asks 3:1 of graphics),
/// far apart in hue so neighbouring lines stay apart.
const PALETTE: [&str; 6] = [
    "#8a1538", "#00676b", "#9a5b00", "#1f4e9a", "#6b2f8f", "#3d6b1f",
];

/// A white outline behind every text, so labels stay legible over lines and gridlines; set
/// once for the chart rather than on each label.
const HALO: &str = "<style>.chart text{stroke:#fff;stroke-width:3px;stroke-linejoin:round;paint-order:stroke}</style>";

/// The chart as an `<svg>` element, ready to inline in HTML.
pub fn svg(chart: &Chart<'_>) -> String {
    let data = Data::new(chart);
    let baseline_words = data
        .baseline
        .map(|b| caption(chart.format, chart.labels.baseline, b));
    let mut keys: Vec<&str> = if chart.series.len() >= 2 {
        chart.series.iter().map(|s| s.label).collect()
    } else {
        Vec::new()
    };
    keys.extend(baseline_words.as_deref());
    let legend_places = legend_places(&keys);
    let mut out = String::new();
    open(&mut out, chart);
    if let Some(frame) = Frame::new(chart, &data, legend_height(&legend_places)) {
        out.push_str(HALO);
        value_axis(&mut out, chart, &frame);
        year_axis(&mut out, chart, &frame);
        if let Some(target) = data.target {
            target_line(&mut out, &frame, target);
        }
        for (n, points) in data.series.iter().enumerate() {
            match chart.kind {
                ChartKind::Line => line_series(&mut out, chart, &frame, n, points),
                ChartKind::Bar => bar_series(&mut out, chart, &frame, n, points),
            }
        }
        if let (Some(baseline), Some(words), Some(&place)) =
            (data.baseline, &baseline_words, legend_places.last())
        {
            baseline_marker(&mut out, chart, &frame, baseline, words, place);
        }
        if let Some(target) = data.target {
            target_marker(&mut out, chart, &frame, target);
        }
        legend(&mut out, chart, &legend_places);
    }
    out.push_str("</svg>");
    out
}

fn open(out: &mut String, chart: &Chart<'_>) {
    let id = escape(chart.id);
    // `direction="ltr"` stops the page's `dir="rtl"` from flipping the anchors of numbers;
    // words in a right-to-left chart set their own direction.
    let _ = write!(
        out,
        r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" aria-labelledby="{id}-title {id}-desc" class="chart" style="max-width:100%;height:auto" direction="ltr" font-family="{FONT_FAMILY}" font-size="{FONT_SIZE}" fill="{TEXT_COLOUR}"><title id="{id}-title">{}</title><desc id="{id}-desc">{}</desc>"#,
        escape(chart.title),
        escape(chart.description),
    );
}

fn value_axis(out: &mut String, chart: &Chart<'_>, frame: &Frame) {
    out.push_str(r#"<g class="axis axis-y">"#);
    let (label_x, run) = if frame.rtl {
        (frame.right + 8.0, Run::Right)
    } else {
        (frame.left - 8.0, Run::Left)
    };
    for value in frame.values.ticks() {
        let y = frame.y(value);
        let colour = if value == 0.0 {
            AXIS_COLOUR
        } else {
            GRID_COLOUR
        };
        let _ = write!(
            out,
            r#"<line class="grid" x1="{}" y1="{}" x2="{}" y2="{}" stroke="{colour}"/>"#,
            coord(frame.left),
            coord(y),
            coord(frame.right),
            coord(y),
        );
        let label = chart.format.number(value);
        let position = (label_x, y + FONT_SIZE * 0.35);
        text(out, "tick-label", position, run, false, &label);
    }
    out.push_str("</g>");
}

fn year_axis(out: &mut String, chart: &Chart<'_>, frame: &Frame) {
    out.push_str(r#"<g class="axis axis-x">"#);
    for year in frame.years.ticked() {
        let x = coord(frame.x(year));
        let _ = write!(
            out,
            r#"<line class="tick" x1="{x}" y1="{}" x2="{x}" y2="{}" stroke="{AXIS_COLOUR}"/>"#,
            coord(frame.bottom),
            coord(frame.bottom + 5.0),
        );
    }
    for year in frame.years.labelled() {
        let label = chart.format.digits(&year.to_string());
        let position = (frame.x(year), frame.bottom + 20.0);
        text(out, "tick-label", position, Run::Centred, false, &label);
    }
    out.push_str("</g>");
}

fn line_series(out: &mut String, chart: &Chart<'_>, frame: &Frame, n: usize, points: &[Point]) {
    let colour = PALETTE[n % PALETTE.len()];
    // The headline series is drawn bolder than its disaggregations.
    let (width, radius) = if n == 0 { (3.0, 4.5) } else { (2.0, 3.5) };
    // The points' paint is set once on the group; the line sets its own.
    let _ = write!(
        out,
        r##"<g class="series series-{n}" fill="{colour}" stroke="#fff" stroke-width="1.5">"##
    );
    if !points.is_empty() {
        let coordinates: Vec<String> = points
            .iter()
            .map(|point| {
                format!(
                    "{},{}",
                    coord(frame.x(point.year)),
                    coord(frame.y(point.value))
                )
            })
            .collect();
        let _ = write!(
            out,
            r#"<polyline class="line" points="{}" fill="none" stroke="{colour}" stroke-width="{width}" stroke-linejoin="round" stroke-linecap="round"/>"#,
            coordinates.join(" "),
        );
    }
    for &point in points {
        let _ = write!(
            out,
            r#"<circle class="point" cx="{}" cy="{}" r="{radius}"><title>{}</title></circle>"#,
            coord(frame.x(point.year)),
            coord(frame.y(point.value)),
            escape(&caption(chart.format, "", point)),
        );
    }
    out.push_str("</g>");
}

fn bar_series(out: &mut String, chart: &Chart<'_>, frame: &Frame, n: usize, points: &[Point]) {
    let colour = PALETTE[n % PALETTE.len()];
    let group = frame.slot() * 0.7;
    let bar = group / chart.series.len().max(1) as f64;
    let inner = bar * 0.9;
    // The bar's near edge, measured from the slot's middle in reading order.
    let from_middle = n as f64 * bar - group / 2.0 + (bar - inner) / 2.0;
    let zero = frame.y(0.0);
    let _ = write!(out, r#"<g class="series series-{n}">"#);
    for &point in points {
        let middle = frame.x(point.year);
        let x = if frame.rtl {
            middle - from_middle - inner
        } else {
            middle + from_middle
        };
        let y = frame.y(point.value);
        let _ = write!(
            out,
            r#"<rect class="bar" x="{}" y="{}" width="{}" height="{}" fill="{colour}"><title>{}</title></rect>"#,
            coord(x),
            coord(y.min(zero)),
            coord(inner),
            coord((y - zero).abs()),
            escape(&caption(chart.format, "", point)),
        );
    }
    out.push_str("</g>");
}

/// Drawn before the series so that lines and bars stay on top of the dashes.
fn target_line(out: &mut String, frame: &Frame, target: Point) {
    let y = coord(frame.y(target.value));
    let _ = write!(
        out,
        r#"<line class="target" x1="{}" y1="{y}" x2="{}" y2="{y}" stroke="{TEXT_COLOUR}" stroke-width="2" stroke-dasharray="6 4"/>"#,
        coord(frame.left),
        coord(frame.right),
    );
}

/// A hollow ring, so the point it stands for shows through.
fn target_marker(out: &mut String, chart: &Chart<'_>, frame: &Frame, target: Point) {
    let (x, y) = (frame.x(target.year), frame.y(target.value));
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

/// A hollow diamond, apart from the round points and the target's ring.
/// A hollow diamond at the baseline, and the same diamond with its value in the key above the
/// plot.
fn baseline_marker(
    out: &mut String,
    chart: &Chart<'_>,
    frame: &Frame,
    baseline: Point,
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
    diamond(out, (frame.x(baseline.year), frame.y(baseline.value)), 8.0);
    let key = legend::key(chart.rtl, place);
    let half = legend::KEY_SIZE / 2.0;
    diamond(out, (key.swatch.0 + half, key.swatch.1 + half), half);
    text(out, "baseline-label", key.label, key.run, chart.rtl, words);
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
    text(out, class, (x, y), run, frame.rtl, words);
}

/// "2020: 15", after the words when there are some: "Target 2030: 100".
fn caption(format: &Formatter, words: &str, point: Point) -> String {
    let year = format.digits(&point.year.to_string());
    let value = format.number(point.value);
    if words.is_empty() {
        format!("{year}: {value}")
    } else {
        format!("{words} {year}: {value}")
    }
}

#[cfg(test)]
mod tests;
