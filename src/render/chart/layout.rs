//! What a chart can draw of its data, and where: the plot area inside the view box and the
//! scales that turn a period and a value into a position, mirrored for right-to-left pages.

use super::markup::text_width;
use super::scale::{PeriodScale, Tick, ValueScale};
use super::{Chart, EDGE, FONT_SIZE, PLOT_HEIGHT, Point, WIDTH};

/// Beyond any indicator; clamping to it keeps the value range finite.
const LARGEST_VALUE: f64 = 1e300;

/// What can be drawn of the chart's data: finite values only, each series in time order.
pub(super) struct Data<'a> {
    pub(super) series: Vec<Vec<Point<'a>>>,
    pub(super) baseline: Option<Point<'a>>,
    pub(super) target: Option<Point<'a>>,
}

impl<'a> Data<'a> {
    pub(super) fn new(chart: &Chart<'a>) -> Self {
        let series = chart
            .series
            .iter()
            .map(|series| {
                let mut points: Vec<Point<'a>> =
                    series.points.iter().copied().filter_map(drawable).collect();
                points.sort_by_key(|point| (point.start, point.end));
                points
            })
            .collect();
        Data {
            series,
            baseline: chart.baseline.and_then(drawable),
            target: chart.target.and_then(drawable),
        }
    }

    fn points(&self) -> impl Iterator<Item = Point<'a>> + '_ {
        let series = self.series.iter().flatten().copied();
        series.chain(self.baseline).chain(self.target)
    }

    /// Every period with a value, once, in time order.
    fn ticks(&self) -> Vec<Tick> {
        let mut ticks: Vec<Tick> = self
            .points()
            .map(|p| Tick {
                start: p.start,
                end: p.end,
                label: p.label.to_owned(),
            })
            .collect();
        ticks.sort_by_key(|t| (t.start, t.end));
        ticks.dedup_by(|a, b| (a.start, a.end) == (b.start, b.end));
        ticks
    }
}

fn drawable(point: Point<'_>) -> Option<Point<'_>> {
    (point.value.is_finite() && point.end > point.start).then_some(Point {
        value: point.value.clamp(-LARGEST_VALUE, LARGEST_VALUE),
        ..point
    })
}

/// The plot area and its scales: where a period and a value land in the drawing.
pub(super) struct Frame {
    pub(super) left: f64,
    pub(super) right: f64,
    pub(super) top: f64,
    pub(super) bottom: f64,
    pub(super) periods: PeriodScale,
    pub(super) values: ValueScale,
    pub(super) rtl: bool,
}

impl Frame {
    /// `None` when there is nothing to plot; `top` is where the plot starts, below the legend.
    pub(super) fn new(chart: &Chart<'_>, data: &Data<'_>, top: f64) -> Option<Self> {
        let low = data.points().map(|point| point.value).fold(0.0, f64::min);
        let high = data.points().map(|point| point.value).fold(0.0, f64::max);
        let ticks = data.ticks();
        if ticks.is_empty() {
            return None;
        }
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
        let widest_label = ticks
            .iter()
            .map(|t| text_width(&t.label))
            .fold(0.0, f64::max);
        let most_labels = ((right - left) / (widest_label + FONT_SIZE)) as usize;
        Some(Frame {
            left,
            right,
            top,
            bottom: top + PLOT_HEIGHT,
            periods: PeriodScale::new(ticks, most_labels),
            values,
            rtl: chart.rtl,
        })
    }

    /// The width of the shortest period: bars share it, points sit in its middle.
    pub(super) fn slot(&self) -> f64 {
        self.months_wide(self.periods.shortest())
    }

    fn months_wide(&self, months: i32) -> f64 {
        let span = f64::from((self.periods.last() - self.periods.first()).max(1));
        (self.right - self.left) * f64::from(months) / span
    }

    /// The middle of the period `start..end`.
    pub(super) fn x(&self, start: i32, end: i32) -> f64 {
        let middle = f64::from(start - self.periods.first()) + f64::from(end - start) / 2.0;
        let span = f64::from((self.periods.last() - self.periods.first()).max(1));
        let from_start = middle / span * (self.right - self.left);
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
