//! Shortcodes: data embedded in prose, each on a line of its own, like
//! `{{ indicator(id="schools-built", view="chart") }}` or `{{ project(id="darfur-schools") }}`.
//! The body keeps a marker (an HTML comment naming the data); pages and feeds replace it with
//! the data in their own language when they are rendered, so a figure is never stale.

use std::fmt;

use crate::messages::Said;
use crate::said;

/// One shortcode, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Shortcode {
    Indicator {
        id: String,
        view: IndicatorView,
    },
    Project {
        id: String,
    },
    /// An image beside the story with its caption and credit from images.yaml.
    Figure {
        src: String,
    },
    /// An image of a file beside the story (written `![alt](file.jpg)`), shown in the sizes
    /// made of it; not written by hand.
    Image {
        name: String,
        alt: String,
    },
}

/// How an indicator shows in prose.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum IndicatorView {
    /// The latest value, large, with its unit and year.
    Figure,
    Chart,
    Progress,
}

impl IndicatorView {
    const ALL: [(&'static str, IndicatorView); 3] = [
        ("figure", IndicatorView::Figure),
        ("chart", IndicatorView::Chart),
        ("progress", IndicatorView::Progress),
    ];

    pub(crate) fn word(self) -> &'static str {
        match self {
            IndicatorView::Figure => "figure",
            IndicatorView::Chart => "chart",
            IndicatorView::Progress => "progress",
        }
    }
}

const MARKER: &str = "<!--bayan:";

impl fmt::Display for Shortcode {
    /// The marker left in the body: ids are checked slugs and views fixed words, so it can
    /// never close the comment early.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Shortcode::Indicator { id, view } => {
                write!(f, "{MARKER}indicator:{id}:{}-->", view.word())
            }
            Shortcode::Project { id } => write!(f, "{MARKER}project:{id}-->"),
            Shortcode::Figure { src } => write!(f, "{MARKER}figure:{src}-->"),
            // File names hold no `:` or `-->`; the description is kept comment-safe.
            Shortcode::Image { name, alt } => {
                write!(f, "{MARKER}image:{name}:{}-->", comment_safe(alt))
            }
        }
    }
}

/// A shortcode that cannot be used: what is wrong, as data the catalogue says (M100-M109).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Problem {
    /// Not between `{{` and `}}`.
    NotAShortcode,
    /// No `(` after the name.
    NoBracket,
    /// The `(` is never closed.
    Unclosed,
    /// An option without its `=`.
    NotKeyValue { part: String },
    /// An option the shortcode `name` does not take.
    UnknownOption {
        name: String,
        key: String,
        options: &'static [&'static str],
    },
    /// `indicator` or `project` without its `id`.
    NoId { name: String },
    /// A view of an indicator that does not exist.
    UnknownView { word: String },
    /// `figure` without its `src`.
    NoFile,
    /// A name that is no shortcode.
    Unknown { name: String },
    /// A value written without quotes.
    Unquoted { key: String, value: String },
}

/// The names of the shortcodes a writer may write.
const NAMES: [&str; 3] = ["indicator", "project", "figure"];

impl Problem {
    /// What is wrong, from the catalogue.
    pub(crate) fn said(&self) -> Said {
        match self {
            Problem::NotAShortcode => said!("M100"),
            Problem::NoBracket => said!("M101"),
            Problem::Unclosed => said!("M102"),
            Problem::NotKeyValue { part } => said!("M103", part = part),
            Problem::UnknownOption { name, key, options } => {
                said!("M104", name = name, key = key, options = *options)
            }
            Problem::NoId { name } => said!("M105", name = name),
            Problem::UnknownView { word } => said!("M106", word = word),
            Problem::NoFile => said!("M107"),
            Problem::Unknown { name } => said!("M108", name = name),
            Problem::Unquoted { key, value } => said!(
                "M109",
                key = key,
                value = value,
                bare = value.trim_matches(QUOTES).trim()
            ),
        }
    }

    /// How to fix it: the message's own hint, or one that fits the case better.
    pub(crate) fn hint(&self) -> Said {
        match self {
            Problem::NoId { name } if name == "indicator" => said!("M105-indicator"),
            Problem::NoId { .. } => said!("M105-project"),
            Problem::Unknown { name } => {
                match crate::diagnostic::nearest(&name.to_lowercase(), NAMES) {
                    Some(best) => said!("M108-did-you-mean", best = best),
                    None => self.said().hint(),
                }
            }
            _ => self.said().hint(),
        }
    }
}

/// True when a paragraph's text is meant as a shortcode.
pub(crate) fn looks_like_one(text: &str) -> bool {
    let text = text.trim();
    text.starts_with("{{") && text.ends_with("}}")
}

/// True when a paragraph starts a shortcode that is never closed.
pub(crate) fn is_unclosed(text: &str) -> bool {
    let text = text.trim();
    text.starts_with("{{") && !text.contains("}}")
}

/// True when text holds a shortcode among other words, where it cannot work.
pub(crate) fn is_inside(text: &str) -> bool {
    text.find("{{").is_some_and(|start| {
        let rest = text[start + 2..].trim_start();
        ["indicator", "project", "figure"]
            .iter()
            .any(|name| rest.starts_with(name))
    })
}

