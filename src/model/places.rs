//! Built-in reference names: every ISO 3166-1 country and the 17 UN Sustainable Development
//! Goals with their official colours, in English and Arabic, so that writers only type codes.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use crate::localized::LocalizedText;

/// A country: ISO 3166-1 alpha-2 code and names.
#[derive(Debug)]
pub(crate) struct Country {
    pub code: &'static str,
    pub name: LocalizedText,
}

/// A Sustainable Development Goal.
#[derive(Debug)]
pub(crate) struct Goal {
    pub number: u8,
    /// The number as text: the goal's id in URLs and term lists.
    pub id: &'static str,
    /// Official UN colour, `#RRGGBB`.
    pub colour: &'static str,
    pub name: LocalizedText,
}

fn bilingual(en: &str, ar: &str) -> LocalizedText {
    LocalizedText::PerLanguage(BTreeMap::from([
        ("en".to_owned(), en.to_owned()),
        ("ar".to_owned(), ar.to_owned()),
    ]))
}

pub(crate) fn countries() -> &'static BTreeMap<&'static str, Country> {
    static TABLE: OnceLock<BTreeMap<&'static str, Country>> = OnceLock::new();
    TABLE.get_or_init(|| {
        include_str!("data/countries.tsv")
            .lines()
            .filter_map(|line| {
                let mut fields = line.split('\t');
                let (code, en, ar) = (fields.next()?, fields.next()?, fields.next()?);
                Some((
                    code,
                    Country {
                        code,
                        name: bilingual(en, ar),
                    },
                ))
            })
            .collect()
    })
}

pub(crate) fn country(code: &str) -> Option<&'static Country> {
    countries().get(code)
}

pub(crate) fn goals() -> &'static [Goal] {
    static TABLE: OnceLock<Vec<Goal>> = OnceLock::new();
    TABLE.get_or_init(|| {
        include_str!("data/sdgs.tsv")
            .lines()
            .filter_map(|line| {
                let mut fields = line.split('\t');
                let id = fields.next()?;
                let number = id.parse().ok()?;
                let colour = fields.next()?;
                let (en, ar) = (fields.next()?, fields.next()?);
                Some(Goal {
                    number,
                    id,
                    colour,
                    name: bilingual(en, ar),
                })
            })
            .collect()
    })
}

pub(crate) fn goal(number: i64) -> Option<&'static Goal> {
    goals().iter().find(|g| i64::from(g.number) == number)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_country_and_goal_has_both_names() {
        assert_eq!(countries().len(), 249);
        assert_eq!(goals().len(), 17);
        assert_eq!(country("SD").unwrap().name.get("ar", "en").text, "السودان");
        assert_eq!(goal(16).unwrap().colour, "#00689D");
        assert!(country("XX").is_none());
        assert!(goal(18).is_none());
    }
}
