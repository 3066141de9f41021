//! The one formatter for numbers, money, counts and dates on a page, from the Unicode CLDR data
//! compiled into ICU4X: grouping and decimal separators and digits for the language and its
//! `numerals`, currency names, plural forms, and month names in the Gregorian and Hijri
//! calendars.

mod calendar;
mod money;

use icu_decimal::DecimalFormatter;
use icu_decimal::input::Decimal;
use icu_locale_core::Locale;
use icu_plurals::PluralRules;

use crate::config::{Language, Numerals};
use crate::render::plural::{self, PluralForms};
use calendar::Calendars;

/// Formats numbers and dates for one language.
#[derive(Debug)]
pub(crate) struct Formatter {
    numerals: Numerals,
    /// The language with its digits (`ar-u-nu-arab`), as CLDR data is asked for.
    locale: Locale,
    /// CLDR's separators and digits; `None` only if ICU4X had no data even for the root.
    decimals: Option<DecimalFormatter>,
    plurals: Option<PluralRules>,
    calendars: Calendars,
}

impl Formatter {
    /// `months`: Gregorian month names from the theme's i18n file, when it has all twelve.
    pub(crate) fn new(language: &Language, months: Option<Vec<String>>) -> Self {
        let locale = locale_of(language);
        Formatter {
            numerals: language.numerals,
            decimals: DecimalFormatter::try_new((&locale).into(), Default::default()).ok(),
            plurals: plural::rules_for(&language.code),
            calendars: Calendars::new(&locale, months.filter(|m| m.len() == 12)),
            locale,
        }
    }

    /// An integer with the language's separators: `12,000` or `١٢٬٠٠٠`.
    pub(crate) fn integer(&self, n: i64) -> String {
        self.write(&Decimal::from(n))
    }

    /// A measured value: grouped like [`Formatter::integer`], with up to two decimals when it
    /// has them (`12.5`, `١٢٫٥`); rounding to scaled.
    pub(crate) fn number(&self, value: f64) -> String {
        self.decimal(value, 2, true)
    }

    /// An amount of money with the decimals of its currency's minor unit (at most 3 `places`),
    /// all of them when it has a fraction, and the currency's name: `300.30 US dollars`,
    /// `1,234.567 Kuwaiti dinars`, `١٢٬٠٠٠٬٠٠٠ ريال قطري`.
    pub(crate) fn money(&self, value: f64, code: &str, places: u32) -> String {
        match decimal_of(value, places, false) {
            Some(amount) => {
                let written = self.write(&amount);
                money::with_name(&self.locale, self.plurals.as_ref(), &amount, &written, code)
            }
            None => format!("{} {code}", self.digits(&value.to_string())),
        }
    }

    /// `value` grouped, with up to `places` decimals, trailing zeros cut when `trim`.
    fn decimal(&self, value: f64, places: u32, trim: bool) -> String {
        match decimal_of(value, places, trim) {
            Some(decimal) => self.write(&decimal),
            None => self.digits(&value.to_string()),
        }
    }

    /// A decimal in the language's separators and digits.
    fn write(&self, decimal: &Decimal) -> String {
        match &self.decimals {
            Some(formatter) => formatter.format(decimal).to_string(),
            None => self.digits(&decimal.to_string()),
        }
    }

    /// A share with its decimals: `33.5%`, `٣٣٫٥٪`; a whole one without: `68%`, `٦٨٪`.
    pub(crate) fn share(&self, percentage: f64) -> String {
        let sign = match self.numerals {
            Numerals::Arab => '\u{066A}',
            Numerals::Latn => '%',
        };
        format!("{}{sign}", self.number(percentage))
    }

    /// The text of `forms` for `count`, the count written in the page's digits for `{n}`.
    pub(crate) fn count(&self, forms: &PluralForms, count: usize) -> String {
        let count = u64::try_from(count).unwrap_or(u64::MAX);
        let written = self.write(&Decimal::from(count));
        forms.select(self.plurals.as_ref(), count, &written)
    }

    /// A Gregorian date with the month's name: `12 May 2024`, `١٢ مايو ٢٠٢٤`.
    pub(crate) fn date(&self, date: jiff::civil::Date) -> String {
        self.calendars
            .gregorian(date)
            .unwrap_or_else(|| self.digits(&date.to_string()))
    }

    /// The same day in the Hijri calendar of Umm al-Qura, with the era after a no-break space:
    /// `25 شوال 1444 هـ`.
    pub(crate) fn hijri_date(&self, date: jiff::civil::Date) -> Option<String> {
        self.calendars.hijri(date)
    }

    /// Replaces Western digits by the language's own.
    pub(crate) fn digits(&self, text: &str) -> String {
        match self.numerals {
            Numerals::Latn => text.to_owned(),
            Numerals::Arab => text
                .chars()
                .map(|c| match c.to_digit(10) {
                    Some(d) => char::from_u32(0x0660 + d).unwrap_or(c),
                    None => c,
                })
                .collect(),
        }
    }

    /// A period as written in the data (`2014-15`, `2016 Q2`) in the page's digits. Between
    /// Arabic-Indic digits a dash or slash would turn the period around (`١٥-٢٠١٤`), so marks
    /// that keep it left to right go on each side.
    pub(crate) fn period(&self, label: &str) -> String {
        match self.numerals {
            Numerals::Latn => label.to_owned(),
            Numerals::Arab => self
                .digits(label)
                .chars()
                .flat_map(|c| match c {
                    '-' | '/' | '–' => vec!['\u{200E}', c, '\u{200E}'],
                    c => vec![c],
                })
                .collect(),
        }
    }

