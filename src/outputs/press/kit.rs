//! What a press kit says in one language, for its page, its print version and its archive.

use serde::Serialize;

use super::super::BuildContext;
use super::super::shortcodes::{self, Beside, Target};
use crate::config::{Config, Contact};
use crate::diagnostic::Diagnostic;
use crate::markdown::shortcodes::Shortcode;
use crate::model::date::local_date;
use crate::model::image_notes::alt_in;
use crate::model::story::Press;
use crate::model::{Story, Translation};
use crate::render::picture::{self, Picture};
use crate::render::views::data::{IndicatorCard, ProjectCard};
use crate::render::views::{Embargo, Text, ViewBuilder};
use crate::urls;

#[derive(Serialize)]
pub(crate) struct KitView<'a> {
    pub slug: &'a str,
    pub title: &'a str,
    pub summary: Option<&'a str>,
    /// "Doha, 12 May 2024".
    pub dateline: String,
    pub date_iso: String,
    /// The date in the Hijri calendar, on Arabic pages of a site with `hijri: true`.
    pub date_hijri: Option<String>,
    pub body: String,
    pub quotes: Vec<QuoteView<'a>>,
    /// Paragraphs.
    pub notes: Vec<&'a str>,
    pub contact: Option<ContactView<'a>>,
    pub indicators: Vec<IndicatorCard<'a>>,
    pub projects: Vec<ProjectCard<'a>>,
    pub images: Vec<KitImage<'a>>,
    pub boilerplate: Option<Text<'a>>,
    pub usage: Text<'a>,
    pub archive_url: String,
    pub story_url: String,
    pub logo_url: Option<String>,
    pub snippets: Snippets,
    pub embargo: Option<Embargo>,
    /// Release line, time and word count.
    pub release: super::release::ReleaseHead,
    /// "1.2 MB": the archive's size, known once it is made (the page only).
    pub archive_size: Option<String>,
}

#[derive(Serialize)]
pub(crate) struct QuoteView<'a> {
    pub text: &'a str,
    pub by: &'a str,
    pub role: Option<&'a str>,
}

#[derive(Serialize)]
pub(crate) struct ContactView<'a> {
    pub name: Text<'a>,
    pub role: Option<Text<'a>>,
    pub email: Option<&'a str>,
    pub phone: Option<&'a str>,
    pub tel: Option<String>,
    pub vcard_url: String,
}

impl ContactView<'_> {
    /// The contact as the text versions write it, a line each: name and role, email, phone.
    pub(crate) fn lines(&self, comma: &str) -> Vec<String> {
        let name = match &self.role {
            Some(role) => format!("{}{comma}{}", self.name.text, role.text),
            None => self.name.text.to_owned(),
        };
        std::iter::once(name)
            .chain(
                [self.email, self.phone]
                    .into_iter()
                    .flatten()
                    .map(str::to_owned),
            )
            .collect()
    }
}

/// An image of the release, offered at full size.
#[derive(Serialize)]
pub(crate) struct KitImage<'a> {
    pub name: &'a str,
    pub picture: String,
    pub alt: &'a str,
    pub caption: Option<Text<'a>>,
    pub credit: Option<Text<'a>>,
    pub licence: Option<&'a str>,
    pub width: u32,
    pub height: u32,
    /// "4000 × 3000 pixels, 2.1 MB", in the page's digits.
    pub size: String,
    pub download_url: String,
}

/// Code an embassy pastes into its own site.
#[derive(Serialize)]
pub(crate) struct Snippets {
    pub link: String,
    pub card: String,
    /// The iframe of each indicator of the release.
    pub widgets: Vec<Widget>,
}

#[derive(Serialize)]
pub(crate) struct Widget {
    pub title: String,
    pub code: String,
}

/// The contact of a release, if it names one that exists.
pub(crate) fn contact_of<'a>(config: &'a Config, press: &Press) -> Option<&'a Contact> {
    press
        .contact
        .as_ref()
        .and_then(|id| config.press.contacts.get(id))
}

