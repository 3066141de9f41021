//! Where an activity takes place and what it works on: recipient countries and regions, and
//! sectors (DAC codes, and SDG goals), with the shares IATI asks to add up to 100.

use std::collections::BTreeMap;

use super::{Reader, site_sectors};
use crate::load::iati::Node;
use crate::model::data::iati;
use crate::model::data::project::{Project, Share, shares};
use crate::model::places;

impl Reader<'_> {
    pub(super) fn places(&mut self, activity: &Node, project: &mut Project) {
        let mut other_shares = Vec::new();
        for node in activity.children("recipient-country") {
            let code = node.attribute("code").unwrap_or("").to_ascii_uppercase();
            let percentage = self.percentage(node);
            if places::country(&code).is_none() {
                self.warn(
                    node,
                    format!("`{code}` is not an ISO 3166 country code"),
                    "recipient countries are two-letter codes like SO or JO; this one is left out",
                );
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
                    self.warn(
                        node,
                        format!("`{code}` is not an OECD DAC region code"),
                        "regions are codes of the IATI Region codelist, like 289 (South of Sahara); this one is not shown",
                    );
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
            self.warn(
                first,
                format!("the percentages of the recipient countries and regions add up to {sum}, not 100"),
                "IATI asks the shares of all recipient countries and regions to make 100; the page shows them as written",
            );
        }
    }

    fn percentage(&mut self, node: &Node) -> Option<f64> {
        let written = node.attribute("percentage")?;
        match super::decimal(written) {
            Some(value) if (0.0..=100.0).contains(&value) => Some(value),
            _ => {
                self.warn(
                    node,
                    format!("percentage `{written}` is not a number from 0 to 100"),
                    "write the share as a plain number, like 40 or 33.5",
                );
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
                        self.warn(
                            node,
                            format!("`{code}` is not an OECD DAC sector code"),
                            "sectors are 5-digit DAC purpose codes (11220) or 3-digit categories (112); this one is not shown",
                        );
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
                    format!("the percentages of the sectors of vocabulary {vocabulary} add up to {sum}, not 100"),
                    "IATI asks the shares of the sectors of each vocabulary to make 100",
                );
            }
        }
        project.sdgs.sort_unstable();
        project.sdgs.dedup();
        project.sectors = site_sectors(self.config, &project.dac_sectors);
    }
}
