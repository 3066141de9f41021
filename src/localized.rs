//! Human-readable text in data files: one string for every language, or a map by language
//! (`{en: "Scholarships", ar: "المنح الدراسية"}`). A missing language falls back to the
//! default one, and says so, so that the page can mark the passage with its real `lang`.

use std::collections::BTreeMap;
use std::fmt;

use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::{Deserialize, Serialize};

/// Which way a language's script runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub(crate) enum Direction {
    Ltr,
    Rtl,
}

/// Languages whose script runs right to left (primary subtag).
const RIGHT_TO_LEFT: &[&str] = &[
    "ar", "arc", "ckb", "dv", "fa", "he", "ks", "ku", "ps", "sd", "syr", "ug", "ur", "yi",
];

/// The direction of the language `code` (`ar-QA` runs right to left), never guessed from text.
pub(crate) fn direction_of(code: &str) -> Direction {
    let primary = code.split(['-', '_']).next().unwrap_or(code);
    if RIGHT_TO_LEFT.contains(&primary.to_ascii_lowercase().as_str()) {
        Direction::Rtl
    } else {
        Direction::Ltr
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum LocalizedText {
    /// The same text in every language (names, acronyms).
    Same(String),
    /// One text per language code.
    PerLanguage(BTreeMap<String, String>),
}

/// The text to show in one language, and the language it is really written in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub(crate) struct Resolved<'a> {
    pub text: &'a str,
    /// Set when the text is a fallback in another language than the page's.
    pub lang: Option<&'a str>,
}

impl LocalizedText {
    /// The text for `lang`, else for `default_lang`, else one in `lang`'s direction, else any,
    /// marking a fallback.
    pub(crate) fn get<'a>(&'a self, lang: &str, default_lang: &'a str) -> Resolved<'a> {
        match self {
            LocalizedText::Same(text) => Resolved { text, lang: None },
            LocalizedText::PerLanguage(map) => {
                if let Some(text) = map.get(lang) {
                    return Resolved { text, lang: None };
                }
                // Else the default language, else one written in the page's direction (a
                // Dutch original reads better on an English page than an Arabic one), else any.
                let direction = direction_of(lang);
                map.get_key_value(default_lang)
                    .or_else(|| map.iter().find(|(l, _)| direction_of(l) == direction))
                    .or_else(|| map.iter().next())
                    .map_or(
                        Resolved {
                            text: "",
                            lang: None,
                        },
                        |(l, text)| Resolved {
                            text,
                            lang: Some(l),
                        },
                    )
            }
        }
    }

    /// The languages of `wanted` that have no text of their own.
    pub(crate) fn missing<'a>(&self, wanted: impl IntoIterator<Item = &'a str>) -> Vec<&'a str> {
        match self {
            LocalizedText::Same(_) => Vec::new(),
            LocalizedText::PerLanguage(map) => wanted
                .into_iter()
                .filter(|l| !map.contains_key(*l))
                .collect(),
        }
    }
}

impl From<&str> for LocalizedText {
    fn from(text: &str) -> Self {
        LocalizedText::Same(text.to_owned())
    }
}

impl<'de> Deserialize<'de> for LocalizedText {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct TextVisitor;

        impl<'de> Visitor<'de> for TextVisitor {
            type Value = LocalizedText;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a text, or a text per language like {en: \"...\", ar: \"...\"}")
            }

            fn visit_str<E: de::Error>(self, text: &str) -> Result<Self::Value, E> {
                Ok(LocalizedText::Same(text.to_owned()))
            }

            fn visit_i64<E: de::Error>(self, n: i64) -> Result<Self::Value, E> {
                Ok(LocalizedText::Same(n.to_string()))
            }

            fn visit_u64<E: de::Error>(self, n: u64) -> Result<Self::Value, E> {
                Ok(LocalizedText::Same(n.to_string()))
            }

            fn visit_map<A: MapAccess<'de>>(self, mut access: A) -> Result<Self::Value, A::Error> {
                let mut map = BTreeMap::new();
                while let Some((lang, text)) = access.next_entry::<String, String>()? {
                    // An empty translation is a missing one: it is reported and falls back.
                    if !text.trim().is_empty() {
                        map.insert(lang, text);
                    }
                }
                Ok(LocalizedText::PerLanguage(map))
            }
        }

        deserializer.deserialize_any(TextVisitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn falls_back_to_default_language_and_marks_it() {
        let text: LocalizedText = serde_saphyr::from_str("{en: Schools}").unwrap();
        assert_eq!(
            text.get("ar", "en"),
            Resolved {
                text: "Schools",
                lang: Some("en")
            }
        );
        assert_eq!(text.missing(["en", "ar"]), vec!["ar"]);
    }

    #[test]
    fn plain_string_is_the_same_everywhere() {
        let text: LocalizedText = serde_saphyr::from_str("\"UNDP\"").unwrap();
        assert_eq!(text.get("ar", "en").text, "UNDP");
        assert_eq!(text.get("ar", "en").lang, None);
    }
}
