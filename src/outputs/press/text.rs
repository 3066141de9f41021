//! The plain forms of a release a journalist pastes into an editing system: its markdown with
//! shortcodes written out, plain text, and the media contact as a vCard.

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

use crate::markdown::shortcodes::{self, Shortcode};

/// `markdown` with every shortcode line replaced by what `write_out` makes of it (the figure
/// as a sentence), so the text stands without the site.
pub(super) fn without_shortcodes(
    markdown: &str,
    write_out: impl Fn(&Shortcode) -> Option<String>,
) -> String {
    let mut out = String::with_capacity(markdown.len());
    for line in markdown.split_inclusive('\n') {
        let trimmed = line.trim();
        let replaced = trimmed
            .starts_with("{{")
            .then(|| shortcodes::parse(trimmed).ok())
            .flatten()
            .and_then(|shortcode| write_out(&shortcode));
        match replaced {
            Some(text) => {
                out.push_str(&text);
                out.push('\n');
            }
            None => out.push_str(line),
        }
    }
    out
}

/// `markdown` whose links work outside the site: files beside the story point into `images/`,
/// other links become absolute, resolved against `page` (the story's absolute address).
pub(super) fn offline_links(markdown: &str, page: &str, beside: impl Fn(&str) -> bool) -> String {
    let origin_end = page
        .find("://")
        .and_then(|s| page[s + 3..].find('/').map(|e| s + 3 + e))
        .unwrap_or(page.len());
    let (origin, path) = page.split_at(origin_end);
    let mut out = String::with_capacity(markdown.len());
    let mut rest = markdown;
    while let Some(at) = rest.find("](") {
        let (before, after) = rest.split_at(at + 2);
        out.push_str(before);
        let Some(end) = after.find(')') else {
            rest = after;
            continue;
        };
        let target = &after[..end];
        let (url, title) = target
            .split_once(char::is_whitespace)
            .map_or((target, ""), |(u, t)| (u, t));
        let rewritten = if beside(url) {
            format!("images/{url}")
        } else if url.contains(':') || url.starts_with('#') || url.is_empty() {
            url.to_owned()
        } else if url.starts_with('/') {
            format!("{origin}{url}")
        } else {
            format!("{origin}{}", resolve(path, url))
        };
        out.push_str(&rewritten);
        if !title.is_empty() {
            out.push(' ');
            out.push_str(title);
        }
        out.push(')');
        rest = &after[end + 1..];
    }
    out.push_str(rest);
    out
}

/// `relative` read from the folder `base` (`/en/stories/a/` + `../b/` = `/en/stories/b/`).
fn resolve(base: &str, relative: &str) -> String {
    let mut segments: Vec<&str> = base.split('/').filter(|s| !s.is_empty()).collect();
    if !base.ends_with('/') {
        segments.pop();
    }
    for part in relative.split('/') {
        match part {
            ".." => {
                segments.pop();
            }
            "." | "" => {}
            part => segments.push(part),
        }
    }
    let trailing = if relative.ends_with('/') { "/" } else { "" };
    format!("/{}{trailing}", segments.join("/"))
}

/// Markdown as plain text: paragraphs separated by blank lines, list items with a dash, links
/// followed by their address, tables a row a line. Images are left out: a wire text lists its
/// photos apart, with their credits.
pub(super) fn plain(markdown: &str) -> String {
    plain_text(markdown, true)
}

/// Markdown as a reader sees it on the page: [`plain`] without the links' addresses.
pub(super) fn as_read(markdown: &str) -> String {
    plain_text(markdown, false)
}

