//! The IATI standard's vocabularies: the official codelists (in `codelists/`, copied from
//! IATI/IATI-Codelists with bayan's own Arabic names), so that a code read from an activity file
//! or written in a project shows as words in the page's language.

use std::collections::BTreeMap;
use std::sync::LazyLock;

use crate::localized::LocalizedText;

/// One entry of a codelist. Withdrawn codes (marked in the files) are read like the others:
/// older activity files use them.
#[derive(Debug)]
pub(crate) struct Code {
    pub(crate) name: LocalizedText,
    /// For a DAC 5-digit sector, its 3-digit category.
    pub(crate) category: Option<&'static str>,
}

/// A codelist, by code.
pub(crate) type Codelist = BTreeMap<&'static str, Code>;

fn parse(text: &'static str) -> Codelist {
    text.lines()
        .filter_map(|line| {
            let mut fields = line.split('\t');
            let (code, en, ar) = (fields.next()?, fields.next()?, fields.next()?);
            // The fourth field marks a withdrawn code; the fifth is a sector's category.
            let category = fields.nth(1).filter(|c| !c.is_empty());
            let mut names = BTreeMap::from([("en".to_owned(), en.to_owned())]);
            if !ar.is_empty() {
                names.insert("ar".to_owned(), ar.to_owned());
            }
            Some((
                code,
                Code {
                    name: LocalizedText::PerLanguage(names),
                    category,
                },
            ))
        })
        .collect()
}

macro_rules! codelist {
    ($(#[$doc:meta])* $name:ident, $file:literal) => {
        $(#[$doc])*
        pub(crate) static $name: LazyLock<Codelist> =
            LazyLock::new(|| parse(include_str!(concat!("codelists/", $file))));
    };
}

codelist!(
    /// Funding, accountable, extending, implementing.
    ORGANISATION_ROLE, "OrganisationRole.tsv");
codelist!(
    /// Commitment, disbursement, expenditure...
    TRANSACTION_TYPE, "TransactionType.tsv");
codelist!(
    /// OECD DAC 5-digit purpose codes.
    SECTOR, "Sector.tsv");
codelist!(
    /// OECD DAC 3-digit sector categories.
    SECTOR_CATEGORY, "SectorCategory.tsv");
codelist!(
    /// OECD DAC regions.
    REGION, "Region.tsv");
codelist!(
    /// What a linked document is: a progress report, an evaluation...
    DOCUMENT_CATEGORY, "DocumentCategory.tsv");
codelist!(
    /// Output, outcome, impact, other.
    RESULT_TYPE, "ResultType.tsv");

/// The name of a DAC sector code, 5-digit or 3-digit, and the category it belongs to.
pub(crate) fn sector(code: &str) -> Option<&'static Code> {
    SECTOR.get(code).or_else(|| SECTOR_CATEGORY.get(code))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_list_reads_with_names_in_both_languages() {
        for list in [
            &ORGANISATION_ROLE,
            &TRANSACTION_TYPE,
            &SECTOR_CATEGORY,
            &REGION,
            &DOCUMENT_CATEGORY,
            &RESULT_TYPE,
        ] {
            assert!(!list.is_empty());
            for (id, code) in list.iter() {
                assert!(code.name.missing(["en", "ar"]).is_empty(), "{id}");
            }
        }
        assert_eq!(TRANSACTION_TYPE.len(), 13);
    }

    #[test]
    fn a_purpose_code_knows_its_category() {
        let code = sector("11220").unwrap();
        assert_eq!(code.category, Some("112"));
        assert_eq!(code.name.get("en", "en").text, "Primary education");
        assert!(SECTOR_CATEGORY.contains_key("112"));
    }
}
