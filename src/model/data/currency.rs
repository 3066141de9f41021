//! ISO 4217 currency codes in use, to catch a mistyped currency in a budget.

/// The active ISO 4217 codes, sorted.
pub(super) const CODES: &[&str] = &[
    "AED", "AFN", "ALL", "AMD", "ANG", "AOA", "ARS", "AUD", "AWG", "AZN", "BAM", "BBD", "BDT",
    "BGN", "BHD", "BIF", "BMD", "BND", "BOB", "BRL", "BSD", "BTN", "BWP", "BYN", "BZD", "CAD",
    "CDF", "CHF", "CLP", "CNY", "COP", "CRC", "CUP", "CVE", "CZK", "DJF", "DKK", "DOP", "DZD",
    "EGP", "ERN", "ETB", "EUR", "FJD", "FKP", "GBP", "GEL", "GHS", "GIP", "GMD", "GNF", "GTQ",
    "GYD", "HKD", "HNL", "HTG", "HUF", "IDR", "ILS", "INR", "IQD", "IRR", "ISK", "JMD", "JOD",
    "JPY", "KES", "KGS", "KHR", "KMF", "KPW", "KRW", "KWD", "KYD", "KZT", "LAK", "LBP", "LKR",
    "LRD", "LSL", "LYD", "MAD", "MDL", "MGA", "MKD", "MMK", "MNT", "MOP", "MRU", "MUR", "MVR",
    "MWK", "MXN", "MYR", "MZN", "NAD", "NGN", "NIO", "NOK", "NPR", "NZD", "OMR", "PAB", "PEN",
    "PGK", "PHP", "PKR", "PLN", "PYG", "QAR", "RON", "RSD", "RUB", "RWF", "SAR", "SBD", "SCR",
    "SDG", "SEK", "SGD", "SHP", "SLE", "SOS", "SRD", "SSP", "STN", "SVC", "SYP", "SZL", "THB",
    "TJS", "TMT", "TND", "TOP", "TRY", "TTD", "TWD", "TZS", "UAH", "UGX", "USD", "UYU", "UZS",
    "VES", "VND", "VUV", "WST", "XAF", "XCD", "XDR", "XOF", "XPF", "YER", "ZAR", "ZMW", "ZWG",
];

pub(super) fn is_known(code: &str) -> bool {
    CODES.binary_search(&code).is_ok()
}

/// The decimals of a currency's minor unit (ISO 4217): 3 for the dinars of the Gulf and North
/// Africa, 0 for currencies without one, 2 for the rest.
pub(crate) fn decimals(code: &str) -> u32 {
    match code {
        "BHD" | "IQD" | "JOD" | "KWD" | "LYD" | "OMR" | "TND" => 3,
        "BIF" | "CLP" | "DJF" | "GNF" | "ISK" | "JPY" | "KMF" | "KRW" | "PYG" | "RWF" | "UGX"
        | "VND" | "VUV" | "XAF" | "XOF" | "XPF" => 0,
        _ => 2,
    }
}

/// `amount` rounded to the currency's minor unit: sums of amounts kept as binary fractions
/// (0.1 + 0.2) come back to what was written.
pub(crate) fn round(amount: f64, code: &str) -> f64 {
    let scale = 10f64.powi(decimals(code) as i32);
    (amount * scale).round() / scale
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_sorted_for_the_binary_search() {
        assert!(CODES.windows(2).all(|pair| pair[0] < pair[1]));
        assert!(is_known("QAR") && is_known("USD") && !is_known("USS"));
    }

    #[test]
    fn sums_round_to_the_minor_unit() {
        assert_eq!(round(0.1 + 0.2, "USD"), 0.3);
        assert_eq!(round(1234.5674, "KWD"), 1234.567);
        assert_eq!(round(1234.6, "JPY"), 1235.0);
    }
}
