//! `images.yaml` beside a story: for each image, its description for readers who cannot see it
//! (`alt`), caption, credit and licence, in every language.
//!
//! ```yaml
//! cover.jpg:
//!   alt: {en: "Pupils in a classroom in Darfur", ar: "تلاميذ في فصل دراسي في دارفور"}
//!   caption: {en: "...", ar: "..."}
//!   credit: "Photo: Amal Hassan / UNDP"
//!   licence: CC BY 4.0
//! ```

use std::collections::BTreeMap;

use serde::Deserialize;
use serde_saphyr::Spanned;

use crate::diagnostic::{Diagnostics, nearest};
use crate::load::DataFile;
use crate::localized::LocalizedText;
use crate::messages::Said;
use crate::said;
use crate::yaml::{self, Block};

/// What is said about one image.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct ImageNotes {
    pub alt: Option<LocalizedText>,
    pub caption: Option<LocalizedText>,
    pub credit: Option<LocalizedText>,
    pub licence: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawNotes {
    alt: Option<Spanned<LocalizedText>>,
    caption: Option<Spanned<LocalizedText>>,
    credit: Option<Spanned<LocalizedText>>,
    #[serde(alias = "license")]
    licence: Option<String>,
}

/// The notes of `file` by image name; names of files not in the folder are reported, and texts
/// missing in one of the story's `languages`.
pub(crate) fn read(
    file: &DataFile,
    names: &[&str],
    languages: &[&str],
    problems: &mut Diagnostics,
) -> BTreeMap<String, ImageNotes> {
    let raw: BTreeMap<String, Spanned<RawNotes>> =
        match yaml::parse(&file.path, Block::whole_file(&file.text)) {
            Ok(raw) => raw,
            Err(found) => {
                problems.extend(found);
                return BTreeMap::new();
            }
        };
    let at = super::data::file_at(file);
    let mut notes = BTreeMap::new();
    for (name, raw) in raw {
        if !names.contains(&name.as_str()) {
            let hint = match nearest(&name, names.iter().copied()) {
                Some(best) => said!("S016-did-you-mean", best = best),
                None => said!("S016-write"),
            };
            problems.push(
                at.error_said(&raw, said!("S016", name = &name), hint)
                    .into_warning(),
            );
            continue;
        }
        let RawNotes {
            alt,
            caption,
            credit,
            licence,
        } = raw.value;
        for (text, what) in [(&alt, "S017-description"), (&caption, "S017-caption")] {
            let missing = text
                .as_ref()
                .map(|t| t.value.missing(languages.iter().copied()))
                .unwrap_or_default();
            if let (Some(text), false) = (text, missing.is_empty()) {
                let message = said!(
                    "S017",
                    what = Said::new(what),
                    name = &name,
                    missing = missing,
                );
                problems.push(at.said_at(text, message).into_warning());
            }
        }
        notes.insert(
            name,
            ImageNotes {
                alt: alt.map(|a| a.value),
                caption: caption.map(|c| c.value),
                credit: credit.map(|c| c.value),
                licence: licence
                    .map(|l| l.trim().to_owned())
                    .filter(|l| !l.is_empty()),
            },
        );
    }
    notes
}

/// The description of an image in `lang`, only if written in that language (or for all).
pub(crate) fn alt_in<'a>(notes: Option<&'a ImageNotes>, lang: &str) -> Option<&'a str> {
    match notes?.alt.as_ref()? {
        LocalizedText::Same(text) => Some(text.as_str()),
        LocalizedText::PerLanguage(map) => map.get(lang).map(String::as_str),
    }
    .filter(|text| !text.trim().is_empty())
}
