//! An indicator's progress: how far the latest measured value has come from the baseline to the
//! target, against a straight line between them.

use super::{Indicator, Point};

/// Progress status against a straight line from the baseline to the target.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Achieved,
    OnTrack,
    NeedsAttention,
    OffTrack,
}

impl Status {
    /// Also the key of its name in the theme's strings.
    pub fn id(self) -> &'static str {
        match self {
            Status::Achieved => "achieved",
            Status::OnTrack => "on-track",
            Status::NeedsAttention => "needs-attention",
            Status::OffTrack => "off-track",
        }
    }
}

/// How far an indicator has come.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Progress {
    pub status: Status,
    /// Share of the way from baseline to target covered by the latest value: 1 at the target,
    /// more when it is exceeded, less than 0 when the value moved away from it.
    pub done: f64,
    /// Share of the time from baseline to target that has passed at the latest value, 0 to 1.
    pub expected: f64,
    pub latest: Point,
}

/// Progress at least this share of what the straight line expects "needs attention"; less is
/// "off track".
const ATTENTION: f64 = 0.75;

impl Indicator {
    /// The latest total value measured (never the baseline: a page must not show a baseline
    /// as a result).
    pub fn latest(&self) -> Option<Point> {
        self.series
            .first()
            .filter(|s| s.label.is_none())
            .and_then(|s| s.points.last().copied())
    }

    /// Achieved when the target is reached; on track when the latest value is at least where a
    /// straight line from baseline to target would be by its year; needs attention when it
    /// has covered at least three quarters of that; off track otherwise, and whenever the
    /// target's year has come without the target reached. `None` without a baseline, a target
    /// and a measured value.
    pub fn progress(&self) -> Option<Progress> {
        let (baseline, target) = (self.baseline?, self.target?);
        let latest = self.latest()?;
        let span = target.value - baseline.value;
        let done = if span == 0.0 {
            1.0
        } else {
            (latest.value - baseline.value) / span
        };
        let years = f64::from(target.year - baseline.year);
        let expected = if years <= 0.0 {
            1.0
        } else {
            (f64::from(latest.year - baseline.year) / years).clamp(0.0, 1.0)
        };
        let status = if done >= 1.0 {
            Status::Achieved
        } else if latest.year >= target.year {
            Status::OffTrack
        } else if done >= expected {
            Status::OnTrack
        } else if done > 0.0 && done >= expected * ATTENTION {
            Status::NeedsAttention
        } else {
            Status::OffTrack
        };
        Some(Progress {
            status,
            done,
            expected,
            latest,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::data::indicator::{ChartStyle, Direction, Series};
    use std::collections::BTreeMap;
    use std::path::PathBuf;

    fn indicator(baseline: (i32, f64), target: (i32, f64), values: &[(i32, f64)]) -> Indicator {
        let point = |(year, value): (i32, f64)| Point { year, value };
        Indicator {
            id: "x".to_owned(),
            title: "X".into(),
            unit: None,
            description: None,
            sdgs: Vec::new(),
            sectors: Vec::new(),
            countries: Vec::new(),
            partners: Vec::new(),
            direction: Direction::Increase,
            baseline: Some(point(baseline)),
            target: Some(point(target)),
            series: vec![Series {
                label: None,
                points: values.iter().copied().map(point).collect(),
            }],
            labels: BTreeMap::new(),
            dimension: None,
            source: None,
            chart: ChartStyle::Line,
            headline: false,
            path: PathBuf::from("x.yaml"),
        }
    }

    fn status(baseline: (i32, f64), target: (i32, f64), values: &[(i32, f64)]) -> Status {
        indicator(baseline, target, values)
            .progress()
            .unwrap()
            .status
    }

    #[test]
    fn status_against_a_straight_line_from_baseline_to_target() {
        // Half the time gone: on track from half the way.
        assert_eq!(
            status((2020, 0.0), (2030, 100.0), &[(2025, 50.0)]),
            Status::OnTrack
        );
        assert_eq!(
            status((2020, 0.0), (2030, 100.0), &[(2025, 40.0)]),
            Status::NeedsAttention
        );
        assert_eq!(
            status((2020, 0.0), (2030, 100.0), &[(2025, 30.0)]),
            Status::OffTrack
        );
        assert_eq!(
            status((2020, 0.0), (2030, 100.0), &[(2025, 100.0)]),
            Status::Achieved
        );
        // Going backwards is off track even early on.
        assert_eq!(
            status((2020, 10.0), (2030, 100.0), &[(2021, 5.0)]),
            Status::OffTrack
        );
    }

    #[test]
    fn lower_is_progress_when_the_target_is_below_the_baseline() {
        assert_eq!(
            status((2020, 68.0), (2030, 40.0), &[(2025, 54.0)]),
            Status::OnTrack
        );
        assert_eq!(
            status((2020, 68.0), (2030, 40.0), &[(2025, 60.0)]),
            Status::OffTrack
        );
        assert_eq!(
            status((2020, 68.0), (2030, 40.0), &[(2029, 39.0)]),
            Status::Achieved
        );
    }

    #[test]
    fn progress_is_a_share_of_the_way() {
        let progress = indicator((2020, 0.0), (2024, 40.0), &[(2023, 31.0)])
            .progress()
            .unwrap();
        assert_eq!(progress.status, Status::OnTrack);
        assert!((progress.done - 0.775).abs() < 1e-9);
        assert!((progress.expected - 0.75).abs() < 1e-9);
        assert_eq!(
            progress.latest,
            Point {
                year: 2023,
                value: 31.0
            }
        );
        let mut no_target = indicator((2020, 0.0), (2024, 40.0), &[]);
        no_target.target = None;
        assert_eq!(no_target.progress(), None);
    }

    #[test]
    fn a_target_year_passed_without_the_target_is_off_track() {
        assert_eq!(
            status((2020, 0.0), (2024, 40.0), &[(2024, 38.0)]),
            Status::OffTrack
        );
        assert_eq!(
            status((2020, 0.0), (2024, 40.0), &[(2025, 50.0)]),
            Status::Achieved
        );
        let exceeded = indicator((2020, 0.0), (2024, 40.0), &[(2024, 50.0)]);
        assert!((exceeded.progress().unwrap().done - 1.25).abs() < 1e-9);
    }

    #[test]
    fn no_measured_value_means_no_progress() {
        assert_eq!(indicator((2020, 0.0), (2024, 40.0), &[]).progress(), None);
    }
}
