//! What a wire editor reads before the text of a release: whether it may run now or is held
//! until a time, when it was issued (with the site's UTC offset, since it is read around the
//! world), how long it is, and how big its archive is to download.

use jiff::Timestamp;
use jiff::tz::TimeZone;
use serde::Serialize;

use super::text;
use crate::model::Translation;
use crate::render::views::ViewBuilder;

/// The lines at the head of a kit.
#[derive(Serialize)]
pub(crate) struct ReleaseHead {
    /// "FOR IMMEDIATE RELEASE", or "EMBARGOED UNTIL 13 May 2024, 09:00 (UTC+03:00)" for a
    /// release that was held, even once its time has come.
    pub line: String,
    pub embargoed: bool,
    /// "Doha, 12 May 2024, 10:00 (UTC+03:00)".
    pub time: String,
    pub time_iso: String,
    /// "Word count: 412", in the page's digits.
    pub words: String,
}

/// The head of `translation`'s release; `dateline` is its city and date ("Doha, 12 May 2024").
pub(crate) fn head(
    views: &ViewBuilder<'_>,
    translation: &Translation,
    dateline: &str,
) -> ReleaseHead {
    let locale = views.locale;
    let line = match translation.embargo {
        Some(until) => locale.text("release_embargoed").replace(
            "{until}",
            &moment(
                views,
                until,
                &locale.formatter.date(local(views, until).date()),
            ),
        ),
        None => locale.text("release_immediate").to_owned(),
    };
    let words = word_count(translation.markdown.body());
    ReleaseHead {
        line,
        embargoed: translation.embargo.is_some(),
        time: issued(views, translation.date, dateline),
        time_iso: local(views, translation.date)
            .strftime("%Y-%m-%dT%H:%M:%S%:z")
            .to_string(),
        words: locale.text("word_count").replace(
            "{n}",
            &locale
                .formatter
                .integer(i64::try_from(words).unwrap_or(i64::MAX)),
        ),
    }
}

fn local(views: &ViewBuilder<'_>, instant: Timestamp) -> jiff::Zoned {
    instant.to_zoned(TimeZone::fixed(views.config.utc_offset))
}

/// When a release was issued: a story dated by its day alone is dated at midnight, a time
/// nobody issued it at, so it shows its day alone.
fn issued(views: &ViewBuilder<'_>, instant: Timestamp, day: &str) -> String {
    if local(views, instant).time() == jiff::civil::Time::midnight() {
        day.to_owned()
    } else {
        moment(views, instant, day)
    }
}

/// `day` followed by the time of `instant` and the site's offset from UTC.
fn moment(views: &ViewBuilder<'_>, instant: Timestamp, day: &str) -> String {
    let zoned = local(views, instant);
    views
        .locale
        .text("release_moment")
        .replace("{day}", day)
        .replace(
            "{time}",
            &views
                .locale
                .formatter
                .digits(&zoned.strftime("%H:%M").to_string()),
        )
        .replace("{offset}", &zoned.strftime("%:z").to_string())
}

/// The words of a release's text as a reader sees it: no markup, no image descriptions, no
/// figures from the site's data. Arabic separates its words with spaces too; a lone dash or
/// other mark is no word.
pub(crate) fn word_count(markdown: &str) -> usize {
    text::as_read(&text::without_shortcodes(markdown, |_| Some(String::new())))
        .split_whitespace()
        .filter(|word| word.chars().any(char::is_alphanumeric))
        .count()
}

/// A file size as people read it: "850 kB", "1.2 MB" (decimal units, as file managers show).
pub(crate) fn file_size(views: &ViewBuilder<'_>, bytes: u64) -> String {
    let locale = views.locale;
    let bytes = bytes as f64;
    if bytes >= 1_000_000.0 {
        let megabytes = (bytes / 100_000.0).round() / 10.0;
        locale
            .text("size_megabytes")
            .replace("{n}", &locale.formatter.number(megabytes))
    } else {
        let kilobytes = (bytes / 1000.0).ceil();
        locale
            .text("size_kilobytes")
            .replace("{n}", &locale.formatter.integer(kilobytes as i64))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_counted_as_read() {
        assert_eq!(
            word_count(
                "Schools *opened* in [Darfur](https://example.org/d) — today.\n\n![A pump](p.jpg)\n\n{{ indicator(id=\"schools\") }}\n"
            ),
            5
        );
        assert_eq!(word_count("افتتحت **اثنتا عشرة** مدرسة في دارفور."), 6);
    }
}
