//! `bayan status` for people and for tools.

use std::process::ExitCode;

use bayan::BuildOptions;
use bayan::status::{Status, Story};
use serde_json::json;

use super::{count, fail};
use crate::cli::Format;

/// Prints the status of the site; exit 1 only when it cannot be read at all.
pub(crate) fn status(options: &BuildOptions, format: Format) -> ExitCode {
    let status = match bayan::status::status(options) {
        Ok(status) => status,
        Err(error) => return fail(error, false),
    };
    match format {
        Format::Json => println!(
            "{}",
            serde_json::to_string_pretty(&as_json(&status)).unwrap_or_default()
        ),
        Format::Text => print!("{}", as_text(&status)),
    }
    ExitCode::SUCCESS
}

fn langs(story: &Story) -> String {
    story.langs.join(", ")
}

fn as_text(status: &Status) -> String {
    let mut out = String::new();
    let mut section = |title: String, lines: Vec<String>| {
        if lines.is_empty() {
            return;
        }
        out.push_str(&format!("{title}:\n"));
        for line in lines {
            out.push_str(&format!("  {line}\n"));
        }
    };
    section(
        format!("Under embargo ({})", status.embargoed.len()),
        status
            .embargoed
            .iter()
            .map(|e| {
                format!(
                    "{} ({}): published at {}, {} UTC",
                    e.story.slug,
                    langs(&e.story),
                    e.until_local,
                    e.until.strftime("%Y-%m-%d %H:%M")
                )
            })
            .collect(),
    );
    section(
        format!("Drafts ({})", status.drafts.len()),
        status
            .drafts
            .iter()
            .map(|d| format!("{} ({})", d.slug, langs(d)))
            .collect(),
    );
    section(
        format!(
            "Published now though dated later, with no embargo ({})",
            status.dated_later.len()
        ),
        status
            .dated_later
            .iter()
            .map(|d| format!("{} ({})", d.slug, langs(d)))
            .collect(),
    );
    section(
        format!("Missing a translation ({})", status.untranslated.len()),
        status
            .untranslated
            .iter()
            .map(|u| {
                format!(
                    "{}: written in {}, not in {}",
                    u.slug,
                    u.written.join(", "),
                    u.missing.join(", ")
                )
            })
            .collect(),
    );
    section(
        format!(
            "Translations that may be out of date ({})",
            status.stale.len()
        ),
        status
            .stale
            .iter()
            .map(|s| {
                format!(
                    "{}: {} changed {}, its original {} changed {}",
                    s.slug,
                    s.translation.display(),
                    s.changed.strftime("%Y-%m-%d %H:%M UTC"),
                    s.original.display(),
                    s.original_changed.strftime("%Y-%m-%d %H:%M UTC")
                )
            })
            .collect(),
    );
    if out.is_empty() {
        out.push_str(
            "Everything written is published: no drafts, embargoes or missing translations.\n",
        );
    }
    if status.errors > 0 {
        out.push_str(&format!(
            "The content has {}: run `bayan check` to see them.\n",
            count(status.errors, "error", "errors")
        ));
    }
    // On a line of its own, for a scheduler to build again when the next embargo ends.
    match status.next_lift() {
        Some(at) => out.push_str(&format!("next-lift: {at}\n")),
        None => out.push_str("next-lift: none\n"),
    }
    out
}

fn as_json(status: &Status) -> serde_json::Value {
    let stories = |list: &[Story]| -> Vec<serde_json::Value> {
        list.iter()
            .map(|s| json!({"slug": s.slug, "langs": s.langs}))
            .collect()
    };
    json!({
        "now": status.now.to_string(),
        "embargoed": status.embargoed.iter().map(|e| json!({
            "slug": e.story.slug,
            "langs": e.story.langs,
            "until": e.until.to_string(),
            "until_local": e.until_local,
        })).collect::<Vec<_>>(),
        "drafts": stories(&status.drafts),
        "dated_later": stories(&status.dated_later),
        "untranslated": status.untranslated.iter().map(|u| json!({
            "slug": u.slug,
            "written": u.written,
            "missing": u.missing,
        })).collect::<Vec<_>>(),
        "stale": status.stale.iter().map(|s| json!({
            "slug": s.slug,
            "translation": s.translation,
            "changed": s.changed.to_string(),
            "original": s.original,
            "original_changed": s.original_changed.to_string(),
        })).collect::<Vec<_>>(),
        "errors": status.errors,
        "next_lift": status.next_lift().map(|at| at.to_string()),
    })
}
