//! Markdown to HTML for story and page bodies: CommonMark with tables, footnotes,
//! strikethrough, task lists and smart punctuation; heading ids that work for Arabic; links to
//! co-located files pointed at their published copy; raw HTML sanitised unless the site allows
//! it. Part of the model stage: problems found here carry the file's own line numbers.

mod links;
pub(crate) mod shortcodes;
mod unlinked;

use std::collections::{BTreeSet, HashSet};
use std::path::Path;
use std::sync::OnceLock;

use pulldown_cmark::{CowStr, Event, Options, Parser, Tag, TagEnd};

use crate::diagnostic::{Diagnostic, Diagnostics, Position};
use crate::load::SourceFile;
use crate::load::front_matter::Split;
use crate::messages::Said;
use crate::said;
use crate::slug::unicode_id;
pub(crate) use links::LinkContext;
use shortcodes::Shortcode;

/// The HTML of one body, the co-located files it uses, its links inside the site (checked once
/// the whole site is built) and the problems found in it.
#[derive(Debug, Default)]
pub(crate) struct Rendered {
    pub html: String,
    pub used_assets: BTreeSet<String>,
    pub internal_links: Vec<InternalLink>,
    /// The shortcodes, with where each is written (its ids are checked once the data is read).
    pub shortcodes: Vec<(Shortcode, Position)>,
    pub problems: Vec<Diagnostic>,
}

/// A link from a body to a page of the same site, and where it is written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct InternalLink {
    /// Site path (without the base path), with its `#fragment` if any.
    pub target: String,
    pub position: Position,
}

/// Where a body comes from, for messages and link resolution.
pub(crate) struct Source<'a> {
    pub path: &'a Path,
    /// The whole file, for line numbers.
    pub file_text: &'a str,
    pub body: &'a str,
    pub body_offset: usize,
}

fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_SMART_PUNCTUATION
        | Options::ENABLE_HEADING_ATTRIBUTES
}

pub(crate) fn render(source: &Source<'_>, links: &LinkContext<'_>, allow_html: bool) -> Rendered {
    let mut problems = Vec::new();
    let mut used_assets = BTreeSet::new();
    let mut internal_links = Vec::new();
    // An image being read: where it starts, its address, whether it has any alt text yet.
    let mut image: Option<(usize, String, bool)> = None;
    let mut has_raw_html = false;
    let mut events: Vec<Event<'_>> = Vec::new();
    // Where each paragraph starts: (index in `events`, offset in the file).
    let mut paragraphs: Vec<(usize, usize)> = Vec::new();
    // For each image in order, the file beside the story it shows, if it shows one.
    let mut local_images: Vec<Option<String>> = Vec::new();
    // Stretches of plain text outside code, where a link markdown did not read may be.
    let mut text_runs: Vec<std::ops::Range<usize>> = Vec::new();
    let mut in_code_block = false;
    for (event, range) in Parser::new_ext(source.body, options()).into_offset_iter() {
        let at = source.body_offset + range.start;
        match &event {
            Event::Start(Tag::CodeBlock(_)) => in_code_block = true,
            Event::End(TagEnd::CodeBlock) => in_code_block = false,
            Event::Text(_) if !in_code_block => match text_runs.last_mut() {
                Some(run) if run.end == range.start => run.end = range.end,
                _ => text_runs.push(range.clone()),
            },
            _ => {}
        }
        if let Event::Start(Tag::Paragraph) = &event {
            paragraphs.push((events.len(), at));
        }
        if let Event::Start(Tag::Link { dest_url, .. } | Tag::Image { dest_url, .. }) = &event {
            used_assets.extend(links.asset_of(dest_url).map(str::to_owned));
        }
        let event = match event {
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                let dest_url =
                    links
                        .resolve_link(&dest_url, allow_html)
                        .unwrap_or_else(|problem| {
                            problems.push(problem.into_diagnostic(source, at));
                            CowStr::Borrowed("#")
                        });
                if let Some(target) = links.internal_target(&dest_url) {
                    internal_links.push(InternalLink {
                        target,
                        position: Position::of_offset(source.file_text, at),
                    });
                }
                Event::Start(Tag::Link {
                    link_type,
                    dest_url,
                    title,
                    id,
                })
            }
            Event::Start(Tag::Image {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                image = Some((at, dest_url.to_string(), false));
                local_images.push(links.asset_of(&dest_url).map(str::to_owned));
                let dest_url = links.resolve_image(&dest_url).unwrap_or_else(|problem| {
                    problems.push(problem.into_diagnostic(source, at));
                    CowStr::Borrowed("")
                });
                Event::Start(Tag::Image {
                    link_type,
                    dest_url,
                    title,
                    id,
                })
            }
            Event::Text(ref text) if image.is_some() => {
                if let Some((_, _, has_alt)) = &mut image {
                    *has_alt |= !text.trim().is_empty();
                }
                event
            }
            Event::End(TagEnd::Image) => {
                if let Some((start, url, false)) = image.take() {
                    problems.push(
                        Diagnostic::error_said(source.path, said!("M001", url = url.to_string()))
                            .at_offset(source.file_text, start),
                    );
                }
                event
            }
            Event::Html(_) | Event::InlineHtml(_) => {
                has_raw_html = true;
                event
            }
            other => other,
        };
        events.push(event);
    }
    problems.extend(unlinked::report(source, &text_runs));
    assign_heading_ids(&mut events);
    // Shortcodes first: they are found by the events' positions, which taking images changes.
    let shortcodes = take_shortcodes(source, &mut events, &paragraphs, &mut problems);
    for (shortcode, position) in &shortcodes {
        let Shortcode::Figure { src } = shortcode else {
            continue;
        };
        match links.asset_of(src) {
            Some(name) => {
                used_assets.insert(name.to_owned());
            }
            None => problems.push(
                Diagnostic::error_said(source.path, said!("M002", src = src))
                    .at_position(position.clone()),
            ),
        }
    }
    let pictures = take_local_images(&mut events, &local_images);
    let mut html = String::with_capacity(source.body.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut html, events.into_iter());
    if has_raw_html && !allow_html {
        html = sanitiser().clean(&html).to_string();
    }
    for (index, picture) in pictures.iter().enumerate() {
        html = html.replacen(&image_placeholder(index), &picture.to_string(), 1);
    }
    for (index, (shortcode, _)) in shortcodes.iter().enumerate() {
        html = html.replacen(
            &format!("<p>{}</p>", placeholder(index)),
            &shortcode.to_string(),
            1,
        );
    }
    Rendered {
        html,
        used_assets,
        internal_links,
        shortcodes,
        problems,
    }
}

