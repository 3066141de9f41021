//! IATI activity files (`content/iati/*.xml`), read as a stream: each `iati-activity` is kept
//! as a small tree of the elements bayan uses (identifier, organisations, dates, places,
//! sectors, money, documents, results), and everything else is skipped as it is read, so that
//! a 50 MB file costs the memory of what is kept, not of the file.

mod lines;
mod names;
mod source_lines;

use std::fs::File;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};

use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};

use crate::diagnostic::{Diagnostic, Diagnostics, Position};
use crate::messages::Said;
use crate::said;
use lines::LineCounter;
use names::{ATTRIBUTES, kept, known};
pub(crate) use source_lines::fill_source_lines;

/// One IATI activity file as read.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct IatiFile {
    /// Path shown in messages, relative to the site root.
    pub path: PathBuf,
    /// Where it is on disk, to show a line under a message.
    pub location: PathBuf,
    /// The standard's version the file declares (`2.03`), with where it says so.
    pub version: Option<String>,
    /// The `xml:lang` of the root: the language of narratives that name none.
    pub lang: Option<String>,
    /// The element holding `version`, for messages about it.
    pub root: Position,
    pub activities: Vec<Node>,
}

/// An element with what bayan reads of it.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Node {
    pub name: &'static str,
    /// The attributes bayan reads (others are not kept).
    pub attributes: Vec<(&'static str, String)>,
    /// Its text, entities resolved, surrounding white space removed.
    pub text: String,
    pub children: Vec<Node>,
    /// 1-based; the column counts bytes until [`fill_source_lines`] makes it count letters.
    pub line: usize,
    pub column: usize,
}

impl Node {
    pub(crate) fn attribute(&self, name: &str) -> Option<&str> {
        self.attributes
            .iter()
            .find(|(key, _)| *key == name)
            .map(|(_, value)| value.trim())
            .filter(|value| !value.is_empty())
    }

    pub(crate) fn child(&self, name: &str) -> Option<&Node> {
        self.children.iter().find(|child| child.name == name)
    }

    pub(crate) fn children<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a Node> + 'a {
        self.children.iter().filter(move |child| child.name == name)
    }

    /// Where the element starts, for messages.
    pub(crate) fn position(&self) -> Position {
        Position {
            line: self.line,
            column: self.column,
            source_line: None,
        }
    }
}

/// Reads the activity file at `location`; problems are collected.
pub(crate) fn read(
    location: &Path,
    shown: PathBuf,
    diagnostics: &mut Diagnostics,
) -> Option<IatiFile> {
    let file = match File::open(location) {
        Ok(file) => file,
        Err(error) => {
            diagnostics.push(super::cannot_read(&shown, &error));
            return None;
        }
    };
    let mut problems = Diagnostics::default();
    let mut source = BufReader::with_capacity(64 * 1024, file);
    if let Ok(head) = source.fill_buf()
        && (head.starts_with(&[0xFF, 0xFE]) || head.starts_with(&[0xFE, 0xFF]))
    {
        diagnostics.push(Diagnostic::error_said(&shown, said!("A001")));
        return None;
    }
    let read = parse(source, location, &shown, &mut problems);
    fill_source_lines(location, &mut problems);
    diagnostics.extend(problems);
    read
}

