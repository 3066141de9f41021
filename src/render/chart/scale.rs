//! The two axes of a progress chart: values rounded out to "nice" ticks (1, 2 or 5 times a
//! power of ten) and the years worth a label when there are too many to label each.

/// The formatter prints two decimals: a finer step would print the same label twice.
const SMALLEST_STEP: f64 = 0.01;

use std::ops::RangeInclusive;

/// Four to six gridlines: enough to read a value, few enough to stay quiet.
const MOST_INTERVALS: f64 = 5.0;

/// Past this many years a tick for each would blur into a grey bar; only labelled years get one.
const MOST_YEAR_TICKS: i64 = 100;

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

/// The time axis: one slot per year from `first` to `last`, labels every `label_every` years.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct YearScale {
    first: i64,
    last: i64,
    label_every: i64,
}

impl YearScale {
    /// Years `first..=last` with at most `most_labels` labels (kept between 3 and 10, so a
    /// thinner step still lands on at least one year).
    pub(super) fn new(first: i32, last: i32, most_labels: i64) -> Self {
        let (first, last) = (i64::from(first.min(last)), i64::from(first.max(last)));
        let most_labels = most_labels.clamp(3, 10);
        // 10^10 exceeds any span of `i32` years, so the search always ends with a fit.
        let label_every = (0..=10)
            .flat_map(|decade| [1, 2, 5].map(|multiple| multiple * 10i64.pow(decade)))
            .find(|&every| count(&multiples(first, last, every)) <= most_labels)
            .unwrap_or(10i64.pow(10));
        YearScale {
            first,
            last,
            label_every,
        }
    }

    pub(super) fn first(&self) -> i64 {
        self.first
    }

    pub(super) fn count(&self) -> i64 {
        self.last - self.first + 1
    }

    /// The years that get a label: multiples of the label step, so labels read 2010, 2015, 2020.
    pub(super) fn labelled(&self) -> impl Iterator<Item = i64> + use<> {
        let every = self.label_every;
        multiples(self.first, self.last, every).map(move |k| k * every)
    }

    /// The years that get a tick mark: every year, unless there are too many.
    pub(super) fn ticked(&self) -> Box<dyn Iterator<Item = i64>> {
        if self.count() <= MOST_YEAR_TICKS {
            Box::new(self.first..=self.last)
        } else {
            Box::new(self.labelled())
        }
    }
}

/// Which multiples `k * every` (`every` positive) fall within `first..=last`.
fn multiples(first: i64, last: i64, every: i64) -> RangeInclusive<i64> {
    -(-first).div_euclid(every)..=last.div_euclid(every)
}

fn count(range: &RangeInclusive<i64>) -> i64 {
    range.end() - range.start() + 1
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

    #[test]
    fn few_years_label_each() {
        let years = YearScale::new(2018, 2024, 10);
        assert_eq!(
            years.labelled().collect::<Vec<_>>(),
            (2018..=2024).collect::<Vec<_>>()
        );
        assert_eq!(years.ticked().count(), 7);
    }

    #[test]
    fn many_years_are_thinned() {
        let years = YearScale::new(1990, 2030, 10);
        assert_eq!(
            years.labelled().collect::<Vec<_>>(),
            [1990, 1995, 2000, 2005, 2010, 2015, 2020, 2025, 2030]
        );
        assert_eq!(years.ticked().count(), 41);
        let all_of_time = YearScale::new(i32::MIN, i32::MAX, 10);
        assert!(all_of_time.labelled().count() <= 10);
        assert!(all_of_time.ticked().count() <= 10);
    }
}