/// Reads `{{ name(key="value", ...) }}`; quotes may be straight or typographic.
pub(crate) fn parse(text: &str) -> Result<Shortcode, Problem> {
    let inner = text
        .trim()
        .strip_prefix("{{")
        .and_then(|t| t.strip_suffix("}}"))
        .map(str::trim)
        .ok_or(Problem::NotAShortcode)?;
    let open = inner.find('(').ok_or(Problem::NoBracket)?;
    let name = inner[..open].trim();
    let arguments = inner[open + 1..]
        .trim_end()
        .strip_suffix(')')
        .ok_or(Problem::Unclosed)?;
    let mut written = Vec::new();
    for part in split_arguments(arguments) {
        let (key, value) = part.split_once('=').ok_or_else(|| Problem::NotKeyValue {
            part: part.trim().to_owned(),
        })?;
        written.push((key.trim(), value.trim()));
    }
    // Unknown options are reported before badly quoted values: quoting one would not help.
    let options: &[&str] = match name {
        "indicator" => &["id", "view"],
        "project" => &["id"],
        "figure" => &["src"],
        _ => &[],
    };
    if let Some((key, _)) = written
        .iter()
        .find(|(k, _)| !options.is_empty() && !options.contains(k))
    {
        return Err(Problem::UnknownOption {
            name: name.to_owned(),
            key: (*key).to_owned(),
            options,
        });
    }
    let mut pairs = Vec::new();
    for (key, value) in written {
        pairs.push((key, unquote(key, value)?));
    }
    let take = |key: &str| {
        pairs
            .iter()
            .find(|(k, _)| *k == key)
            .map(|(_, v)| v.clone())
    };
    let id = || {
        take("id").ok_or_else(|| Problem::NoId {
            name: name.to_owned(),
        })
    };
    match name {
        "indicator" => {
            let view = match take("view") {
                None => IndicatorView::Figure,
                Some(word) => IndicatorView::ALL
                    .iter()
                    .find(|(w, _)| *w == word)
                    .map(|(_, v)| *v)
                    .ok_or(Problem::UnknownView { word })?,
            };
            Ok(Shortcode::Indicator { id: id()?, view })
        }
        "project" => Ok(Shortcode::Project { id: id()? }),
        "figure" => Ok(Shortcode::Figure {
            src: take("src").ok_or(Problem::NoFile)?,
        }),
        other => Err(Problem::Unknown {
            name: other.to_owned(),
        }),
    }
}

/// Splits on commas outside quotes.
fn split_arguments(text: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut quoted = false;
    let mut start = 0;
    for (index, c) in text.char_indices() {
        match c {
            '"' | '\'' | '“' | '”' | '‘' | '’' => quoted = !quoted,
            ',' if !quoted => {
                parts.push(&text[start..index]);
                start = index + 1;
            }
            _ => {}
        }
    }
    parts.push(&text[start..]);
    parts.retain(|p| !p.trim().is_empty());
    parts
}

/// The quotes a value may be written in: straight, or typographic as word processors make them.
const QUOTES: [char; 6] = ['"', '\'', '“', '”', '‘', '’'];

fn unquote(key: &str, value: &str) -> Result<String, Problem> {
    let inner = value
        .strip_prefix(QUOTES)
        .and_then(|v| v.strip_suffix(QUOTES))
        .ok_or_else(|| Problem::Unquoted {
            key: key.to_owned(),
            value: value.to_owned(),
        })?;
    Ok(inner.trim().to_owned())
}

/// Text that cannot end an HTML comment: `-` and `>` written as character references.
fn comment_safe(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('-', "&#45;")
        .replace('>', "&gt;")
        .replace('<', "&lt;")
}

fn from_comment_safe(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&#45;", "-")
        .replace("&amp;", "&")
}

/// The markers in `html`, in order, with their byte ranges.
pub(crate) fn markers(html: &str) -> Vec<(std::ops::Range<usize>, Shortcode)> {
    let mut found = Vec::new();
    let mut from = 0;
    while let Some(start) = html[from..].find(MARKER).map(|i| from + i) {
        let Some(end) = html[start..].find("-->").map(|i| start + i + 3) else {
            break;
        };
        let inner = &html[start + MARKER.len()..end - 3];
        if let Some(rest) = inner.strip_prefix("image:") {
            if let Some((name, alt)) = rest.split_once(':') {
                found.push((
                    start..end,
                    Shortcode::Image {
                        name: name.to_owned(),
                        alt: from_comment_safe(alt),
                    },
                ));
            }
            from = end;
            continue;
        }
        let fields: Vec<&str> = inner.split(':').collect();
        let shortcode = match fields.as_slice() {
            ["indicator", id, view] => {
                IndicatorView::ALL
                    .iter()
                    .find(|(w, _)| w == view)
                    .map(|(_, v)| Shortcode::Indicator {
                        id: (*id).to_owned(),
                        view: *v,
                    })
            }
            ["project", id] => Some(Shortcode::Project {
                id: (*id).to_owned(),
            }),
            ["figure", src] => Some(Shortcode::Figure {
                src: (*src).to_owned(),
            }),
            _ => None,
        };
        if let Some(shortcode) = shortcode {
            found.push((start..end, shortcode));
        }
        from = end;
    }
    found
}

#[cfg(test)]
mod tests;
