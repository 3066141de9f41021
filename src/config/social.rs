//! `social:` in site.yaml: how the site presents itself when shared. The account named on X,
//! the colour and fonts of the share cards, and the picture behind the site's own card.

use std::path::Path;
use std::sync::Arc;

use serde::Deserialize;
use serde_saphyr::Spanned;

use super::site_yaml::SiteYaml;
use crate::diagnostic::Diagnostics;

/// `social:` as written.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawSocial {
    /// The site's account on X, like `@QatarDevelops`.
    #[serde(default)]
    pub handle: Option<Spanned<String>>,
    /// The share cards' background, like `"#8a1538"`.
    #[serde(default, alias = "color")]
    pub colour: Option<Spanned<String>>,
    /// Font files in the site folder, drawn on the share cards.
    #[serde(default)]
    pub fonts: Vec<Spanned<String>>,
    /// A JPEG or PNG in the site folder, darkened behind the text of the site's own card.
    #[serde(default)]
    pub image: Option<Spanned<String>>,
}

/// How the site presents itself when shared.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Social {
    /// `@name`, for `twitter:site`.
    pub handle: Option<String>,
    /// Red, green, blue of the share cards' background.
    pub colour: [u8; 3],
    /// Brand fonts for the share cards; DejaVu Sans draws what they lack (Arabic, often).
    pub fonts: Vec<Arc<[u8]>>,
    /// The picture behind the site's card, as read from the site folder: cleaned before use.
    pub image: Option<super::SourceImage>,
}

/// Qatar's maroon, which passes WCAG AA for white text.
pub(super) const DEFAULT_COLOUR: [u8; 3] = [0x8a, 0x15, 0x38];

impl Default for Social {
    fn default() -> Self {
        Social {
            handle: None,
            colour: DEFAULT_COLOUR,
            fonts: Vec::new(),
            image: None,
        }
    }
}

/// Checks `social:`, reading the files it names from `root`; problems at their line.
pub(crate) fn resolve(
    (root, max_pixels): (&Path, u64),
    raw: RawSocial,
    yaml: SiteYaml<'_>,
    problems: &mut Diagnostics,
) -> Social {
    let handle = raw.handle.and_then(|handle| {
        let name = handle.value.trim().trim_start_matches('@');
        let valid = (1..=15).contains(&name.len())
            && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_');
        if !valid {
            problems.push(yaml.error_said(
                &handle,
                crate::said!("C027", value = format!("{:?}", handle.value)),
            ));
        }
        valid.then(|| format!("@{name}"))
    });
    let colour = raw.colour.map_or(DEFAULT_COLOUR, |colour| {
        let Some(rgb) = parse_colour(&colour.value) else {
            problems.push(yaml.error_said(
                &colour,
                crate::said!("C028", value = format!("{:?}", colour.value)),
            ));
            return DEFAULT_COLOUR;
        };
        let contrast = contrast_with_white(rgb);
        if contrast < 4.5 {
            problems.push(yaml.error_said(
                &colour,
                crate::said!(
                    "C029",
                    value = &colour.value,
                    contrast = format!("{contrast:.1}"),
                ),
            ));
        }
        rgb
    });
    let read = |file: &Spanned<String>, what: &'static str| yaml.read(root, file, what);
    let fonts = raw
        .fonts
        .iter()
        .filter_map(|file| {
            let bytes = read(file, "what-font").map_err(|e| problems.push(e)).ok()?;
            let mut fonts = cosmic_text::fontdb::Database::new();
            fonts.load_font_data(bytes.to_vec());
            if fonts.is_empty() {
                problems.push(yaml.error_said(
                    file,
                    crate::said!("C030", file = format!("{:?}", file.value)),
                ));
                return None;
            }
            Some(bytes)
        })
        .collect();
    let image = raw.image.and_then(|file| {
        yaml.read_image(root, &file, "what-share-image", max_pixels)
            .map_err(|e| problems.push(e))
            .ok()
    });
    Social {
        handle,
        colour,
        fonts,
        image,
    }
}

/// `#8a1538` or `#a13`.
fn parse_colour(text: &str) -> Option<[u8; 3]> {
    let hex = text.trim().strip_prefix('#')?;
    let digits: Vec<u8> = hex
        .chars()
        .map(|c| c.to_digit(16).and_then(|d| u8::try_from(d).ok()))
        .collect::<Option<_>>()?;
    match digits.as_slice() {
        [r, g, b] => Some([r * 17, g * 17, b * 17]),
        [r1, r2, g1, g2, b1, b2] => Some([r1 * 16 + r2, g1 * 16 + g2, b1 * 16 + b2]),
        _ => None,
    }
}

/// The WCAG contrast ratio of white on `rgb`.
fn contrast_with_white(rgb: [u8; 3]) -> f64 {
    let channel = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.040_45 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    let luminance = 0.2126 * channel(rgb[0]) + 0.7152 * channel(rgb[1]) + 0.0722 * channel(rgb[2]);
    1.05 / (luminance + 0.05)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colours_are_read_in_both_lengths() {
        assert_eq!(parse_colour("#8a1538"), Some([0x8a, 0x15, 0x38]));
        assert_eq!(parse_colour("#fff"), Some([255, 255, 255]));
        assert_eq!(parse_colour("8a1538"), None);
        assert_eq!(parse_colour("#8a15"), None);
        assert_eq!(parse_colour("#gg0000"), None);
    }

    #[test]
    fn contrast_follows_wcag() {
        assert!((contrast_with_white([0, 0, 0]) - 21.0).abs() < 0.01);
        assert!(contrast_with_white(DEFAULT_COLOUR) > 4.5);
        assert!(contrast_with_white([0xf0, 0xc0, 0x40]) < 4.5);
    }
}
