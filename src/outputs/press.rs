//! The newsroom for journalists and embassies: `/{l}/press/` lists the releases, media contacts
//! and press feeds; every story with `press:` gets a kit page `/{l}/press/<slug>/` and one
//! archive `/press/<slug>.zip` with everything in every language. Media contacts are offered
//! as vCards, the logo as a download. Kits under embargo exist only in `--preview` builds.

mod archive;
pub(crate) mod kit;
mod readme;
mod release;
mod text;
mod wire;

use std::collections::BTreeSet;

use rayon::prelude::*;
use serde::Serialize;

use super::shortcodes::Target;
use super::{BuildContext, Generator, OutputFile, Remade, gather, is_edited};
use crate::config::Contact;
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::model::Story;
use crate::model::changes::{Inputs, TranslationId};
use crate::model::story::Press;
use crate::render::Locale;
use crate::render::views::{Text, ViewBuilder};
use crate::urls;

pub(crate) struct PressRoom;

/// A press release: the story and its press data (shared by its translations).
type Release<'a> = (&'a Story, &'a Press);

/// The site's press releases, newest first.
fn releases<'a>(context: &BuildContext<'a>) -> Vec<Release<'a>> {
    context
        .site
        .stories
        .iter()
        .filter_map(|story| {
            let press = story.translations.iter().find_map(|t| t.press.as_ref())?;
            Some((story, press))
        })
        .collect()
}

impl Generator for PressRoom {
    fn name(&self) -> &'static str {
        "press room"
    }

    fn reads(&self) -> Inputs {
        Inputs::STORIES.and(Inputs::DATA).and(Inputs::CHROME)
    }

    fn generate(&self, context: &BuildContext<'_>) -> Result<Vec<OutputFile>, Diagnostics> {
        let releases = releases(context);
        let config = &context.site.config;
        let mut results: Vec<Result<OutputFile, Diagnostic>> = context
            .renderer
            .locales()
            .iter()
            .map(|locale| newsroom(context, locale, &releases))
            .collect();
        results.extend(kits(context, &releases));
        for contact in config.press.contacts.values() {
            results.push(Ok(OutputFile::new(
                urls::press_contact(&contact.id)
                    .trim_start_matches('/')
                    .to_owned(),
                vcard(context, contact).into_bytes(),
                format!("media contact {}", contact.id),
            )));
        }
        if let (Some(logo), Some(clean)) = (&config.press.logo, &context.site.brand.logo) {
            results.push(Ok(OutputFile::new(
                urls::press_logo(&logo.file_name)
                    .trim_start_matches('/')
                    .to_owned(),
                std::sync::Arc::clone(&clean.full),
                "press.logo in site.yaml",
            )));
        }
        gather(results)
    }

    /// The kits of the releases with an edited text; the newsroom shows no text.
    fn regenerate_texts(
        &self,
        context: &BuildContext<'_>,
        edited: &BTreeSet<TranslationId>,
    ) -> Option<Result<Remade, Diagnostics>> {
        let releases: Vec<Release<'_>> = releases(context)
            .into_iter()
            .filter(|(story, _)| {
                story
                    .translations
                    .iter()
                    .any(|t| is_edited(edited, &(*story, t)))
            })
            .collect();
        Some(gather(kits(context, &releases)).map(|files| Remade {
            files,
            folders: Vec::new(),
        }))
    }
}

/// The kit pages of `releases` in every language and their archives.
fn kits(
    context: &BuildContext<'_>,
    releases: &[Release<'_>],
) -> Vec<Result<OutputFile, Diagnostic>> {
    let pages: Vec<(&Story, &crate::model::Translation, &Press)> = releases
        .iter()
        .flat_map(|(story, _)| {
            story
                .translations
                .iter()
                .filter_map(move |t| Some((*story, t, t.press.as_ref()?)))
        })
        .collect();
    // The archives first: each kit page gives its archive's size.
    let archives: Vec<Result<OutputFile, Diagnostic>> = releases
        .par_iter()
        .map(|release| archive::archive(context, release))
        .collect();
    let archive_bytes = |slug: &str| {
        let path = urls::press_archive(slug);
        archives
            .iter()
            .flatten()
            .find(|file| file.path == path.trim_start_matches('/'))
            .and_then(|file| file.bytes.read().ok())
            .map(|bytes| bytes.len() as u64)
    };
    let mut kits: Vec<Result<OutputFile, Diagnostic>> = Vec::new();
    kits.par_extend(pages.par_iter().map(|&(story, translation, press)| {
        kit_page(
            context,
            (story, translation, press),
            archive_bytes(&story.slug),
        )
    }));
    kits.extend(archives);
    kits
}

#[derive(Serialize)]
struct NewsroomView<'a> {
    releases: Vec<ReleaseCard>,
    contacts: Vec<kit::ContactView<'a>>,
    boilerplate: Option<Text<'a>>,
    logo_url: Option<String>,
    feeds: Vec<crate::render::views::FeedLink>,
}

#[derive(Serialize)]
struct ReleaseCard {
    card: tera::Value,
    kit_url: String,
    archive_url: String,
    embargoed: bool,
}