/// Text that stands for the `index`-th shortcode until the HTML is safe: private-use
/// characters, which no writer types and the sanitiser keeps.
fn placeholder(index: usize) -> String {
    format!("\u{E000}{index}\u{E000}")
}

/// Stands for the `index`-th image of a file beside the story, like [`placeholder`].
fn image_placeholder(index: usize) -> String {
    format!("\u{E001}{index}\u{E001}")
}

/// Replaces each image of a file beside the story by a placeholder, and returns the markers
/// the placeholders become: the page shows the image in the sizes made of it.
fn take_local_images(events: &mut Vec<Event<'_>>, images: &[Option<String>]) -> Vec<Shortcode> {
    let starts: Vec<usize> = events
        .iter()
        .enumerate()
        .filter(|(_, e)| matches!(e, Event::Start(Tag::Image { .. })))
        .map(|(index, _)| index)
        .collect();
    let mut found = Vec::new();
    let mut replaced = Vec::new();
    for (start, name) in starts.into_iter().zip(images) {
        let Some(name) = name else {
            continue;
        };
        let Some(length) = events[start..]
            .iter()
            .position(|e| matches!(e, Event::End(TagEnd::Image)))
        else {
            continue;
        };
        let alt = plain_text(&events[start + 1..start + length]);
        replaced.push((start..start + length + 1, found.len()));
        found.push(Shortcode::Image {
            name: name.clone(),
            alt: alt.trim().to_owned(),
        });
    }
    for (range, index) in replaced.into_iter().rev() {
        events.splice(range, [Event::Text(CowStr::from(image_placeholder(index)))]);
    }
    found
}

