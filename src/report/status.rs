//! `bayan status` for people and for tools.

use std::process::ExitCode;

use bayan::BuildOptions;
use bayan::{Status, StatusStory as Story};
use serde_json::json;

use bayan::Said;
use bayan::said;

use super::{fail, say};
use crate::cli::Format;
use crate::console::{out, outln};

/// Prints the status of the site; exit 1 only when it cannot be read at all.
pub(crate) fn status(options: &BuildOptions, format: Format) -> ExitCode {
    let status = match bayan::status(options) {
        Ok(status) => status,
        Err(error) => return fail(error, false),
    };
    match format {
        Format::Json => outln!(
            "{}",
            serde_json::to_string_pretty(&as_json(&status)).unwrap_or_default()
        ),
        Format::Text => out!("{}", as_text(&status)),
    }
    ExitCode::SUCCESS
}

fn langs(story: &Story) -> String {
    story.langs.join(", ")
}

fn as_text(status: &Status) -> String {
    let mut out = String::new();
    let mut section = |title: Said, lines: Vec<String>| {
        if lines.is_empty() {
            return;
        }
        out.push_str(&format!("{}:\n", say(title)));
        for line in lines {
            out.push_str(&format!("  {line}\n"));
        }
    };
    section(
        said!("status-embargoed", count = status.embargoed.len()),
        status
            .embargoed
            .iter()
            .map(|e| {
                say(said!(
                    "status-embargo-line",
                    slug = &e.story.slug,
                    langs = &e.story.langs,
                    local = &e.until_local,
                    utc = e.until.strftime("%Y-%m-%d %H:%M").to_string(),
                ))
            })
            .collect(),
    );
    let listed = |stories: &[Story]| -> Vec<String> {
        stories
            .iter()
            .map(|d| format!("{} ({})", d.slug, langs(d)))
            .collect()
    };
    section(
        said!("status-drafts", count = status.drafts.len()),
        listed(&status.drafts),
    );
    section(
        said!("status-dated-later", count = status.dated_later.len()),
        listed(&status.dated_later),
    );
    section(
        said!("status-untranslated", count = status.untranslated.len()),
        status
            .untranslated
            .iter()
            .map(|u| {
                say(said!(
                    "status-untranslated-line",
                    slug = &u.slug,
                    written = &u.written,
                    missing = &u.missing,
                ))
            })
            .collect(),
    );
    section(
        said!("status-stale", count = status.stale.len()),
        status
            .stale
            .iter()
            .map(|s| {
                say(said!(
                    "status-stale-line",
                    slug = &s.slug,
                    translation = s.translation.display().to_string(),
                    changed = s.changed.strftime("%Y-%m-%d %H:%M UTC").to_string(),
                    original = s.original.display().to_string(),
                    original_changed = s
                        .original_changed
                        .strftime("%Y-%m-%d %H:%M UTC")
                        .to_string(),
                ))
            })
            .collect(),
    );
    if out.is_empty() {
        out.push_str(&say(said!("status-all-published")));
        out.push('\n');
    }
    if status.errors > 0 {
        out.push_str(&say(said!("status-errors", count = status.errors)));
        out.push('\n');
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
