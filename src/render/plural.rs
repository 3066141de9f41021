//! Interface text that shows a count: a theme string may be one text for every count or one per
//! plural form of the language (`{one: …, two: …, few: …, many: …, other: …}`), chosen by the
//! Unicode plural rules (ICU4X), as the search page's script chooses with `Intl.PluralRules`.

use icu_plurals::{PluralCategory, PluralRules};
use serde::{Deserialize, Serialize};

/// One entry of a theme's `i18n/<lang>.yaml`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub(crate) enum UiText {
    /// The same text whatever the count.
    Plain(String),
    /// A text per plural form; `{n}` stands for the count.
    Counted(PluralForms),
}

/// A text, or a map read as [`PluralForms`], so that a misspelt form is named in the error
/// (``unknown field `ohter` ``) rather than lost in "matched no variant".
impl<'de> Deserialize<'de> for UiText {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct TextOrForms;

        impl<'de> serde::de::Visitor<'de> for TextOrForms {
            type Value = UiText;

            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a text, or a text per plural form (one, two, few, many, other)")
            }

            fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<UiText, E> {
                Ok(UiText::Plain(text.to_owned()))
            }

            fn visit_bool<E: serde::de::Error>(self, value: bool) -> Result<UiText, E> {
                Ok(UiText::Plain(value.to_string()))
            }

            fn visit_i64<E: serde::de::Error>(self, value: i64) -> Result<UiText, E> {
                Ok(UiText::Plain(value.to_string()))
            }

            fn visit_u64<E: serde::de::Error>(self, value: u64) -> Result<UiText, E> {
                Ok(UiText::Plain(value.to_string()))
            }

            fn visit_f64<E: serde::de::Error>(self, value: f64) -> Result<UiText, E> {
                Ok(UiText::Plain(value.to_string()))
            }

            fn visit_map<A: serde::de::MapAccess<'de>>(self, map: A) -> Result<UiText, A::Error> {
                let forms =
                    PluralForms::deserialize(serde::de::value::MapAccessDeserializer::new(map))?;
                Ok(UiText::Counted(forms))
            }
        }

        deserializer.deserialize_any(TextOrForms)
    }
}

/// The texts of a count, one per plural form the language has; `other` is the one every
/// language has and the one used for a form left out.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct PluralForms {
    pub zero: Option<String>,
    pub one: Option<String>,
    pub two: Option<String>,
    pub few: Option<String>,
    pub many: Option<String>,
    pub other: String,
}

impl PluralForms {
    /// The text for `count` under `rules` (`other` without them), with `{n}` replaced by
    /// `written` (the count in the page's digits).
    pub(crate) fn select(&self, rules: Option<&PluralRules>, count: u64, written: &str) -> String {
        let category = rules.map_or(PluralCategory::Other, |r| r.category_for(count));
        let form = match category {
            PluralCategory::Zero => self.zero.as_ref(),
            PluralCategory::One => self.one.as_ref(),
            PluralCategory::Two => self.two.as_ref(),
            PluralCategory::Few => self.few.as_ref(),
            PluralCategory::Many => self.many.as_ref(),
            PluralCategory::Other => None,
        };
        form.unwrap_or(&self.other).replace("{n}", written)
    }
}

/// The cardinal plural rules of the language `code` (`ar`, `en-GB`), when ICU4X knows it.
pub(crate) fn rules_for(code: &str) -> Option<PluralRules> {
    let language: icu_locale_core::LanguageIdentifier = code.parse().ok()?;
    PluralRules::try_new(language.into(), Default::default()).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stories() -> PluralForms {
        PluralForms {
            zero: Some("لا أخبار".into()),
            one: Some("خبر واحد".into()),
            two: Some("خبران".into()),
            few: Some("{n} أخبار".into()),
            many: Some("{n} خبراً".into()),
            other: "{n} خبر".into(),
        }
    }

    #[test]
    fn arabic_counts_take_their_six_forms() {
        let rules = rules_for("ar");
        let said = |n: u64| stories().select(rules.as_ref(), n, &n.to_string());
        assert_eq!(said(0), "لا أخبار");
        assert_eq!(said(1), "خبر واحد");
        assert_eq!(said(2), "خبران");
        assert_eq!(said(3), "3 أخبار");
        assert_eq!(said(103), "103 أخبار");
        assert_eq!(said(11), "11 خبراً");
        assert_eq!(said(100), "100 خبر");
    }

    #[test]
    fn a_form_left_out_is_other_and_so_is_every_form_without_rules() {
        let forms = PluralForms {
            zero: None,
            one: Some("{n} story".into()),
            two: None,
            few: None,
            many: None,
            other: "{n} stories".into(),
        };
        let en = rules_for("en");
        assert_eq!(forms.select(en.as_ref(), 1, "1"), "1 story");
        assert_eq!(forms.select(en.as_ref(), 2, "2"), "2 stories");
        assert_eq!(forms.select(None, 1, "1"), "1 stories");
    }
}
