//! When each source file last changed: its last commit, when the site is in a git repository
//! and the file is committed as it is; else the time the file was last written. A fresh clone
//! gives every file the time of the clone, while the commits keep the order of the edits.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::process::Command;

use jiff::Timestamp;

/// The last change of each of `files` (relative to `root`) that can be told.
pub(crate) fn last_changed(root: &Path, files: &[PathBuf]) -> HashMap<PathBuf, Timestamp> {
    let committed = committed(root);
    let edited = edited(root);
    files
        .iter()
        .filter_map(|file| {
            let commit = committed
                .get(file)
                .filter(|_| !edited.contains(file))
                .copied();
            let when = commit.or_else(|| written(&root.join(file)))?;
            Some((file.clone(), when))
        })
        .collect()
}

/// The time of the last commit of every file under `content/`, newest commit first.
fn committed(root: &Path) -> HashMap<PathBuf, Timestamp> {
    let Some(log) = git(
        root,
        &[
            "log",
            "--format=%x00%ct",
            "--name-only",
            "--relative",
            "--",
            "content",
        ],
    ) else {
        return HashMap::new();
    };
    let mut times = HashMap::new();
    for commit in log.split('\0').filter(|c| !c.trim().is_empty()) {
        let mut lines = commit.lines();
        let Some(when) = lines
            .next()
            .and_then(|seconds| seconds.trim().parse::<i64>().ok())
            .and_then(|seconds| Timestamp::from_second(seconds).ok())
        else {
            continue;
        };
        for file in lines.filter(|l| !l.is_empty()) {
            times.entry(PathBuf::from(file)).or_insert(when);
        }
    }
    times
}

/// Committed files changed since their last commit, staged or not.
fn edited(root: &Path) -> HashSet<PathBuf> {
    git(
        root,
        &["diff", "--name-only", "--relative", "HEAD", "--", "content"],
    )
    .map(|names| names.lines().map(PathBuf::from).collect())
    .unwrap_or_default()
}

fn written(path: &Path) -> Option<Timestamp> {
    let modified = std::fs::metadata(path).ok()?.modified().ok()?;
    Timestamp::try_from(modified).ok()
}

/// What `git -C root <args>` prints, when git is there and `root` is in a repository.
fn git(root: &Path, args: &[&str]) -> Option<String> {
    let output = Command::new("git")
        .arg("-C")
        .arg(root)
        .args(args)
        .output()
        .ok()?;
    output
        .status
        .success()
        .then(|| String::from_utf8_lossy(&output.stdout).into_owned())
}
