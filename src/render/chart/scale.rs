//! The two axes of a progress chart: values rounded out to "nice" ticks (1, 2 or 5 times a
//! power of ten) and the periods worth a label when there are too many to label each.

/// The formatter prints two decimals: a finer step would print the same label twice.
const SMALLEST_STEP: f64 = 0.01;

/// Four to six gridlines: enough to read a value, few enough to stay quiet.
const MOST_INTERVALS: f64 = 5.0;

/// Past this many periods a tick for each would blur into a grey bar; only labelled ones get one.
const MOST_PERIOD_TICKS: usize = 100;

/// The value axis: gridlines at `(first + i) * step` for `i` in `0..=intervals`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct ValueScale {
    first: f64,
    step: f64,
    intervals: f64,
}

impl ValueScale {
    /// A scale covering `low..=high` (finite, `low <= 0 <= high`), with 3 to 5 intervals.
    pub(super) fn new(low: f64, high: f64) -> Self {
        // All values zero: show 0 to 1 rather than a flat, unlabelled axis.
        let high = if high > low { high } else { low + 1.0 };
        let magnitude = 10f64
            .powf(((high - low) / 10.0).log10().floor())
            .max(SMALLEST_STEP);
        let mut scale = Self::fit(low, high, magnitude);
        for decade in 0..5 {
            for multiple in [1.0, 2.0, 5.0] {
                scale = Self::fit(low, high, magnitude * multiple * 10f64.powi(decade));
                if scale.intervals <= MOST_INTERVALS {
                    return scale;
                }
            }
        }
        scale
    }

    fn fit(low: f64, high: f64, step: f64) -> Self {
        let first = (low / step).floor();
        let last = (high / step).ceil();
        ValueScale {
            first,
            step,
            intervals: (last - first).max(1.0),
        }
    }

    pub(super) fn min(&self) -> f64 {
        self.first * self.step
    }

    pub(super) fn max(&self) -> f64 {
        (self.first + self.intervals) * self.step
    }

    /// The gridline values, lowest first.
    pub(super) fn ticks(&self) -> impl Iterator<Item = f64> + '_ {
        (0..=self.intervals as u32).map(|i| (self.first + f64::from(i)) * self.step)
    }
}

/// A period on the time axis: months `start..end` and its label as shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Tick {
    pub start: i32,
    pub end: i32,
    pub label: String,
}

/// The time axis: every period that has a value, in time order, and which of them are labelled
/// (every `label_every`-th counted back from the latest, so the newest period always is).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct PeriodScale {
    ticks: Vec<Tick>,
    label_every: usize,
}

impl PeriodScale {
    /// `ticks` (distinct, sorted) with at most `most_labels` labels (at least 3 when there
    /// are as many periods).
    pub(super) fn new(ticks: Vec<Tick>, most_labels: usize) -> Self {
        let most_labels = most_labels.max(3);
        let label_every = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000]
            .into_iter()
            .find(|every| ticks.len().div_ceil(*every) <= most_labels)
            .unwrap_or(ticks.len().max(1));
        PeriodScale { ticks, label_every }
    }

    pub(super) fn first(&self) -> i32 {
        self.ticks.first().map_or(0, |t| t.start)
    }

    pub(super) fn last(&self) -> i32 {
        self.ticks.iter().map(|t| t.end).max().unwrap_or(1)
    }

    /// The shortest period, which sets the width bars may take.
    pub(super) fn shortest(&self) -> i32 {
        self.ticks
            .iter()
            .map(|t| t.end - t.start)
            .min()
            .unwrap_or(12)
            .max(1)
    }

    pub(super) fn labelled(&self) -> impl Iterator<Item = &Tick> {
        let last = self.ticks.len().saturating_sub(1);
        self.ticks
            .iter()
            .enumerate()
            .filter(move |(i, _)| (last - i).is_multiple_of(self.label_every))
            .map(|(_, tick)| tick)
    }

    /// The periods that get a tick mark: every one, unless there are too many.
    pub(super) fn ticked(&self) -> Box<dyn Iterator<Item = &Tick> + '_> {
        if self.ticks.len() <= MOST_PERIOD_TICKS {
            Box::new(self.ticks.iter())
        } else {
            Box::new(self.labelled())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ticks(low: f64, high: f64) -> Vec<f64> {
        ValueScale::new(low, high).ticks().collect()
    }

    #[test]
    fn values_round_out_to_nice_steps() {
        assert_eq!(ticks(0.0, 10.0), [0.0, 2.0, 4.0, 6.0, 8.0, 10.0]);
        assert_eq!(ticks(0.0, 12.0), [0.0, 5.0, 10.0, 15.0]);
        assert_eq!(ticks(0.0, 1234.0), [0.0, 500.0, 1000.0, 1500.0]);
        assert_eq!(ticks(-30.0, 45.0), [-40.0, -20.0, 0.0, 20.0, 40.0, 60.0]);
        let all_zero = ticks(0.0, 0.0);
        assert_eq!((all_zero.len(), all_zero.last()), (6, Some(&1.0)));
        assert_eq!(ticks(0.0, 0.001), [0.0, 0.01]);
    }

    #[test]
    fn huge_values_stay_finite() {
        let scale = ValueScale::new(-1e300, 1e300);
        assert!(scale.min().is_finite() && scale.max().is_finite());
        assert!(scale.ticks().count() <= 6);
    }

    fn years(first: i32, last: i32) -> Vec<Tick> {
        (first..=last)
            .map(|year| Tick {
                start: year * 12,
                end: year * 12 + 12,
                label: year.to_string(),
            })
            .collect()
    }

    fn labels(scale: &PeriodScale) -> Vec<&str> {
        scale.labelled().map(|t| t.label.as_str()).collect()
    }

    #[test]
    fn few_periods_label_each() {
        let scale = PeriodScale::new(years(2018, 2024), 10);
        assert_eq!(labels(&scale).len(), 7);
        assert_eq!(scale.ticked().count(), 7);
    }

    #[test]
    fn many_periods_are_thinned_keeping_the_latest() {
        let scale = PeriodScale::new(years(1990, 2030), 10);
        assert_eq!(
            labels(&scale),
            [
                "1990", "1995", "2000", "2005", "2010", "2015", "2020", "2025", "2030"
            ]
        );
        assert_eq!(scale.ticked().count(), 41);
        let long = PeriodScale::new(years(1900, 2100), 10);
        assert!(long.labelled().count() <= 10);
        assert!(long.ticked().count() <= 10);
        assert_eq!(long.labelled().last().unwrap().label, "2100");
    }
}
