//! An image beside a story, as HTML: `<picture>` offering the WebP and JPEG copies at every
//! width made, with the image's size (so the page does not jump while it loads) and its
//! description.

use std::fmt::Write;

use crate::images::{Processed, variant_name};

/// How wide an image shows: the text column, or the whole page for a cover.
pub(crate) const IN_TEXT: &str = "(min-width: 46rem) 42rem, 100vw";
pub(crate) const COVER: &str = "(min-width: 74rem) 72rem, 100vw";
/// Images in a grid of cards (a press kit's media library).
pub(crate) const GRID: &str = "(min-width: 46rem) 20rem, 100vw";
/// A story card's cover: one of three columns on a wide screen, two on a tablet, a thumbnail
/// beside the headline on a phone.
pub(crate) const CARD: &str = "(min-width: 74rem) 22rem, (min-width: 46rem) 45vw, 8rem";
/// The cover of the story leading the home page, beside its headline on a wide screen.
pub(crate) const LEAD: &str = "(min-width: 74rem) 42rem, (min-width: 46rem) 58vw, 100vw";

/// Where the image's files are published, and how it is shown.
#[derive(Clone, Copy)]
pub(crate) struct Picture<'a> {
    /// Link to the story's folder, ending in `/`.
    pub folder: &'a str,
    pub name: &'a str,
    pub image: &'a Processed,
    pub alt: &'a str,
    pub sizes: &'a str,
    /// Load it at once (the cover) or only when it is about to be seen.
    pub eager: bool,
    pub class: Option<&'a str>,
}

impl Picture<'_> {
    pub(crate) fn html(&self) -> String {
        let Some(largest) = self.image.variants.last() else {
            return String::new();
        };
        let srcset = |extension: &str| {
            self.image
                .variants
                .iter()
                .map(|v| {
                    format!(
                        "{}{} {}w",
                        self.folder,
                        variant_name(self.name, v.width, extension),
                        v.width
                    )
                })
                .collect::<Vec<_>>()
                .join(", ")
        };
        let mut html = String::with_capacity(512);
        let _ = write!(
            html,
            r#"<picture><source type="image/webp" srcset="{}" sizes="{}"><img src="{}{}" srcset="{}" sizes="{}" width="{}" height="{}" alt="{}"{}{}></picture>"#,
            srcset("webp"),
            self.sizes,
            self.folder,
            variant_name(self.name, largest.width, self.image.fallback_extension()),
            srcset(self.image.fallback_extension()),
            self.sizes,
            largest.width,
            largest.height,
            crate::render::html::escape(self.alt),
            if self.eager {
                ""
            } else {
                r#" loading="lazy" decoding="async""#
            },
            self.class
                .map(|c| format!(r#" class="{c}""#))
                .unwrap_or_default(),
        );
        html
    }

    /// A plain `<img>` of the largest copy, for feed readers.
    pub(crate) fn img(&self) -> String {
        let Some(largest) = self.image.variants.last() else {
            return String::new();
        };
        format!(
            r#"<img src="{}{}" width="{}" height="{}" alt="{}">"#,
            self.folder,
            variant_name(self.name, largest.width, self.image.fallback_extension()),
            largest.width,
            largest.height,
            crate::render::html::escape(self.alt)
        )
    }
}
