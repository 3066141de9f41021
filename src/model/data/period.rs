//! The time an official figure refers to, as statistics offices write it: a calendar year
//! (`2020`), a fiscal year (`2014-15`, `2000/01`, `2016-2017`), a range of years (`2014-2016`),
//! a half (`2016 H1`), a quarter (`2016 Q2`) or a month (`2016-03`, `2016-M03`).
//!
//! A period is kept as written, for labels, and as a span of months, for order and position on a
//! chart. Countries start their fiscal years in different months, so a fiscal year is placed
//! from July to June, across the turn of the year it ends in; for progress it counts as that
//! year (`2014-15` as 2015). A range of years covers all of them.

use std::cmp::Ordering;

use jiff::civil::Date;

/// Years a statistics office could report: anything else is a typing mistake.
const YEARS: std::ops::RangeInclusive<i32> = 1900..=2100;

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) struct Period {
    /// As written in the data, trimmed: `2014-15`.
    pub label: String,
    /// First month covered, counted from January of year 0.
    pub start: i32,
    /// The month after the last one covered.
    pub end: i32,
}

impl Ord for Period {
    fn cmp(&self, other: &Self) -> Ordering {
        (self.start, self.end, &self.label).cmp(&(other.start, other.end, &other.label))
    }
}

impl PartialOrd for Period {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Period {
    /// A calendar year.
    pub(crate) fn year(year: i32) -> Self {
        Period {
            label: year.to_string(),
            start: year * 12,
            end: (year + 1) * 12,
        }
    }

    /// The months from `start` to `end` (both days counted), named as a year, a quarter or a
    /// month when it is one (`2024`, `2024 Q2`, `2024-M03`), else by its first and last months.
    pub(crate) fn between(start: Date, end: Date) -> Self {
        let month = |d: Date| i32::from(d.year()) * 12 + i32::from(d.month()) - 1;
        let (first, last) = (month(start), month(end.max(start)));
        let (year, from) = (first.div_euclid(12), first.rem_euclid(12) + 1);
        let label = match last - first {
            11 if from == 1 => year.to_string(),
            2 if from % 3 == 1 => format!("{year} Q{}", from / 3 + 1),
            0 => format!("{year}-M{from:02}"),
            _ => format!(
                "{year}-{from:02}/{}-{:02}",
                last.div_euclid(12),
                last.rem_euclid(12) + 1
            ),
        };
        Period {
            label,
            start: first,
            end: last + 1,
        }
    }

    /// The period written in `text`, or why it is not one.
    pub(crate) fn parse(text: &str) -> Result<Self, &'static str> {
        let written = text.trim();
        let (start, end) = span(written)?;
        Ok(Period {
            label: written.to_owned(),
            start,
            end,
        })
    }

    /// The calendar year the period ends in.
    pub(crate) fn ending_year(&self) -> i32 {
        (self.end - 1).div_euclid(12)
    }

    /// The month after the period as progress counts it: a year or more counts to the end of
    /// the calendar year it ends in (a fiscal year as the year it ends), a shorter period to
    /// its own end.
    pub(crate) fn progress_end(&self) -> i32 {
        if self.end - self.start >= 12 {
            (self.ending_year() + 1) * 12
        } else {
            self.end
        }
    }

    /// This period read as a month, when it is written `YYYY-MM` and was taken for a fiscal
    /// year: in a monthly series `2011-12` is December.
    pub(crate) fn as_month(&self) -> Option<Period> {
        let (year, month) = self.label.split_once('-')?;
        let (year, month): (i32, i32) = (four_digits(year.as_bytes())?, month.parse().ok()?);
        (self.end - self.start == 12 && self.label.len() == 7 && (1..=12).contains(&month)).then(
            || Period {
                label: self.label.clone(),
                start: year * 12 + month - 1,
                end: year * 12 + month,
            },
        )
    }

    /// Whether the same span of time is written, perhaps another way (`2014-15` and `2015`).
    pub(crate) fn same_time(&self, other: &Period) -> bool {
        (self.start, self.end) == (other.start, other.end)
    }
}

fn span(text: &str) -> Result<(i32, i32), &'static str> {
    let upper = text.to_ascii_uppercase();
    let bytes = upper.as_bytes();
    if let Some(year) = four_digits(bytes) {
        return Ok((year * 12, (year + 1) * 12));
    }
    if !bytes.is_empty() && bytes.iter().all(u8::is_ascii_digit) {
        return Err("is not a plausible year (bayan reads 1900 to 2100)");
    }
    if let Some((year, rest)) = split_year(&upper) {
        let rest = rest.trim_start_matches([' ', '-', '/', '.', '–']);
        if let Some(part) = rest.strip_prefix('Q') {
            return part_of_year(year, part, 4, 3);
        }
        if let Some(part) = rest.strip_prefix('H').or_else(|| rest.strip_prefix('S')) {
            return part_of_year(year, part, 2, 6);
        }
        if let Some(month) = rest.strip_prefix('M') {
            return part_of_year(year, month, 12, 1);
        }
        let separated = upper[4..].starts_with(['-', '/', '–']);
        if separated && rest.bytes().all(|b| b.is_ascii_digit()) {
            return years_or_month(year, rest);
        }
    }
    // `Q2 2016`, as some spreadsheets write a quarter.
    if let Some((part, year)) = upper.split_once(' ')
        && let Some(year) = four_digits(year.trim().as_bytes())
    {
        if let Some(quarter) = part.strip_prefix('Q') {
            return part_of_year(year, quarter, 4, 3);
        }
        if let Some(half) = part.strip_prefix('H') {
            return part_of_year(year, half, 2, 6);
        }
    }
    Err("is not a period")
}

