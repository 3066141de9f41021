//! `press-release.{l}.txt` in the archive: the release as clean text a journalist pastes into a
//! wire system, in the order a wire editor expects it: headline, time and release line, text,
//! photos with their credits, contact, end mark, then notes and boilerplate.

use std::fmt::Write as _;

use super::kit::KitView;
use super::text;
use crate::model::{Story, Translation};
use crate::render::views::ViewBuilder;
use crate::urls;

pub(super) fn release_text(
    views: &ViewBuilder<'_>,
    story: &Story,
    translation: &Translation,
    view: &KitView<'_>,
) -> String {
    let t = |key: &str| views.locale.text(key).to_owned();
    let comma = t("list_comma");
    let mut out = format!("{}\n", view.title);
    if let Some(summary) = view.summary {
        let _ = writeln!(out, "{summary}");
    }
    let _ = write!(out, "\n{}\n{}\n\n", view.release.time, view.release.line);
    // Figures from the site's data live in the kit and facts.csv, not in the wire text.
    let body = text::without_shortcodes(translation.markdown.body(), |_| Some(String::new()));
    let page = views
        .config
        .absolute(&urls::story(views.lang(), &story.slug));
    let body = text::offline_links(&body, &page, |_| false);
    let _ = write!(out, "{} — {}\n\n", view.dateline, text::plain(&body).trim());
    for quote in &view.quotes {
        let role = quote
            .role
            .map(|r| format!("{comma}{r}"))
            .unwrap_or_default();
        let _ = write!(
            out,
            "{}{}{}\n— {}{role}\n\n",
            t("quote_open"),
            quote.text,
            t("quote_close"),
            quote.by
        );
    }
    if !view.images.is_empty() {
        let _ = writeln!(out, "{}", t("photos"));
        for image in &view.images {
            let about = image.caption.as_ref().map(|c| c.text).unwrap_or(image.alt);
            let parts: Vec<&str> = [about, image.credit.as_ref().map_or("", |c| c.text)]
                .into_iter()
                .map(str::trim)
                .filter(|p| !p.is_empty())
                .collect();
            let _ = writeln!(out, "- images/{}: {}", image.name, parts.join(" — "));
        }
        out.push('\n');
    }
    if let Some(contact) = &view.contact {
        let _ = write!(
            out,
            "{}\n{}\n\n",
            t("media_contact"),
            contact.lines(&comma).join("\n")
        );
    }
    let _ = write!(out, "{}\n\n", t("release_ends"));
    if !view.notes.is_empty() {
        let _ = writeln!(out, "{}", t("notes_to_editors"));
        for note in &view.notes {
            let _ = write!(out, "{}\n\n", note.trim());
        }
    }
    if let Some(boilerplate) = &view.boilerplate {
        let _ = write!(out, "{}\n{}\n\n", t("about_us"), boilerplate.text.trim());
    }
    let _ = writeln!(
        out,
        "{}: {}",
        t("press_kit_online"),
        views
            .config
            .absolute(&urls::press_kit(views.lang(), &story.slug))
    );
    out
}
