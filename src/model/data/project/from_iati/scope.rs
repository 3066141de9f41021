//! Where an activity takes place and what it works on: recipient countries and regions, and
//! sectors (DAC codes, and SDG goals), with the shares IATI asks to add up to 100.

use std::collections::BTreeMap;

use super::{Reader, site_sectors};
use crate::codelists as iati;
use crate::load::iati::Node;
use crate::model::data::project::{Project, Share, shares};
use crate::model::places;
use crate::said;

impl Reader<'_> {
    pub(super) fn places(&mut self, activity: &Node, project: &mut Project) {
        let mut other_shares = Vec::new();
        for node in activity.children("recipient-country") {
            let code = node.attribute("code").unwrap_or("").to_ascii_uppercase();
            let percentage = self.percentage(node);
            if places::country(&code).is_none() {
                self.warn(node, said!("A039", code = &code));
                other_shares.push(Share { code, percentage });
                continue;
            }
            project.countries.push(Share { code, percentage });
        }
        for node in activity.children("recipient-region") {
            let code = node.attribute("code").unwrap_or("").to_owned();
            let percentage = self.percentage(node);
            let dac = matches!(node.attribute("vocabulary"), None | Some("1"));
            if dac && iati::REGION.contains_key(code.as_str()) {
                project.regions.push(Share { code, percentage });
            } else {
                if dac {
                    self.warn(node, said!("A040", code = &code));
                }
                other_shares.push(Share { code, percentage });
            }
        }
        let all = project
            .countries
            .iter()
            .chain(&project.regions)
            .chain(&other_shares);
        let first = activity
            .children
            .iter()
            .find(|n| n.name == "recipient-country" || n.name == "recipient-region")
            .unwrap_or(activity);
        if let Some(sum) = shares::wrong_total(all) {
            self.warn(first, said!("A041", sum = sum.to_string()));
        }
    }

    fn percentage(&mut self, node: &Node) -> Option<f64> {
        let written = node.attribute("percentage")?;
        match super::decimal(written) {
            Some(value) if (0.0..=100.0).contains(&value) => Some(value),
            _ => {
                self.warn(node, said!("A042", value = written));
                None
            }
        }
    }

    pub(super) fn sectors(&mut self, activity: &Node, project: &mut Project) {
        let mut by_vocabulary: BTreeMap<&str, Vec<Share>> = BTreeMap::new();
        for node in activity.children("sector") {
            let vocabulary = node.attribute("vocabulary").unwrap_or("1");
            let code = node.attribute("code").unwrap_or("").to_owned();
            let share = Share {
                code: code.clone(),
                percentage: self.percentage(node),
            };
            match vocabulary {
                "1" | "2" => {
                    if iati::sector(&code).is_none() {
                        self.warn(node, said!("A043", code = &code));
                    } else {
                        project.dac_sectors.push(share.clone());
                    }
                }
                // UN Sustainable Development Goals.
                "7" => {
                    if let Some(goal) = code.parse::<i64>().ok().and_then(places::goal) {
                        project.sdgs.push(goal.number);
                    }
                }
                _ => {}
            }
            by_vocabulary.entry(vocabulary).or_default().push(share);
        }
        let first = activity.child("sector").unwrap_or(activity);
        for (vocabulary, shares) in by_vocabulary {
            if let Some(sum) = shares::wrong_total(&shares) {
                self.warn(
                    first,
                    said!("A044", vocabulary = vocabulary, sum = sum.to_string()),
                );
            }
        }
        project.sdgs.sort_unstable();
        project.sdgs.dedup();
        project.sectors = site_sectors(self.config, &project.dac_sectors);
    }
}
