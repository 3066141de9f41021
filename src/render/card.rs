//! Share cards: the 1200x630 images platforms show when a page is shared. Text is shaped and
//! laid out by cosmic-text (Arabic letters joined, lines right-aligned on right-to-left pages,
//! Latin words and numbers inside Arabic in the right order) and painted onto a tiny-skia
//! canvas over the site's colour or the page's photograph, darkened. Fonts come from the binary
//! (DejaVu Sans, which covers Arabic) and the site's own brand fonts, never from the system, so
//! the same inputs give the same bytes on every machine.

use std::cell::RefCell;
use std::sync::Arc;

use cosmic_text::{
    Align, Attrs, Buffer, Color, Family, FontSystem, Metrics, Shaping, SwashCache, Weight, Wrap,
};

mod canvas;

use canvas::Canvas;

pub(crate) const WIDTH: u32 = 1200;
pub(crate) const HEIGHT: u32 = 630;
const MARGIN: f32 = 72.0;
/// Where the footer band starts.
const BAND_TOP: u32 = 520;
const WHITE: Color = Color::rgba(255, 255, 255, 255);
const SOFT_WHITE: Color = Color::rgba(255, 255, 255, 215);

/// What a card says.
pub(crate) struct Card<'a> {
    /// The site's name, at the top.
    pub site: &'a str,
    /// What kind of page ("Story", "Indicator"), beside the site's name.
    pub kind: &'a str,
    pub title: &'a str,
    /// At the bottom: the date, a country, a status.
    pub footer: &'a str,
    /// For an indicator: the figure shown large, its label and progress from 0 to 1.
    pub figure: Option<Figure<'a>>,
    pub rtl: bool,
    /// A photograph (JPEG or PNG bytes) darkened behind the text, else the site's colour.
    pub backdrop: Option<&'a [u8]>,
    pub look: &'a Look,
}

/// What every card of a site shares: its colour and fonts.
#[derive(Debug)]
pub(crate) struct Look {
    colour: [u8; 3],
    fonts: Vec<Arc<[u8]>>,
    /// The most pixels a backdrop may have to be decoded.
    max_pixels: u64,
    /// Names the colour and fonts, for cache keys.
    key: String,
}

impl Look {
    pub(crate) fn new(social: &crate::config::Social, max_pixels: u64) -> Self {
        let mut hasher = blake3::Hasher::new();
        hasher.update(&social.colour);
        for font in &social.fonts {
            hasher.update(blake3::hash(font).as_bytes());
        }
        Look {
            colour: social.colour,
            fonts: social.fonts.clone(),
            max_pixels,
            key: hasher.finalize().to_hex().to_string(),
        }
    }

    /// Changes whenever cards drawn with this look would.
    pub(crate) fn key(&self) -> &str {
        &self.key
    }
}

pub(crate) struct Figure<'a> {
    pub value: &'a str,
    pub label: &'a str,
    pub progress: Option<f32>,
}

/// Fonts parsed for one look, the glyphs drawn with them, and the buffers a card is drawn
/// and indexed in: every card of a thread reuses them instead of clearing three megabytes.
struct Typesetter {
    look: String,
    fonts: FontSystem,
    glyphs: SwashCache,
    canvas: Canvas,
    indexed: Vec<u8>,
}

thread_local! {
    /// Fonts are parsed once per thread and look; glyphs are cached across cards.
    static TYPESETTER: RefCell<Option<Typesetter>> = const { RefCell::new(None) };
}

/// The brand fonts first, so their family draws the text; DejaVu Sans draws what they lack.
fn fonts(brand: &[Arc<[u8]>]) -> FontSystem {
    let mut db = cosmic_text::fontdb::Database::new();
    for font in brand {
        db.load_font_data(font.to_vec());
    }
    let family = db
        .faces()
        .next()
        .and_then(|face| face.families.first())
        .map_or_else(|| "DejaVu Sans".to_owned(), |(name, _)| name.clone());
    db.load_font_data(dejavu::sans::regular().to_vec());
    db.load_font_data(dejavu::sans::bold().to_vec());
    db.set_sans_serif_family(family);
    FontSystem::new_with_locale_and_db("en-US".to_owned(), db)
}