fn parse<R: BufRead>(
    source: R,
    location: &Path,
    shown: &Path,
    problems: &mut Diagnostics,
) -> Option<IatiFile> {
    let mut reader = Reader::from_reader(LineCounter::new(source));
    let mut buffer = Vec::new();
    let mut file = IatiFile {
        path: shown.to_path_buf(),
        location: location.to_path_buf(),
        version: None,
        lang: None,
        root: Position {
            line: 1,
            column: 1,
            source_line: None,
        },
        activities: Vec::new(),
    };
    let mut seen_root = false;
    // The open elements being kept, the activity first; `skipping` counts the depth of an
    // element being skipped (inside a kept one or not).
    let mut open: Vec<Node> = Vec::new();
    let mut skipping = 0usize;
    let mut depth = 0usize;
    // Where the first character XML does not allow was met, if any: they are left out.
    let mut dropped: Option<(usize, usize)> = None;
    let fail = |reader: &mut Reader<LineCounter<R>>, message: Said| {
        let offset = reader.error_position();
        let (line, column) = reader.get_mut().locate(offset);
        Diagnostic::error_said(shown, message).at_position(Position {
            line,
            column,
            source_line: None,
        })
    };
    loop {
        let before = reader.buffer_position();
        let event = match reader.read_event_into(&mut buffer) {
            Ok(event) => event,
            Err(error) => {
                problems.push(fail(&mut reader, said!("A002", detail = error.to_string())));
                return None;
            }
        };
        match event {
            Event::Start(ref start) | Event::Empty(ref start) => {
                let empty = matches!(event, Event::Empty(_));
                let kept_name = (skipping == 0 && depth > 0)
                    .then(|| kept(&open, start.name().as_ref()))
                    .flatten();
                // The tag ends where the reader stands; it began `<`, its text and `>` (or `/>`) before.
                let place = |reader: &mut Reader<LineCounter<R>>| {
                    let length = start.len() + if empty { 3 } else { 2 };
                    let at = reader
                        .buffer_position()
                        .saturating_sub(length as u64)
                        .max(before);
                    reader.get_mut().locate(at)
                };
                if depth == 0 {
                    let (line, column) = place(&mut reader);
                    let name = String::from_utf8_lossy(start.name().as_ref()).into_owned();
                    if name != "iati-activities" {
                        problems.push(
                            Diagnostic::error_said(shown, said!("A003", name = name)).at_position(
                                Position {
                                    line,
                                    column,
                                    source_line: None,
                                },
                            ),
                        );
                        return None;
                    }
                    seen_root = true;
                    file.root = Position {
                        line,
                        column,
                        source_line: None,
                    };
                    for (key, value) in attributes(start, shown, line, column, problems) {
                        match key {
                            "version" => file.version = Some(value),
                            "xml:lang" => file.lang = Some(value),
                            _ => {}
                        }
                    }
                } else if let Some(name) = kept_name {
                    let (line, column) = place(&mut reader);
                    let node = Node {
                        attributes: attributes(start, shown, line, column, problems),
                        name,
                        text: String::new(),
                        children: Vec::new(),
                        line,
                        column,
                    };
                    if empty {
                        close(&mut open, node, &mut file.activities);
                    } else {
                        open.push(node);
                    }
                } else if !empty {
                    skipping += 1;
                }
                if !empty {
                    depth += 1;
                }
            }
            Event::End(_) => {
                depth = depth.saturating_sub(1);
                if skipping > 0 {
                    skipping -= 1;
                } else if let Some(node) = open.pop() {
                    close(&mut open, node, &mut file.activities);
                }
            }
            Event::Text(text) if skipping == 0 => {
                match text.xml_content(quick_xml::XmlVersion::Implicit1_0) {
                    Ok(content) => {
                        if let Some(node) = open.last_mut()
                            && push_text(&mut node.text, &content)
                        {
                            dropped.get_or_insert_with(|| reader.get_mut().locate(before));
                        }
                    }
                    Err(_) => problems.push(fail(&mut reader, said!("A004"))),
                }
            }
            Event::CData(text) if skipping == 0 => {
                if let Some(node) = open.last_mut()
                    && push_text(&mut node.text, &String::from_utf8_lossy(&text))
                {
                    dropped.get_or_insert_with(|| reader.get_mut().locate(before));
                }
            }
            Event::GeneralRef(reference) if skipping == 0 => {
                let resolved = match reference.resolve_char_ref() {
                    Ok(Some(c)) => Some(c),
                    Ok(None) => predefined(&reference),
                    Err(_) => None,
                };
                match (resolved, open.last_mut()) {
                    (Some(c), Some(_)) if crate::control_chars::forbidden(c) => {
                        dropped.get_or_insert_with(|| reader.get_mut().locate(before));
                    }
                    (Some(c), Some(node)) => node.text.push(c),
                    (None, _) => {
                        let name = String::from_utf8_lossy(&reference).into_owned();
                        problems.push(fail(&mut reader, said!("A005", name = name)));
                    }
                    (Some(_), None) => {}
                }
            }
            Event::Eof => break,
            _ => {}
        }
        buffer.clear();
    }
    if let Some((line, column)) = dropped {
        problems.push(
            Diagnostic::warning_said(shown, said!("A006")).at_position(Position {
                line,
                column,
                source_line: None,
            }),
        );
    }
    if !seen_root {
        problems.push(Diagnostic::error_said(shown, said!("A007")));
        return None;
    }
    if file.activities.is_empty() {
        problems
            .push(Diagnostic::warning_said(shown, said!("A008")).at_position(file.root.clone()));
    }
    Some(file)
}

/// Adds `text` to `to` without the characters XML does not allow; whether any was left out.
fn push_text(to: &mut String, text: &str) -> bool {
    let before = to.len();
    to.extend(
        text.chars()
            .filter(|c| !crate::control_chars::forbidden(*c)),
    );
    to.len() - before != text.len()
}

/// Hands a finished element to its parent, or an activity to the file.
fn close(open: &mut [Node], mut node: Node, activities: &mut Vec<Node>) {
    let trimmed = node.text.trim();
    if trimmed.len() != node.text.len() {
        node.text = trimmed.to_owned();
    }
    match open.last_mut() {
        Some(parent) => parent.children.push(node),
        None => activities.push(node),
    }
}

fn predefined(name: &[u8]) -> Option<char> {
    match name {
        b"amp" => Some('&'),
        b"lt" => Some('<'),
        b"gt" => Some('>'),
        b"quot" => Some('"'),
        b"apos" => Some('\''),
        _ => None,
    }
}

fn attributes(
    start: &BytesStart<'_>,
    shown: &Path,
    line: usize,
    column: usize,
    problems: &mut Diagnostics,
) -> Vec<(&'static str, String)> {
    let mut found = Vec::new();
    for attribute in start.attributes() {
        let parsed = attribute.map_err(quick_xml::Error::from).and_then(|a| {
            let Some(key) = known(a.key.as_ref(), &ATTRIBUTES) else {
                return Ok(None);
            };
            let value = a
                .normalized_value(quick_xml::XmlVersion::Implicit1_0)?
                .chars()
                .filter(|c| !crate::control_chars::forbidden(*c))
                .collect();
            Ok(Some((key, value)))
        });
        match parsed {
            Ok(pair) => found.extend(pair),
            Err(error) => problems.push(
                Diagnostic::error_said(shown, said!("A009", detail = error.to_string()))
                    .at_position(Position {
                        line,
                        column,
                        source_line: None,
                    }),
            ),
        }
    }
    found
}

#[cfg(test)]
mod tests;