/// The view of the kit of `story` in `translation`'s language; `target` says whether figures in
/// the text may be charts (the page) or must be text (the print version).
pub(crate) fn view<'a>(
    context: &'a BuildContext<'a>,
    views: &ViewBuilder<'a>,
    (story, translation): (&'a Story, &'a Translation),
    press: &'a Press,
    target: Target,
) -> Result<KitView<'a>, Diagnostic> {
    let config = views.config;
    let lang = views.lang();
    let data = &context.site.data;
    let day = local_date(translation.date, config.utc_offset);
    let city = press
        .city
        .as_ref()
        .or(config.press.city.as_ref())
        .map(|c| Text::of(c, config, lang).text.trim().to_owned())
        .filter(|c| !c.is_empty());
    let date = views.locale.formatter.date(day);
    let dateline = match city {
        Some(city) => views
            .locale
            .text("dateline")
            .replace("{city}", &city)
            .replace("{date}", &date),
        None => date,
    };
    let beside = Beside::story(context, story, lang);
    let body = shortcodes::expand(
        context,
        views.locale,
        &translation.body_html,
        target,
        Some(&beside),
    )?
    .into_owned();
    let date_hijri = views.date_hijri(translation);
    // The dateline opens the first paragraph, as in a printed release.
    let hijri = date_hijri.as_ref().map_or_else(String::new, |hijri| {
        format!(
            " · <time datetime=\"{day}\">{}</time>",
            crate::render::html::escape(hijri)
        )
    });
    let lead = format!(
        "<strong class=\"dateline\"><time datetime=\"{day}\">{}</time>{hijri}</strong> — ",
        crate::render::html::escape(&dateline)
    );
    let body = match body.trim_start().strip_prefix("<p>") {
        Some(rest) => format!("<p>{lead}{rest}"),
        None => format!("<p>{lead}</p>\n{body}"),
    };
    let kit_path = urls::press_kit(lang, &story.slug);
    let absolute = config.absolute(&kit_path);
    let card_image = config.absolute(&super::super::share_cards::path(
        lang,
        "stories",
        &story.slug,
    ));
    let indicators: Vec<_> = data.indicators_named(&translation.indicators).collect();
    let snippets = Snippets {
        link: format!(
            "<a href=\"{absolute}\" lang=\"{lang}\" hreflang=\"{lang}\">{}</a>",
            crate::render::html::escape(&translation.title)
        ),
        card: format!(
            "<a href=\"{absolute}\" style=\"display:block;max-width:600px;border:1px solid #ccc;color:inherit;text-decoration:none\" lang=\"{lang}\" dir=\"{dir}\"><img src=\"{card_image}\" width=\"1200\" height=\"630\" alt=\"\" style=\"width:100%;height:auto\"><strong style=\"display:block;padding:8px 12px 0\">{title}</strong><span style=\"display:block;padding:4px 12px 12px\">{summary}</span></a>",
            dir = match views.locale.language.direction {
                crate::config::Direction::Rtl => "rtl",
                crate::config::Direction::Ltr => "ltr",
            },
            title = crate::render::html::escape(&translation.title),
            summary =
                crate::render::html::escape(translation.summary.as_deref().unwrap_or_default()),
        ),
        widgets: indicators
            .iter()
            .map(|i| Widget {
                title: Text::of(&i.title, config, lang).text.to_owned(),
                code: views.indicator_embed_code(i),
            })
            .collect(),
    };
    let release = super::release::head(views, translation, &dateline);
    Ok(KitView {
        slug: &story.slug,
        title: &translation.title,
        summary: translation.summary.as_deref(),
        dateline,
        date_iso: day.to_string(),
        date_hijri,
        body,
        quotes: press
            .quotes
            .iter()
            .map(|q| QuoteView {
                text: &q.text,
                by: &q.by,
                role: q.role.as_deref(),
            })
            .collect(),
        notes: press
            .notes
            .as_deref()
            .map(|n| {
                n.split("\n\n")
                    .map(str::trim)
                    .filter(|p| !p.is_empty())
                    .collect()
            })
            .unwrap_or_default(),
        contact: contact_of(config, press).map(|c| super::contact_view(views, c)),
        indicators: indicators.iter().map(|i| views.indicator_card(i)).collect(),
        projects: data
            .projects_named(&translation.projects)
            .map(|p| views.project_card(p))
            .collect(),
        images: images(views, story, &beside),
        boilerplate: config
            .press
            .boilerplate
            .as_ref()
            .map(|b| Text::of(b, config, lang)),
        usage: config.press.usage.as_ref().map_or_else(
            || Text::plain(views.locale.text("press_usage_default")),
            |u| Text::of(u, config, lang),
        ),
        archive_url: views.link(&urls::press_archive(&story.slug)),
        story_url: views.link(&urls::story(lang, &story.slug)),
        logo_url: config
            .press
            .logo
            .as_ref()
            .map(|l| views.link(&urls::press_logo(&l.file_name))),
        snippets,
        embargo: context
            .site
            .visibility
            .under_embargo(translation.embargo)
            .then(|| views.embargo(translation))
            .flatten(),
        release,
        archive_size: None,
    })
}