/// The card as PNG.
pub(crate) fn png(card: &Card<'_>) -> Result<Vec<u8>, String> {
    TYPESETTER.with(|typesetter| {
        let mut typesetter = typesetter.borrow_mut();
        if typesetter.as_ref().is_none_or(|t| t.look != card.look.key) {
            *typesetter = Some(Typesetter {
                look: card.look.key.clone(),
                fonts: fonts(&card.look.fonts),
                glyphs: SwashCache::new(),
                canvas: Canvas::new().ok_or("no canvas")?,
                indexed: Vec::new(),
            });
        }
        let Some(Typesetter {
            fonts,
            glyphs,
            canvas,
            indexed,
            ..
        }) = typesetter.as_mut()
        else {
            return Err("no typesetter".to_owned());
        };
        canvas.lay(card.look, card.backdrop)?;
        let mut text = Text {
            canvas,
            fonts,
            glyphs,
            rtl: card.rtl,
        };
        let top = format!("{}  ·  {}", card.site, card.kind);
        text.draw(&top, 30.0, false, SOFT_WHITE, MARGIN, 1);
        match &card.figure {
            Some(figure) => {
                text.draw(figure.value, 132.0, true, WHITE, 150.0, 1);
                text.draw(figure.label, 40.0, false, WHITE, 320.0, 2);
                if let Some(progress) = figure.progress {
                    text.canvas.progress_bar(progress, card.rtl);
                }
            }
            None => text.draw(card.title, 60.0, true, WHITE, 150.0, 4),
        }
        text.draw(card.footer, 30.0, false, SOFT_WHITE, f32::from(546_u16), 1);
        canvas.encode(indexed)
    })
}

struct Text<'c> {
    canvas: &'c mut Canvas,
    fonts: &'c mut FontSystem,
    glyphs: &'c mut SwashCache,
    rtl: bool,
}

impl Text<'_> {
    /// `text` in a block at `top`, at most `lines` lines, shortened with `…` when longer.
    fn draw(&mut self, text: &str, size: f32, bold: bool, color: Color, top: f32, lines: usize) {
        let width = WIDTH as f32 - 2.0 * MARGIN;
        let metrics = Metrics::new(size, size * 1.28);
        let mut buffer = Buffer::new(self.fonts, metrics);
        buffer.set_size(Some(width), None);
        buffer.set_wrap(Wrap::WordOrGlyph);
        let weight = if bold { Weight::BOLD } else { Weight::NORMAL };
        let attrs = Attrs::new().family(Family::SansSerif).weight(weight);
        let align = Some(if self.rtl { Align::Right } else { Align::Left });
        // No line holds more characters than this (the narrowest glyphs are about a fifth of the
        // size wide): a longer text is cut to it first, so that fitting costs the same for a
        // title of any length instead of shaping it again for every word dropped.
        let most = lines * (width / (size * 0.2)) as usize;
        let mut shown: String = match text.char_indices().nth(most) {
            Some((cut, _)) => format!("{}…", text[..cut].trim_end()),
            None => text.to_owned(),
        };
        loop {
            buffer.set_text(&shown, &attrs, Shaping::Advanced, align);
            buffer.shape_until_scroll(self.fonts, false);
            if buffer.layout_runs().count() <= lines || shown.chars().count() < 2 {
                break;
            }
            // Too long: drop the last word and say so.
            let trimmed = shown.trim_end_matches('…').trim_end();
            let cut = trimmed
                .rfind(char::is_whitespace)
                .unwrap_or_else(|| trimmed.char_indices().last().map_or(0, |(index, _)| index));
            shown = format!("{}…", trimmed[..cut].trim_end());
        }
        // Each glyph's coverage is painted whole: cosmic-text's own `draw` calls back for
        // every pixel, which took half of a card's time.
        for run in buffer.layout_runs() {
            for glyph in run.glyphs {
                let physical = glyph.physical((MARGIN, top + run.line_y), 1.0);
                let Some(image) = self.glyphs.get_image(self.fonts, physical.cache_key) else {
                    continue;
                };
                let at = (
                    physical.x + image.placement.left,
                    physical.y - image.placement.top,
                );
                let size = (image.placement.width, image.placement.height);
                let rgb = [color.r(), color.g(), color.b()];
                self.canvas.paint_glyph(at, size, image, rgb);
            }
        }
    }
}

#[cfg(test)]
mod tests;
