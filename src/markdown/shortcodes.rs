//! Shortcodes: data embedded in prose, each on a line of its own, like
//! `{{ indicator(id="schools-built", view="chart") }}` or `{{ project(id="darfur-schools") }}`.
//! The body keeps a marker (an HTML comment naming the data); pages and feeds replace it with
//! the data in their own language when they are rendered, so a figure is never stale.

use std::fmt;

/// One shortcode, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Shortcode {
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
pub enum IndicatorView {
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

    pub fn word(self) -> &'static str {
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

/// A shortcode that cannot be used, in words for the writer.
#[derive(Debug, PartialEq, Eq)]
pub struct Problem {
    pub message: String,
    pub hint: String,
}

fn problem(message: impl Into<String>, hint: impl Into<String>) -> Problem {
    Problem {
        message: message.into(),
        hint: hint.into(),
    }
}

const EXAMPLES: &str = "write {{ indicator(id=\"schools-built\", view=\"chart\") }} or {{ project(id=\"darfur-schools\") }}";

/// True when a paragraph's text is meant as a shortcode.
pub fn looks_like_one(text: &str) -> bool {
    let text = text.trim();
    text.starts_with("{{") && text.ends_with("}}")
}

/// True when a paragraph starts a shortcode that is never closed.
pub fn is_unclosed(text: &str) -> bool {
    let text = text.trim();
    text.starts_with("{{") && !text.contains("}}")
}

/// True when text holds a shortcode among other words, where it cannot work.
pub fn is_inside(text: &str) -> bool {
    text.find("{{").is_some_and(|start| {
        let rest = text[start + 2..].trim_start();
        ["indicator", "project", "figure"]
            .iter()
            .any(|name| rest.starts_with(name))
    })
}

/// Reads `{{ name(key="value", ...) }}`; quotes may be straight or typographic.
pub fn parse(text: &str) -> Result<Shortcode, Problem> {
    let inner = text
        .trim()
        .strip_prefix("{{")
        .and_then(|t| t.strip_suffix("}}"))
        .map(str::trim)
        .ok_or_else(|| problem("this is not a shortcode", EXAMPLES))?;
    let open = inner
        .find('(')
        .ok_or_else(|| problem("the shortcode has no `(`", EXAMPLES))?;
    let name = inner[..open].trim();
    let arguments = inner[open + 1..]
        .trim_end()
        .strip_suffix(')')
        .ok_or_else(|| problem("the shortcode does not end with `)`", EXAMPLES))?;
    let mut written = Vec::new();
    for part in split_arguments(arguments) {
        let (key, value) = part.split_once('=').ok_or_else(|| {
            problem(
                format!("`{}` is not written key=\"value\"", part.trim()),
                EXAMPLES,
            )
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
        return Err(problem(
            format!("the shortcode `{name}` has no option `{key}`"),
            format!("its options are: {}", options.join(", ")),
        ));
    }
    let mut pairs = Vec::new();
    for (key, value) in written {
        pairs.push((key, unquote(value)?));
    }
    let take = |key: &str| {
        pairs
            .iter()
            .find(|(k, _)| *k == key)
            .map(|(_, v)| v.clone())
    };
    let id = || {
        take("id").ok_or_else(|| {
            problem(
                format!("the shortcode `{name}` needs an id"),
                format!("write {{{{ {name}(id=\"...\") }}}} with the id of the {name}"),
            )
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
                    .ok_or_else(|| {
                        problem(
                            format!("`{word}` is not a view of an indicator"),
                            "use view=\"figure\", view=\"chart\" or view=\"progress\"",
                        )
                    })?,
            };
            Ok(Shortcode::Indicator { id: id()?, view })
        }
        "project" => Ok(Shortcode::Project { id: id()? }),
        "figure" => Ok(Shortcode::Figure {
            src: take("src").ok_or_else(|| {
                problem(
                    "the shortcode `figure` needs a file",
                    "write {{ figure(src=\"photo.jpg\") }} with an image beside the story",
                )
            })?,
        }),
        other => Err(problem(
            format!("there is no shortcode `{other}`"),
            format!("the shortcodes are indicator, project and figure: {EXAMPLES}"),
        )),
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

fn unquote(value: &str) -> Result<String, Problem> {
    let quotes = ['"', '\'', '“', '”', '‘', '’'];
    let inner = value
        .strip_prefix(quotes)
        .and_then(|v| v.strip_suffix(quotes))
        .ok_or_else(|| problem(format!("put the value {value} in quotes"), EXAMPLES))?;
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
pub fn markers(html: &str) -> Vec<(std::ops::Range<usize>, Shortcode)> {
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
mod tests {
    use super::*;

    #[test]
    fn reads_both_shortcodes_with_any_quotes() {
        assert_eq!(
            parse("{{ indicator(id=\"schools-built\", view=\"chart\") }}"),
            Ok(Shortcode::Indicator {
                id: "schools-built".to_owned(),
                view: IndicatorView::Chart
            })
        );
        assert_eq!(
            parse("{{project(id=“darfur-schools”)}}"),
            Ok(Shortcode::Project {
                id: "darfur-schools".to_owned()
            })
        );
        assert_eq!(
            parse("{{ indicator(id='x') }}"),
            Ok(Shortcode::Indicator {
                id: "x".to_owned(),
                view: IndicatorView::Figure
            })
        );
    }

    #[test]
    fn mistakes_are_explained() {
        let message = |text: &str| parse(text).unwrap_err().message;
        assert!(message("{{ chart(id=\"x\") }}").contains("no shortcode `chart`"));
        assert!(message("{{ indicator(view=\"chart\") }}").contains("needs an id"));
        assert!(message("{{ indicator(id=\"x\", view=\"pie\") }}").contains("`pie`"));
        assert!(message("{{ project(id=\"x\", size=\"big\") }}").contains("no option `size`"));
        assert!(message("{{ indicator(id=x) }}").contains("quotes"));
        assert!(message("{{ indicator(id=\"x\", year=2024) }}").contains("no option `year`"));
    }

    #[test]
    fn image_descriptions_survive_any_text() {
        let image = Shortcode::Image {
            name: "class.jpg".to_owned(),
            alt: "Pupils -- <b>& more</b> --> end: 2".to_owned(),
        };
        let html = format!("<p>{image}</p>");
        assert_eq!(html.matches("-->").count(), 1);
        assert_eq!(markers(&html)[0].1, image);
    }

    #[test]
    fn markers_round_trip() {
        let shortcode = Shortcode::Indicator {
            id: "a-b".to_owned(),
            view: IndicatorView::Progress,
        };
        let html = format!("<p>x</p>{shortcode}<p>y</p>");
        let found = markers(&html);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].1, shortcode);
        assert_eq!(&html[found[0].0.clone()], shortcode.to_string());
    }
}
