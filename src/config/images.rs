//! `images:` in site.yaml: the widths and quality of the copies made of every published image.

use super::raw::RawImages;
use super::site_yaml::SiteYaml;
use crate::diagnostic::Diagnostics;
use crate::images::Recipe;

/// The recipe `images:` asks for; widths out of range are reported and left out.
pub(super) fn resolve(raw: &RawImages, yaml: SiteYaml<'_>, problems: &mut Diagnostics) -> Recipe {
    let default = Recipe::default();
    let mut widths: Vec<u32> = match &raw.widths {
        Some(widths) => widths
            .iter()
            .filter(|w| {
                let ok = (16..=8192).contains(&w.value);
                if !ok {
                    problems.push(yaml.error(
                        w,
                        format!("{} pixels is not a width bayan makes images at", w.value),
                        "use widths between 16 and 8192 pixels, like [480, 960, 1600]",
                    ));
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
            problems.push(yaml.error(
                q,
                format!("{} is not an image quality", q.value),
                "use a quality from 1 to 100; 80 suits photographs",
            ));
            default.quality
        }
        Some(q) => q.value,
        None => default.quality,
    };
    Recipe { widths, quality }
}
