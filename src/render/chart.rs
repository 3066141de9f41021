//! Progress-indicator charts as inline SVG, drawn at build time in the page's language: digits
//! from the page's formatter, periods as the page writes them, and mirrored on right-to-left pages so time runs the way the page
//! reads. Page generators inline the result in HTML, which readers also print.

mod layout;
mod legend;
mod marks;
mod markup;
mod scale;

use std::fmt::Write;

use crate::render::format::Formatter;
use layout::{Data, Frame};
use legend::{legend, legend_height};
use marks::{baseline_marker, caption, target_line, target_marker};
use markup::{Run, coord, escape, shape, text};

/// A value of one period: months `start..end` (from January of year 0), its label as the page
/// shows it, and whether its observation status sets it apart (estimated, provisional...).
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Point<'a> {
    pub start: i32,
    pub end: i32,
    pub label: &'a str,
    pub value: f64,
    pub flagged: bool,
}

/// Words drawn in the chart, with their language when it is not the page's.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Words<'a> {
    pub text: &'a str,
    pub lang: Option<&'a str>,
}

/// One line (or one set of bars): the total, or one disaggregation like "Girls".
#[derive(Debug, Clone, Copy)]
pub(crate) struct Series<'a> {
    pub label: Words<'a>,
    pub points: &'a [Point<'a>],
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ChartKind {
    Line,
    Bar,
}

/// Words drawn in the chart, in the page's language.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Labels<'a> {
    pub baseline: &'a str,
    pub target: &'a str,
}

#[derive(Debug, Clone, Copy)]
pub(crate) struct Chart<'a> {
    pub kind: ChartKind,
    /// Unique on the page: prefix of the ids that `aria-labelledby` and markers point at.
    pub id: &'a str,
    pub title: &'a str,
    /// A sentence saying what the chart shows, for screen readers (`<desc>`).
    pub description: &'a str,
    /// At most [`MOST_SERIES`] are drawn; the first is drawn bolder when `headline` is set.
    pub series: &'a [Series<'a>],
    pub headline: bool,
    pub baseline: Option<Point<'a>>,
    pub target: Option<Point<'a>>,
    pub labels: Labels<'a>,
    /// Numbers in the page's digits (`format.number(v)`).
    pub format: &'a Formatter,
    /// Right-to-left page: time runs from right to left, the value axis sits on the right.
    pub rtl: bool,
}

/// The most series one chart draws, one per colour, marker and dash pattern: more would not
/// be told apart. Pages split larger sets over several charts.
pub(crate) const MOST_SERIES: usize = PALETTE.len();

/// Narrow enough that text at `FONT_SIZE` stays at least 12 px on a 390 px wide phone.
const WIDTH: f64 = 400.0;
const PLOT_HEIGHT: f64 = 220.0;
/// Below the plot: the period labels.
const AXIS_HEIGHT: f64 = 34.0;
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
/// Series colours, the headline first: each at least 4.5:1 on white (WCAG asks 3:1 of
/// graphics), after the Okabe-Ito set that colour-blind readers tell apart, darkened; markers
/// and dashes set series apart too.
const PALETTE: [&str; 8] = [
    "#8a1538", "#0072b2", "#c75300", "#007a5e", "#6a3d9a", "#8c6d00", "#b3477d", "#4d4d4d",
];
/// Bars thinner than this cannot be read or pointed at: the chart is drawn with lines instead.
const THINNEST_BAR: f64 = 4.0;

/// A white outline behind every text, so labels stay legible over lines and gridlines; set
/// once for the chart rather than on each label.
const HALO: &str = "<style>.chart text{stroke:#fff;stroke-width:3px;stroke-linejoin:round;paint-order:stroke}</style>";

/// The dash pattern of series `n`: the first solid, the others each their own.
fn dashes(n: usize) -> &'static str {
    const PATTERNS: [&str; 8] = [
        "",
        r#" stroke-dasharray="8 3""#,
        r#" stroke-dasharray="2 3""#,
        r#" stroke-dasharray="10 3 2 3""#,
        r#" stroke-dasharray="5 5""#,
        r#" stroke-dasharray="12 4 2 4 2 4""#,
        r#" stroke-dasharray="1 4""#,
        r#" stroke-dasharray="6 2 6 6""#,
    ];
    PATTERNS[n % PATTERNS.len()]
}

