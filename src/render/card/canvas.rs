//! The card's pixels, and which columns of each row text or a bar has touched. On a card
//! without a photograph every untouched pixel is the site's plain colour (or the band's): the
//! next card restores only the touched ones, and the encoder writes the plain ones without
//! reading them.
//! Filling, comparing and indexing every row of every card took a third of a fresh build.

use std::ops::Range;

use tiny_skia::{FillRule, Paint, PathBuilder, Pixmap, Rect, Transform};

use super::{BAND_TOP, HEIGHT, Look, MARGIN, WIDTH};

pub(super) struct Canvas {
    pixmap: Pixmap,
    /// The columns of each row painted over since the background was laid (empty: none).
    touched: Vec<Range<usize>>,
    /// The background's two rows when it is plain: the untouched rows are copies of them.
    plain: Option<Plain>,
}

struct Plain {
    /// Also tells the colour the background was laid in: its pixels are opaque.
    top: Vec<u8>,
    band: Vec<u8>,
}

impl Plain {
    fn row(&self, y: usize) -> &[u8] {
        if y < BAND_TOP as usize {
            &self.top
        } else {
            &self.band
        }
    }
}

impl Canvas {
    pub(super) fn new() -> Option<Self> {
        Some(Canvas {
            pixmap: Pixmap::new(WIDTH, HEIGHT)?,
            touched: vec![0..0; HEIGHT as usize],
            plain: None,
        })
    }

    /// The site's colour, or the photograph darkened enough for white text to keep a contrast
    /// of at least 4.5:1 over its brightest parts; a darker band of the colour under the footer.
    pub(super) fn lay(&mut self, look: &Look, backdrop: Option<&[u8]>) -> Result<(), String> {
        let row_bytes = WIDTH as usize * 4;
        let same_plain = |plain: &&Plain| backdrop.is_none() && plain.top[..3] == look.colour;
        if let Some(plain) = self.plain.as_ref().filter(same_plain) {
            let rows = self.pixmap.data_mut().chunks_exact_mut(row_bytes);
            for (y, (row, touched)) in rows.zip(&mut self.touched).enumerate() {
                let bytes = touched.start * 4..touched.end * 4;
                row[bytes.clone()].copy_from_slice(&plain.row(y)[bytes]);
                *touched = 0..0;
            }
            return Ok(());
        }
        self.touched.fill(0..0);
        let [r, g, b] = look.colour;
        self.pixmap.fill(tiny_skia::Color::from_rgba8(r, g, b, 255));
        if let Some(bytes) = backdrop {
            let photo = crate::images::filled(bytes, (WIDTH, HEIGHT), look.max_pixels)
                .map_err(|error| error.message())?;
            // 40 % of white has a relative luminance of 0.13: white text on it stands at 5.8:1.
            let darken = |c: u8| (u16::from(c) * 2 / 5) as u8;
            for (pixel, source) in self.pixmap.pixels_mut().iter_mut().zip(photo.pixels()) {
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
            self.pixmap
                .fill_rect(rect, &band, Transform::identity(), None);
        }
        let data = self.pixmap.data();
        let band_start = BAND_TOP as usize * row_bytes;
        self.plain = backdrop.is_none().then(|| Plain {
            top: data[..row_bytes].to_vec(),
            band: data[band_start..band_start + row_bytes].to_vec(),
        });
        Ok(())
    }

    /// A glyph's coverage (or, for a colour glyph, its own colours) painted at `(x, y)`, as
    /// cosmic-text draws it: the coverage is the alpha, the colour's own is not.
    pub(super) fn paint_glyph(
        &mut self,
        (x, y): (i32, i32),
        (w, h): (u32, u32),
        image: &cosmic_text::SwashImage,
        rgb: [u8; 3],
    ) {
        let (width, height) = (WIDTH as i32, HEIGHT as i32);
        let (w, h) = (w as i32, h as i32);
        let channels = match image.content {
            cosmic_text::SwashContent::Color => 4,
            _ => 1,
        };
        let columns = x.max(0)..(x + w).min(width);
        if columns.is_empty() {
            return;
        }
        let data = self.pixmap.data_mut();
        for py in y.max(0)..(y + h).min(height) {
            let from = ((py - y) * w + columns.start - x) as usize * channels;
            let Some(source) = image.data.get(from..from + columns.len() * channels) else {
                return;
            };
            let at = (py * width + columns.start) as usize * 4;
            let Some(target) = data.get_mut(at..at + columns.len() * 4) else {
                return;
            };
            touch(
                &mut self.touched,
                py as usize,
                columns.start as usize..columns.end as usize,
            );
            let targets = target.chunks_exact_mut(4);
            if channels == 1 {
                for (coverage, under) in source.iter().zip(targets) {
                    mix(under, rgb, *coverage);
                }
            } else {
                for (pixel, under) in source.chunks_exact(4).zip(targets) {
                    mix(under, [pixel[0], pixel[1], pixel[2]], pixel[3]);
                }
            }
        }
    }

    /// A track across the card with the share of the way done filled, from the reading side.
    pub(super) fn progress_bar(&mut self, progress: f32, rtl: bool) {
        let width = WIDTH as f32 - 2.0 * MARGIN;
        let done = width * progress.clamp(0.0, 1.0);
        let (y, height) = (450.0, 22.0);
        let mut paint = Paint::default();
        paint.set_color_rgba8(255, 255, 255, 70);
        self.fill_rounded(MARGIN, y, width, height, &paint);
        paint.set_color_rgba8(255, 255, 255, 255);
        let x = if rtl { MARGIN + width - done } else { MARGIN };
        if done > 0.0 {
            self.fill_rounded(x, y, done.max(height), height, &paint);
        }
    }

    fn fill_rounded(&mut self, x: f32, y: f32, width: f32, height: f32, paint: &Paint<'_>) {
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
            self.pixmap
                .fill_path(&path, paint, FillRule::Winding, Transform::identity(), None);
            // Edges are smoothed into the pixels beside the shape.
            let beside = |from: f32, length: f32| {
                (from.floor() as usize).saturating_sub(1)..(from + length).ceil() as usize + 1
            };
            let columns = beside(x, width);
            for row in beside(y, height) {
                touch(&mut self.touched, row, columns.clone());
            }
        }
    }

