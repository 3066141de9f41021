//! `press:` in site.yaml: what every press kit and the newsroom share. Media contacts, the
//! boilerplate paragraph about the organisation, its logo, the usual dateline city and the
//! terms under which journalists may use the material.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;
use serde_saphyr::Spanned;

use super::site_yaml::SiteYaml;
use crate::diagnostic::Diagnostics;
use crate::localized::LocalizedText;

/// `press:` as written.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawPress {
    #[serde(default)]
    pub contacts: BTreeMap<String, RawContact>,
    #[serde(default)]
    pub boilerplate: Option<LocalizedText>,
    /// A PNG or JPEG in the site folder.
    #[serde(default)]
    pub logo: Option<Spanned<String>>,
    /// Where releases are dated from unless a release names its own city.
    #[serde(default)]
    pub city: Option<LocalizedText>,
    /// How journalists may use the texts and images.
    #[serde(default)]
    pub usage: Option<LocalizedText>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawContact {
    pub name: LocalizedText,
    #[serde(default)]
    pub role: Option<LocalizedText>,
    #[serde(default)]
    pub email: Option<Spanned<String>>,
    #[serde(default)]
    pub phone: Option<Spanned<String>>,
}

/// What every press kit of the site shares.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Press {
    /// By id, as releases name them.
    pub contacts: BTreeMap<String, Contact>,
    pub boilerplate: Option<LocalizedText>,
    pub logo: Option<Logo>,
    pub city: Option<LocalizedText>,
    pub usage: Option<LocalizedText>,
}

/// A person or office journalists can call.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Contact {
    pub id: String,
    pub name: LocalizedText,
    pub role: Option<LocalizedText>,
    pub email: Option<String>,
    /// As written, for reading aloud; [`Contact::dialable`] for links.
    pub phone: Option<String>,
}

impl Contact {
    /// The phone number with only `+` and digits, for `tel:` links and vCards.
    pub(crate) fn dialable(&self) -> Option<String> {
        self.phone.as_ref().map(|phone| {
            phone
                .chars()
                .filter(|c| c.is_ascii_digit() || *c == '+')
                .collect()
        })
    }
}

/// The organisation's logo, offered for download once cleaned of its metadata.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Logo {
    /// `logo.png` or `logo.jpg`.
    pub file_name: String,
    pub image: super::SourceImage,
}

/// Checks `press:`, reading the logo (of at most `max_pixels`) from `root`; problems at their
/// line.
pub(crate) fn resolve(
    (root, max_pixels): (&Path, u64),
    raw: RawPress,
    yaml: SiteYaml<'_>,
    problems: &mut Diagnostics,
) -> Press {
    let mut contacts = BTreeMap::new();
    for (id, contact) in raw.contacts {
        if let Some(email) = &contact.email
            && !looks_like_email(&email.value)
        {
            problems.push(yaml.error_said(
                email,
                crate::said!("C019", id = &id, value = format!("{:?}", email.value)),
            ));
        }
        if let Some(phone) = &contact.phone
            && !looks_like_phone(&phone.value)
        {
            problems.push(yaml.error_said(
                phone,
                crate::said!("C020", id = &id, value = format!("{:?}", phone.value)),
            ));
        }
        contacts.insert(
            id.clone(),
            Contact {
                id,
                name: contact.name,
                role: contact.role,
                email: contact.email.map(|e| e.value.trim().to_owned()),
                phone: contact.phone.map(|p| p.value.trim().to_owned()),
            },
        );
    }
    let logo = raw.logo.and_then(|file| {
        yaml.read_image(root, &file, "what-logo", max_pixels)
            .map(|image| Logo {
                file_name: format!("logo.{}", image.format.extension()),
                image,
            })
            .map_err(|problem| problems.push(problem))
            .ok()
    });
    Press {
        contacts,
        boilerplate: raw.boilerplate,
        logo,
        city: raw.city,
        usage: raw.usage,
    }
}

fn looks_like_email(text: &str) -> bool {
    let text = text.trim();
    text.split_once('@').is_some_and(|(user, host)| {
        !user.is_empty() && host.contains('.') && !host.starts_with('.') && !host.ends_with('.')
    }) && !text.contains(char::is_whitespace)
}

fn looks_like_phone(text: &str) -> bool {
    let digits = text.chars().filter(char::is_ascii_digit).count();
    (5..=17).contains(&digits)
        && text
            .chars()
            .all(|c| c.is_ascii_digit() || " +-().".contains(c))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_and_numbers_are_checked_loosely() {
        assert!(looks_like_email("media@example.org"));
        assert!(!looks_like_email("media at example.org"));
        assert!(!looks_like_email("media@localhost"));
        assert!(looks_like_phone("+974 4400 0000"));
        assert!(looks_like_phone("(+974) 4400-0000"));
        assert!(!looks_like_phone("ask reception"));
        assert!(!looks_like_phone("12"));
    }

    #[test]
    fn phone_numbers_are_dialled_without_spaces() {
        let contact = Contact {
            id: "media".into(),
            name: LocalizedText::from("Media office"),
            role: None,
            email: None,
            phone: Some("+974 (4400) 0000".into()),
        };
        assert_eq!(contact.dialable().as_deref(), Some("+97444000000"));
    }
}
