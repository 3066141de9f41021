//! The names writers give files and folders: the name a misnamed story or page file was meant
//! to have, and the address name to suggest for one that cannot be used in a web address.

use std::path::Path;

use crate::config::Config;

/// The name a story's text file was meant to have, when `name` is that name in other capitals,
/// or with `.txt` after it (as Notepad saves it): `Index.ar.md` and `index.ar.md.txt` are meant
/// to be `index.ar.md`.
pub(super) fn misnamed_translation(config: &Config, name: &str) -> Option<String> {
    let (stem, code) = markdown_name_meant(config, name)?;
    let right = format!("index.{code}.md");
    (stem.eq_ignore_ascii_case("index") && right != name).then_some(right)
}

/// The stem and the site language of `name` read as `<stem>.<language>.md`, allowing for what
/// Windows and its editors do to a name: `.txt` after it, capitals in its endings.
pub(crate) fn markdown_name_meant<'a>(
    config: &'a Config,
    name: &'a str,
) -> Option<(&'a str, &'a str)> {
    let cut = |text: &'a str, ending: &str| {
        let at = text.len().checked_sub(ending.len())?;
        (text.is_char_boundary(at) && text[at..].eq_ignore_ascii_case(ending)).then(|| &text[..at])
    };
    let meant = cut(name, ".txt").unwrap_or(name);
    let (stem, lang) = cut(meant, ".md")?.rsplit_once('.')?;
    let code = config
        .language_codes()
        .find(|code| code.eq_ignore_ascii_case(lang))?;
    Some((stem, code))
}

/// Whether `dir` holds a file named exactly `name`.
pub(super) fn entries_named(dir: &Path, name: &str) -> bool {
    std::fs::read_dir(dir)
        .map(|entries| entries.flatten().any(|entry| entry.file_name() == name))
        .unwrap_or(false)
}

/// A slug close to `name`: `School Meals Jordan` -> `school-meals-jordan`.
pub(crate) fn suggest_slug(name: &str) -> String {
    let mut slug = String::new();
    for c in name.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_alphanumeric() {
            slug.push(c);
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    let slug = slug.trim_end_matches('-');
    if slug.is_empty() {
        "my-story".to_owned()
    } else {
        slug.to_owned()
    }
}

/// [`suggest_slug`] for `name`, numbered (`school-meals-2`) past any name `taken` says is used:
/// a hint must never ask a writer to rename a file or folder to one that exists.
pub(crate) fn free_slug(name: &str, taken: impl Fn(&str) -> bool) -> String {
    let slug = suggest_slug(name);
    if !taken(&slug) {
        return slug;
    }
    (2..)
        .map(|n| format!("{slug}-{n}"))
        .find(|candidate| !taken(candidate))
        .unwrap_or(slug)
}

/// Asset names are copied into URLs as they are, so they must need no escaping.
pub(super) fn is_publishable_name(name: &str) -> bool {
    !name.is_empty()
        && !name.starts_with('.')
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'))
}
