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
use tiny_skia::{FillRule, Paint, PathBuilder, Pixmap, Rect, Transform};

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
    canvas: Pixmap,
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
                canvas: Pixmap::new(WIDTH, HEIGHT).ok_or("no canvas")?,
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
        background(canvas, card.look, card.backdrop)?;
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
                    progress_bar(text.canvas, progress, card.rtl);
                }
            }
            None => text.draw(card.title, 60.0, true, WHITE, 150.0, 4),
        }
        text.draw(card.footer, 30.0, false, SOFT_WHITE, f32::from(546_u16), 1);
        encode(canvas, indexed)
    })
}

/// The card as an indexed PNG (a card has few colours: the site's, white, and the shades of
/// white over them that edges of letters take), a third the size of a full-colour one; full
/// colour when a card has more than 256. Compressed the fast way (fdeflate), each row as its
/// difference from the one above, which turns the card's wide flat areas into runs of zeros:
/// zlib's default level with a filter chosen per row took a third of a card's time, for files
/// a quarter smaller.
fn encode(canvas: &Pixmap, indexed: &mut Vec<u8>) -> Result<Vec<u8>, String> {
    let mut palette: Vec<[u8; 3]> = Vec::new();
    let mut index: rustc_hash::FxHashMap<u32, u8> = rustc_hash::FxHashMap::default();
    indexed.clear();
    let row_bytes = canvas.width() as usize * 4;
    let colour = |pixel: &[u8]| u32::from_le_bytes([pixel[0], pixel[1], pixel[2], 0]);
    let mut previous_row: Option<&[u8]> = None;
    let mut pixels: Vec<u32> = Vec::with_capacity(row_bytes / 4);
    for row in canvas.data().chunks_exact(row_bytes) {
        // Whole rows repeat (the plain colour above and below the text): copy their indices.
        if previous_row == Some(row) {
            let start = indexed.len() - row_bytes / 4;
            indexed.extend_from_within(start..);
            continue;
        }
        previous_row = Some(row);
        pixels.clear();
        pixels.extend(row.chunks_exact(4).map(colour));
        let mut at = 0;
        while at < pixels.len() {
            // Most pixels repeat the one before: look up each run's colour once.
            let run = pixels[at..]
                .iter()
                .take_while(|p| **p == pixels[at])
                .count();
            let slot = match index.get(&pixels[at]) {
                Some(slot) => *slot,
                None => {
                    let Ok(slot) = u8::try_from(palette.len()) else {
                        return canvas.encode_png().map_err(|error| error.to_string());
                    };
                    let [r, g, b, _] = pixels[at].to_le_bytes();
                    palette.push([r, g, b]);
                    index.insert(pixels[at], slot);
                    slot
                }
            };
            indexed.resize(indexed.len() + run, slot);
            at += run;
        }
    }
    let mut out = Vec::new();
    let mut encoder = png::Encoder::new(&mut out, canvas.width(), canvas.height());
    encoder.set_color(png::ColorType::Indexed);
    encoder.set_depth(png::BitDepth::Eight);
    encoder.set_palette(palette.concat());
    encoder.set_compression(png::Compression::Fast);
    encoder.set_filter(png::Filter::Up);
    let mut writer = encoder.write_header().map_err(|error| error.to_string())?;
    writer
        .write_image_data(indexed)
        .map_err(|error| error.to_string())?;
    writer.finish().map_err(|error| error.to_string())?;
    Ok(out)
}

/// The site's colour, or the photograph darkened enough for white text to keep a contrast of
/// at least 4.5:1 over its brightest parts; a darker band of the colour under the footer.
fn background(canvas: &mut Pixmap, look: &Look, backdrop: Option<&[u8]>) -> Result<(), String> {
    let [r, g, b] = look.colour;
    canvas.fill(tiny_skia::Color::from_rgba8(r, g, b, 255));
    if let Some(bytes) = backdrop {
        let photo = crate::images::filled(bytes, (WIDTH, HEIGHT), look.max_pixels)
            .map_err(|error| error.message())?;
        // 40 % of white has a relative luminance of 0.13: white text on it stands at 5.8:1.
        let darken = |c: u8| (u16::from(c) * 2 / 5) as u8;
        for (pixel, source) in canvas.pixels_mut().iter_mut().zip(photo.pixels()) {
            let [r, g, b] = source.0;
            if let Some(dark) =
                tiny_skia::PremultipliedColorU8::from_rgba(darken(r), darken(g), darken(b), 255)
            {
                *pixel = dark;
            }
        }
    }
    let mut band = Paint::default();
    let shade = |c: u8| (u16::from(c) * 2 / 3) as u8;
    band.set_color_rgba8(shade(r), shade(g), shade(b), 255);
    if let Some(rect) = Rect::from_xywh(
        0.0,
        BAND_TOP as f32,
        WIDTH as f32,
        (HEIGHT - BAND_TOP) as f32,
    ) {
        canvas.fill_rect(rect, &band, Transform::identity(), None);
    }
    Ok(())
}