fn plain_text(markdown: &str, addresses: bool) -> String {
    let mut out = String::with_capacity(markdown.len());
    let mut links: Vec<String> = Vec::new();
    let mut ordered: Vec<Option<u64>> = Vec::new();
    let mut in_image = 0_usize;
    let options =
        Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_SMART_PUNCTUATION;
    for event in Parser::new_ext(markdown, options) {
        match event {
            Event::Start(Tag::Image { .. }) => in_image += 1,
            Event::End(TagEnd::Image) => in_image = in_image.saturating_sub(1),
            Event::Text(_) | Event::Code(_) if in_image > 0 => {}
            Event::Text(text) | Event::Code(text) => out.push_str(&text),
            Event::SoftBreak => out.push(' '),
            Event::HardBreak => out.push('\n'),
            Event::Start(Tag::Item) => {
                let marker = match ordered.last_mut() {
                    Some(Some(n)) => {
                        *n += 1;
                        format!("{}. ", *n - 1)
                    }
                    _ => "- ".to_owned(),
                };
                out.push_str(&marker);
            }
            Event::Start(Tag::List(first)) => ordered.push(first),
            Event::End(TagEnd::List(_)) => {
                ordered.pop();
                out.push('\n');
            }
            Event::End(TagEnd::Item | TagEnd::TableRow | TagEnd::TableHead)
                if !out.ends_with('\n') =>
            {
                if out.ends_with('\t') {
                    out.pop();
                }
                out.push('\n');
            }
            Event::End(TagEnd::TableCell) => out.push('\t'),
            Event::Start(Tag::Link { dest_url, .. }) => links.push(dest_url.to_string()),
            Event::End(TagEnd::Link) => {
                if let Some(url) = links.pop().filter(|u| addresses && u.starts_with("http")) {
                    out.push_str(&format!(" ({url})"));
                }
            }
            Event::End(
                TagEnd::Paragraph
                | TagEnd::Heading(_)
                | TagEnd::BlockQuote(_)
                | TagEnd::CodeBlock
                | TagEnd::Table,
            ) => {
                while out.ends_with(['\n', '\t', ' ']) {
                    out.pop();
                }
                // A paragraph of images alone leaves nothing behind.
                if !out.is_empty() {
                    out.push_str("\n\n");
                }
            }
            _ => {}
        }
    }
    out.trim_end().to_owned() + "\n"
}

/// A vCard 3.0 (the version every address book reads): lines end in CRLF and are folded at 75
/// bytes without splitting a character.
pub(super) fn vcard(fields: &[(&str, String)]) -> String {
    let mut out = String::from("BEGIN:VCARD\r\nVERSION:3.0\r\n");
    for (name, value) in fields {
        fold(&format!("{name}:{value}"), &mut out);
    }
    out.push_str("END:VCARD\r\n");
    out
}

/// A value with vCard's special characters escaped.
pub(super) fn vcard_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ',' => out.push_str("\\,"),
            ';' => out.push_str("\\;"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

fn fold(line: &str, out: &mut String) {
    let mut width = 0;
    for c in line.chars() {
        if width + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += c.len_utf8();
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_becomes_plain_text() {
        let text = plain(
            "## Results\n\nSchools *opened* in [Darfur](https://example.org/d) and [here](/en/).\n\n- one\n- two\n\n1. first\n2. second\n",
        );
        assert_eq!(
            text,
            "Results\n\nSchools opened in Darfur (https://example.org/d) and here.\n\n- one\n- two\n\n1. first\n2. second\n"
        );
    }

    #[test]
    fn links_work_outside_the_site() {
        let out = offline_links(
            "![A pump](pump.jpg) see [the other](../other/) and [home](/en/) or [x](https://x.org \"X\").",
            "https://example.org/en/stories/solar/",
            |name| name == "pump.jpg",
        );
        assert_eq!(
            out,
            "![A pump](images/pump.jpg) see [the other](https://example.org/en/stories/other/) and [home](https://example.org/en/) or [x](https://x.org \"X\")."
        );
    }

    #[test]
    fn shortcodes_are_written_out() {
        let out = without_shortcodes(
            "Before.\n\n{{ indicator(id=\"schools\") }}\n\nAfter {{ not one.\n",
            |shortcode| match shortcode {
                Shortcode::Indicator { id, .. } => Some(format!("Figure of {id}.")),
                _ => None,
            },
        );
        assert_eq!(out, "Before.\n\nFigure of schools.\n\nAfter {{ not one.\n");
    }

    #[test]
    fn vcards_escape_and_fold_without_breaking_letters() {
        let card = vcard(&[
            ("FN", vcard_text("Media office; Doha, Qatar")),
            ("NOTE", "المكتب الإعلامي ".repeat(6)),
        ]);
        assert!(card.contains("FN:Media office\\; Doha\\, Qatar\r\n"));
        for line in card.split("\r\n") {
            assert!(line.len() <= 75, "{line}");
        }
        let unfolded = card.replace("\r\n ", "");
        assert!(unfolded.contains(&"المكتب الإعلامي ".repeat(6)));
        assert!(
            card.starts_with("BEGIN:VCARD\r\nVERSION:3.0\r\n") && card.ends_with("END:VCARD\r\n")
        );
    }
}
