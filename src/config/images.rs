//! `images:` in site.yaml: the widths and quality of the copies made of every published image,
//! and the most pixels an image may have.

use super::raw::RawImages;
use super::site_yaml::SiteYaml;
use crate::diagnostic::Diagnostics;
use crate::images::{DEFAULT_MAX_MEGAPIXELS, Recipe};

/// The highest cap site.yaml may set: an image of 500 megapixels takes about 6 GB to decode and
/// copy, more than a build machine can be expected to have.
const MOST_MEGAPIXELS: u32 = 500;

/// The recipe `images:` asks for; widths out of range are reported and left out.
pub(super) fn resolve(raw: &RawImages, yaml: SiteYaml<'_>, problems: &mut Diagnostics) -> Recipe {
    let default = Recipe::default();
    let mut widths: Vec<u32> = match &raw.widths {
        Some(widths) => widths
            .iter()
            .filter(|w| {
                let ok = (16..=8192).contains(&w.value);
                if !ok {
                    problems.push(
                        yaml.error_said(w, crate::said!("C016", value = w.value.to_string())),
                    );
                }
                ok
            })
            .map(|w| w.value)
            .collect(),
        None => default.widths.clone(),
    };
    widths.sort_unstable();
    widths.dedup();
    let quality = match &raw.quality {
        Some(q) if !(1..=100).contains(&q.value) => {
            problems.push(yaml.error_said(q, crate::said!("C017", value = q.value.to_string())));
            default.quality
        }
        Some(q) => q.value,
        None => default.quality,
    };
    let max_pixels = match &raw.max_megapixels {
        Some(m) if !(1..=MOST_MEGAPIXELS).contains(&m.value) => {
            problems.push(yaml.error_said(
                m,
                crate::said!(
                    "C018",
                    value = m.value.to_string(),
                    most = MOST_MEGAPIXELS.to_string(),
                    default = DEFAULT_MAX_MEGAPIXELS.to_string(),
                ),
            ));
            default.max_pixels
        }
        Some(m) => u64::from(m.value) * 1_000_000,
        None => default.max_pixels,
    };
    Recipe {
        widths,
        quality,
        max_pixels,
    }
}
