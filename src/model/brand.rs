//! The site's own images named in site.yaml, the press logo and the share image: cleaned of
//! their metadata (a logo exported from a phone keeps its GPS position otherwise) and held to
//! the same pixel cap as every published image.

use std::sync::Arc;

use crate::config::{Config, SourceImage};
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::images::{ImageStore, Processed};
use crate::messages::Said;

/// The site's images as they are published.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Brand {
    /// The press logo, offered for download and packed in every kit.
    pub logo: Option<Arc<Processed>>,
    /// The photograph behind the site's share cards.
    pub share_image: Option<Arc<Processed>>,
}

/// Cleans the logo and the share image; one that cannot be decoded is reported at site.yaml and
/// left out.
pub(super) fn clean(config: &Config, store: &ImageStore, problems: &mut Diagnostics) -> Brand {
    // `what`: the catalogue's name of the image (`what-logo`), `key` where site.yaml names it.
    let mut clean = |image: Option<&SourceImage>, what: &'static str, key: &str| {
        let image = image?;
        store
            .process(&image.bytes, image.format, &config.images)
            .map_err(|error| {
                let said = error.said();
                problems.push(
                    Diagnostic::error_said(
                        crate::config::CONFIG_FILE,
                        crate::said!(
                            "C100",
                            what = Said::new(what),
                            key = key,
                            detail = said.clone()
                        ),
                    )
                    .with_hint_said(said.hint()),
                );
            })
            .ok()
    };
    Brand {
        logo: clean(
            config.press.logo.as_ref().map(|l| &l.image),
            "what-logo",
            "press.logo",
        ),
        share_image: clean(
            config.social.image.as_ref(),
            "what-share-image",
            "social.image",
        ),
    }
}
