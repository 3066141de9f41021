//! Dates and instants as writers type them: `2024-05-12`, `2024-05-12 09:30` or a full RFC 3339
//! instant. Dates without an offset are read in the site's `timezone`.

use jiff::Timestamp;
use jiff::civil::{Date, DateTime, Time};
use jiff::tz::{Offset, TimeZone};

/// `c`, or the digit 0-9 it writes when it is an Arabic-Indic or Persian one.
fn western_digit(c: char) -> char {
    match c {
        '\u{0660}'..='\u{0669}' => char::from(b'0' + (c as u32 - 0x0660) as u8),
        '\u{06F0}'..='\u{06F9}' => char::from(b'0' + (c as u32 - 0x06F0) as u8),
        c => c,
    }
}

/// The instant a date or date-time names (a date alone: its first moment), or `None` when the
/// text is no date.
pub(crate) fn parse_instant(text: &str, offset: Offset) -> Option<Timestamp> {
    parse_in_day(text, offset, |date| date.to_datetime(Time::midnight()))
}

/// The instant a date or date-time names, a date alone being its last moment: "checked on
/// 12 May" covers every change of 12 May.
pub(crate) fn parse_until_end_of_day(text: &str, offset: Offset) -> Option<Timestamp> {
    parse_in_day(text, offset, |date| date.to_datetime(Time::MAX))
}

fn parse_in_day(
    text: &str,
    offset: Offset,
    moment: impl Fn(Date) -> DateTime,
) -> Option<Timestamp> {
    // An Arabic keyboard types the Arabic-Indic digits: ٢٠٢٤-٠٥-١٢ is 2024-05-12.
    let text: String = text.trim().chars().map(western_digit).collect();
    let text = text.as_str();
    if let Ok(instant) = text.parse::<Timestamp>() {
        return Some(instant);
    }
    // A date alone (`2024-05-12`), which a date-time would read as midnight.
    let date_only = text.len() == "2024-05-12".len();
    let datetime = match text.parse::<Date>() {
        Ok(date) if date_only => moment(date),
        _ => text.parse::<DateTime>().ok()?,
    };
    datetime
        .to_zoned(TimeZone::fixed(offset))
        .ok()
        .map(|z| z.timestamp())
}

/// An embargo must say its own timezone: a release time is read around the world.
pub(crate) fn parse_embargo(text: &str) -> Option<Timestamp> {
    text.trim().parse::<Timestamp>().ok()
}

/// The calendar date of `instant` in the site's timezone.
pub(crate) fn local_date(instant: Timestamp, offset: Offset) -> Date {
    instant.to_zoned(TimeZone::fixed(offset)).date()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn date_only_is_midnight_in_site_timezone() {
        let doha = Offset::from_hours(3).unwrap();
        let instant = parse_instant("2024-05-12", doha).unwrap();
        assert_eq!(instant.to_string(), "2024-05-11T21:00:00Z");
        assert_eq!(local_date(instant, doha).to_string(), "2024-05-12");
    }

    #[test]
    fn a_day_checked_covers_the_whole_day() {
        let doha = Offset::from_hours(3).unwrap();
        let checked = parse_until_end_of_day("2024-05-12", doha).unwrap();
        let evening = parse_instant("2024-05-12 23:30", doha).unwrap();
        let next_morning = parse_instant("2024-05-13", doha).unwrap();
        assert!(evening < checked && checked < next_morning);
        // A time written is kept as written.
        let at_nine = parse_until_end_of_day("2024-05-12 09:00", doha).unwrap();
        assert_eq!(at_nine, parse_instant("2024-05-12 09:00", doha).unwrap());
    }

    #[test]
    fn full_instants_and_bad_text() {
        let t = parse_instant("2024-05-13T09:00:00+03:00", Offset::UTC).unwrap();
        assert_eq!(t.to_string(), "2024-05-13T06:00:00Z");
        assert!(parse_instant("12/05/2024", Offset::UTC).is_none());
        assert!(parse_embargo("2024-05-13T09:00:00").is_none());
    }
}
