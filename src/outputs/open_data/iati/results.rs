//! An activity's results in the export: those read from its file as they were, and for a
//! project of the site's own, the indicators it names, measured as the site measures them.

use std::fmt::Write;

use quick_xml::escape::escape;

use super::{Activity, amount, element_at};
use crate::model::data::indicator::{Direction, Indicator, Point};
use crate::model::data::period::Period;

impl Activity<'_> {
    pub(super) fn results(&self, out: &mut String, lang: &str) {
        for result in &self.project.results {
            let _ = writeln!(
                out,
                "  <result type=\"{}\">",
                escape(result.kind.as_deref().unwrap_or("9"))
            );
            element_at(out, "title", "", &result.title, lang, 3);
            if let Some(description) = &result.description {
                element_at(out, "description", "", description, lang, 3);
            }
            for indicator in &result.indicators {
                let _ = writeln!(
                    out,
                    "   <indicator measure=\"{}\" ascending=\"{}\">",
                    escape(&indicator.measure),
                    u8::from(indicator.ascending)
                );
                element_at(out, "title", "", &indicator.title, lang, 4);
                if let Some(baseline) = &indicator.baseline {
                    baseline_element(out, baseline);
                }
                for period in &indicator.periods {
                    let _ = writeln!(
                        out,
                        "    <period>\n     <period-start iso-date=\"{}\"/>\n     <period-end iso-date=\"{}\"/>",
                        period.start, period.end
                    );
                    if let Some(target) = period.target {
                        let _ = writeln!(out, "     <target value=\"{}\"/>", amount(target));
                    }
                    if let Some(actual) = period.actual {
                        let _ = writeln!(out, "     <actual value=\"{}\"/>", amount(actual));
                    }
                    out.push_str("    </period>\n");
                }
                out.push_str("   </indicator>\n");
            }
            out.push_str("  </result>\n");
        }
        if self.project.as_read.is_some() {
            return;
        }
        // The site's indicators a project names are its results, measured as the site measures.
        for indicator in self.data.indicators_named(&self.project.indicators) {
            indicator_result(out, indicator, lang);
        }
    }
}

/// An indicator of the site written as the outcome it measures.
fn indicator_result(out: &mut String, indicator: &Indicator, lang: &str) {
    out.push_str("  <result type=\"2\">\n");
    element_at(out, "title", "", &indicator.title, lang, 3);
    let ascending = u8::from(indicator.direction == Direction::Increase);
    let _ = writeln!(
        out,
        "   <indicator measure=\"1\" ascending=\"{ascending}\">"
    );
    element_at(out, "title", "", &indicator.title, lang, 4);
    if let Some(baseline) = &indicator.baseline {
        baseline_element(out, baseline);
    }
    let mut periods: Vec<(&Period, Option<f64>, Option<f64>)> = Vec::new();
    let latest = indicator.latest();
    if let Some(target) = &indicator.target {
        let actual = latest
            .as_ref()
            .filter(|l| l.period.same_time(&target.period))
            .map(|l| l.value);
        periods.push((&target.period, Some(target.value), actual));
    }
    if let Some(latest) = &latest
        && !periods.iter().any(|(p, _, _)| p.same_time(&latest.period))
    {
        periods.push((&latest.period, None, Some(latest.value)));
    }
    periods.sort_by_key(|(p, _, _)| (p.start, p.end));
    for (period, target, actual) in periods {
        let (start, end) = month_days(period);
        let _ = writeln!(
            out,
            "    <period>\n     <period-start iso-date=\"{start}\"/>\n     <period-end iso-date=\"{end}\"/>"
        );
        if let Some(target) = target {
            let _ = writeln!(out, "     <target value=\"{}\"/>", amount(target));
        }
        if let Some(actual) = actual {
            let _ = writeln!(out, "     <actual value=\"{}\"/>", amount(actual));
        }
        out.push_str("    </period>\n");
    }
    out.push_str("   </indicator>\n  </result>\n");
}

/// The first and last days of a period's months.
fn month_days(period: &Period) -> (String, String) {
    let day = |month: i32, last: bool| {
        let (year, month) = (month.div_euclid(12), month.rem_euclid(12) + 1);
        let first = jiff::civil::Date::new(year as i16, month as i8, 1).unwrap_or_default();
        if last { first.last_of_month() } else { first }
    };
    (
        day(period.start, false).to_string(),
        day(period.end - 1, true).to_string(),
    )
}

fn baseline_element(out: &mut String, baseline: &Point) {
    let _ = writeln!(
        out,
        "    <baseline year=\"{}\" value=\"{}\"/>",
        baseline.period.ending_year(),
        amount(baseline.value)
    );
}
