//! The key above the plot: a sample of each series' line, dashes and marker with its label when
//! there is more than one series, and the baseline's marker and value (kept off the plot, where
//! a label would cover the first values); starting at the right on right-to-left pages and
//! wrapping into rows inside the drawing, long labels shortened (the table has them in full).

use std::borrow::Cow;
use std::fmt::Write;

use super::markup::{Run, coord, shortened, text, text_width};
use super::{Chart, EDGE, PALETTE, WIDTH, Words, dashes};

/// The sample of a line drawn before each label.
const SWATCH: f64 = 24.0;
const LEGEND_ROW: f64 = 22.0;
const GAP: f64 = 6.0;

/// One entry of the key, placed.
pub(super) struct Entry<'a> {
    pub label: Cow<'a, str>,
    /// Distance from the edge reading starts at, and row.
    pub place: (f64, usize),
}

/// The entries for `labels`, shortened to fit a row and wrapped into rows.
pub(super) fn entries<'a>(labels: &[&'a str]) -> Vec<Entry<'a>> {
    let available = WIDTH - 2.0 * EDGE;
    let (mut offset, mut row) = (0.0, 0);
    let mut entries = Vec::with_capacity(labels.len());
    for label in labels {
        let label = shortened(label, available - SWATCH - GAP);
        let width = SWATCH + GAP + text_width(&label);
        if offset > 0.0 && offset + width > available {
            row += 1;
            offset = 0.0;
        }
        entries.push(Entry {
            label,
            place: (offset, row),
        });
        offset += width + 16.0;
    }
    entries
}

/// The room the legend takes above the plot.
pub(super) fn legend_height(entries: &[Entry<'_>]) -> f64 {
    entries
        .last()
        .map_or(0.0, |entry| (entry.place.1 + 1) as f64 * LEGEND_ROW)
}

/// An entry's swatch corner, label anchor and which way its label runs.
pub(super) struct Key {
    pub swatch: (f64, f64),
    pub label: (f64, f64),
    pub run: Run,
}

pub(super) const KEY_SIZE: f64 = 12.0;

pub(super) fn key(rtl: bool, (offset, row): (f64, usize)) -> Key {
    let y = EDGE + row as f64 * LEGEND_ROW;
    let (swatch_x, text_x, run) = if rtl {
        let swatch_x = WIDTH - EDGE - offset - SWATCH;
        (swatch_x, swatch_x - GAP, Run::Left)
    } else {
        (EDGE + offset, EDGE + offset + SWATCH + GAP, Run::Right)
    };
    Key {
        swatch: (swatch_x, y),
        label: (text_x, y + KEY_SIZE - 1.0),
        run,
    }
}

/// The series' entries, when there are several series.
pub(super) fn legend(out: &mut String, chart: &Chart<'_>, entries: &[Entry<'_>]) {
    if chart.series.len() < 2 {
        return;
    }
    out.push_str(r#"<g class="legend">"#);
    for (n, (series, entry)) in chart.series.iter().zip(entries).enumerate() {
        let Key {
            swatch: (x, y),
            label: position,
            run,
        } = key(chart.rtl, entry.place);
        let colour = PALETTE[n % PALETTE.len()];
        let middle = y + KEY_SIZE / 2.0;
        let _ = write!(
            out,
            r##"<g class="swatch"><line x1="{}" y1="{}" x2="{}" y2="{}" stroke="{colour}" stroke-width="2.5"{}/><use href="#{}-m{}" x="{}" y="{}" fill="{colour}" stroke="#fff"/></g>"##,
            coord(x),
            coord(middle),
            coord(x + SWATCH),
            coord(middle),
            dashes(n),
            chart.id,
            n % PALETTE.len(),
            coord(x + SWATCH / 2.0),
            coord(middle),
        );
        text(
            out,
            "legend-label",
            position,
            run,
            Words {
                text: &entry.label,
                lang: series.label.lang,
            },
        );
    }
    out.push_str("</g>");
}