/// The chart as an `<svg>` element, ready to inline in HTML.
pub(crate) fn svg(chart: &Chart<'_>) -> String {
    let series = &chart.series[..chart.series.len().min(MOST_SERIES)];
    let chart = &Chart { series, ..*chart };
    let data = Data::new(chart);
    let baseline_words = data
        .baseline
        .map(|b| caption(chart.format, chart.labels.baseline, b));
    let mut keys: Vec<&str> = if chart.series.len() >= 2 {
        chart.series.iter().map(|s| s.label.text).collect()
    } else {
        Vec::new()
    };
    keys.extend(baseline_words.as_deref());
    let entries = legend::entries(&keys);
    let top = 2.0 * EDGE + legend_height(&entries);
    let height = top + PLOT_HEIGHT + AXIS_HEIGHT;
    let mut out = String::with_capacity(8 * 1024);
    open(&mut out, chart, height);
    if let Some(frame) = Frame::new(chart, &data, top) {
        out.push_str(HALO);
        markers(&mut out, chart, (frame.slot() * 0.35).clamp(2.0, 4.5));
        value_axis(&mut out, chart, &frame);
        period_axis(&mut out, &frame);
        if let Some(target) = data.target {
            target_line(&mut out, &frame, target);
        }
        let bar = frame.slot() * 0.7 / chart.series.len().max(1) as f64 * 0.9;
        for (n, points) in data.series.iter().enumerate() {
            match chart.kind {
                ChartKind::Bar if bar >= THINNEST_BAR => {
                    bar_series(&mut out, chart, &frame, n, points)
                }
                _ => line_series(&mut out, chart, &frame, n, points),
            }
        }
        if let (Some(baseline), Some(words), Some(entry)) =
            (data.baseline, &baseline_words, entries.last())
        {
            baseline_marker(&mut out, chart, &frame, baseline, words, entry.place);
        }
        if let Some(target) = data.target {
            target_marker(&mut out, chart, &frame, target);
        }
        legend(&mut out, chart, &entries);
    }
    out.push_str("</svg>");
    out
}

fn open(out: &mut String, chart: &Chart<'_>, height: f64) {
    let id = escape(chart.id);
    // `direction="ltr"` stops the page's `dir="rtl"` from flipping the anchors of numbers;
    // words in a right-to-left script set their own direction.
    let _ = write!(
        out,
        r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {}" role="img" aria-labelledby="{id}-title {id}-desc" class="chart" style="max-width:100%;height:auto" direction="ltr" font-family="{FONT_FAMILY}" font-size="{FONT_SIZE}" fill="{TEXT_COLOUR}"><title id="{id}-title">{}</title><desc id="{id}-desc">{}</desc>"#,
        coord(height),
        escape(chart.title),
        escape(chart.description),
    );
}

/// One marker shape per series, defined once and placed at each point; `radius` shrinks when
/// periods are close together, so markers do not merge into a band.
fn markers(out: &mut String, chart: &Chart<'_>, radius: f64) {
    out.push_str("<defs>");
    for n in 0..chart.series.len() {
        let _ = write!(
            out,
            r#"<path id="{}-m{n}" d="{}" stroke-width="1"/>"#,
            escape(chart.id),
            shape(n, radius),
        );
    }
    out.push_str("</defs>");
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
        text(
            out,
            "tick-label",
            position,
            run,
            Words {
                text: &label,
                lang: None,
            },
        );
    }
    out.push_str("</g>");
}

