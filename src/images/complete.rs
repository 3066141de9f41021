//! Whether an image file holds its whole picture. A JPEG cut short (an interrupted download or
//! copy) still decodes: its missing lower part comes out grey, and would be published so.

use image::ImageFormat;

/// False when `bytes` of `format` end before their picture does.
pub(super) fn is_complete(bytes: &[u8], format: ImageFormat) -> bool {
    match format {
        ImageFormat::Jpeg => jpeg_is_complete(bytes),
        // The last chunk of every PNG.
        ImageFormat::Png => bytes.windows(4).rev().any(|w| w == b"IEND"),
        _ => true,
    }
}

/// A JPEG ends its picture with the end-of-image marker after the first scan. Segments before
/// the scan are skipped by their length: a thumbnail inside the camera's metadata has an end
/// marker of its own.
fn jpeg_is_complete(bytes: &[u8]) -> bool {
    let mut at = 2; // after the start-of-image marker
    while at + 4 <= bytes.len() {
        if bytes[at] != 0xFF {
            return false;
        }
        let marker = bytes[at + 1];
        match marker {
            // Fill bytes before a marker.
            0xFF => at += 1,
            // Start of scan: the picture's data follows, its markers escaped, until the end.
            0xDA => return bytes[at + 2..].windows(2).any(|w| w == [0xFF, 0xD9]),
            // Markers without a length.
            0x01 | 0xD0..=0xD7 => at += 2,
            _ => {
                let length = usize::from(u16::from_be_bytes([bytes[at + 2], bytes[at + 3]]));
                at += 2 + length;
            }
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    fn jpeg() -> Vec<u8> {
        let mut bytes = Vec::new();
        image::RgbImage::from_pixel(64, 48, image::Rgb([200, 120, 40]))
            .write_with_encoder(image::codecs::jpeg::JpegEncoder::new(&mut bytes))
            .unwrap();
        bytes
    }

    #[test]
    fn a_whole_jpeg_is_complete_and_one_cut_short_is_not() {
        let whole = jpeg();
        assert!(is_complete(&whole, ImageFormat::Jpeg));
        // A camera's trailer after the end marker does not matter.
        let mut trailer = whole.clone();
        trailer.extend_from_slice(b"\0\0vendor data");
        assert!(is_complete(&trailer, ImageFormat::Jpeg));
        for cut in [whole.len() - 2, whole.len() * 2 / 3, 40, 3] {
            assert!(
                !is_complete(&whole[..cut], ImageFormat::Jpeg),
                "cut at {cut}"
            );
        }
    }

    #[test]
    fn a_png_without_its_last_chunk_is_cut_short() {
        let mut bytes = Vec::new();
        image::RgbImage::from_pixel(8, 8, image::Rgb([1, 2, 3]))
            .write_with_encoder(image::codecs::png::PngEncoder::new(&mut bytes))
            .unwrap();
        assert!(is_complete(&bytes, ImageFormat::Png));
        assert!(!is_complete(&bytes[..bytes.len() - 12], ImageFormat::Png));
    }
}
