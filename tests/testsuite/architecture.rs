//! The rules of ARCHITECTURE.md that a machine can hold: the stages of the pipeline only look
//! back, and the library never prints.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The library's top modules by stage: a module may use modules of its own stage or an earlier
/// one. Leaves (0) serve every stage; `serve`, `status`, `scaffold` and `fuzzing` run the
/// pipeline and sit on top.
const STAGES: &[(&str, u8)] = &[
    ("codelists", 0),
    ("control_chars", 0),
    ("diagnostic", 0),
    ("images", 0),
    ("localized", 0),
    ("messages", 0),
    ("said", 0),
    ("search", 0),
    ("slug", 0),
    ("urls", 0),
    ("yaml", 0),
    ("config", 1),
    ("load", 2),
    ("markdown", 3),
    ("model", 4),
    ("render", 5),
    ("outputs", 6),
    ("link_check", 7),
    ("publish", 7),
    ("fuzzing", 8),
    ("scaffold", 8),
    ("serve", 8),
    ("status", 8),
];

/// The binary's own files, which print and may use anything of the library.
const BINARY: &[&str] = &[
    "cli",
    "console",
    "explain",
    "main",
    "progress_bar",
    "report",
    "scaffolding",
];

fn rust_files(dir: &Path, found: &mut Vec<PathBuf>) {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            rust_files(&path, found);
        } else if path.extension().is_some_and(|e| e == "rs") {
            found.push(path);
        }
    }
}

/// Each library source file with its top module and its code, comments left out.
fn library_sources() -> Vec<(String, PathBuf, String)> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    files
        .into_iter()
        .filter_map(|path| {
            let relative = path.strip_prefix(&src).unwrap();
            let first = relative.components().next()?.as_os_str().to_str()?;
            let module = first.trim_end_matches(".rs").to_owned();
            if module == "lib" || BINARY.contains(&module.as_str()) {
                return None;
            }
            let text = std::fs::read_to_string(&path).unwrap();
            let code: String = text
                .lines()
                .map(|line| match line.find("//") {
                    Some(at) => &line[..at],
                    None => line,
                })
                .collect::<Vec<_>>()
                .join("\n");
            Some((module, path, code))
        })
        .collect()
}

#[test]
fn stages_only_look_back() {
    let stages: BTreeMap<&str, u8> = STAGES.iter().copied().collect();
    let mut forward = Vec::new();
    for (module, path, code) in library_sources() {
        let Some(&own) = stages.get(module.as_str()) else {
            panic!(
                "{}: the module `{module}` has no stage in this test",
                path.display()
            );
        };
        for used in code.split("crate::").skip(1) {
            let name: String = used
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            match stages.get(name.as_str()) {
                Some(&stage) if stage > own => forward.push(format!(
                    "{}: `{module}` uses the later `{name}`",
                    path.display()
                )),
                _ => {}
            }
        }
    }
    forward.dedup();
    assert!(forward.is_empty(), "{}", forward.join("\n"));
}

#[test]
fn the_library_never_prints() {
    let mut printing = Vec::new();
    for (_, path, code) in library_sources() {
        // Tests beside the code may print what they compare.
        let code = code.split("#[cfg(test)]").next().unwrap_or_default();
        for call in ["println!", "eprintln!", "print!(", "eprint!(", "dbg!("] {
            if code.contains(call) {
                printing.push(format!("{}: {call}", path.display()));
            }
        }
    }
    assert!(printing.is_empty(), "{}", printing.join("\n"));
}
