//! The test harness: a fixture site copied into a temporary folder, the real `bayan` binary run
//! on it, and small helpers to read what it wrote and query its HTML with CSS selectors.
//!
//! ```ignore
//! let site = Site::fixture("minimal").with_file("content/stories/x/index.en.md", "...");
//! let out = site.build().success().tree();
//! assert_eq!(out.page("/en/").attr("html", "dir"), "ltr");
//! ```

use std::collections::BTreeMap;
use std::ffi::OsString;
use std::fmt;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use scraper::{ElementRef, Html, Selector};
use tempfile::TempDir;

/// The instant every build is judged at unless a test passes its own `--now`.
pub const NOW: &str = "2026-01-01T00:00:00Z";

/// A site being tested: a private copy of a fixture under a temporary folder.
pub struct Site {
    dir: TempDir,
    root: PathBuf,
}

impl Site {
    /// A fresh copy of `tests/fixtures/<name>/` at `<tempdir>/site`.
    pub fn fixture(name: &str) -> Site {
        let source = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures")
            .join(name);
        assert!(source.is_dir(), "no fixture at {}", source.display());
        let dir = tempfile::Builder::new()
            .prefix("bayan-test-")
            .tempdir()
            .expect("create a temporary folder");
        let root = dir.path().join("site");
        copy_dir(&source, &root);
        Site { dir, root }
    }

    /// A fresh copy of the repository's sample site (`site.yaml`, `content/` and `brand/`).
    pub fn sample() -> Site {
        let source = Path::new(env!("CARGO_MANIFEST_DIR"));
        let dir = tempfile::Builder::new()
            .prefix("bayan-test-")
            .tempdir()
            .expect("create a temporary folder");
        let root = dir.path().join("site");
        for folder in ["content", "brand"] {
            copy_dir(&source.join(folder), &root.join(folder));
        }
        fs::copy(source.join("site.yaml"), root.join("site.yaml")).expect("copy site.yaml");
        Site { dir, root }
    }

    /// Adds or replaces a file of the site (chainable form of [`Site::write`]).
    pub fn with_file(self, path: &str, contents: &str) -> Site {
        self.write(path, contents);
        self
    }

    /// Adds or replaces a file of the site, creating its folders.
    pub fn write(&self, path: &str, contents: &str) {
        self.write_bytes(path, contents.as_bytes());
    }

    /// [`Site::write`] for a file that is not text (an image).
    pub fn write_bytes(&self, path: &str, contents: &[u8]) {
        let target = self.root.join(path);
        fs::create_dir_all(target.parent().expect("a file has a parent")).expect("create folders");
        fs::write(&target, contents).expect("write a site file");
    }

    /// Replaces the site's file at `path` with a link to `target` (outside the site).
    pub fn link(&self, path: &str, target: &Path) {
        let at = self.root.join(path);
        fs::create_dir_all(at.parent().expect("a file has a parent")).expect("create folders");
        let _ = fs::remove_file(&at);
        std::os::unix::fs::symlink(target, &at).expect("make a link");
    }

    /// The site folder (holding site.yaml and content/).
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// The temporary folder holding the site folder, for outputs outside the site.
    pub fn scratch(&self) -> &Path {
        self.dir.path()
    }

    /// Where [`Site::build`] writes: `<site>/public`.
    pub fn output(&self) -> PathBuf {
        self.root.join("public")
    }

    /// `bayan build --root <site> --output <site>/public --now NOW`.
    pub fn build(&self) -> Run {
        self.build_with(&[])
    }

    /// [`Site::build`] with more arguments; `--now` in `args` replaces the default one. A
    /// preview (`--drafts`, `--preview`) goes to `<site>/preview`, as bayan's own default, since
    /// it may not share the public site's folder.
    pub fn build_with(&self, args: &[&str]) -> Run {
        if args.iter().any(|a| *a == "--drafts" || *a == "--preview") {
            self.build_to(&self.root.join("preview"), args)
        } else {
            self.build_to(&self.output(), args)
        }
    }

