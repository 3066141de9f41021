//! JSON Feed 1.1 (<https://jsonfeed.org/version/1.1>) with the feed's `language`.

use serde::Serialize;

use super::items::{Item, Items};
use super::{FORMATS, Feed, site_description};
use crate::outputs::BuildContext;

#[derive(Serialize)]
struct JsonFeed<'a> {
    version: &'static str,
    title: &'a str,
    home_page_url: String,
    feed_url: String,
    description: String,
    language: &'a str,
    items: Vec<JsonItem<'a>>,
}

#[derive(Serialize)]
struct JsonItem<'a> {
    id: &'a str,
    url: &'a str,
    title: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    content_html: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    content_text: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    summary: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    image: Option<&'a str>,
    date_published: String,
    tags: Vec<&'a str>,
    language: &'a str,
}

pub(super) fn write(context: &BuildContext<'_>, feed: &Feed<'_>, items: &Items) -> Vec<u8> {
    let config = &context.site.config;
    let json = JsonFeed {
        version: "https://jsonfeed.org/version/1.1",
        title: &feed.title,
        home_page_url: config.absolute(&feed.page),
        feed_url: config.absolute(&feed.path(FORMATS[2].0)),
        description: site_description(context.site, feed.lang),
        language: feed.lang,
        items: items.of(feed).map(json_item).collect(),
    };
    let mut bytes = Vec::new();
    let mut serializer = serde_json::Serializer::with_formatter(&mut bytes, HtmlSafe::default());
    if json.serialize(&mut serializer).is_err() {
        return Vec::new();
    }
    bytes.push(b'\n');
    bytes
}

/// Pretty JSON that writes `<`, `>` and `&` inside strings as `\u003c`, `\u003e`, `\u0026`:
/// the same text for every JSON reader, and inert if a page ever embeds the file.
#[derive(Default)]
struct HtmlSafe(serde_json::ser::PrettyFormatter<'static>);

impl serde_json::ser::Formatter for HtmlSafe {
    fn write_string_fragment<W: ?Sized + std::io::Write>(
        &mut self,
        writer: &mut W,
        fragment: &str,
    ) -> std::io::Result<()> {
        // The three are ASCII, so a byte search finds them and never splits a character.
        let bytes = fragment.as_bytes();
        let mut start = 0;
        while let Some(found) = memchr::memchr3(b'<', b'>', b'&', &bytes[start..]) {
            let at = start + found;
            writer.write_all(&bytes[start..at])?;
            writer.write_all(match bytes[at] {
                b'<' => b"\\u003c",
                b'>' => b"\\u003e",
                _ => b"\\u0026",
            })?;
            start = at + 1;
        }
        writer.write_all(&bytes[start..])
    }

    fn begin_array<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.begin_array(w)
    }
    fn end_array<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.end_array(w)
    }
    fn begin_array_value<W: ?Sized + std::io::Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> std::io::Result<()> {
        self.0.begin_array_value(w, first)
    }
    fn end_array_value<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.end_array_value(w)
    }
    fn begin_object<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.begin_object(w)
    }
    fn end_object<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.end_object(w)
    }
    fn begin_object_key<W: ?Sized + std::io::Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> std::io::Result<()> {
        self.0.begin_object_key(w, first)
    }
    fn begin_object_value<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.begin_object_value(w)
    }
    fn end_object_value<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.end_object_value(w)
    }
}

fn json_item(item: &Item) -> JsonItem<'_> {
    JsonItem {
        id: &item.id,
        url: &item.url,
        title: &item.title,
        content_html: item.content.as_deref(),
        // An item needs content: with summaries only, the summary (or title) is the text.
        content_text: item
            .content
            .is_none()
            .then(|| item.summary.as_deref().unwrap_or(&item.title)),
        summary: item.summary.as_deref(),
        image: item.cover.as_ref().map(|c| c.url.as_str()),
        date_published: item.date.to_string(),
        tags: item.categories.iter().map(|c| c.name.as_str()).collect(),
        language: &item.lang,
    }
}
