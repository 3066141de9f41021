//! The IATI standard's vocabularies: the official codelists (in `iati/codelists/`, copied from
//! IATI/IATI-Codelists with bayan's own Arabic names), so that a code read from an activity file
//! or written in a project shows as words in the page's language.

use std::collections::BTreeMap;
use std::sync::LazyLock;

use crate::localized::LocalizedText;

/// One entry of a codelist.
#[derive(Debug)]
pub struct Code {
    pub code: &'static str,
    pub name: LocalizedText,
    /// Withdrawn codes are still read (older files use them) but are not written.
    pub withdrawn: bool,
    /// For a DAC 5-digit sector, its 3-digit category.
    pub category: Option<&'static str>,
}

/// A codelist, by code.
pub type Codelist = BTreeMap<&'static str, Code>;

fn parse(text: &'static str) -> Codelist {
    text.lines()
        .filter_map(|line| {
            let mut fields = line.split('\t');
            let (code, en, ar) = (fields.next()?, fields.next()?, fields.next()?);
            let withdrawn = fields.next() == Some("1");
            let category = fields.next().filter(|c| !c.is_empty());
            let mut names = BTreeMap::from([("en".to_owned(), en.to_owned())]);
            if !ar.is_empty() {
                names.insert("ar".to_owned(), ar.to_owned());
            }
            Some((
                code,
                Code {
                    code,
                    name: LocalizedText::PerLanguage(names),
                    withdrawn,
                    category,
                },
            ))
        })
        .collect()
}

macro_rules! codelist {
    ($(#[$doc:meta])* $name:ident, $file:literal) => {
        $(#[$doc])*
        pub static $name: LazyLock<Codelist> =
            LazyLock::new(|| parse(include_str!(concat!("iati/codelists/", $file))));
    };
}

codelist!(
    /// Pipeline, implementation, finalisation, closed, cancelled, suspended.
    ACTIVITY_STATUS, "ActivityStatus.tsv");
codelist!(
    /// Funding, accountable, extending, implementing.
    ORGANISATION_ROLE, "OrganisationRole.tsv");
codelist!(
    /// Government, multilateral, NGO...
    ORGANISATION_TYPE, "OrganisationType.tsv");
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
pub fn sector(code: &str) -> Option<&'static Code> {
    SECTOR.get(code).or_else(|| SECTOR_CATEGORY.get(code))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_list_reads_with_names_in_both_languages() {
        for list in [
            &ACTIVITY_STATUS,
            &ORGANISATION_ROLE,
            &ORGANISATION_TYPE,
            &TRANSACTION_TYPE,
            &SECTOR_CATEGORY,
            &REGION,
            &DOCUMENT_CATEGORY,
            &RESULT_TYPE,
        ] {
            assert!(!list.is_empty());
            for code in list.values() {
                assert!(code.name.missing(["en", "ar"]).is_empty(), "{}", code.code);
            }
        }
        assert_eq!(ACTIVITY_STATUS.len(), 6);
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