    /// `bayan build` into another output folder.
    pub fn build_to(&self, output: &Path, args: &[&str]) -> Run {
        let mut all: Vec<OsString> = vec![
            "build".into(),
            "--root".into(),
            self.root.clone().into(),
            "--output".into(),
            output.into(),
        ];
        if !args.contains(&"--now") {
            all.extend(["--now".into(), NOW.into()]);
        }
        all.extend(args.iter().map(OsString::from));
        bayan(&all, output)
    }

    /// Runs the pipeline in memory through the library, writing nothing.
    pub fn render(&self, drafts: bool) -> Result<Tree, String> {
        let options = self.options(drafts);
        in_memory(bayan::render_site(&options)).map(|(tree, _)| tree)
    }

    /// [`Site::render`] as the live preview does it, reusing `cache` from earlier builds; also
    /// gives the number of files the build made.
    pub fn render_cached(&self, cache: &bayan::BuildCache) -> Result<(Tree, usize), String> {
        in_memory(bayan::render_site_cached(&self.options(false), cache))
    }

    /// The options of a build of this site at [`NOW`], as the tests make it.
    pub fn options(&self, drafts: bool) -> bayan::BuildOptions {
        bayan::BuildOptions {
            root: self.root.clone(),
            output: self.output(),
            overrides: bayan::Overrides::default(),
            drafts,
            embargoed: false,
            live: false,
            now: Some(NOW.parse().expect("NOW is an instant")),
            image_cache: None,
        }
    }

    /// Dates every file of the site an hour back, as the files of a site being edited are:
    /// the preview trusts its cache only for files not changed in the last moment.
    pub fn age(&self) {
        let past = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
        for path in Tree::read(&self.root).files.keys() {
            fs::File::options()
                .write(true)
                .open(self.root.join(path))
                .and_then(|file| file.set_modified(past))
                .expect("date a site file");
        }
    }

    /// Removes a file of the site.
    pub fn remove(&self, path: &str) {
        fs::remove_file(self.root.join(path)).expect("remove a site file");
    }

    /// Every file under the site folder, to check that something was or was not written.
    pub fn snapshot(&self) -> Tree {
        Tree::read(&self.root)
    }
}

fn in_memory(
    result: Result<bayan::BuildReport, bayan::Diagnostics>,
) -> Result<(Tree, usize), String> {
    match result {
        Ok(report) => Ok((
            Tree {
                files: report
                    .tree
                    .files()
                    .map(|(path, bytes)| (path.to_owned(), bytes.expect("a built file").to_vec()))
                    .collect(),
            },
            report.rendered,
        )),
        Err(problems) => Err(problems
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("\n")),
    }
}

/// The `bayan` binary, speaking English whatever the locale of the machine running the tests.
pub fn bayan_command() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_bayan"));
    command
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C.UTF-8");
    command
}

/// Runs the `bayan` binary with `args`; `output` is where its site is expected.
/// The repository's own sample site, built at [`NOW`] into a temporary folder.
pub fn build_sample() -> Tree {
    let scratch = tempfile::tempdir().expect("a temporary folder");
    let output = scratch.path().join("public");
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let args: Vec<OsString> = vec![
        "build".into(),
        "--root".into(),
        root.into(),
        "--output".into(),
        output.clone().into(),
        "--now".into(),
        NOW.into(),
    ];
    bayan(&args, &output).success().tree()
}

pub fn bayan(args: &[OsString], output: &Path) -> Run {
    bayan_in(bayan_command(), args, output)
}

/// Runs `command` (the binary, with its environment set) with `args`.
pub fn bayan_in(mut command: Command, args: &[OsString], output: &Path) -> Run {
    let result = command.args(args).output().expect("run the bayan binary");
    Run {
        args: args
            .iter()
            .map(|a| a.to_string_lossy().into_owned())
            .collect(),
        code: result.status.code(),
        stdout: String::from_utf8_lossy(&result.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&result.stderr).into_owned(),
        output: output.to_path_buf(),
    }
}

