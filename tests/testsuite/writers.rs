//! What writers really send: files saved on Windows and from Word, photos from a phone, Arabic
//! typed on an Arabic keyboard. Each case used to be published wrong without a word; each test
//! shows it is now refused or warned about at its file and line, or published right.

mod dates;
mod iati_messages;
mod images;
mod indicator_messages;
mod links;
mod messages;
mod names;
mod project_messages;
mod stale;
mod theme_messages;
mod words;
mod yaml;

use std::ffi::OsString;

use crate::harness::{Run, Site, bayan_command, bayan_in};

/// `bayan` with `args`, speaking English unless they say otherwise.
fn bayan(args: &[&str], output: &std::path::Path) -> Run {
    let all: Vec<OsString> = args.iter().map(OsString::from).collect();
    bayan_in(bayan_command(), &all, output)
}

/// `bayan check` of `site`, with more arguments.
fn check(site: &Site, more: &[&str]) -> Run {
    let root = site.root().to_str().unwrap().to_owned();
    let mut args = vec!["check", "--root", root.as_str()];
    args.extend_from_slice(more);
    bayan(&args, &site.output())
}

/// `bayan explain` with `args`.
fn explain(args: &[&str]) -> Run {
    let mut all = vec!["explain"];
    all.extend_from_slice(args);
    bayan(&all, std::path::Path::new("."))
}

/// The problems of `run` in files whose path starts with one of `prefixes`, whole: the rest of
/// a fixture is not the test's.
fn problems_in(run: &Run, prefixes: &[&str]) -> String {
    run.stderr
        .split("\n\n")
        .filter(|block| prefixes.iter().any(|prefix| block.starts_with(prefix)))
        .collect::<Vec<_>>()
        .join("\n\n")
}
