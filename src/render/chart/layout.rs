//! What a chart can draw of its data, and where: the plot area inside the fixed view box and the
//! scales that turn a year and a value into a position, mirrored for right-to-left pages.

use super::markup::text_width;
use super::scale::{ValueScale, YearScale};
use super::{Chart, EDGE, HEIGHT, Point, WIDTH};

/// Beyond any indicator; clamping to it keeps the value range finite.
const LARGEST_VALUE: f64 = 1e300;

/// What can be drawn of the chart's data: finite values only, each series in year order.
pub(super) struct Data {
    pub(super) series: Vec<Vec<Point>>,
    pub(super) baseline: Option<Point>,
    pub(super) target: Option<Point>,
}

impl Data {
    pub(super) fn new(chart: &Chart<'_>) -> Self {
        let series = chart
            .series
            .iter()
            .map(|series| {
                let mut points: Vec<Point> =
                    series.points.iter().copied().filter_map(drawable).collect();
                points.sort_by_key(|point| point.year);
                points
            })
            .collect();
        Data {
            series,
            baseline: chart.baseline.and_then(drawable),
            target: chart.target.and_then(drawable),
        }
    }

    fn points(&self) -> impl Iterator<Item = Point> + '_ {
        let series = self.series.iter().flatten().copied();
        series.chain(self.baseline).chain(self.target)
    }
}

fn drawable(point: Point) -> Option<Point> {
    point.value.is_finite().then_some(Point {
        year: point.year,
        value: point.value.clamp(-LARGEST_VALUE, LARGEST_VALUE),
    })
}

/// The plot area and its scales: where a year and a value land in the drawing.
pub(super) struct Frame {
    pub(super) left: f64,
    pub(super) right: f64,
    pub(super) top: f64,
    pub(super) bottom: f64,
    pub(super) years: YearScale,
    pub(super) values: ValueScale,
    pub(super) rtl: bool,
}

impl Frame {
    /// `None` when there is nothing to plot.
    pub(super) fn new(chart: &Chart<'_>, data: &Data, legend_height: f64) -> Option<Self> {
        let first = data.points().map(|point| point.year).min()?;
        let last = data.points().map(|point| point.year).max()?;
        let low = data.points().map(|point| point.value).fold(0.0, f64::min);
        let high = data.points().map(|point| point.value).fold(0.0, f64::max);
        let values = ValueScale::new(low, high);
        let widest_value = values
            .ticks()
            .map(|value| text_width(&chart.format.number(value)))
            .fold(0.0, f64::max);
        let axis_width = (widest_value + 10.0).clamp(24.0, 160.0);
        let (left, right) = if chart.rtl {
            (EDGE, WIDTH - EDGE - axis_width)
        } else {
            (EDGE + axis_width, WIDTH - EDGE)
        };
        let bottom = HEIGHT - 30.0;
        // A legend too tall for the chart overlaps the plot rather than turning it inside out.
        let top = (2.0 * EDGE + legend_height).min(bottom - 80.0);
        let widest_year = text_width(&first.to_string()).max(text_width(&last.to_string()));
        let most_labels = ((right - left) / (widest_year + 12.0)) as i64;
        Some(Frame {
            left,
            right,
            top,
            bottom,
            years: YearScale::new(first, last, most_labels),
            values,
            rtl: chart.rtl,
        })
    }

    /// The width each year gets: bars share it, points sit in its middle.
    pub(super) fn slot(&self) -> f64 {
        (self.right - self.left) / self.years.count() as f64
    }

    pub(super) fn x(&self, year: impl Into<i64>) -> f64 {
        let from_start = ((year.into() - self.years.first()) as f64 + 0.5) * self.slot();
        if self.rtl {
            self.right - from_start
        } else {
            self.left + from_start
        }
    }

    pub(super) fn y(&self, value: f64) -> f64 {
        let (min, max) = (self.values.min(), self.values.max());
        self.bottom - (value - min) / (max - min) * (self.bottom - self.top)
    }

    pub(super) fn centre(&self) -> f64 {
        (self.left + self.right) / 2.0
    }
}
