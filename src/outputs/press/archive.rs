//! `/press/<slug>.zip`: everything a journalist needs offline, in every language of the
//! release. Same input, same bytes (see [`crate::outputs::archive`]).

use std::fmt::Write as _;

use super::kit::{self, KitView};
use super::{BuildContext, Release};
use super::{readme, text, wire};
use crate::diagnostic::Diagnostic;
use crate::model::Translation;
use crate::model::image_notes::alt_in;
use crate::outputs::OutputFile;
use crate::outputs::shortcodes::Target;
use crate::render::views::ViewBuilder;
use crate::urls;

use crate::outputs::open_data::BOM;

pub(super) fn archive(
    context: &BuildContext<'_>,
    &(story, press): &Release<'_>,
) -> Result<OutputFile, Diagnostic> {
    let config = &context.site.config;
    let path = urls::press_archive(&story.slug);
    let fail = |detail: String| {
        Diagnostic::error_said(
            story
                .translations
                .first()
                .map(|t| t.source.clone())
                .unwrap_or_default(),
            crate::said!("W002", path = &path, detail = detail),
        )
    };
    let mut files: Vec<(String, Vec<u8>)> = Vec::new();
    let mut readme_parts: Vec<readme::Part> = Vec::new();
    for translation in &story.translations {
        let lang = translation.lang.as_str();
        let views = ViewBuilder {
            config,
            locale: context.renderer.locale(lang),
        };
        let press = translation.press.as_ref().unwrap_or(press);
        let view = kit::view(context, &views, (story, translation), press, Target::Feed)?;
        let mut markdown = release_markdown(context, &views, story, translation, &view);
        let mut readme = readme::Part::default();
        if let Some(embargo) = &view.embargo {
            let notice = views
                .locale
                .text("embargo_notice")
                .replace("{until}", &embargo.until);
            markdown = format!("**{notice}**\n\n{markdown}");
            readme.head.push_str(&format!("{notice}\n\n"));
        }
        files.push((
            format!("press-release.{lang}.txt"),
            wire::release_text(&views, story, translation, &view).into_bytes(),
        ));
        files.push((format!("press-release.{lang}.md"), markdown.into_bytes()));
        let mut page = tera::Context::new();
        let mut view = view;
        view.body = offline_html(context, story, lang, &view.body);
        page.insert("kit", &view);
        page.insert("lang", lang);
        page.insert("dir", &views.locale.language.direction);
        page.insert(
            "site_title",
            crate::render::views::Text::of(&config.title, config, lang).text,
        );
        page.insert(
            "kit_url",
            &config.absolute(&urls::press_kit(lang, &story.slug)),
        );
        page.insert_value("t", views.locale.strings_value.clone());
        let html = context.renderer.render("press_release.html", &page)?;
        files.push((format!("press-release.{lang}.html"), html));
        readme::part(&mut readme, &views, translation, &view);
        readme_parts.push(readme);
    }
    files.push(("facts.csv".to_owned(), facts(context, story).map_err(fail)?));
    let mut images = csv::Writer::from_writer(BOM.to_vec());
    let languages: Vec<&str> = config.language_codes().collect();
    let mut header = vec!["file".to_owned()];
    for key in ["alt", "caption"] {
        header.extend(languages.iter().map(|l| format!("{key}_{l}")));
    }
    header.extend(languages.iter().map(|l| format!("credit_{l}")));
    header.extend(["licence", "width", "height"].map(str::to_owned));
    images
        .write_record(&header)
        .map_err(|e| fail(e.to_string()))?;
    for asset in &story.assets {
        let Some(image) = asset.image.as_deref() else {
            continue;
        };
        let notes = story.image_notes.get(&asset.name);
        let default = config.default_language().code.as_str();
        let mut row = vec![format!("images/{}", asset.name)];
        row.extend(
            languages
                .iter()
                .map(|l| alt_in(notes, l).unwrap_or_default().to_owned()),
        );
        row.extend(languages.iter().map(|l| {
            notes
                .and_then(|n| n.caption.as_ref())
                .map(|c| c.get(l, default).text.to_owned())
                .unwrap_or_default()
        }));
        row.extend(languages.iter().map(|l| {
            notes
                .and_then(|n| n.credit.as_ref())
                .map(|c| c.get(l, default).text.to_owned())
                .unwrap_or_default()
        }));
        row.push(notes.and_then(|n| n.licence.clone()).unwrap_or_default());
        row.push(image.width.to_string());
        row.push(image.height.to_string());
        images.write_record(&row).map_err(|e| fail(e.to_string()))?;
        files.push((format!("images/{}", asset.name), asset.bytes.to_vec()));
    }
    files.push((
        "images/images.csv".to_owned(),
        images.into_inner().map_err(|e| fail(e.to_string()))?,
    ));
    if let Some(contact) = kit::contact_of(config, press) {
        files.push((
            "contact.vcf".to_owned(),
            super::vcard(context, contact).into_bytes(),
        ));
    }
    if let (Some(logo), Some(clean)) = (&config.press.logo, &context.site.brand.logo) {
        files.push((logo.file_name.clone(), clean.full.to_vec()));
    }
    let readme: String = story
        .translations
        .iter()
        .zip(&readme_parts)
        .map(|(translation, part)| {
            let views = ViewBuilder {
                config,
                locale: context.renderer.locale(&translation.lang),
            };
            readme::with_contents(part, &views, story, &files)
        })
        .collect();
    files.push(("README.txt".to_owned(), readme.into_bytes()));
    // One folder named after the release, dated the day of the release.
    let entries: Vec<(String, &[u8])> = files
        .iter()
        .map(|(name, bytes)| (format!("{}/{name}", story.slug), bytes.as_slice()))
        .collect();
    let day = story
        .translations
        .first()
        .map(|t| crate::model::date::local_date(t.date, config.utc_offset));
    let zip = crate::outputs::archive::zip(&entries, day).map_err(|e| fail(e.to_string()))?;
    Ok(OutputFile::new(
        path.trim_start_matches('/').to_owned(),
        zip,
        format!("press kit archive {}", story.slug),
    ))
}