/// Replaces each paragraph that is a shortcode by a placeholder, and reports shortcodes that
/// cannot work (misspelt, or written among other words).
fn take_shortcodes(
    source: &Source<'_>,
    events: &mut Vec<Event<'_>>,
    paragraphs: &[(usize, usize)],
    problems: &mut Vec<Diagnostic>,
) -> Vec<(Shortcode, Position)> {
    let mut found = Vec::new();
    let mut replaced: Vec<(std::ops::Range<usize>, usize)> = Vec::new();
    for &(start, at) in paragraphs {
        let Some(length) = events[start..]
            .iter()
            .position(|e| matches!(e, Event::End(TagEnd::Paragraph)))
        else {
            continue;
        };
        let inner = &events[start + 1..start + length];
        let only_text = inner
            .iter()
            .all(|e| matches!(e, Event::Text(_) | Event::SoftBreak));
        let text = plain_text(inner);
        let said_at = |message: Said| {
            Diagnostic::error_said(source.path, message).at_offset(source.file_text, at)
        };
        if only_text && shortcodes::looks_like_one(&text) {
            match shortcodes::parse(&text) {
                Ok(shortcode) => {
                    // Ids must be slugs; a figure's file is checked against the folder later.
                    let bad_id = match &shortcode {
                        Shortcode::Indicator { id, .. } | Shortcode::Project { id } => {
                            Some(id).filter(|id| !crate::slug::is_slug(id))
                        }
                        Shortcode::Figure { .. } | Shortcode::Image { .. } => None,
                    };
                    if bad_id.is_none() {
                        replaced.push((start + 1..start + length, found.len()));
                        found.push((shortcode, Position::of_offset(source.file_text, at)));
                    } else if let Some(id) = bad_id {
                        problems.push(said_at(said!("M003", id = id)));
                    }
                }
                Err(problem) => {
                    problems.push(said_at(problem.said()).with_hint_said(problem.hint()))
                }
            }
        } else if only_text && shortcodes::is_unclosed(&text) {
            problems.push(said_at(said!("M004")));
        } else if inner
            .iter()
            .any(|e| matches!(e, Event::Text(t) if shortcodes::is_inside(t)))
        {
            problems.push(said_at(said!("M005")));
        }
    }
    for (range, index) in replaced.into_iter().rev() {
        events.splice(range, [Event::Text(CowStr::from(placeholder(index)))]);
    }
    found
}

/// Renders the body of `file` (after its front matter), reporting problems at file lines.
pub(crate) fn render_body(
    file: &SourceFile,
    split: &Split<'_>,
    links: &LinkContext<'_>,
    allow_html: bool,
    problems: &mut Diagnostics,
) -> Rendered {
    let source = Source {
        path: &file.path,
        file_text: &file.text,
        body: split.body,
        body_offset: split.body_offset,
    };
    let mut rendered = render(&source, links, allow_html);
    for problem in std::mem::take(&mut rendered.problems) {
        problems.push(problem);
    }
    rendered
}

/// Gives every heading without an explicit `{#id}` an id from its text, unique in the body.
fn assign_heading_ids(events: &mut [Event<'_>]) {
    let mut used: HashSet<String> = HashSet::new();
    let mut i = 0;
    while i < events.len() {
        if let Event::Start(Tag::Heading { id, .. }) = &events[i] {
            let explicit = id.as_ref().map(|id| id.to_string());
            let end = events[i..]
                .iter()
                .position(|e| matches!(e, Event::End(TagEnd::Heading(_))))
                .map_or(events.len(), |p| i + p);
            let base = explicit.unwrap_or_else(|| unicode_id(&plain_text(&events[i + 1..end])));
            let mut unique = base.clone();
            let mut n = 1;
            while !used.insert(unique.clone()) {
                unique = format!("{base}-{n}");
                n += 1;
            }
            if let Event::Start(Tag::Heading { id, .. }) = &mut events[i] {
                *id = Some(CowStr::from(unique));
            }
            i = end;
        }
        i += 1;
    }
}

fn plain_text(events: &[Event<'_>]) -> String {
    let mut text = String::new();
    for event in events {
        if let Event::Text(t) | Event::Code(t) = event {
            text.push_str(t);
        }
    }
    text
}

/// Keeps the HTML markdown produces and safe formatting; drops scripts, styles, event
/// handlers, frames, forms and `javascript:` URLs.
fn sanitiser() -> &'static ammonia::Builder<'static> {
    static BUILDER: OnceLock<ammonia::Builder<'static>> = OnceLock::new();
    BUILDER.get_or_init(|| {
        let mut builder = ammonia::Builder::default();
        builder
            .add_generic_attributes(["id", "lang", "dir", "class"])
            .add_tags(["input"])
            .add_tag_attributes("input", ["type", "checked", "disabled"])
            .link_rel(Some("noopener"));
        builder
    })
}

#[cfg(test)]
mod tests;