    /// The card as an indexed PNG (a card has few colours: the site's, white, and the shades
    /// of white over them that edges of letters take), a third the size of a full-colour one;
    /// full colour when a card has more than 256. Compressed the fast way (fdeflate), each row
    /// as its difference from the one above, which turns the card's wide flat areas into runs
    /// of zeros: zlib's default level with a filter chosen per row took a third of a card's
    /// time, for files a quarter smaller.
    pub(super) fn encode(&self, indexed: &mut Vec<u8>) -> Result<Vec<u8>, String> {
        let mut palette: Vec<[u8; 3]> = Vec::new();
        let mut index: rustc_hash::FxHashMap<u32, u8> = rustc_hash::FxHashMap::default();
        let mut slot_of = |colour: u32| -> Option<u8> {
            if let Some(slot) = index.get(&colour) {
                return Some(*slot);
            }
            let slot = u8::try_from(palette.len()).ok()?;
            let [r, g, b, _] = colour.to_le_bytes();
            palette.push([r, g, b]);
            index.insert(colour, slot);
            Some(slot)
        };
        let colour = |pixel: &[u8]| u32::from_le_bytes([pixel[0], pixel[1], pixel[2], 0]);
        let full_colour = || self.pixmap.encode_png().map_err(|error| error.to_string());
        // The plain rows' colours come first, so the palette starts the same on every plain card.
        let plain_slots = match &self.plain {
            Some(plain) => {
                let (Some(top), Some(band)) =
                    (slot_of(colour(&plain.top)), slot_of(colour(&plain.band)))
                else {
                    return full_colour();
                };
                Some([top, band])
            }
            None => None,
        };
        let width = WIDTH as usize;
        indexed.clear();
        indexed.resize(width * HEIGHT as usize, 0);
        let mut previous_row: Option<&[u8]> = None;
        for (y, row) in self.pixmap.data().chunks_exact(width * 4).enumerate() {
            let (done, rest) = indexed.split_at_mut(y * width);
            let out = &mut rest[..width];
            let columns = match plain_slots {
                // Around what was painted, the row is the plain background's.
                Some(slots) => {
                    let slot = slots[usize::from(y >= BAND_TOP as usize)];
                    let touched = self.touched[y].clone();
                    out[..touched.start].fill(slot);
                    out[touched.end..].fill(slot);
                    touched
                }
                // Whole rows repeat (the band under the footer): copy their indices.
                None if previous_row == Some(row) => {
                    out.copy_from_slice(&done[done.len() - width..]);
                    continue;
                }
                None => {
                    previous_row = Some(row);
                    0..width
                }
            };
            // Most pixels repeat the one before: look up each run's colour once.
            let mut last: Option<(u32, u8)> = None;
            let pixels = row[columns.start * 4..columns.end * 4].chunks_exact(4);
            for (pixel, slot) in pixels.zip(&mut out[columns]) {
                let colour = colour(pixel);
                *slot = match last {
                    Some((seen, slot)) if seen == colour => slot,
                    _ => {
                        let Some(found) = slot_of(colour) else {
                            return full_colour();
                        };
                        last = Some((colour, found));
                        found
                    }
                };
            }
        }
        let mut out = Vec::new();
        let mut encoder = png::Encoder::new(&mut out, WIDTH, HEIGHT);
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
}

/// Mixes `rgb` at `coverage` into the canvas's pixel `under`. Coverage is rounded to 32 steps:
/// the eye cannot tell, and the card keeps few enough colours for an indexed PNG. The canvas
/// is opaque, so its premultiplied bytes are its colours.
fn mix(under: &mut [u8], rgb: [u8; 3], coverage: u8) {
    let alpha = ((u32::from(coverage) + 4) / 8 * 8).min(255);
    match alpha {
        0 => {}
        255 => under[..3].copy_from_slice(&rgb),
        _ => {
            let keep = 255 - alpha;
            for (under, over) in under.iter_mut().zip(rgb) {
                *under = ((u32::from(over) * alpha + u32::from(*under) * keep) / 255) as u8;
            }
        }
    }
}

/// Notes that `columns` of row `y` (clipped to the canvas) may differ from the background.
fn touch(touched: &mut [Range<usize>], y: usize, columns: Range<usize>) {
    let columns = columns.start.min(WIDTH as usize)..columns.end.min(WIDTH as usize);
    if let Some(row) = touched.get_mut(y).filter(|_| !columns.is_empty()) {
        *row = if Range::is_empty(row) {
            columns
        } else {
            row.start.min(columns.start)..row.end.max(columns.end)
        };
    }
}
