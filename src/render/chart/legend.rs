//! The key above the plot: a swatch and a label per series when there is more than one, and the
//! baseline's marker and value (kept off the plot, where a label would cover the first values);
//! starting at the right on right-to-left pages and wrapping into rows.

use std::fmt::Write;

use super::markup::{Run, coord, text, text_width};
use super::{Chart, EDGE, PALETTE, WIDTH};

const SWATCH: f64 = 12.0;
const LEGEND_ROW: f64 = 20.0;

/// Where each entry with these labels starts, as (distance from the edge reading starts at, row).
pub(super) fn legend_places(labels: &[&str]) -> Vec<(f64, usize)> {
    let available = WIDTH - 2.0 * EDGE;
    let (mut offset, mut row) = (0.0, 0);
    let mut places = Vec::with_capacity(labels.len());
    for label in labels {
        let width = SWATCH + 6.0 + text_width(label);
        if offset > 0.0 && offset + width > available {
            row += 1;
            offset = 0.0;
        }
        places.push((offset, row));
        offset += width + 16.0;
    }
    places
}

/// The room the legend takes above the plot.
pub(super) fn legend_height(places: &[(f64, usize)]) -> f64 {
    places
        .last()
        .map_or(0.0, |&(_, row)| (row + 1) as f64 * LEGEND_ROW)
}

/// An entry's swatch corner, label anchor and which way its label runs.
pub(super) struct Key {
    pub swatch: (f64, f64),
    pub label: (f64, f64),
    pub run: Run,
}

pub(super) const KEY_SIZE: f64 = SWATCH;

pub(super) fn key(rtl: bool, (offset, row): (f64, usize)) -> Key {
    let y = EDGE + row as f64 * LEGEND_ROW;
    let (swatch_x, text_x, run) = if rtl {
        let swatch_x = WIDTH - EDGE - offset - SWATCH;
        (swatch_x, swatch_x - 6.0, Run::Left)
    } else {
        (EDGE + offset, EDGE + offset + SWATCH + 6.0, Run::Right)
    };
    Key {
        swatch: (swatch_x, y),
        label: (text_x, y + SWATCH - 1.5),
        run,
    }
}

/// The series' entries, when there are several series.
pub(super) fn legend(out: &mut String, chart: &Chart<'_>, places: &[(f64, usize)]) {
    if chart.series.len() < 2 {
        return;
    }
    out.push_str(r#"<g class="legend">"#);
    for (n, (entry, &place)) in chart.series.iter().zip(places).enumerate() {
        let Key {
            swatch: (swatch_x, y),
            label: position,
            run,
        } = key(chart.rtl, place);
        let _ = write!(
            out,
            r#"<rect class="swatch" x="{}" y="{}" width="{SWATCH}" height="{SWATCH}" fill="{}"/>"#,
            coord(swatch_x),
            coord(y),
            PALETTE[n % PALETTE.len()],
        );
        text(out, "legend-label", position, run, chart.rtl, entry.label);
    }
    out.push_str("</g>");
}
