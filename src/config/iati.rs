//! `iati:` in site.yaml: who publishes the site's own projects in the IATI export, and which of
//! the site's sectors each OECD DAC sector code of an imported activity belongs to.

use std::collections::BTreeMap;

use serde::Deserialize;
use serde_saphyr::Spanned;

use super::site_yaml::SiteYaml;
use crate::diagnostic::{Diagnostics, nearest};
use crate::localized::LocalizedText;

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawIati {
    #[serde(default)]
    pub publisher: Option<RawPublisher>,
    /// Site sector id: the DAC codes (3-digit categories or 5-digit purposes) it gathers.
    #[serde(default)]
    pub sectors: BTreeMap<String, Spanned<Vec<Spanned<Code>>>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawPublisher {
    #[serde(rename = "ref")]
    pub reference: Spanned<String>,
    #[serde(rename = "type")]
    pub kind: Option<Spanned<Code>>,
    pub name: LocalizedText,
}

/// A code written as a number or a text (`111`, `"A02"`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Code(pub String);

impl<'de> Deserialize<'de> for Code {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        LocalizedText::deserialize(deserializer).and_then(|text| match text {
            LocalizedText::Same(code) => Ok(Code(code.trim().to_owned())),
            LocalizedText::PerLanguage(_) => Err(serde::de::Error::custom(
                "a code, like 111 or A02, not a text per language",
            )),
        })
    }
}

/// The organisation that publishes the site's own projects.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Publisher {
    /// Its IATI organisation identifier, like `XM-DAC-...` or `QA-...`.
    pub reference: String,
    /// Code of the IATI OrganisationType codelist (10 government...).
    pub kind: String,
    pub name: LocalizedText,
}

/// The publisher, and the site sector of each DAC code.
pub(super) fn resolve(
    raw: RawIati,
    sectors: &BTreeMap<String, LocalizedText>,
    yaml: SiteYaml<'_>,
    problems: &mut Diagnostics,
) -> (Option<Publisher>, BTreeMap<String, String>) {
    let publisher = raw.publisher.and_then(|p| {
        let reference = p.reference.value.trim().to_owned();
        if reference.is_empty() || reference.contains(char::is_whitespace) {
            problems.push(yaml.error_said(
                &p.reference,
                crate::said!("C013", value = &p.reference.value),
            ));
            return None;
        }
        let kind = p.kind.map_or_else(|| "10".to_owned(), |k| k.value.0);
        Some(Publisher {
            reference,
            kind,
            name: p.name,
        })
    });
    let mut by_code = BTreeMap::new();
    for (sector, codes) in raw.sectors {
        if !sectors.contains_key(&sector) {
            let hint = match nearest(&sector, sectors.keys().map(String::as_str)) {
                Some(best) => crate::said!("C014-did-you-mean", best = best),
                None => crate::said!("C014-name"),
            };
            problems.push(
                yaml.error_said(&codes, crate::said!("C014", name = &sector))
                    .with_hint_said(hint),
            );
            continue;
        }
        for code in codes.value {
            if crate::codelists::sector(&code.value.0).is_none() {
                problems.push(yaml.error_said(&code, crate::said!("C015", code = &code.value.0)));
                continue;
            }
            by_code.insert(code.value.0, sector.clone());
        }
    }
    (publisher, by_code)
}
