//! What a project set out to change and what it measured: results, each with indicators
//! that have a baseline and, per period, a target and an actual value. Their progress is
//! reckoned as an indicator's is.

use jiff::civil::Date;

use crate::localized::LocalizedText;
use crate::model::data::indicator::{Direction, Point, Progress, measure};
use crate::model::data::period::Period;

#[derive(Debug, Clone, PartialEq)]
pub(crate) struct ResultArea {
    pub title: LocalizedText,
    pub description: Option<LocalizedText>,
    /// Code of the IATI ResultType codelist (1 output, 2 outcome, 3 impact, 9 other).
    pub kind: Option<String>,
    pub indicators: Vec<ResultIndicator>,
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) struct ResultIndicator {
    pub title: LocalizedText,
    /// Code of the IATI IndicatorMeasure codelist (1 unit, 2 percentage, 5 qualitative...).
    pub measure: String,
    /// Whether a higher value is better.
    pub ascending: bool,
    pub baseline: Option<Point>,
    pub periods: Vec<ResultPeriod>,
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) struct ResultPeriod {
    pub start: Date,
    pub end: Date,
    pub target: Option<f64>,
    pub actual: Option<f64>,
}

impl ResultPeriod {
    pub(crate) fn period(&self) -> Period {
        Period::between(self.start, self.end)
    }
}

impl ResultIndicator {
    /// The last period's target.
    pub(crate) fn target(&self) -> Option<Point> {
        self.periods.iter().rev().find_map(|p| {
            p.target.map(|value| Point {
                period: p.period(),
                value,
            })
        })
    }

    /// The latest actual value.
    pub(crate) fn latest(&self) -> Option<Point> {
        self.periods.iter().rev().find_map(|p| {
            p.actual.map(|value| Point {
                period: p.period(),
                value,
            })
        })
    }

    /// Progress from the baseline towards the last target; a target equal to the baseline is
    /// a level to keep.
    pub(crate) fn progress(&self) -> Option<Progress> {
        let direction = if self.ascending {
            Direction::Increase
        } else {
            Direction::Decrease
        };
        Some(measure(
            self.baseline.as_ref()?,
            &self.target()?,
            self.latest()?,
            direction,
        ))
    }
}
