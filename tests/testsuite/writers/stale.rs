//! A translation left behind when its original changed: found from the site's git history, or
//! from the files' times outside git, and acknowledged by `translation_checked`.

use std::process::Command;

use crate::harness::Site;

const EN: &str = "content/stories/hello/index.en.md";
const AR: &str = "content/stories/hello/index.ar.md";

/// Commits everything in the site folder at `date`.
fn commit(site: &Site, date: &str) {
    let git = |args: &[&str]| {
        let status = Command::new("git")
            .arg("-C")
            .arg(site.root())
            .args(args)
            .env("GIT_AUTHOR_DATE", date)
            .env("GIT_COMMITTER_DATE", date)
            .env("GIT_AUTHOR_NAME", "Writer")
            .env("GIT_AUTHOR_EMAIL", "writer@example.org")
            .env("GIT_COMMITTER_NAME", "Writer")
            .env("GIT_COMMITTER_EMAIL", "writer@example.org")
            .status()
            .expect("git runs");
        assert!(status.success(), "git {args:?}");
    };
    if !site.root().join(".git").exists() {
        git(&["init", "-q"]);
    }
    git(&["add", "-A"]);
    git(&["commit", "-q", "-m", "edit"]);
}

fn check(site: &Site) -> crate::harness::Run {
    let root = site.root().to_str().unwrap().to_owned();
    crate::harness::bayan(
        &[
            "check".into(),
            "--root".into(),
            root.into(),
            "--now".into(),
            crate::harness::NOW.into(),
        ],
        &site.output(),
    )
}

#[test]
fn a_translation_older_than_its_original_is_found_in_the_history() {
    let site = Site::fixture("minimal");
    commit(&site, "2024-05-01T10:00:00Z");
    check(&site).success().stderr_lacks("may be out of date");

    let en = std::fs::read_to_string(site.root().join(EN)).unwrap();
    site.write(EN, &format!("{en}\nA correction.\n"));
    commit(&site, "2024-05-03T10:00:00Z");
    check(&site)
        .success()
        .stderr_has(&format!(
            "{AR}: warning[S012]: this translation may be out of date: {EN} changed on 2024-05-03 10:00 UTC, after this file (2024-05-01 10:00 UTC)"
        ))
        .stderr_has("translation_checked:");
    let root = site.root().to_str().unwrap().to_owned();
    let status = crate::harness::bayan(
        &[
            "status".into(),
            "--root".into(),
            root.clone().into(),
            "--format".into(),
            "json".into(),
        ],
        &site.output(),
    )
    .success();
    let document: serde_json::Value = serde_json::from_str(&status.stdout).unwrap();
    assert_eq!(document["stale"][0]["translation"], AR);

    // The translator checks it: it says the same.
    let ar = std::fs::read_to_string(site.root().join(AR)).unwrap();
    site.write(
        AR,
        &ar.replacen("---\n", "---\ntranslation_checked: 2024-05-04\n", 1),
    );
    commit(&site, "2024-05-04T10:00:00Z");
    check(&site).success().stderr_lacks("may be out of date");
    // The original changes again.
    site.write(EN, &format!("{en}\nA second correction.\n"));
    commit(&site, "2024-06-01T10:00:00Z");
    check(&site).success().stderr_has("may be out of date");
}

#[test]
fn outside_git_the_files_times_tell() {
    let site = Site::fixture("minimal");
    let set = |path: &str, seconds: u64| {
        let file = std::fs::File::options()
            .write(true)
            .open(site.root().join(path))
            .unwrap();
        file.set_modified(std::time::UNIX_EPOCH + std::time::Duration::from_secs(seconds))
            .unwrap();
    };
    // Copied a moment apart: taken as written together.
    set(AR, 1_714_557_600);
    set(EN, 1_714_557_630);
    check(&site).success().stderr_lacks("may be out of date");
    set(EN, 1_714_557_600 + 2 * 86_400);
    check(&site).success().stderr_has(&format!(
        "{AR}: warning[S012]: this translation may be out of date"
    ));
}

#[test]
fn a_day_in_translation_checked_covers_the_changes_of_that_whole_day() {
    let site = Site::fixture("minimal");
    let ar = std::fs::read_to_string(site.root().join(AR)).unwrap();
    site.write(
        AR,
        &ar.replacen("---\n", "---\ntranslation_checked: 2024-05-03\n", 1),
    );
    commit(&site, "2024-05-01T10:00:00Z");
    // The original changes in the afternoon of the day the translation was checked.
    let en = std::fs::read_to_string(site.root().join(EN)).unwrap();
    site.write(EN, &format!("{en}\nA correction.\n"));
    commit(&site, "2024-05-03T15:00:00Z");
    check(&site).success().stderr_lacks("may be out of date");
    // The next day it changes again: that change was not checked.
    site.write(EN, &format!("{en}\nA second correction.\n"));
    commit(&site, "2024-05-04T09:00:00Z");
    check(&site).success().stderr_has("may be out of date");
}
