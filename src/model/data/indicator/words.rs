//! The words of an indicator's data in each language: what `labels:` translates, the SDMX words
//! for unit multipliers and observation statuses built in for English and Arabic, and the rest
//! as written in the data (the site's default language).

use std::collections::BTreeMap;

use super::Indicator;
use crate::localized::LocalizedText;
use crate::model::data::series::{Selection, normalised};

/// SDMX unit multipliers by name and by power of ten.
const MULTIPLIERS: &[(&[&str], &str, &str)] = &[
    (&["tens", "1"], "tens", "بالعشرات"),
    (&["hundreds", "2"], "hundreds", "بالمئات"),
    (&["thousands", "3"], "thousands", "بالآلاف"),
    (&["millions", "6"], "millions", "بالملايين"),
    (&["billions", "9"], "billions", "بالمليارات"),
];

/// SDMX observation statuses as Open SDG files write them.
const STATUSES: &[(&str, &str, &str)] = &[
    ("estimated value", "Estimated value", "قيمة تقديرية"),
    ("provisional value", "Provisional value", "قيمة أولية"),
    ("forecast value", "Forecast value", "قيمة متوقعة"),
    ("imputed value", "Imputed value", "قيمة محتسبة"),
    ("definition differs", "Definition differs", "التعريف مختلف"),
    ("break in series", "Break in series", "انقطاع في السلسلة"),
    ("low reliability", "Low reliability", "موثوقية منخفضة"),
    ("missing value", "Missing value", "قيمة مفقودة"),
];

impl Indicator {
    /// A word of the data in every language: its translation under `labels:`, and as written
    /// in the data's own language and wherever `labels:` has no translation.
    pub(crate) fn word(&self, written: &str) -> LocalizedText {
        match self.labels.get(written) {
            Some(LocalizedText::PerLanguage(texts)) => {
                let mut texts = texts.clone();
                texts
                    .entry(self.language.clone())
                    .or_insert_with(|| written.to_owned());
                LocalizedText::PerLanguage(texts)
            }
            Some(text) => text.clone(),
            None => self.as_written(written),
        }
    }

    /// An observation status, translated by `labels:` or built in.
    pub(crate) fn status_word(&self, written: &str) -> LocalizedText {
        if self.labels.contains_key(written) {
            return self.word(written);
        }
        let key = normalised(written);
        match STATUSES.iter().find(|(name, ..)| *name == key) {
            Some((_, en, ar)) => both(en, ar),
            None => self.as_written(written),
        }
    }

    /// The unit of `selection`'s values with its multiplier ("GBP (£), thousands"): the data's
    /// own, else the one the YAML or metadata gives.
    pub(crate) fn unit_of(&self, selection: &Selection) -> Option<LocalizedText> {
        let unit = match &selection.unit {
            Some(unit) => Some(self.word(unit)),
            None => self.unit.clone(),
        };
        let multiplier = selection.multiplier.as_deref().map(|written| {
            if self.labels.contains_key(written) {
                return self.word(written);
            }
            let key = normalised(written);
            match MULTIPLIERS
                .iter()
                .find(|(names, ..)| names.contains(&key.as_str()))
            {
                Some((_, en, ar)) => both(en, ar),
                None => self.as_written(written),
            }
        });
        match (unit, multiplier) {
            (Some(unit), Some(multiplier)) => Some(joined(&unit, &multiplier, &self.language)),
            (unit, multiplier) => unit.or(multiplier),
        }
    }

    /// The unit of the selection shown first.
    pub(crate) fn main_unit(&self) -> Option<LocalizedText> {
        match self.main_selection() {
            Some(selection) => self.unit_of(selection),
            None => self.unit.clone(),
        }
    }

    fn as_written(&self, written: &str) -> LocalizedText {
        LocalizedText::PerLanguage(BTreeMap::from([(
            self.language.clone(),
            written.to_owned(),
        )]))
    }
}

fn both(en: &str, ar: &str) -> LocalizedText {
    LocalizedText::PerLanguage(BTreeMap::from([
        ("en".to_owned(), en.to_owned()),
        ("ar".to_owned(), ar.to_owned()),
    ]))
}

/// "unit, multiplier" in each language either has, with the Arabic comma in Arabic.
fn joined(unit: &LocalizedText, multiplier: &LocalizedText, default: &str) -> LocalizedText {
    let languages: Vec<String> = [unit, multiplier]
        .into_iter()
        .flat_map(|text| match text {
            LocalizedText::Same(_) => Vec::new(),
            LocalizedText::PerLanguage(map) => map.keys().cloned().collect(),
        })
        .collect();
    if languages.is_empty() {
        let (u, m) = (
            unit.get(default, default).text,
            multiplier.get(default, default).text,
        );
        return LocalizedText::Same(format!("{u}, {m}"));
    }
    LocalizedText::PerLanguage(
        languages
            .into_iter()
            .map(|lang| {
                let comma = if lang == "ar" { "،" } else { "," };
                let text = format!(
                    "{}{comma} {}",
                    unit.get(&lang, default).text,
                    multiplier.get(&lang, default).text
                );
                (lang, text)
            })
            .collect(),
    )
}
