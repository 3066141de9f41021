//! The legend above the plot, drawn only when a chart has more than one series: a swatch and a
//! label per series, starting at the right on right-to-left pages and wrapping into rows.

use std::fmt::Write;

use super::markup::{Run, coord, text, text_width};
use super::{Chart, EDGE, PALETTE, Series, WIDTH};

const SWATCH: f64 = 12.0;
const LEGEND_ROW: f64 = 20.0;

/// Where each legend entry starts, as (distance from the edge reading starts at, row).
pub(super) fn legend_places(series: &[Series<'_>]) -> Vec<(f64, usize)> {
    if series.len() < 2 {
        return Vec::new();
    }
    let available = WIDTH - 2.0 * EDGE;
    let (mut offset, mut row) = (0.0, 0);
    let mut places = Vec::with_capacity(series.len());
    for entry in series {
        let width = SWATCH + 6.0 + text_width(entry.label);
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

pub(super) fn legend(out: &mut String, chart: &Chart<'_>, places: &[(f64, usize)]) {
    if places.is_empty() {
        return;
    }
    out.push_str(r#"<g class="legend">"#);
    for (n, (entry, &(offset, row))) in chart.series.iter().zip(places).enumerate() {
        let y = EDGE + row as f64 * LEGEND_ROW;
        let (swatch_x, text_x, run) = if chart.rtl {
            let swatch_x = WIDTH - EDGE - offset - SWATCH;
            (swatch_x, swatch_x - 6.0, Run::Left)
        } else {
            (EDGE + offset, EDGE + offset + SWATCH + 6.0, Run::Right)
        };
        let _ = write!(
            out,
            r#"<rect class="swatch" x="{}" y="{}" width="{SWATCH}" height="{SWATCH}" fill="{}"/>"#,
            coord(swatch_x),
            coord(y),
            PALETTE[n % PALETTE.len()],
        );
        let position = (text_x, y + SWATCH - 1.5);
        text(out, "legend-label", position, run, chart.rtl, entry.label);
    }
    out.push_str("</g>");
}
