//! Shortcode markers in a body replaced by the data they name, in the page's language, through
//! the theme's `shortcodes/indicator.html` and `shortcodes/project.html`.

use std::borrow::Cow;

use serde::Serialize;

use super::BuildContext;
use crate::diagnostic::Diagnostic;
use crate::render::picture::{self, Picture};
use std::collections::BTreeMap;

use crate::config::direction_of;
use crate::localized::LocalizedText;
use crate::markdown::shortcodes::{self, IndicatorView, Shortcode};
use crate::model::image_notes::{ImageNotes, alt_in};
use crate::model::story::PublishedFile;
use crate::render::Locale;
use crate::render::views::Text;
use crate::render::views::ViewBuilder;
use crate::render::views::data::{IndicatorCard, ProjectCard, SourceView};

/// Where the body goes: feed readers drop scripts, styles and often SVG, so a feed gets the
/// figure as text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Target {
    Page,
    Feed,
}

#[derive(Serialize)]
struct IndicatorShortcode<'a> {
    view: &'static str,
    indicator: IndicatorCard<'a>,
    /// Inline SVG, for the chart view on pages.
    chart: Option<String>,
    source: Option<SourceView<'a>>,
    feed: bool,
}

#[derive(Serialize)]
struct ProjectShortcode<'a> {
    project: ProjectCard<'a>,
    feed: bool,
}

/// The files beside a story, for its images: their folder's link and the files.
pub(crate) struct Beside<'a> {
    pub folder: String,
    pub assets: &'a [PublishedFile],
    /// What images.yaml says of the images.
    pub notes: &'a BTreeMap<String, ImageNotes>,
}

impl<'a> Beside<'a> {
    pub(crate) fn story(
        context: &BuildContext<'_>,
        story: &'a crate::model::Story,
        lang: &str,
    ) -> Self {
        Beside {
            folder: context
                .site
                .config
                .link(&crate::urls::story(lang, &story.slug)),
            assets: &story.assets,
            notes: &story.image_notes,
        }
    }
}

/// `body` with every marker replaced; unchanged (and not copied) when it has none.
pub(crate) fn expand<'b>(
    context: &BuildContext<'_>,
    locale: &Locale,
    body: &'b str,
    target: Target,
    beside: Option<&Beside<'_>>,
) -> Result<Cow<'b, str>, Diagnostic> {
    let markers = shortcodes::markers(body);
    if markers.is_empty() {
        return Ok(Cow::Borrowed(body));
    }
    let views = ViewBuilder {
        config: &context.site.config,
        locale,
    };
    let data = &context.site.data;
    let feed = target == Target::Feed;
    let mut html = String::with_capacity(body.len() * 2);
    let mut last = 0;
    for (index, (range, shortcode)) in markers.into_iter().enumerate() {
        html.push_str(&body[last..range.start]);
        last = range.end;
        let mut values = tera::Context::new();
        values.insert_value("t", locale.strings_value.clone());
        if let Shortcode::Image { name, alt } = &shortcode {
            let found = beside.and_then(|b| {
                let asset = b.assets.iter().find(|a| a.name == *name)?;
                Some((b, asset.image.as_deref()?))
            });
            if let Some((beside, image)) = found {
                let picture = Picture {
                    folder: &beside.folder,
                    name,
                    image,
                    alt,
                    sizes: picture::IN_TEXT,
                    eager: false,
                    class: None,
                };
                html.push_str(&match target {
                    Target::Page => picture.html(),
                    Target::Feed => picture.img(),
                });
                // A photo in the text is credited where it is shown, as its cover is.
                let credit = beside.notes.get(name).and_then(|n| n.credit.as_ref());
                if let Some(credit) = noted(&context.site.config, locale, credit, "photo-credit") {
                    html.push_str(&credit);
                }
            }
            continue;
        }
        if let Shortcode::Figure { src } = &shortcode {
            if let Some(beside) = beside {
                html.push_str(&figure(context, locale, beside, src, target));
            }
            continue;
        }
        let template = match &shortcode {
            Shortcode::Indicator { id, view } => {
                let Some(indicator) = data.indicator(id) else {
                    continue;
                };
                let chart = (*view == IndicatorView::Chart && !feed)
                    .then(|| views.chart(indicator, &format!("chart-{id}-{index}")));
                values.insert(
                    "shortcode",
                    &IndicatorShortcode {
                        view: view.word(),
                        indicator: views.indicator_card(indicator),
                        chart,
                        source: indicator.source.as_ref().map(|s| SourceView {
                            name: crate::render::views::Text::of(
                                &s.name,
                                &context.site.config,
                                &locale.language.code,
                            ),
                            url: s.url.as_deref(),
                        }),
                        feed,
                    },
                );
                "shortcodes/indicator.html"
            }
            Shortcode::Image { .. } | Shortcode::Figure { .. } => continue,
            Shortcode::Project { id } => {
                let Some(project) = data.project(id) else {
                    continue;
                };
                values.insert(
                    "shortcode",
                    &ProjectShortcode {
                        project: views.project_card(project),
                        feed,
                    },
                );
                "shortcodes/project.html"
            }
        };
        let rendered = context.renderer.render(template, &values)?;
        html.push_str(&String::from_utf8_lossy(&rendered));
    }
    html.push_str(&body[last..]);
    Ok(Cow::Owned(html))
}

/// An image with its caption and credit from images.yaml.
fn figure(
    context: &BuildContext<'_>,
    locale: &Locale,
    beside: &Beside<'_>,
    src: &str,
    target: Target,
) -> String {
    let lang = locale.language.code.as_str();
    let Some(image) = beside
        .assets
        .iter()
        .find(|a| a.name == src)
        .and_then(|a| a.image.as_deref())
    else {
        return String::new();
    };
    let notes = beside.notes.get(src);
    let picture = Picture {
        folder: &beside.folder,
        name: src,
        image,
        alt: alt_in(notes, lang).unwrap_or(""),
        sizes: picture::IN_TEXT,
        eager: false,
        class: None,
    };
    let config = &context.site.config;
    let words: Vec<String> = [
        noted(
            config,
            locale,
            notes.and_then(|n| n.caption.as_ref()),
            "caption",
        ),
        noted(
            config,
            locale,
            notes.and_then(|n| n.credit.as_ref()),
            "credit",
        ),
    ]
    .into_iter()
    .flatten()
    .collect();
    let image_html = match target {
        Target::Page => picture.html(),
        Target::Feed => picture.img(),
    };
    let caption = if words.is_empty() {
        String::new()
    } else {
        format!("<figcaption>{}</figcaption>", words.join(" "))
    };
    format!(r#"<figure class="shortcode story-figure">{image_html}{caption}</figure>"#)
}

/// A caption or credit from images.yaml as a `<span>` of `class`, marked with its language
/// when it is not the page's.
fn noted(
    config: &crate::config::Config,
    locale: &Locale,
    value: Option<&LocalizedText>,
    class: &str,
) -> Option<String> {
    let text = Text::of(value?, config, &locale.language.code);
    let marked = text
        .lang
        .map(|l| {
            let dir = match direction_of(l) {
                crate::config::Direction::Rtl => "rtl",
                crate::config::Direction::Ltr => "ltr",
            };
            format!(r#" lang="{l}" dir="{dir}""#)
        })
        .unwrap_or_default();
    Some(format!(
        r#"<span class="{class}"{marked}>{}</span>"#,
        crate::render::html::escape(text.text)
    ))
}
