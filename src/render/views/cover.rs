//! A story's cover as its list card shows it: a small copy in a grid of cards, and a larger one
//! when the card leads the home page. Both come from the copies made of the cover, so the
//! browser picks the smallest that fills the space.

use serde::Serialize;

use crate::model::Story;
use crate::model::image_notes::alt_in;
use crate::render::picture::{self, Picture};

/// The cover of a card, as `<picture>` markup for each place a card is shown.
#[derive(Debug, Serialize)]
pub(crate) struct CardCover {
    /// In a grid of cards: loaded lazily, with an empty description, since the title beside it
    /// names the story and its page describes the picture.
    pub html: String,
    /// Leading the home page: loaded at once (it is the first thing seen) and described, since
    /// at that size the picture tells more than the headline.
    pub lead_html: String,
}

/// The cover of `story` in `lang`, published in `folder`; `None` when it has none or it is not
/// an image bayan made copies of.
pub(crate) fn card_cover(
    story: &Story,
    cover: Option<&str>,
    lang: &str,
    folder: &str,
) -> Option<CardCover> {
    let name = cover?;
    let image = story.image(name)?;
    let alt = alt_in(story.image_notes.get(name), lang).unwrap_or("");
    let in_grid = Picture {
        folder,
        name,
        image,
        alt: "",
        sizes: picture::CARD,
        eager: false,
        class: Some("card-cover"),
    };
    let leading = Picture {
        alt,
        sizes: picture::LEAD,
        eager: true,
        ..in_grid
    };
    Some(CardCover {
        html: in_grid.html(),
        lead_html: leading.html(),
    })
}
