//! Partner organisations (`content/partners.yaml`): UN agencies, regional bodies, ministries,
//! NGOs. The public face of the information system on partnerships.

use std::collections::BTreeMap;

use serde::Deserialize;
use serde_saphyr::Spanned;

use super::{check_text, check_url};
use crate::config::Config;
use crate::diagnostic::{Diagnostics, nearest};
use crate::load::DataFile;
use crate::localized::LocalizedText;
use crate::model::fields::At;
use crate::said;
use crate::slug::is_slug;
use crate::yaml::{self, Block};

#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Partner {
    pub id: String,
    pub name: LocalizedText,
    /// The short name everybody uses (UNDP, WFP), when there is one.
    pub short: Option<LocalizedText>,
    pub kind: PartnerKind,
    pub description: Option<LocalizedText>,
    pub url: Option<String>,
    /// Its IATI organisation identifier (`XM-DAC-41114`): organisations of imported activities
    /// with the same identifier are this partner.
    pub reference: Option<String>,
    /// Known only from the organisations of IATI activities (not from partners.yaml).
    pub imported: bool,
}

/// What kind of organisation a partner is, for grouping and filtering the directory.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum PartnerKind {
    UnAgency,
    Multilateral,
    Regional,
    Government,
    Ngo,
    Foundation,
    Private,
    Academic,
    Other,
}

impl PartnerKind {
    /// The kind of an organisation of the IATI OrganisationType codelist; a multilateral whose
    /// identifier is a DAC code of the 41xxx series is a United Nations agency.
    pub(crate) fn of_iati(code: Option<&str>, reference: Option<&str>) -> PartnerKind {
        match code.unwrap_or("") {
            "40" if reference.is_some_and(|r| r.starts_with("XM-DAC-41")) => PartnerKind::UnAgency,
            "40" => PartnerKind::Multilateral,
            "10" | "11" | "15" => PartnerKind::Government,
            "21" | "22" | "23" | "24" => PartnerKind::Ngo,
            "60" => PartnerKind::Foundation,
            "70" | "71" | "72" | "73" => PartnerKind::Private,
            "80" => PartnerKind::Academic,
            _ => PartnerKind::Other,
        }
    }

    /// The IATI OrganisationType code of the kind, for the export.
    pub(crate) fn iati_code(self) -> &'static str {
        match self {
            PartnerKind::UnAgency | PartnerKind::Multilateral => "40",
            PartnerKind::Regional => "40",
            PartnerKind::Government => "10",
            PartnerKind::Ngo => "21",
            PartnerKind::Foundation => "60",
            PartnerKind::Private => "70",
            PartnerKind::Academic => "80",
            PartnerKind::Other => "90",
        }
    }

    pub(crate) const ALL: [PartnerKind; 9] = [
        PartnerKind::UnAgency,
        PartnerKind::Multilateral,
        PartnerKind::Regional,
        PartnerKind::Government,
        PartnerKind::Ngo,
        PartnerKind::Foundation,
        PartnerKind::Private,
        PartnerKind::Academic,
        PartnerKind::Other,
    ];

    /// The word written in partners.yaml, also the key of its name in the theme's strings.
    pub(crate) fn id(self) -> &'static str {
        match self {
            PartnerKind::UnAgency => "un-agency",
            PartnerKind::Multilateral => "multilateral",
            PartnerKind::Regional => "regional",
            PartnerKind::Government => "government",
            PartnerKind::Ngo => "ngo",
            PartnerKind::Foundation => "foundation",
            PartnerKind::Private => "private",
            PartnerKind::Academic => "academic",
            PartnerKind::Other => "other",
        }
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPartner {
    name: Spanned<LocalizedText>,
    short: Option<Spanned<LocalizedText>>,
    #[serde(rename = "type")]
    kind: Spanned<String>,
    description: Option<Spanned<LocalizedText>>,
    url: Option<Spanned<String>>,
    #[serde(rename = "ref")]
    reference: Option<Spanned<String>>,
}

/// The partners of `file`, sorted by id, and the ids of those that could not be read.
pub(super) fn assemble(
    config: &Config,
    file: &DataFile,
    problems: &mut Diagnostics,
) -> (Vec<Partner>, Vec<String>) {
    let raw: BTreeMap<String, Spanned<RawPartner>> =
        match yaml::parse(&file.path, Block::whole_file(&file.text)) {
            Ok(raw) => raw,
            Err(found) => {
                problems.extend(found);
                // Every id the file seems to define is already reported with the file.
                let written = file
                    .text
                    .lines()
                    .filter(|line| !line.starts_with([' ', '\t', '#', '-']))
                    .filter_map(|line| line.split_once(':').map(|(key, _)| key.trim().to_owned()))
                    .collect();
                return (Vec::new(), written);
            }
        };
    let mut broken = Vec::new();
    let at = super::file_at(file);
    let mut partners = Vec::new();
    for (id, raw) in raw {
        if !is_slug(&id) {
            problems.push(at.said_at(&raw, said!("D010", id = &id)));
            continue;
        }
        let RawPartner {
            name,
            short,
            kind,
            description,
            url,
            reference,
        } = raw.value;
        let Some(kind) = partner_kind(&at, &kind, problems) else {
            broken.push(id);
            continue;
        };
        check_text(&at, config, &name, "name", problems);
        if let Some(description) = &description {
            check_text(&at, config, description, "description", problems);
        }
        partners.push(Partner {
            id,
            name: name.value,
            short: short.map(|s| s.value),
            kind,
            description: description.map(|d| d.value),
            url: url.and_then(|u| check_url(&at, &u, problems)),
            reference: reference
                .map(|r| r.value.trim().to_owned())
                .filter(|r| !r.is_empty()),
            imported: false,
        });
    }
    (partners, broken)
}

fn partner_kind(
    at: &At<'_>,
    value: &Spanned<String>,
    problems: &mut Diagnostics,
) -> Option<PartnerKind> {
    let written = value.value.trim();
    if let Some(kind) = PartnerKind::ALL.into_iter().find(|k| k.id() == written) {
        return Some(kind);
    }
    let all: Vec<&str> = PartnerKind::ALL.iter().map(|k| k.id()).collect();
    let hint = match nearest(written, all.iter().copied()) {
        Some(best) => said!("project-did-you-mean", best = best),
        None => said!("project-one-of", list = all),
    };
    problems.push(at.error_said(value, said!("D011", value = written), hint));
    None
}