/// The release as markdown: headline, dateline, text with figures written out, quotes, notes
/// to editors, contact and boilerplate.
fn release_markdown(
    context: &BuildContext<'_>,
    views: &ViewBuilder<'_>,
    story: &crate::model::Story,
    translation: &Translation,
    view: &KitView<'_>,
) -> String {
    let t = |key: &str| views.locale.text(key).to_owned();
    let mut out = format!("# {}\n\n", translation.title);
    if let Some(summary) = &translation.summary {
        let _ = write!(out, "*{summary}*\n\n");
    }
    let body = text::without_shortcodes(translation.markdown.body(), |shortcode| {
        kit::written_out(views, &context.site.data, story, shortcode)
    });
    let page = views
        .config
        .absolute(&urls::story(views.lang(), &story.slug));
    let body = text::offline_links(&body, &page, |name| {
        story.assets.iter().any(|a| a.name == name)
    });
    let _ = write!(
        out,
        "{}  \n**{}**\n\n",
        view.release.time, view.release.line
    );
    let _ = write!(out, "**{}** — {}\n\n", view.dateline, body.trim());
    out.push_str("\n\n");
    let comma = t("list_comma");
    for quote in &view.quotes {
        let role = quote
            .role
            .map(|r| format!("{comma}{r}"))
            .unwrap_or_default();
        let _ = write!(
            out,
            "> {}{}{}\n>\n> — {}{role}\n\n",
            t("quote_open"),
            quote.text,
            t("quote_close"),
            quote.by
        );
    }
    let _ = write!(out, "{}\n\n", t("release_ends"));
    if !view.notes.is_empty() {
        let _ = write!(out, "## {}\n\n", t("notes_to_editors"));
        for note in &view.notes {
            let _ = write!(out, "{note}\n\n");
        }
    }
    if let Some(contact) = &view.contact {
        // Two spaces end a markdown line without starting a paragraph.
        let lines = contact.lines(&comma).join("  \n");
        let _ = write!(out, "## {}\n\n{lines}  \n\n", t("media_contact"));
    }
    if let Some(boilerplate) = &view.boilerplate {
        let _ = write!(out, "## {}\n\n{}\n\n", t("about_us"), boilerplate.text);
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

/// The figures of the release's indicators and projects, one a row, with Western digits and
/// a byte order mark so that spreadsheets open Arabic right.
fn facts(context: &BuildContext<'_>, story: &crate::model::Story) -> Result<Vec<u8>, String> {
    let config = &context.site.config;
    let data = &context.site.data;
    let default = config.default_language().code.as_str();
    let languages: Vec<&str> = config.language_codes().collect();
    let Some(first) = story.translations.first() else {
        return Ok(BOM.to_vec());
    };
    let mut writer = csv::Writer::from_writer(BOM.to_vec());
    let mut header: Vec<String> = vec!["kind".into(), "id".into()];
    header.extend(languages.iter().map(|l| format!("fact_{l}")));
    header.push("value".to_owned());
    header.extend(languages.iter().map(|l| format!("unit_{l}")));
    header.extend(["year", "target", "target_year", "progress_percent", "page"].map(str::to_owned));
    writer.write_record(&header).map_err(|e| e.to_string())?;
    let number = |v: f64| {
        if v.fract() == 0.0 && v.abs() < 1e15 {
            format!("{v:.0}")
        } else {
            v.to_string()
        }
    };
    for indicator in first.indicators.iter().filter_map(|id| data.indicator(id)) {
        let Some(latest) = indicator.latest() else {
            continue;
        };
        let mut row = vec!["indicator".to_owned(), indicator.id.clone()];
        row.extend(
            languages
                .iter()
                .map(|l| indicator.title.get(l, default).text.to_owned()),
        );
        row.push(number(latest.value));
        let unit = indicator.main_unit();
        row.extend(languages.iter().map(|l| {
            unit.as_ref()
                .map(|u| u.get(l, default).text.to_owned())
                .unwrap_or_default()
        }));
        row.push(latest.period.label.clone());
        row.push(
            indicator
                .target
                .as_ref()
                .map(|p| number(p.value))
                .unwrap_or_default(),
        );
        row.push(
            indicator
                .target
                .as_ref()
                .map(|p| p.period.label.clone())
                .unwrap_or_default(),
        );
        row.push(
            indicator
                .progress()
                .map(|p| format!("{:.0}", p.done * 100.0))
                .unwrap_or_default(),
        );
        row.push(config.absolute(&urls::indicator(default, &indicator.id)));
        writer.write_record(&row).map_err(|e| e.to_string())?;
    }
    for project in first.projects.iter().filter_map(|id| data.project(id)) {
        let source = config.absolute(&urls::project(default, &project.id));
        let mut rows: Vec<(&str, String, String)> = Vec::new();
        for (currency, amount) in project.budget_totals() {
            rows.push(("budget", number(amount), currency));
        }
        if let Some(beneficiaries) = project.beneficiaries {
            rows.push(("beneficiaries", beneficiaries.to_string(), String::new()));
        }
        if !project.countries.is_empty() {
            rows.push((
                "countries",
                project.country_codes().collect::<Vec<_>>().join(" "),
                "ISO 3166-1".to_owned(),
            ));
        }
        for (key, value, unit) in rows {
            let mut row = vec!["project".to_owned(), project.id.clone()];
            row.extend(languages.iter().map(|l| {
                let label = context.renderer.locale(l).text(key);
                format!("{}: {label}", project.title.get(l, default).text)
            }));
            row.push(value);
            row.extend(languages.iter().map(|_| unit.clone()));
            row.extend([
                String::new(),
                String::new(),
                String::new(),
                String::new(),
                source.clone(),
            ]);
            writer.write_record(&row).map_err(|e| e.to_string())?;
        }
    }
    writer.into_inner().map_err(|e| e.to_string())
}

/// The release's HTML as a file on its own: its images point into `images/`, its links to the
/// site carry the site's address.
fn offline_html(
    context: &BuildContext<'_>,
    story: &crate::model::Story,
    lang: &str,
    html: &str,
) -> String {
    let config = &context.site.config;
    let folder = config.link(&urls::story(lang, &story.slug));
    let mut html = html.to_owned();
    for asset in &story.assets {
        let Some(image) = asset.image.as_deref() else {
            continue;
        };
        let local = format!("\"images/{}\"", asset.name);
        for variant in &image.variants {
            for extension in [image.fallback_extension(), "webp"] {
                let copy = crate::images::variant_name(&asset.name, variant.width, extension);
                html = html.replace(&format!("\"{folder}{copy}\""), &local);
            }
        }
        html = html.replace(&format!("\"{folder}{}\"", asset.name), &local);
    }
    crate::outputs::feeds::items::absolute_html(
        &html,
        &crate::outputs::feeds::items::origin(config),
        &config.absolute(&urls::story(lang, &story.slug)),
    )
}
