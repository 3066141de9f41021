//! Money in words, as a journalist writes it in both languages: the amount, then the currency's
//! name in the plural form the amount takes (`18,000,000 US dollars`, `١٨٬٠٠٠٬٠٠٠ دولار أمريكي`,
//! `1 Qatari riyal`), from CLDR's currency names and patterns in ICU4X. A code first
//! (`USD 18,000,000`) is a spreadsheet's way; a symbol (`$`) is ambiguous among the dozens of
//! dollars a cooperation budget meets.

use icu_decimal::input::Decimal;
use icu_experimental::dimension::provider::currency::extended::CurrencyExtendedDataV1;
use icu_experimental::dimension::provider::currency::patterns::CurrencyPatternsDataV1;
use icu_locale_core::Locale;
use icu_plurals::{PluralOperands, PluralRules};
use icu_provider::prelude::*;

/// `written` (the amount `value`, already in the page's digits) with the name of the currency
/// `code` in `locale`; the code itself where CLDR has no name for it in that language.
pub(super) fn with_name(
    locale: &Locale,
    rules: Option<&PluralRules>,
    value: &Decimal,
    written: &str,
    code: &str,
) -> String {
    let operands = PluralOperands::from(value);
    let name = rules.and_then(|rules| {
        let attributes = DataMarkerAttributes::try_from_str(code).ok()?;
        let language = DataLocale::from(locale);
        let response: DataResponse<CurrencyExtendedDataV1> = icu_experimental::provider::Baked
            .load(DataRequest {
                id: DataIdentifierBorrowed::for_marker_attributes_and_locale(attributes, &language),
                ..Default::default()
            })
            .ok()?;
        Some(response.payload.get().get(operands, rules).to_owned())
    });
    let patterns: Option<DataResponse<CurrencyPatternsDataV1>> = icu_experimental::provider::Baked
        .load(Default::default())
        .ok();
    match (name, patterns, rules) {
        (Some(name), Some(patterns), Some(rules)) => patterns
            .payload
            .get()
            .get(operands, rules)
            .interpolate_to_string((written, name.as_str())),
        (Some(name), _, _) => format!("{written} {name}"),
        (None, _, _) => format!("{written} {code}"),
    }
}
