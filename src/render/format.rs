//! The one formatter for numbers and dates on a page: digits per the language's `numerals`,
//! separators per language, Gregorian month names in the page's language.

use jiff::civil::Date;

use crate::config::{Language, Numerals};

const ENGLISH_MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

const ARABIC_MONTHS: [&str; 12] = [
    "يناير",
    "فبراير",
    "مارس",
    "أبريل",
    "مايو",
    "يونيو",
    "يوليو",
    "أغسطس",
    "سبتمبر",
    "أكتوبر",
    "نوفمبر",
    "ديسمبر",
];

const FRENCH_MONTHS: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];

/// Formats numbers and dates for one language.
#[derive(Debug, Clone)]
pub(crate) struct Formatter {
    numerals: Numerals,
    primary: String,
    /// Month names from the theme's i18n file, when it has them.
    months: Option<Vec<String>>,
}

impl Formatter {
    pub(crate) fn new(language: &Language, months: Option<Vec<String>>) -> Self {
        let primary = language.code.split('-').next().unwrap_or("en").to_owned();
        Formatter {
            numerals: language.numerals,
            primary,
            months: months.filter(|m| m.len() == 12),
        }
    }

    /// An integer with thousands separators: `12,000` or `١٢٬٠٠٠`.
    pub(crate) fn integer(&self, n: i64) -> String {
        let digits = n.unsigned_abs().to_string();
        let separator = match (self.numerals, self.primary.as_str()) {
            (Numerals::Arab, _) => '\u{066C}',
            (_, "fr") => '\u{202F}',
            _ => ',',
        };
        let mut grouped = String::with_capacity(digits.len() + digits.len() / 3 + 1);
        if n < 0 {
            grouped.push('-');
        }
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                grouped.push(separator);
            }
            grouped.push(c);
        }
        self.digits(&grouped)
    }

    /// A measured value: grouped like [`Formatter::integer`], with up to two decimals when it
    /// has them (`12.5`, `١٢٫٥`); rounding to scaled.
    pub(crate) fn number(&self, value: f64) -> String {
        self.decimal(value, 2, true)
    }

    /// An amount of money with the decimals of its currency's minor unit (at most 3), all of
    /// them when it has a fraction: `300.30`, `1,234.567` Kuwaiti dinars, `12,000,000`.
    pub(crate) fn amount(&self, value: f64, places: u32) -> String {
        self.decimal(value, places, false)
    }

    /// `value` grouped, with up to `places` decimals, trailing zeros cut when `trim`.
    fn decimal(&self, value: f64, places: u32, trim: bool) -> String {
        let places = places.min(3);
        let scale = 10i64.pow(places);
        let scaled = (value * scale as f64).round();
        if !scaled.is_finite() || scaled.abs() >= 9.0e17 {
            return self.digits(&value.to_string());
        }
        let scaled = scaled as i64;
        let whole = scaled / scale;
        let fraction = (scaled % scale).unsigned_abs();
        let mut text = if whole == 0 && scaled < 0 {
            format!("-{}", self.integer(0))
        } else {
            self.integer(whole)
        };
        if fraction > 0 {
            let decimals = format!("{fraction:0width$}", width = places as usize);
            let separator = match self.numerals {
                Numerals::Arab => '\u{066B}',
                Numerals::Latn if self.primary == "fr" => ',',
                Numerals::Latn => '.',
            };
            text.push(separator);
            let decimals = if trim {
                decimals.trim_end_matches('0')
            } else {
                &decimals
            };
            text.push_str(&self.digits(decimals));
        }
        text
    }

    /// A share with its decimals: `33.5%`, `٣٣٫٥٪`; a whole one without: `68%`, `٦٨٪`.
    pub(crate) fn share(&self, percentage: f64) -> String {
        let sign = match self.numerals {
            Numerals::Arab => '\u{066A}',
            Numerals::Latn => '%',
        };
        format!("{}{sign}", self.number(percentage))
    }

    /// A date with the month name: `12 May 2024`, `١٢ مايو ٢٠٢٤`.
    pub(crate) fn date(&self, date: Date) -> String {
        let month_index = usize::try_from(date.month() - 1).unwrap_or(0);
        let month = match &self.months {
            Some(months) => months[month_index].as_str(),
            None => match self.primary.as_str() {
                "ar" => ARABIC_MONTHS[month_index],
                "fr" => FRENCH_MONTHS[month_index],
                _ => ENGLISH_MONTHS[month_index],
            },
        };
        let text = format!("{} {} {}", date.day(), month, date.year());
        self.digits(&text)
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
}
