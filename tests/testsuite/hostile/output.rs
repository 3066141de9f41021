//! The output folder under load: two builds into it at once.

use std::process::Command;

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
        Command::new(env!("CARGO_BIN_EXE_bayan"))
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