fn newsroom(
    context: &BuildContext<'_>,
    locale: &Locale,
    releases: &[Release<'_>],
) -> Result<OutputFile, Diagnostic> {
    let config = &context.site.config;
    let lang = locale.language.code.as_str();
    let views = ViewBuilder { config, locale };
    let title = locale.text("newsroom").to_owned();
    let mut page = context.frame_everywhere(
        lang,
        urls::press,
        title.clone(),
        Some(locale.text("newsroom_intro").to_owned()),
        None,
    );
    let view = NewsroomView {
        releases: releases
            .iter()
            .filter_map(|(story, _)| {
                let translation = story.translations.iter().find(|t| t.lang == lang)?;
                Some(ReleaseCard {
                    card: context.card(story, translation),
                    kit_url: views.link(&urls::press_kit(lang, &story.slug)),
                    archive_url: views.link(&urls::press_archive(&story.slug)),
                    embargoed: context.site.visibility.under_embargo(translation.embargo),
                })
            })
            .collect(),
        contacts: config
            .press
            .contacts
            .values()
            .map(|c| contact_view(&views, c))
            .collect(),
        boilerplate: config
            .press
            .boilerplate
            .as_ref()
            .map(|b| Text::of(b, config, lang)),
        logo_url: config
            .press
            .logo
            .as_ref()
            .map(|l| views.link(&urls::press_logo(&l.file_name))),
        feeds: context.feed_links.following(&urls::press(lang)),
    };
    page.context.insert("newsroom", &view);
    context.render_everywhere("newsroom.html", page, format!("newsroom ({lang})"))
}

pub(super) fn contact_view<'a>(
    views: &ViewBuilder<'a>,
    contact: &'a Contact,
) -> kit::ContactView<'a> {
    let (config, lang) = (views.config, views.lang());
    kit::ContactView {
        name: Text::of(&contact.name, config, lang),
        role: contact.role.as_ref().map(|r| Text::of(r, config, lang)),
        email: contact.email.as_deref(),
        phone: contact.phone.as_deref(),
        tel: contact.dialable(),
        vcard_url: views.link(&urls::press_contact(&contact.id)),
    }
}

/// The kit page of one translation; `archive_bytes` is the size of the release's archive.
fn kit_page(
    context: &BuildContext<'_>,
    (story, translation, press): (&Story, &crate::model::Translation, &Press),
    archive_bytes: Option<u64>,
) -> Result<OutputFile, Diagnostic> {
    let config = &context.site.config;
    let lang = translation.lang.as_str();
    let views = ViewBuilder {
        config,
        locale: context.renderer.locale(lang),
    };
    let path = urls::press_kit(lang, &story.slug);
    let translations: Vec<(String, String)> = story
        .translations
        .iter()
        .filter(|t| t.press.is_some())
        .map(|t| (t.lang.clone(), urls::press_kit(&t.lang, &story.slug)))
        .collect();
    let alternates = translations.clone();
    let social = super::stories::story_social(context, story, translation);
    let article = super::stories::news_article(context, story, translation, &social);
    let mut page = context.frame(super::chrome::PageInfo {
        lang,
        path: &path,
        title: translation.title.clone(),
        description: translation.summary.clone(),
        translations,
        social: Some(social),
    });
    page.insert("structured_data", &article);
    page.insert(
        "share",
        &crate::render::views::social::share_links(
            views.locale,
            &translation.title,
            &config.absolute(&path),
        ),
    );
    let mut view = kit::view(context, &views, (story, translation), press, Target::Page)?;
    view.archive_size = archive_bytes.map(|bytes| release::file_size(&views, bytes));
    page.insert("kit", &view);
    context
        .page(
            "press_kit.html",
            &page,
            &path,
            format!("press kit {} ({lang})", story.slug),
        )
        .map(|file| {
            file.with_source(&translation.source).in_sitemap(
                &path,
                alternates,
                Some(translation.date),
            )
        })
}

/// The contact's card, named in the site's default language and noting the others.
fn vcard(context: &BuildContext<'_>, contact: &Contact) -> String {
    let config = &context.site.config;
    let default = config.default_language().code.as_str();
    let name = contact.name.get(default, default).text;
    let others: Vec<String> = config
        .language_codes()
        .filter(|l| *l != default)
        .map(|l| {
            let role = contact
                .role
                .as_ref()
                .map(|r| format!(", {}", r.get(l, default).text))
                .unwrap_or_default();
            format!("{}{role}", contact.name.get(l, default).text)
        })
        .collect();
    let mut fields = vec![
        ("N", format!(";{};;;", text::vcard_text(name))),
        ("FN", text::vcard_text(name)),
        (
            "ORG",
            text::vcard_text(config.title.get(default, default).text),
        ),
    ];
    if let Some(role) = &contact.role {
        fields.push(("TITLE", text::vcard_text(role.get(default, default).text)));
    }
    if let Some(email) = &contact.email {
        fields.push(("EMAIL;TYPE=INTERNET,WORK", text::vcard_text(email)));
    }
    if let Some(tel) = contact.dialable() {
        fields.push(("TEL;TYPE=WORK,VOICE", tel));
    }
    fields.push(("URL", config.absolute(&urls::press(default))));
    if !others.is_empty() {
        fields.push(("NOTE", text::vcard_text(&others.join("\n"))));
    }
    text::vcard(&fields)
}