/// Every image published with the story, with what images.yaml says of it.
fn images<'a>(views: &ViewBuilder<'a>, story: &'a Story, beside: &Beside<'_>) -> Vec<KitImage<'a>> {
    let config = views.config;
    let lang = views.lang();
    let f = &views.locale.formatter;
    story
        .assets
        .iter()
        .filter_map(|asset| {
            let image = asset.image.as_deref()?;
            let notes = story.image_notes.get(&asset.name);
            let alt = alt_in(notes, lang).unwrap_or_default();
            let megabytes = asset.bytes.len() as f64 / 1_000_000.0;
            Some(KitImage {
                name: &asset.name,
                picture: Picture {
                    folder: &beside.folder,
                    name: &asset.name,
                    image,
                    alt,
                    sizes: picture::GRID,
                    eager: false,
                    class: None,
                }
                .html(),
                alt,
                caption: notes
                    .and_then(|n| n.caption.as_ref())
                    .map(|c| Text::of(c, config, lang)),
                credit: notes
                    .and_then(|n| n.credit.as_ref())
                    .map(|c| Text::of(c, config, lang)),
                licence: notes.and_then(|n| n.licence.as_deref()),
                width: image.width,
                height: image.height,
                size: views
                    .locale
                    .text("image_size")
                    .replace("{width}", &f.integer(i64::from(image.width)))
                    .replace("{height}", &f.integer(i64::from(image.height)))
                    .replace("{megabytes}", &f.number((megabytes * 10.0).round() / 10.0)),
                download_url: views.link(&urls::story_asset(lang, &story.slug, &asset.name)),
            })
        })
        .collect()
}

/// A shortcode of the release written as a sentence, for its text versions.
pub(crate) fn written_out(
    views: &ViewBuilder<'_>,
    data: &crate::model::Data,
    story: &Story,
    shortcode: &Shortcode,
) -> Option<String> {
    let lang = views.lang();
    match shortcode {
        Shortcode::Indicator { id, .. } => {
            let card = views.indicator_card(data.indicator(id)?);
            let unit = card
                .unit
                .as_ref()
                .map(|u| format!(" {}", u.text))
                .unwrap_or_default();
            Some(format!(
                "**{}**: {}{unit} ({})",
                card.title.text,
                card.latest.unwrap_or_default(),
                card.latest_year.unwrap_or_default()
            ))
        }
        Shortcode::Project { id } => {
            let card = views.project_card(data.project(id)?);
            let figures: Vec<String> = card.budgets.into_iter().chain(card.beneficiaries).collect();
            Some(format!("**{}**: {}", card.title.text, figures.join(", ")))
        }
        Shortcode::Figure { src } => {
            let notes = story.image_notes.get(src);
            let alt = alt_in(notes, lang).unwrap_or_default();
            Some(format!("![{alt}](images/{src})"))
        }
        Shortcode::Image { .. } => None,
    }
}