/// A finished run of the binary.
pub struct Run {
    args: Vec<String>,
    pub code: Option<i32>,
    pub stdout: String,
    pub stderr: String,
    output: PathBuf,
}

impl fmt::Display for Run {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "bayan {}\nexit code: {:?}\n--- stdout\n{}--- stderr\n{}",
            self.args.join(" "),
            self.code,
            self.stdout,
            self.stderr
        )
    }
}

impl Run {
    pub fn success(self) -> Run {
        assert_eq!(self.code, Some(0), "expected success:\n{self}");
        self
    }

    /// Asserts the exit code (1 content errors, 2 usage errors).
    pub fn fails_with(self, code: i32) -> Run {
        assert_eq!(self.code, Some(code), "expected exit code {code}:\n{self}");
        self
    }

    pub fn stderr_has(self, needle: &str) -> Run {
        assert!(
            self.stderr.contains(needle),
            "stderr lacks {needle:?}:\n{self}"
        );
        self
    }

    pub fn stdout_has(self, needle: &str) -> Run {
        assert!(
            self.stdout.contains(needle),
            "stdout lacks {needle:?}:\n{self}"
        );
        self
    }

    pub fn stderr_lacks(self, needle: &str) -> Run {
        assert!(
            !self.stderr.contains(needle),
            "stderr has {needle:?}:\n{self}"
        );
        self
    }

    /// Asserts a message `path:line:col: <severity>: ...message...` on stderr.
    pub fn reports(self, path: &str, line: usize, severity: &str, message: &str) -> Run {
        let prefix = format!("{path}:{line}:");
        let found = self.stderr.lines().any(|l| {
            l.starts_with(&prefix)
                && (l.contains(&format!(": {severity}: ")) || l.contains(&format!(": {severity}[")))
                && l.contains(message)
        });
        assert!(
            found,
            "no `{prefix}<col>: {severity}: ...{message}...` on stderr:\n{self}"
        );
        self
    }

    /// Reads the output folder of this run.
    pub fn tree(&self) -> Tree {
        assert!(
            self.output.is_dir(),
            "no output folder {}:\n{self}",
            self.output.display()
        );
        Tree::read(&self.output)
    }
}

/// A built site (or any folder): relative `/`-separated path to bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tree {
    pub files: BTreeMap<String, Vec<u8>>,
}

impl Tree {
    pub fn read(dir: &Path) -> Tree {
        let mut files = BTreeMap::new();
        if dir.exists() {
            read_into(dir, "", &mut files);
        }
        Tree { files }
    }

    /// Whether the page at `url` (`/en/` -> `en/index.html`) or file exists.
    pub fn has(&self, url: &str) -> bool {
        self.files.contains_key(&file_for(url))
    }

    pub fn bytes(&self, url: &str) -> &[u8] {
        let file = file_for(url);
        match self.files.get(&file) {
            Some(bytes) => bytes,
            None => panic!("no file {file} in the output; it has:\n{}", self.listing()),
        }
    }

    pub fn text(&self, url: &str) -> &str {
        std::str::from_utf8(self.bytes(url)).expect("UTF-8 output")
    }

    /// The HTML page at `url`, parsed.
    pub fn page(&self, url: &str) -> Page {
        Page {
            url: url.to_owned(),
            html: Html::parse_document(self.text(url)),
        }
    }

