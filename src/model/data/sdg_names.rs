//! The United Nations' official English and Arabic names of the SDG targets and global
//! indicators, built in so that an indicator naming its code (`sdg_indicator: 3.2.1`) shows
//! them without anyone typing (or mistyping) them. The files in `sdg_names/` are copies of
//! open-sdg/sdg-translations (MIT licence), keyed like `3-2-1-title`.

use std::collections::BTreeMap;
use std::sync::LazyLock;

use crate::localized::LocalizedText;

type Names = BTreeMap<String, String>;

struct Official {
    indicators: [(&'static str, Names); 2],
    targets: [(&'static str, Names); 2],
}

fn parse(text: &str) -> Names {
    serde_saphyr::from_str(text).unwrap_or_default()
}

static OFFICIAL: LazyLock<Official> = LazyLock::new(|| Official {
    indicators: [
        (
            "en",
            parse(include_str!("sdg_names/en/global_indicators.yml")),
        ),
        (
            "ar",
            parse(include_str!("sdg_names/ar/global_indicators.yml")),
        ),
    ],
    targets: [
        ("en", parse(include_str!("sdg_names/en/global_targets.yml"))),
        ("ar", parse(include_str!("sdg_names/ar/global_targets.yml"))),
    ],
});

/// A global indicator's code, checked: `3.2.1`, `1.a.2`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct IndicatorCode {
    pub goal: u8,
    /// `3.2`.
    pub target: String,
    /// `3.2.1`.
    pub code: String,
}

impl IndicatorCode {
    /// The code in `text` (dots or hyphens: `3.2.1`, `3-2-1`) if the UN names such an indicator.
    pub(crate) fn parse(text: &str) -> Option<Self> {
        let parts: Vec<String> = text
            .trim()
            .split(['.', '-'])
            .map(str::to_ascii_lowercase)
            .collect();
        let [goal, target, number] = parts.as_slice() else {
            return None;
        };
        let key = format!("{goal}-{target}-{number}-title");
        if !OFFICIAL.indicators[0].1.contains_key(&key) {
            return None;
        }
        Some(IndicatorCode {
            goal: goal.parse().ok()?,
            target: format!("{goal}.{target}"),
            code: format!("{goal}.{target}.{number}"),
        })
    }

    /// The indicator's official name in English and Arabic.
    pub(crate) fn title(&self) -> LocalizedText {
        names(&OFFICIAL.indicators, &self.code)
    }

    /// The official wording of the target the indicator measures.
    pub(crate) fn target_title(&self) -> LocalizedText {
        names(&OFFICIAL.targets, &self.target)
    }
}

/// Every global indicator's code (`3.2.1`), for suggestions.
pub(crate) fn codes() -> impl Iterator<Item = String> {
    OFFICIAL.indicators[0]
        .1
        .keys()
        .filter_map(|key| key.strip_suffix("-title"))
        .map(|code| code.replace('-', "."))
}

/// A name from Open SDG's translation key, like `global_indicators.3-2-1-title`.
pub(crate) fn by_key(key: &str) -> Option<LocalizedText> {
    let (file, name) = key.trim().split_once('.')?;
    let set = match file {
        "global_indicators" => &OFFICIAL.indicators,
        "global_targets" => &OFFICIAL.targets,
        _ => return None,
    };
    let code = name.strip_suffix("-title")?.replace('-', ".");
    let text = names(set, &code);
    (text != LocalizedText::PerLanguage(BTreeMap::new())).then_some(text)
}

fn names(set: &[(&'static str, Names); 2], code: &str) -> LocalizedText {
    let key = format!("{}-title", code.replace('.', "-"));
    LocalizedText::PerLanguage(
        set.iter()
            .filter_map(|(lang, names)| {
                let name = names.get(&key)?;
                // The files wrap long names over several lines.
                let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
                Some(((*lang).to_owned(), name))
            })
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn official_names_in_both_languages() {
        let code = IndicatorCode::parse("3.2.1").unwrap();
        assert_eq!(code.goal, 3);
        assert_eq!(code.target, "3.2");
        let title = code.title();
        assert_eq!(title.get("en", "en").text, "Under‐5 mortality rate");
        assert_eq!(
            title.get("ar", "en").text,
            "معدل وفيات الأطفال دون سن الخامسة"
        );
        assert!(
            code.target_title()
                .get("en", "en")
                .text
                .starts_with("By 2030, end preventable deaths of newborns")
        );
        assert_eq!(IndicatorCode::parse("1-A-2").unwrap().code, "1.a.2");
        assert_eq!(by_key("global_indicators.3-2-1-title"), Some(code.title()));
        assert_eq!(by_key("global_indicators.99-1-1-title"), None);
    }

    #[test]
    fn unknown_codes_are_refused() {
        for wrong in ["3.2", "3.2.9", "18.1.1", "x"] {
            assert_eq!(IndicatorCode::parse(wrong), None, "{wrong}");
        }
    }
}
