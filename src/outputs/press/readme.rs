//! `README.txt` in a release's archive: in each language of the release, its headline, time and
//! release line, what every file of the archive is, how they may be used and whom to call.

use std::fmt::Write as _;

use super::kit::KitView;
use crate::model::Translation;
use crate::render::views::ViewBuilder;
use crate::urls;

/// A language's part of the README, around the list of contents: the headline, time and
/// release line before it, how the files may be used and whom to call after it.
pub(super) fn part(
    out: &mut Part,
    views: &ViewBuilder<'_>,
    translation: &Translation,
    view: &KitView<'_>,
) {
    let t = |key: &str| views.locale.text(key).to_owned();
    let lang = views.lang();
    let rule = "=".repeat(translation.title.chars().count().min(72));
    let _ = write!(
        out.head,
        "{}\n{rule}\n{}\n{}\n\n",
        translation.title, view.release.time, view.release.line
    );
    let after = &mut out.after;
    let _ = write!(after, "{}\n{}\n\n", t("usage_rights"), view.usage.text);
    if let Some(contact) = &view.contact {
        let _ = writeln!(after, "{}", t("media_contact"));
        let _ = writeln!(after, "  {}", contact.name.text);
        for line in [contact.email, contact.phone].into_iter().flatten() {
            let _ = writeln!(after, "  {line}");
        }
        after.push('\n');
    }
    let _ = write!(
        after,
        "{}: {}\n\n\n",
        t("press_kit_online"),
        views.config.absolute(&urls::press_kit(lang, view.slug))
    );
}

/// One language's part of README.txt, written before the archive's files are all known.
#[derive(Default)]
pub(super) struct Part {
    pub head: String,
    after: String,
}

/// `part` around a list of what each file of the archive is: the language's own release
/// files and every file the languages share, so nothing in the folder goes unexplained.
pub(super) fn with_contents(
    part: &Part,
    views: &ViewBuilder<'_>,
    story: &crate::model::Story,
    files: &[(String, Vec<u8>)],
) -> String {
    let t = |key: &str| views.locale.text(key).to_owned();
    let lang = views.lang();
    let default = views.config.default_language().code.as_str();
    let logo = views
        .config
        .press
        .logo
        .as_ref()
        .map(|l| l.file_name.as_str());
    let mut out = format!("{}{}\n", part.head, t("archive_contents"));
    for (name, _) in files {
        let about = if let Some(rest) = name.strip_prefix("press-release.") {
            match rest.strip_prefix(lang).and_then(|r| r.strip_prefix('.')) {
                Some("txt") => Some(t("archive_release_text")),
                Some("md") => Some(t("archive_release_markdown")),
                Some("html") => Some(t("archive_release_html")),
                // Another language's release, explained in that language's part.
                _ => continue,
            }
        } else if name == "images/images.csv" {
            Some(t("archive_images_csv"))
        } else if let Some(image) = name.strip_prefix("images/") {
            let credit = story.image_notes.get(image).and_then(|n| n.credit.as_ref());
            Some(match credit {
                Some(credit) => format!(
                    "{} — {}",
                    t("archive_image"),
                    credit.get(lang, default).text
                ),
                None => t("archive_image"),
            })
        } else if name == "facts.csv" {
            Some(t("archive_facts"))
        } else if name == "contact.vcf" {
            Some(t("archive_contact"))
        } else if Some(name.as_str()) == logo {
            Some(t("archive_logo"))
        } else {
            None
        };
        match about {
            Some(about) => writeln!(out, "  {name}: {about}"),
            None => writeln!(out, "  {name}"),
        }
        .ok();
    }
    format!("{out}\n{}", part.after)
}
