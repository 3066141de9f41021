//! Dates in words: the Gregorian date day, month, year (`12 May 2024`, `١٢ مايو ٢٠٢٤`) in every
//! language, and the same day in the Hijri calendar of Umm al-Qura (`٢٥ شوال ١٤٤٤ هـ`), with
//! CLDR's month and era names and the language's digits, through ICU4X.

use icu_calendar::cal::{Gregorian, Hijri, hijri::UmmAlQura};
use icu_calendar::{Date, Iso};
use icu_datetime::fieldsets::enums::DateFieldSet;
use icu_datetime::pattern::{
    DateTimePattern, FixedCalendarDateTimeNames, MonthNameLength, YearNameLength,
};
use icu_datetime::scaffold::CldrCalendar;
use icu_locale_core::Locale;
use writeable::TryWriteable;

/// The Gregorian date as newsrooms write it in every language, day first.
const GREGORIAN: &str = "d MMMM y";
/// The Hijri date with its era (هـ, AH), as Arabic official texts write it; the era never
/// starts a line of its own.
const HIJRI: &str = "d MMMM y\u{a0}G";

/// The names (months, eras) and digits of one calendar in one language.
type Names<C> = FixedCalendarDateTimeNames<C, DateFieldSet>;

#[derive(Debug)]
pub(super) struct Calendars {
    /// Month names from the theme, which replace CLDR's in Gregorian dates.
    months: Option<Vec<String>>,
    gregorian: Option<Names<Gregorian>>,
    hijri: Option<Names<Hijri<UmmAlQura>>>,
}

impl Calendars {
    pub(super) fn new(locale: &Locale, months: Option<Vec<String>>) -> Self {
        let gregorian = Names::try_new(locale.into()).ok().and_then(|mut names| {
            names.include_month_names(MonthNameLength::Wide).ok()?;
            names.include_decimal_formatter().ok()?;
            Some(names)
        });
        let hijri = Names::try_new(locale.into()).ok().and_then(|mut names| {
            names.include_month_names(MonthNameLength::Wide).ok()?;
            names.include_year_names(YearNameLength::Abbreviated).ok()?;
            names.include_decimal_formatter().ok()?;
            Some(names)
        });
        Calendars {
            months,
            gregorian,
            hijri,
        }
    }

    /// `None` only when the date is outside ICU4X's range or its data is missing.
    pub(super) fn gregorian(&self, day: jiff::civil::Date) -> Option<String> {
        let date =
            Date::try_new_gregorian(day.year().into(), day.month() as u8, day.day() as u8).ok()?;
        let names = self.gregorian.as_ref()?;
        match &self.months {
            Some(months) => {
                let month = months.get(usize::from(date.month().ordinal).checked_sub(1)?)?;
                let day = write(names, "d", &date)?;
                let year = write(names, "y", &date)?;
                Some(format!("{day} {month} {year}"))
            }
            None => write(names, GREGORIAN, &date),
        }
    }

    /// The same day in the Hijri calendar of Umm al-Qura.
    pub(super) fn hijri(&self, day: jiff::civil::Date) -> Option<String> {
        let iso =
            Date::<Iso>::try_new_iso(day.year().into(), day.month() as u8, day.day() as u8).ok()?;
        write(
            self.hijri.as_ref()?,
            HIJRI,
            &iso.to_calendar(Hijri::new_umm_al_qura()),
        )
    }
}

/// `date` written with `pattern` (CLDR's letters: `d MMMM y`) and `names`.
fn write<C: CldrCalendar + icu_calendar::Calendar>(
    names: &Names<C>,
    pattern: &str,
    date: &Date<C>,
) -> Option<String> {
    let pattern: DateTimePattern = pattern.parse().ok()?;
    let formatted = names.with_pattern_unchecked(&pattern).format(date);
    let text = formatted.try_write_to_string().ok()?.into_owned();
    Some(text)
}
