//! An indicator's progress: how far the latest measured value has come from the baseline to the
//! target, against a straight line between them.

use super::{Direction, Indicator, Point};
use crate::model::data::series::Selection;

/// Progress status against a straight line from the baseline to the target.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Status {
    Achieved,
    OnTrack,
    NeedsAttention,
    OffTrack,
}

impl Status {
    /// Also the key of its name in the theme's strings.
    pub(crate) fn id(self) -> &'static str {
        match self {
            Status::Achieved => "achieved",
            Status::OnTrack => "on-track",
            Status::NeedsAttention => "needs-attention",
            Status::OffTrack => "off-track",
        }
    }
}

/// How far an indicator has come.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Progress {
    pub status: Status,
    /// Share of the way from baseline to target covered by the latest value: 1 at the target,
    /// more when it is exceeded, less than 0 when the value moved away from it.
    pub done: f64,
    /// Share of the time from baseline to target that has passed at the latest value, 0 to 1.
    pub expected: f64,
    pub latest: Point,
    /// The target is the baseline's level, to keep: `done` is 1 while it is kept, else 0.
    pub keep_level: bool,
}

/// Progress at least this share of what the straight line expects "needs attention"; less is
/// "off track".
const ATTENTION: f64 = 0.75;

impl Indicator {
    /// The selection shown first and measured against the target.
    pub(crate) fn main_selection(&self) -> Option<&Selection> {
        self.data.selections.get(self.main)
    }

    /// The latest headline value measured (never the baseline: a page must not show a
    /// baseline as a result).
    pub(crate) fn latest(&self) -> Option<Point> {
        latest_of(self.main_selection()?)
    }

    /// The observation status of the latest headline value, unless it is a normal value.
    pub(crate) fn latest_status(&self) -> Option<&str> {
        let line = self.main_selection()?.headline_line()?;
        self.data.status(line.observations.last()?)
    }

    /// Achieved when the target is reached; on track when the latest value is at least where a
    /// straight line from baseline to target would be by its period; needs attention when it
    /// has covered at least three quarters of that; off track otherwise, and whenever the
    /// target's period has ended without the target reached. Shares are compared as the whole
    /// percentages the page shows. A target equal to the baseline asks to keep a level: on
    /// track (achieved once its period ends) while the value is no worse. A period counts at its
    /// end, so a fiscal year counts as the year it ends. `None` without a baseline, a target
    /// and a measured value.
    pub(crate) fn progress(&self) -> Option<Progress> {
        let (baseline, target) = (self.baseline.as_ref()?, self.target.as_ref()?);
        Some(measure(baseline, target, self.latest()?, self.direction))
    }
}

/// How far `latest` has come from `baseline` to `target`, as [`Indicator::progress`] tells.
pub(crate) fn measure(
    baseline: &Point,
    target: &Point,
    latest: Point,
    direction: Direction,
) -> Progress {
    let span = target.value - baseline.value;
    let (start, goal) = (baseline.period.progress_end(), target.period.progress_end());
    let months = f64::from(goal - start);
    let expected = if months <= 0.0 {
        1.0
    } else {
        (f64::from(latest.period.progress_end() - start) / months).clamp(0.0, 1.0)
    };
    let target_passed = latest.period.progress_end() >= goal;
    let (done, status) = if span == 0.0 {
        let kept = match direction {
            Direction::Increase => latest.value >= target.value,
            Direction::Decrease => latest.value <= target.value,
        };
        let status = match (kept, target_passed) {
            (true, true) => Status::Achieved,
            (true, false) => Status::OnTrack,
            (false, _) => Status::OffTrack,
        };
        (if kept { 1.0 } else { 0.0 }, status)
    } else {
        let done = (latest.value - baseline.value) / span;
        let (done_shown, expected_shown) = (percent(done), percent(expected));
        let status = if done_shown >= 100 {
            Status::Achieved
        } else if target_passed {
            Status::OffTrack
        } else if done_shown >= expected_shown {
            Status::OnTrack
        } else if done_shown > 0 && done_shown as f64 >= expected_shown as f64 * ATTENTION {
            Status::NeedsAttention
        } else {
            Status::OffTrack
        };
        (done, status)
    };
    Progress {
        status,
        done,
        expected,
        latest,
        keep_level: span == 0.0,
    }
}