    /// Every HTML file, parsed.
    pub fn pages(&self) -> impl Iterator<Item = Page> + '_ {
        self.files
            .iter()
            .filter(|(path, _)| path.ends_with(".html"))
            .map(|(path, bytes)| Page {
                url: format!("/{path}"),
                html: Html::parse_document(&String::from_utf8_lossy(bytes)),
            })
    }

    /// Paths of the files whose text contains `needle`, ignoring case.
    pub fn containing(&self, needle: &str) -> Vec<&str> {
        let needle = needle.to_lowercase();
        self.files
            .iter()
            .filter(|(_, bytes)| {
                String::from_utf8_lossy(bytes)
                    .to_lowercase()
                    .contains(&needle)
            })
            .map(|(path, _)| path.as_str())
            .collect()
    }

    pub fn listing(&self) -> String {
        self.files.keys().cloned().collect::<Vec<_>>().join("\n")
    }

    /// Panics naming every path that differs from `other`.
    pub fn assert_same(&self, other: &Tree) {
        let mut differences = Vec::new();
        for path in self.files.keys().chain(other.files.keys()) {
            if self.files.get(path) != other.files.get(path) && !differences.contains(path) {
                differences.push(path.clone());
            }
        }
        assert!(
            differences.is_empty(),
            "the trees differ at:\n{}",
            differences.join("\n")
        );
    }
}

/// One parsed HTML page.
pub struct Page {
    pub url: String,
    pub html: Html,
}

impl Page {
    /// Every element matching `css`.
    pub fn select(&self, css: &str) -> Vec<ElementRef<'_>> {
        let selector = Selector::parse(css).unwrap_or_else(|e| panic!("bad selector {css}: {e}"));
        self.html.select(&selector).collect()
    }

    pub fn count(&self, css: &str) -> usize {
        self.select(css).len()
    }

    /// The one element matching `css`.
    pub fn one(&self, css: &str) -> ElementRef<'_> {
        let found = self.select(css);
        assert_eq!(
            found.len(),
            1,
            "{}: expected one `{css}`, found {}:\n{}",
            self.url,
            found.len(),
            found
                .iter()
                .map(|e| e.html())
                .collect::<Vec<_>>()
                .join("\n")
        );
        found[0]
    }

    /// An attribute of the one element matching `css`.
    pub fn attr(&self, css: &str, name: &str) -> String {
        let element = self.one(css);
        element
            .value()
            .attr(name)
            .unwrap_or_else(|| panic!("{}: `{css}` has no {name}: {}", self.url, element.html()))
            .to_owned()
    }

    /// The attribute `name` of every element matching `css`, in document order.
    pub fn attrs(&self, css: &str, name: &str) -> Vec<String> {
        self.select(css)
            .iter()
            .map(|e| e.value().attr(name).unwrap_or_default().to_owned())
            .collect()
    }

    /// The text of the one element matching `css`, whitespace as written.
    pub fn text(&self, css: &str) -> String {
        self.one(css).text().collect()
    }

    /// The texts of every element matching `css`, trimmed.
    pub fn texts(&self, css: &str) -> Vec<String> {
        self.select(css)
            .iter()
            .map(|e| e.text().collect::<String>().trim().to_owned())
            .collect()
    }

    /// `lang` and `dir` of the `<html>` element.
    pub fn lang_dir(&self) -> (String, String) {
        let html = self.one("html");
        let get = |name| html.value().attr(name).unwrap_or_default().to_owned();
        (get("lang"), get("dir"))
    }
}

/// The file a URL is published at, as bayan writes it: `/en/` -> `en/index.html`.
pub fn file_for(url: &str) -> String {
    let path = url.trim_start_matches('/');
    if path.is_empty() || path.ends_with('/') {
        format!("{path}index.html")
    } else {
        path.to_owned()
    }
}

fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).expect("create a folder");
    for entry in fs::read_dir(from).expect("read a fixture folder") {
        let entry = entry.expect("read a fixture entry");
        let target = to.join(entry.file_name());
        if entry.file_type().expect("file type").is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), &target).expect("copy a fixture file");
        }
    }
}

fn read_into(dir: &Path, prefix: &str, files: &mut BTreeMap<String, Vec<u8>>) {
    for entry in fs::read_dir(dir).expect("read an output folder") {
        let entry = entry.expect("read an output entry");
        let name = entry.file_name().to_string_lossy().into_owned();
        let path = format!("{prefix}{name}");
        if entry.file_type().expect("file type").is_dir() {
            read_into(&entry.path(), &format!("{path}/"), files);
        } else {
            files.insert(path, fs::read(entry.path()).expect("read an output file"));
        }
    }
}