fn four_digits(bytes: &[u8]) -> Option<i32> {
    if bytes.len() != 4 || !bytes.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let year: i32 = std::str::from_utf8(bytes).ok()?.parse().ok()?;
    YEARS.contains(&year).then_some(year)
}

fn split_year(text: &str) -> Option<(i32, &str)> {
    let year = four_digits(text.get(..4)?.as_bytes())?;
    Some((year, &text[4..]))
}

/// Part `number` (1-based, of `count`) of `year`, each `months` long.
fn part_of_year(
    year: i32,
    number: &str,
    count: i32,
    months: i32,
) -> Result<(i32, i32), &'static str> {
    let number: i32 = number
        .trim()
        .parse()
        .map_err(|_| "is not a quarter, half or month")?;
    if !(1..=count).contains(&number) {
        return Err("has a quarter, half or month out of range");
    }
    let start = year * 12 + (number - 1) * months;
    Ok((start, start + months))
}

/// `2014-15` or `2014/2015` (a fiscal year), `2014-2016` (years), `2016-03` (a month).
fn years_or_month(first: i32, rest: &str) -> Result<(i32, i32), &'static str> {
    let last = match rest.len() {
        4 => rest.parse::<i32>().map_err(|_| "is not a period")?,
        2 => {
            let short: i32 = rest.parse().map_err(|_| "is not a period")?;
            let century = first - first % 100;
            let next = (first + 1) % 100;
            if short == next {
                first + 1
            } else if (1..=12).contains(&short) {
                let start = first * 12 + short - 1;
                return Ok((start, start + 1));
            } else if century + short <= first {
                return Err("is neither a month (01 to 12) nor a fiscal year like 2016-17");
            } else {
                century + short
            }
        }
        _ => return Err("is not a period"),
    };
    if last == first + 1 {
        // A fiscal year, placed from July to June.
        Ok((first * 12 + 6, last * 12 + 6))
    } else if last > first && YEARS.contains(&last) {
        Ok((first * 12, (last + 1) * 12))
    } else {
        Err("ends before it starts")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn months(text: &str) -> (i32, i32) {
        let period = Period::parse(text).unwrap();
        (period.start, period.end)
    }

    #[test]
    fn calendar_and_fiscal_years() {
        assert_eq!(months("2020"), (2020 * 12, 2021 * 12));
        for fiscal in ["2014-15", "2014/15", "2014-2015", "2014/2015", "2014–15"] {
            assert_eq!(months(fiscal), (2014 * 12 + 6, 2015 * 12 + 6), "{fiscal}");
            let period = Period::parse(fiscal).unwrap();
            assert_eq!(period.progress_end(), Period::year(2015).progress_end());
        }
        assert_eq!(months("1999/00"), (1999 * 12 + 6, 2000 * 12 + 6));
        assert_eq!(months("2014-2016"), (2014 * 12, 2017 * 12));
        assert_eq!(Period::parse(" 2000/01 ").unwrap().label, "2000/01");
        assert_eq!(Period::parse("2000/01").unwrap().ending_year(), 2001);
    }

    #[test]
    fn quarters_halves_and_months() {
        for quarter in ["2016 Q2", "2016-Q2", "2016Q2", "Q2 2016", "2016 q2"] {
            assert_eq!(months(quarter), (2016 * 12 + 3, 2016 * 12 + 6), "{quarter}");
        }
        assert_eq!(months("2016 H2"), (2016 * 12 + 6, 2017 * 12));
        assert_eq!(months("2016-M03"), (2016 * 12 + 2, 2016 * 12 + 3));
        assert_eq!(months("2016-03"), months("2016-M03"));
        let december = Period::parse("2011-12").unwrap().as_month().unwrap();
        assert_eq!((december.start, december.end), (2011 * 12 + 11, 2012 * 12));
        assert_eq!(Period::parse("2011/12").unwrap().as_month(), None);
        assert_eq!(Period::parse("2016-03").unwrap().as_month(), None);
        assert_eq!(Period::parse("2016 Q4").unwrap().ending_year(), 2016);
        assert_eq!(
            Period::parse("2016 Q2").unwrap().progress_end(),
            2016 * 12 + 6
        );
    }

    #[test]
    fn periods_sort_in_time() {
        let mut periods: Vec<Period> = ["2017", "2016 Q3", "2015-16", "2016 Q1"]
            .iter()
            .map(|p| Period::parse(p).unwrap())
            .collect();
        periods.sort();
        let labels: Vec<&str> = periods.iter().map(|p| p.label.as_str()).collect();
        assert_eq!(labels, ["2015-16", "2016 Q1", "2016 Q3", "2017"]);
    }

    #[test]
    fn mistakes_are_refused() {
        for wrong in [
            "20x0",
            "24",
            "2016 Q5",
            "2016-13x",
            "2015-2014",
            "1850",
            "There is no data",
            "",
        ] {
            assert!(Period::parse(wrong).is_err(), "{wrong}");
        }
    }
}
