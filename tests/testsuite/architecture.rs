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
    ("stored", 0),
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

#[test]
fn the_readme_names_every_template_and_what_it_is_given() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let readme = std::fs::read_to_string(root.join("README.md")).unwrap();
    let themes = &readme[readme.find("## Themes").unwrap()..];
    let themes = &themes[..themes[3..]
        .find("\n## ")
        .map_or(themes.len(), |end| end + 3)];
    let mut missing = Vec::new();
    let templates = root.join("themes/default/templates");
    let mut files = Vec::new();
    for dir in [
        templates.clone(),
        templates.join("partials"),
        templates.join("shortcodes"),
    ] {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "html") {
                files.push(
                    path.strip_prefix(&templates)
                        .unwrap()
                        .to_string_lossy()
                        .into_owned(),
                );
            }
        }
    }
    files.sort();
    missing.extend(
        files
            .into_iter()
            .filter(|name| !themes.contains(name.as_str())),
    );
    // What the generators put in a template's context: `page.insert("key", ...)`.
    let mut sources = Vec::new();
    rust_files(&root.join("src/outputs"), &mut sources);
    let mut keys = std::collections::BTreeSet::new();
    for path in sources {
        let code = std::fs::read_to_string(path).unwrap();
        for (at, _) in code.match_indices(".insert(") {
            let before = code[..at].trim_end();
            if !(before.ends_with("page") || before.ends_with("context")) {
                continue;
            }
            let after = code[at + ".insert(".len()..].trim_start();
            if let Some(rest) = after.strip_prefix('"') {
                keys.insert(rest.split('"').next().unwrap().to_owned());
            }
        }
    }
    missing.extend(
        keys.into_iter()
            .filter(|key| !themes.contains(&format!("`{key}`"))),
    );
    assert!(
        missing.is_empty(),
        "the README's Themes section does not name: {missing:?}"
    );
}