/// A track across the card with the share of the way done filled, from the reading side.
fn progress_bar(canvas: &mut Pixmap, progress: f32, rtl: bool) {
    let width = WIDTH as f32 - 2.0 * MARGIN;
    let done = width * progress.clamp(0.0, 1.0);
    let (y, height) = (450.0, 22.0);
    let mut paint = Paint::default();
    paint.set_color_rgba8(255, 255, 255, 70);
    fill_rounded(canvas, MARGIN, y, width, height, &paint);
    paint.set_color_rgba8(255, 255, 255, 255);
    let x = if rtl { MARGIN + width - done } else { MARGIN };
    if done > 0.0 {
        fill_rounded(canvas, x, y, done.max(height), height, &paint);
    }
}

fn fill_rounded(canvas: &mut Pixmap, x: f32, y: f32, width: f32, height: f32, paint: &Paint<'_>) {
    let radius = height / 2.0;
    let mut path = PathBuilder::new();
    path.move_to(x + radius, y);
    path.line_to(x + width - radius, y);
    path.quad_to(x + width, y, x + width, y + radius);
    path.quad_to(x + width, y + height, x + width - radius, y + height);
    path.line_to(x + radius, y + height);
    path.quad_to(x, y + height, x, y + radius);
    path.quad_to(x, y, x + radius, y);
    path.close();
    if let Some(path) = path.finish() {
        canvas.fill_path(&path, paint, FillRule::Winding, Transform::identity(), None);
    }
}

struct Text<'c> {
    canvas: &'c mut Pixmap,
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
                paint_glyph(self.canvas, at, size, image, color);
            }
        }
    }
}

/// A glyph's coverage (or, for a colour glyph, its own colours) painted over the canvas at
/// `(x, y)`, as cosmic-text draws it: the coverage is the alpha, the colour's own is not.
fn paint_glyph(
    canvas: &mut Pixmap,
    (x, y): (i32, i32),
    (w, h): (u32, u32),
    image: &cosmic_text::SwashImage,
    color: Color,
) {
    let (width, height) = (canvas.width() as i32, canvas.height() as i32);
    let data = canvas.data_mut();
    let channels = match image.content {
        cosmic_text::SwashContent::Color => 4,
        _ => 1,
    };
    for dy in 0..h as i32 {
        let py = y + dy;
        if py < 0 || py >= height {
            continue;
        }
        for dx in 0..w as i32 {
            let px = x + dx;
            if px < 0 || px >= width {
                continue;
            }
            let source = (dy * w as i32 + dx) as usize * channels;
            let Some(pixel) = image.data.get(source..source + channels) else {
                return;
            };
            let (rgb, coverage) = match pixel {
                [r, g, b, a] => ([*r, *g, *b], *a),
                [a] => ([color.r(), color.g(), color.b()], *a),
                _ => continue,
            };
            mix(data, (py * width + px) as usize * 4, rgb, coverage);
        }
    }
}

/// Mixes `rgb` at `coverage` into the canvas's pixel at byte `at`. Coverage is rounded to 32
/// steps: the eye cannot tell, and the card keeps few enough colours for an indexed PNG. The
/// canvas is opaque, so its premultiplied bytes are its colours.
fn mix(data: &mut [u8], at: usize, rgb: [u8; 3], coverage: u8) {
    let alpha = ((u32::from(coverage) + 4) / 8 * 8).min(255);
    if alpha == 0 {
        return;
    }
    let keep = 255 - alpha;
    for (channel, over) in rgb.into_iter().enumerate() {
        let under = u32::from(data[at + channel]);
        data[at + channel] = ((u32::from(over) * alpha + under * keep) / 255) as u8;
    }
}
