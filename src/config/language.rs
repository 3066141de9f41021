//! A site language: its code, which way its script runs, and which digits it writes.
//! Direction comes from the language code, never from template logic.

use serde::{Deserialize, Serialize};

pub(crate) use crate::localized::{Direction, direction_of};

/// The digits a language writes numbers with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub(crate) enum Numerals {
    /// Western digits 0-9.
    Latn,
    /// Arabic-Indic digits ٠-٩.
    Arab,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Language {
    pub code: String,
    pub direction: Direction,
    pub numerals: Numerals,
}

impl Language {
    pub(crate) fn new(code: &str, numerals: Option<Numerals>) -> Self {
        Language {
            code: code.to_owned(),
            direction: direction_of(code),
            numerals: numerals.unwrap_or(Numerals::Latn),
        }
    }
}

/// A BCP 47-like code we can put in paths and `lang` attributes: `en`, `ar`, `pt-BR`.
pub(super) fn is_valid_code(code: &str) -> bool {
    let mut parts = code.split('-');
    let primary_ok = parts
        .next()
        .is_some_and(|p| (2..=3).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_lowercase()));
    primary_ok
        && parts.all(|p| (2..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn right_to_left_languages() {
        for code in ["ar", "fa", "ur", "he", "ar-QA"] {
            assert_eq!(direction_of(code), Direction::Rtl, "{code}");
        }
        for code in ["en", "fr", "arn"] {
            assert_eq!(direction_of(code), Direction::Ltr, "{code}");
        }
    }

    #[test]
    fn codes() {
        assert!(is_valid_code("en"));
        assert!(is_valid_code("pt-BR"));
        assert!(!is_valid_code("../x"));
        assert!(!is_valid_code("EN"));
    }
}
