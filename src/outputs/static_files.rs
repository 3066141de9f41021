//! Files copied as they are: the theme's static files, the site's `static/` folder (which wins
//! over the theme's) and the files beside each published story translation.

use std::collections::BTreeMap;
use std::sync::Arc;

use super::{BuildContext, Generator, OutputFile};
use crate::diagnostic::Diagnostics;
use crate::images::variant_name;
use crate::model::Site;
use crate::model::changes::Inputs;
use crate::urls;

#[derive(Default)]
pub(crate) struct StaticFiles {
    /// Output path to bytes and origin, theme first, then the site's own.
    files: BTreeMap<String, (Arc<[u8]>, String)>,
}

impl StaticFiles {
    pub(super) fn new(site: &Site, theme_static: &BTreeMap<String, Arc<[u8]>>) -> Self {
        let mut files: BTreeMap<String, (Arc<[u8]>, String)> = theme_static
            .iter()
            .map(|(path, bytes)| (path.clone(), (bytes.clone(), format!("theme file {path}"))))
            .collect();
        for file in &site.static_files {
            let origin = format!("static/{}", file.name);
            files.insert(file.name.clone(), (file.bytes.clone(), origin));
        }
        StaticFiles { files }
    }

    /// `path?v=<hash of its bytes>`, so that a changed file is never served stale from a cache.
    pub(super) fn fingerprinted(&self, path: &str) -> String {
        match self.files.get(path) {
            Some((bytes, _)) => format!("/{path}?v={:08x}", fnv1a(bytes) as u32),
            None => format!("/{path}"),
        }
    }
}

impl Generator for StaticFiles {
    fn name(&self) -> &'static str {
        "static files"
    }

    fn reads(&self) -> Inputs {
        Inputs::STATIC_FILES.and(Inputs::STORY_MEDIA)
    }

    fn generate(&self, context: &BuildContext<'_>) -> Result<Vec<OutputFile>, Diagnostics> {
        let mut out: Vec<OutputFile> = self
            .files
            .iter()
            .map(|(path, (bytes, origin))| {
                OutputFile::new(path.clone(), bytes.clone(), origin.clone())
            })
            .collect();
        for story in &context.site.stories {
            for translation in &story.translations {
                for asset in &story.assets {
                    let origin = || format!("file {} of story {}", asset.name, story.slug);
                    let file = |name: &str, bytes: &Arc<[u8]>| {
                        let path = urls::story_asset(&translation.lang, &story.slug, name);
                        OutputFile::new(
                            path.trim_start_matches('/').to_owned(),
                            Arc::clone(bytes),
                            origin(),
                        )
                    };
                    out.push(file(&asset.name, &asset.bytes));
                    for (image, variant) in asset
                        .image
                        .iter()
                        .flat_map(|image| image.variants.iter().map(move |v| (image, v)))
                    {
                        let fallback = image.fallback_extension();
                        out.push(file(
                            &variant_name(&asset.name, variant.width, fallback),
                            &variant.fallback,
                        ));
                        out.push(file(
                            &variant_name(&asset.name, variant.width, "webp"),
                            &variant.webp,
                        ));
                    }
                }
            }
        }
        Ok(out)
    }
}

/// A small stable hash for fingerprints (not for security).
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, b| {
        (hash ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3)
    })
}