    /// The years from `first` to `last`, `2022–2024`, joined so that no line breaks inside:
    /// `2022–` at the end of one line and `2024` on the next reads as two things. One year
    /// when both are the same.
    pub(crate) fn year_range(&self, first: i16, last: i16) -> String {
        if first == last {
            return self.digits(&first.to_string());
        }
        self.digits(&format!("{first}{JOINER}–{JOINER}{last}"))
    }
}

/// U+2060 WORD JOINER: no line break on either side.
const JOINER: char = '\u{2060}';

/// The ICU4X locale of a site language, with the digits its `numerals` chose.
fn locale_of(language: &Language) -> Locale {
    let numbering = match language.numerals {
        Numerals::Arab => "arab",
        Numerals::Latn => "latn",
    };
    format!("{}-u-nu-{numbering}", language.code)
        .parse()
        .or_else(|_| format!("und-u-nu-{numbering}").parse())
        .unwrap_or(Locale::UNKNOWN)
}

/// `value` rounded to `places` decimals (at most 3), trailing zeros cut when `trim`, no
/// decimals at all when it is whole; `None` past the 64 bits it is rounded in.
fn decimal_of(value: f64, places: u32, trim: bool) -> Option<Decimal> {
    let places = places.min(3);
    let scale = 10i64.pow(places);
    let scaled = (value * scale as f64).round();
    if !scaled.is_finite() || scaled.abs() >= 9.0e17 {
        return None;
    }
    let scaled = scaled as i64;
    let mut decimal = Decimal::from(scaled);
    decimal.absolute.multiply_pow10(-(places as i16));
    if trim || scaled % scale == 0 {
        decimal.absolute.trim_end();
    }
    Some(decimal)
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn formatter(code: &str, numerals: Numerals) -> Formatter {
        Formatter::new(&Language::new(code, Some(numerals)), None)
    }

    #[test]
    fn arabic_dates_and_numbers() {
        let ar = formatter("ar", Numerals::Arab);
        assert_eq!(ar.date(date(2024, 5, 12)), "١٢ مايو ٢٠٢٤");
        assert_eq!(ar.integer(1_234_567), "١٬٢٣٤٬٥٦٧");
        let ar_latn = formatter("ar", Numerals::Latn);
        assert_eq!(ar_latn.date(date(2024, 12, 1)), "1 ديسمبر 2024");
    }

    #[test]
    fn english_dates_and_numbers() {
        let en = formatter("en", Numerals::Latn);
        assert_eq!(en.date(date(2024, 1, 3)), "3 January 2024");
        assert_eq!(en.integer(-45000), "-45,000");
        assert_eq!(en.integer(999), "999");
    }

    #[test]
    fn measured_values_keep_their_decimals() {
        let en = formatter("en", Numerals::Latn);
        assert_eq!(en.number(12.5), "12.5");
        assert_eq!(en.number(45000.0), "45,000");
        assert_eq!(en.number(-0.25), "-0.25");
        assert_eq!(en.number(12.346), "12.35");
        let ar = formatter("ar", Numerals::Arab);
        assert_eq!(ar.number(1234.5), "١٬٢٣٤٫٥");
        assert_eq!(ar.share(68.0), "٦٨٪");
        assert_eq!(en.share(123.0), "123%");
        assert_eq!(en.share(1e21), "1000000000000000000000%");
    }

    #[test]
    fn money_is_the_amount_then_the_currency_named_in_the_language() {
        let en = formatter("en", Numerals::Latn);
        assert_eq!(en.money(18_000_000.0, "USD", 2), "18,000,000 US dollars");
        assert_eq!(en.money(1.0, "QAR", 2), "1 Qatari riyal");
        assert_eq!(en.money(300.3, "USD", 2), "300.30 US dollars");
        let ar = formatter("ar", Numerals::Arab);
        assert_eq!(ar.money(18_000_000.0, "USD", 2), "١٨٬٠٠٠٬٠٠٠ دولار أمريكي");
        let ar_latn = formatter("ar", Numerals::Latn);
        assert_eq!(ar_latn.money(1_234.567, "KWD", 3), "1,234.567 دينار كويتي");
    }

    #[test]
    fn hijri_dates_are_umm_al_qura() {
        // 1 Ramadan 1444 AH began on 23 March 2023 in the Umm al-Qura calendar.
        let ar = formatter("ar", Numerals::Latn);
        assert_eq!(
            ar.hijri_date(date(2023, 3, 23)).as_deref(),
            Some("1 رمضان 1444\u{a0}هـ")
        );
        let ar = formatter("ar", Numerals::Arab);
        assert_eq!(
            ar.hijri_date(date(2023, 3, 23)).as_deref(),
            Some("١ رمضان ١٤٤٤\u{a0}هـ")
        );
    }

    #[test]
    fn year_ranges_do_not_break() {
        let en = formatter("en", Numerals::Latn);
        assert_eq!(en.year_range(2022, 2024), "2022\u{2060}–\u{2060}2024");
        assert_eq!(en.year_range(2022, 2022), "2022");
    }
}
