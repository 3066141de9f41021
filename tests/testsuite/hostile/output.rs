//! The output folder under load: two builds into it at once.

use std::path::Path;
use std::process::Output;

use crate::harness::{NOW, Site, Tree};

fn story(title: &str) -> String {
    format!("---\ntitle: \"{title}\"\ndate: 2024-05-12\n---\n{title} text.\n")
}

#[test]
fn two_builds_into_one_folder_at_once_leave_one_whole_site() {
    let alpha =
        Site::fixture("minimal").with_file("content/stories/hello/index.en.md", &story("Alpha"));
    let beta =
        Site::fixture("minimal").with_file("content/stories/hello/index.en.md", &story("Beta"));
    for n in 0..5 {
        beta.write(
            &format!("content/stories/extra-{n}/index.en.md"),
            &story("Extra"),
        );
    }
    let expected = [
        alpha.build().success().tree(),
        beta.build().success().tree(),
    ];
    let shared = alpha.scratch().join("shared");
    let start = |site: &Site| {
        crate::harness::bayan_command()
            .arg("build")
            .arg("--root")
            .arg(site.root())
            .arg("--output")
            .arg(&shared)
            .args(["--now", NOW])
            .output()
    };
    for attempt in 0..6 {
        let (a, b) = std::thread::scope(|s| {
            let a = s.spawn(|| start(&alpha));
            let b = s.spawn(|| start(&beta));
            (a.join().unwrap().unwrap(), b.join().unwrap().unwrap())
        });
        for run in [&a, &b] {
            assert!(
                run.status.success(),
                "attempt {attempt}: {}",
                String::from_utf8_lossy(&run.stderr)
            );
        }
        let got = Tree::read(&shared);
        assert!(
            expected.iter().any(|site| site.files == got.files),
            "attempt {attempt}: the output mixes the two builds"
        );
    }
}

#[test]
fn the_current_folder_and_a_folder_inside_the_sources_through_a_link_are_refused() {
    let site = Site::fixture("minimal");
    let here = site.scratch().join("here");
    std::fs::create_dir_all(&here).unwrap();
    let run = build_in(&here, site.root(), Path::new("."));
    assert_eq!(
        run.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    assert!(String::from_utf8_lossy(&run.stderr).contains("the folder bayan is running in"));
    let beside: Vec<_> = std::fs::read_dir(site.scratch())
        .unwrap()
        .flatten()
        .map(|e| e.file_name())
        .collect();
    assert_eq!(beside.len(), 2, "nothing left beside it: {beside:?}");

    let link = site.scratch().join("link");
    std::os::unix::fs::symlink(site.root(), &link).unwrap();
    let inside = link.join("content/a/b");
    let run = build_in(site.scratch(), &link, &inside);
    assert_eq!(
        run.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    assert!(String::from_utf8_lossy(&run.stderr).contains("would overlap the site's own files"));
    assert!(
        !site.root().join("content/a").exists(),
        "nothing written into content/"
    );
}

#[test]
fn hidden_files_of_static_are_left_out_unless_listed() {
    let site = Site::fixture("minimal")
        .with_file(
            "static/.git/config",
            "[remote] url = https://token@example.org/",
        )
        .with_file("static/.env", "API_KEY=secret")
        .with_file("static/.DS_Store", "junk")
        .with_file("static/.nojekyll", "")
        .with_file(
            "static/.well-known/security.txt",
            "Contact: mailto:security@example.org",
        )
        .with_file("static/humans.txt", "Team: newsroom");
    let run = site.build().success();
    let run = run
        .stderr_has("static/.git: warning[H001]: this hidden folder is not published")
        .stderr_has("static/.env: warning")
        .stderr_lacks(".DS_Store")
        .stderr_has("publish_hidden: [.nojekyll]");
    let out = run.tree();
    for hidden in ["/.git/config", "/.env", "/.DS_Store", "/.nojekyll"] {
        assert!(
            !out.files.contains_key(hidden.trim_start_matches('/')),
            "{hidden} published"
        );
    }
    assert!(out.files.contains_key(".well-known/security.txt"));
    assert!(out.files.contains_key("humans.txt"));
    let yaml = std::fs::read_to_string(site.root().join("site.yaml")).unwrap();
    site.write("site.yaml", &format!("{yaml}publish_hidden: [.nojekyll]\n"));
    let out = site.build().success().stderr_lacks(".nojekyll").tree();
    assert!(out.files.contains_key(".nojekyll"));
    assert!(!out.files.contains_key(".env"));
}

/// `bayan build --root root --output output`, run in the folder `here`.
fn build_in(here: &Path, root: &Path, output: &Path) -> Output {
    crate::harness::bayan_command()
        .current_dir(here)
        .arg("build")
        .arg("--root")
        .arg(root)
        .arg("--output")
        .arg(output)
        .args(["--now", NOW])
        .output()
        .unwrap()
}
