//! A card drawn after others is the card drawn alone: the canvas puts back every row earlier
//! cards painted, whatever they held (long titles, figures, bars, photographs).

use std::io::Cursor;

use super::{Card, Figure, Look, png};

fn pixels(card: &Card<'_>) -> Vec<u8> {
    let bytes = png(card).expect("a card is drawn");
    image::load_from_memory(&bytes)
        .expect("a card is a PNG")
        .to_rgb8()
        .into_raw()
}

/// `card` drawn by a thread that has drawn nothing before.
fn alone(card: &Card<'_>) -> Vec<u8> {
    std::thread::scope(|scope| scope.spawn(|| pixels(card)).join()).expect("no panic")
}

fn photograph() -> Vec<u8> {
    let photo = image::RgbImage::from_fn(64, 48, |x, y| image::Rgb([x as u8 * 4, y as u8 * 5, 90]));
    let mut bytes = Cursor::new(Vec::new());
    photo
        .write_to(&mut bytes, image::ImageFormat::Png)
        .expect("a PNG is written");
    bytes.into_inner()
}

#[test]
fn a_card_drawn_after_others_is_the_card_drawn_alone() {
    let look = Look::new(&crate::config::Social::default(), 40_000_000);
    let photo = photograph();
    let card = |title, figure, backdrop, rtl| Card {
        site: "Sample newsroom",
        kind: "Story",
        title,
        footer: "3 December 2026  ·  Maldives",
        figure,
        rtl,
        backdrop,
        look: &look,
    };
    let long = "Solar desalination units bring drinking water to island communities in the \
        Maldives and Comoros, with a title long enough to be cut after four lines of text";
    let cards = [
        card("Short", None, None, false),
        card(long, None, None, false),
        card(
            "",
            Some(Figure {
                value: "96,000",
                label: "people with a safe water point",
                progress: Some(0.64),
            }),
            None,
            true,
        ),
        card("وحدات تحلية شمسية تؤمّن مياه الشرب", None, None, true),
        card(long, None, Some(&photo), false),
        card("Short", None, None, false),
    ];
    let expected: Vec<Vec<u8>> = cards.iter().map(alone).collect();
    assert_ne!(expected[0], expected[1], "the titles are drawn");
    let no_bar = card(
        "",
        Some(Figure {
            value: "96,000",
            label: "people with a safe water point",
            progress: None,
        }),
        None,
        true,
    );
    assert_ne!(expected[2], alone(&no_bar), "the progress bar is drawn");
    let in_turn = std::thread::scope(|scope| {
        scope
            .spawn(|| cards.iter().map(pixels).collect::<Vec<_>>())
            .join()
    })
    .expect("no panic");
    for (index, (drawn, expected)) in in_turn.iter().zip(&expected).enumerate() {
        assert!(
            drawn == expected,
            "card {index} differs when drawn after the others"
        );
    }
}
