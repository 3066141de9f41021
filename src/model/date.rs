//! Dates and instants as writers type them: `2024-05-12`, `2024-05-12 09:30` or a full RFC 3339
//! instant. Dates without an offset are read in the site's `timezone`.

use jiff::Timestamp;
use jiff::civil::{Date, DateTime};
use jiff::tz::{Offset, TimeZone};

/// The instant a date or date-time names, or `None` when the text is no date.
/// `c`, or the digit 0-9 it writes when it is an Arabic-Indic or Persian one.
fn western_digit(c: char) -> char {
    match c {
        '\u{0660}'..='\u{0669}' => char::from(b'0' + (c as u32 - 0x0660) as u8),
        '\u{06F0}'..='\u{06F9}' => char::from(b'0' + (c as u32 - 0x06F0) as u8),
        c => c,
    }
}

pub(crate) fn parse_instant(text: &str, offset: Offset) -> Option<Timestamp> {
    // An Arabic keyboard types the Arabic-Indic digits: ٢٠٢٤-٠٥-١٢ is 2024-05-12.
    let text: String = text.trim().chars().map(western_digit).collect();
    let text = text.as_str();
    if let Ok(instant) = text.parse::<Timestamp>() {
        return Some(instant);
    }
    let zone = TimeZone::fixed(offset);
    if let Ok(datetime) = text.parse::<DateTime>() {
        return datetime.to_zoned(zone).ok().map(|z| z.timestamp());
    }
    text.parse::<Date>()
        .ok()
        .and_then(|date| date.to_zoned(zone).ok())
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
    fn full_instants_and_bad_text() {
        let t = parse_instant("2024-05-13T09:00:00+03:00", Offset::UTC).unwrap();
        assert_eq!(t.to_string(), "2024-05-13T06:00:00Z");
        assert!(parse_instant("12/05/2024", Offset::UTC).is_none());
        assert!(parse_embargo("2024-05-13T09:00:00").is_none());
    }
}