/// The latest value of `selection`'s headline line.
pub(crate) fn latest_of(selection: &Selection) -> Option<Point> {
    let last = selection.headline_line()?.observations.last()?;
    Some(Point {
        period: last.period.clone(),
        value: last.value,
    })
}

/// A share as the whole percentage shown on pages.
pub(crate) fn percent(share: f64) -> i64 {
    (share * 100.0).round() as i64
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::data::indicator::ChartStyle;
    use crate::model::data::period::Period;
    use crate::model::data::series::{Dataset, Observation};
    use std::collections::BTreeMap;
    use std::path::PathBuf;

    fn at(year: i32, value: f64) -> Point {
        Point {
            period: Period::year(year),
            value,
        }
    }

    fn indicator(baseline: (i32, f64), target: (i32, f64), values: &[(i32, f64)]) -> Indicator {
        let observations = values
            .iter()
            .map(|&(year, value)| Observation {
                period: Period::year(year),
                value,
                attributes: Vec::new(),
            })
            .collect();
        Indicator {
            id: "x".to_owned(),
            title: "X".into(),
            unit: None,
            description: None,
            sdg: None,
            sdg_target: None,
            sdgs: Vec::new(),
            sectors: Vec::new(),
            countries: Vec::new(),
            partners: Vec::new(),
            direction: Direction::Increase,
            baseline: Some(at(baseline.0, baseline.1)),
            target: Some(at(target.0, target.1)),
            data: Dataset::inline(observations),
            main: 0,
            language: "en".to_owned(),
            labels: BTreeMap::new(),
            source: None,
            chart: ChartStyle::Line,
            chart_title: None,
            coverage: None,
            footnote: None,
            updated: None,
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
        assert_eq!(progress.latest, at(2023, 31.0));
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

    #[test]
    fn the_status_agrees_with_the_rounded_percentages_shown() {
        // 29.6% of the way when 30.4% of the time has passed: both shown as 30%.
        let progress = indicator((2020, 0.0), (2030, 1000.0), &[(2023, 296.0)])
            .progress()
            .unwrap();
        assert_eq!(percent(progress.done), percent(progress.expected));
        assert_eq!(progress.status, Status::OnTrack);
    }

    #[test]
    fn a_target_equal_to_the_baseline_keeps_a_level() {
        assert_eq!(
            status((2020, 5.0), (2030, 5.0), &[(2024, 5.5)]),
            Status::OnTrack
        );
        assert_eq!(
            status((2020, 5.0), (2030, 5.0), &[(2024, 4.0)]),
            Status::OffTrack
        );
        assert_eq!(
            status((2020, 5.0), (2030, 5.0), &[(2030, 5.0)]),
            Status::Achieved
        );
        let mut lower = indicator((2020, 5.0), (2030, 5.0), &[(2024, 4.0)]);
        lower.direction = Direction::Decrease;
        assert_eq!(lower.progress().unwrap().status, Status::OnTrack);
    }

    #[test]
    fn a_fiscal_year_counts_as_the_year_it_ends() {
        let mut fiscal = indicator((2020, 0.0), (2030, 100.0), &[]);
        fiscal.data = Dataset::inline(vec![Observation {
            period: Period::parse("2024-25").unwrap(),
            value: 50.0,
            attributes: Vec::new(),
        }]);
        let progress = fiscal.progress().unwrap();
        assert!((progress.expected - 0.5).abs() < 1e-9);
        assert_eq!(progress.status, Status::OnTrack);
    }
}