fn period_axis(out: &mut String, frame: &Frame) {
    out.push_str(r#"<g class="axis axis-x">"#);
    for tick in frame.periods.ticked() {
        let x = coord(frame.x(tick.start, tick.end));
        let _ = write!(
            out,
            r#"<line class="tick" x1="{x}" y1="{}" x2="{x}" y2="{}" stroke="{AXIS_COLOUR}"/>"#,
            coord(frame.bottom),
            coord(frame.bottom + 5.0),
        );
    }
    // From the newest, which is always named: a label that would touch the one named after it
    // is left out, as when a target years ahead squeezes the periods with values together.
    let mut named: Vec<(&scale::Tick, f64)> = Vec::new();
    let mut kept: Option<(f64, f64)> = None;
    for tick in frame
        .periods
        .labelled()
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
    {
        // Kept inside the drawing: the first and last labels would stick out of it.
        let half = markup::text_width(&tick.label) / 2.0;
        let x = frame
            .x(tick.start, tick.end)
            .clamp(EDGE + half, WIDTH - EDGE - half);
        if kept.is_some_and(|(at, other)| (x - at).abs() < half + other + FONT_SIZE / 2.0) {
            continue;
        }
        kept = Some((x, half));
        named.push((tick, x));
    }
    for (tick, x) in named.into_iter().rev() {
        let position = (x, frame.bottom + 20.0);
        // Periods like `2014-15` keep their order on right-to-left pages.
        text(
            out,
            "tick-label",
            position,
            Run::Centred,
            Words {
                text: &tick.label,
                lang: None,
            },
        );
    }
    out.push_str("</g>");
}

fn line_series(out: &mut String, chart: &Chart<'_>, frame: &Frame, n: usize, points: &[Point<'_>]) {
    let colour = PALETTE[n % PALETTE.len()];
    // The headline series is drawn bolder than its disaggregations.
    let width = if n == 0 && chart.headline { 3.0 } else { 2.0 };
    let _ = write!(
        out,
        r##"<g class="series series-{n}" fill="{colour}" stroke="#fff">"##
    );
    if points.len() > 1 {
        let coordinates: Vec<String> = points
            .iter()
            .map(|point| {
                format!(
                    "{},{}",
                    coord(frame.x(point.start, point.end)),
                    coord(frame.y(point.value))
                )
            })
            .collect();
        let _ = write!(
            out,
            r#"<polyline class="line" points="{}" fill="none" stroke="{colour}" stroke-width="{width}" stroke-linejoin="round"{}/>"#,
            coordinates.join(" "),
            dashes(n),
        );
    }
    for point in points {
        point_marker(
            out,
            chart,
            n,
            (frame.x(point.start, point.end), frame.y(point.value)),
            point.flagged,
        );
    }
    out.push_str("</g>");
}

/// Series `n`'s marker at `(x, y)`; hollow when the value's status sets it apart.
fn point_marker(out: &mut String, chart: &Chart<'_>, n: usize, (x, y): (f64, f64), flagged: bool) {
    let hollow = if flagged {
        format!(
            r##" class="point flagged" fill="#fff" stroke="{}""##,
            PALETTE[n % PALETTE.len()]
        )
    } else {
        r#" class="point""#.to_owned()
    };
    let _ = write!(
        out,
        r##"<use href="#{}-m{n}" x="{}" y="{}"{hollow}/>"##,
        escape(chart.id),
        coord(x),
        coord(y),
    );
}

fn bar_series(out: &mut String, chart: &Chart<'_>, frame: &Frame, n: usize, points: &[Point<'_>]) {
    let colour = PALETTE[n % PALETTE.len()];
    let group = frame.slot() * 0.7;
    let bar = group / chart.series.len().max(1) as f64;
    let inner = bar * 0.9;
    // The bar's near edge, measured from the slot's middle in reading order.
    let from_middle = n as f64 * bar - group / 2.0 + (bar - inner) / 2.0;
    let zero = frame.y(0.0);
    let _ = write!(out, r#"<g class="series series-{n}">"#);
    for point in points {
        let middle = frame.x(point.start, point.end);
        let x = if frame.rtl {
            middle - from_middle - inner
        } else {
            middle + from_middle
        };
        let y = frame.y(point.value);
        // A value whose status sets it apart is drawn as an outline.
        let paint = if point.flagged {
            format!(r##"fill="#fff" stroke="{colour}" stroke-width="2""##)
        } else {
            format!(r#"fill="{colour}""#)
        };
        let _ = write!(
            out,
            r#"<rect class="bar" x="{}" y="{}" width="{}" height="{}" {paint}/>"#,
            coord(x),
            coord(y.min(zero)),
            coord(inner),
            coord((y - zero).abs()),
        );
    }
    out.push_str("</g>");
}

#[cfg(test)]
mod tests;
