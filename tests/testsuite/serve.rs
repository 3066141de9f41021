//! The live preview, driven as a writer would: start it, fetch pages, edit a story, see the new
//! text and the reload event, break the YAML, see the error over the old page, fix it.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Stdio};
use std::time::{Duration, Instant};

use scraper::{Html, Selector};

use crate::harness::{Site, Tree};

const STORY: &str = "content/stories/hello/index.en.md";

/// A running `bayan serve`, stopped when dropped.
pub struct Preview {
    child: Child,
    pub address: String,
}

impl Preview {
    pub fn start(site: &Site) -> Preview {
        Preview::start_with(site, &[])
    }

    /// `bayan serve` with more arguments (`--preview`).
    pub fn start_with(site: &Site, args: &[&str]) -> Preview {
        let mut child = crate::harness::bayan_command()
            .args(["serve", "--port", "0", "--now", "2026-01-01T00:00:00Z"])
            .args(args)
            .arg("--root")
            .arg(site.root())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("start bayan serve");
        let stdout = child.stdout.take().expect("stdout");
        let mut lines = BufReader::new(stdout).lines();
        let address = loop {
            let line = lines
                .next()
                .expect("bayan serve printed its address")
                .unwrap();
            if let Some(rest) = line.strip_prefix("Serving the site at http://") {
                break rest.split('/').next().unwrap().to_owned();
            }
        };
        // Keep reading so the preview never blocks on a full pipe.
        std::thread::spawn(move || for _ in lines {});
        Preview { child, address }
    }

    /// (status, body) of a GET.
    pub fn get(&self, path: &str) -> (u16, Vec<u8>) {
        let (status, _, body) = self.get_at(path, &self.address);
        (status, body)
    }

    /// (status, head, body) of a GET sent with `host` as its Host header.
    pub fn get_at(&self, path: &str, host: &str) -> (u16, String, Vec<u8>) {
        let mut stream = TcpStream::connect(&self.address).unwrap();
        stream
            .set_read_timeout(Some(Duration::from_secs(10)))
            .unwrap();
        write!(
            stream,
            "GET {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n"
        )
        .unwrap();
        let mut response = Vec::new();
        stream.read_to_end(&mut response).unwrap();
        let split = response.windows(4).position(|w| w == b"\r\n\r\n").unwrap();
        let head = String::from_utf8_lossy(&response[..split]).into_owned();
        let status = head.split(' ').nth(1).unwrap().parse().unwrap();
        let mut body = response[split + 4..].to_vec();
        if head
            .to_ascii_lowercase()
            .contains("transfer-encoding: chunked")
        {
            body = dechunk(&body);
        }
        (status, head, body)
    }

    /// A figure of the preview's process from `/proc/<pid>/status` (`Threads`, `VmHWM` in kB).
    pub fn process_figure(&self, field: &str) -> u64 {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.child.id())).unwrap();
        status
            .lines()
            .find_map(|line| line.strip_prefix(field)?.strip_prefix(':'))
            .and_then(|value| value.split_whitespace().next()?.parse().ok())
            .unwrap_or_else(|| panic!("no {field} in\n{status}"))
    }

    fn text(&self, path: &str) -> String {
        String::from_utf8(self.get(path).1).unwrap()
    }

    /// Polls until `path` contains `needle` (rebuilds take a moment), or fails after 10 s.
    fn wait_for(&self, path: &str, needle: &str) -> String {
        let started = Instant::now();
        loop {
            let text = self.text(path);
            if text.contains(needle) {
                return text;
            }
            assert!(
                started.elapsed() < Duration::from_secs(10),
                "{path} never showed {needle:?}:\n{text}"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

impl Drop for Preview {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn dechunk(mut body: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    loop {
        let end = body.windows(2).position(|w| w == b"\r\n").unwrap();
        let size =
            usize::from_str_radix(std::str::from_utf8(&body[..end]).unwrap().trim(), 16).unwrap();
        if size == 0 {
            return out;
        }
        out.extend_from_slice(&body[end + 2..end + 2 + size]);
        body = &body[end + 2 + size + 2..];
    }
}

/// The page without what the preview adds to it.
fn without_live_reload(html: &str) -> String {
    let mut out = html.to_owned();
    while let (Some(start), Some(end)) = (
        out.find("<!-- bayan live reload -->"),
        out.find("<!-- /bayan live reload -->"),
    ) {
        out.replace_range(start..end + "<!-- /bayan live reload -->".len(), "");
    }
    out
}

#[test]
fn the_preview_serves_exactly_what_build_writes() {
    let site = Site::fixture("minimal");
    let preview = Preview::start(&site);
    let base = format!("http://{}/", preview.address);
    let built: Tree = site.build_with(&["--base-url", &base]).success().tree();
    let mut compared = 0;
    for (path, bytes) in &built.files {
        if path == ".bayan-output" {
            continue;
        }
        let url = format!("/{}", path.trim_end_matches("index.html"));
        let (status, served) = preview.get(&url);
        assert_eq!(status, 200, "{url}");
        if path.ends_with(".html") {
            assert_eq!(
                without_live_reload(&String::from_utf8_lossy(&served)),
                String::from_utf8_lossy(bytes),
                "{url}"
            );
        } else {
            assert_eq!(&served, bytes, "{url}");
        }
        compared += 1;
    }
    assert!(compared > 20);
}

#[test]
fn edits_rebuild_and_reload_and_errors_show_over_the_last_good_site() {
    let site = Site::fixture("minimal");
    let preview = Preview::start(&site);
    let page = preview.text("/en/stories/hello/");
    assert!(page.contains("<h1>Hello world</h1>"));
    assert!(page.contains("EventSource"));

    // The event stream announces the current version, then the next one after an edit.
    let mut events = TcpStream::connect(&preview.address).unwrap();
    events
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    write!(
        events,
        "GET /__bayan/events HTTP/1.1\r\nHost: {}\r\n\r\n",
        preview.address
    )
    .unwrap();
    let mut events = BufReader::new(events);
    let first = next_version(&mut events);

    site.write(
        STORY,
        "---\ntitle: \"Hello again\"\ndate: 2024-05-12\n---\nNew text.\n",
    );
    preview.wait_for("/en/stories/hello/", "<h1>Hello again</h1>");
    assert_ne!(next_version(&mut events), first);

    site.write(STORY, "---\ntitle: [\ndate: 2024-05-12\n---\nBroken.\n");
    let broken = preview.wait_for("/en/stories/hello/", "bayan-error");
    assert!(
        broken.contains("<h1>Hello again</h1>"),
        "the last good page is still served"
    );
    assert!(
        broken.contains("content/stories/hello/index.en.md:2:"),
        "{broken}"
    );
    // Over an Arabic page the overlay speaks Arabic, right to left, and each line keeps its
    // own direction, so the file name and the quoted line read as written.
    let arabic = preview.text("/ar/stories/hello/");
    let overlay = Html::parse_document(&arabic);
    let alert = overlay
        .select(&Selector::parse("#bayan-error").unwrap())
        .next()
        .expect("the overlay on the Arabic page");
    assert_eq!(alert.value().attr("lang"), Some("ar"));
    assert_eq!(alert.value().attr("dir"), Some("rtl"));
    let text: String = alert.text().collect();
    assert!(text.contains("تعذّر بناء الموقع"), "{text}");
    assert!(text.contains("خطأ["), "{text}");
    let places = Selector::parse("#bayan-error div[dir=ltr] bdi").unwrap();
    assert!(
        overlay.select(&places).any(|place| place
            .text()
            .collect::<String>()
            .starts_with("content/stories/hello/index.en.md:2:")),
        "{text}"
    );
    assert!(
        !preview.text("/en/stories/hello/").contains("تعذّر"),
        "the English page keeps an English overlay"
    );

    site.write(
        STORY,
        "---\ntitle: \"Fixed\"\ndate: 2024-05-12\n---\nText.\n",
    );
    let fixed = preview.wait_for("/en/stories/hello/", "<h1>Fixed</h1>");
    assert!(!fixed.contains("bayan-error"));
    assert!(!site.output().exists(), "the preview wrote public/");
}

#[test]
fn nothing_outside_the_site_can_be_reached() {
    let site = Site::fixture("minimal").with_file("secret.txt", "SECRET");
    let preview = Preview::start(&site);
    for path in [
        "/../secret.txt",
        "/%2e%2e/secret.txt",
        "/site.yaml",
        "/content/stories/hello/index.en.md",
        "/..%2f..%2fetc/passwd",
    ] {
        let (status, body) = preview.get(path);
        assert_eq!(status, 404, "{path}");
        assert!(!String::from_utf8_lossy(&body).contains("SECRET"));
    }
    assert_eq!(preview.get("/en").0, 301);
}

fn next_version(events: &mut BufReader<TcpStream>) -> String {
    let mut line = String::new();
    loop {
        line.clear();
        events.read_line(&mut line).expect("an event");
        if let Some(version) = line.strip_prefix("data: ") {
            return version.trim().to_owned();
        }
    }
}

#[test]
fn a_site_broken_from_the_start_shows_its_problems_and_recovers() {
    let site = Site::fixture("minimal").with_file(STORY, "---\ntitle: [\n---\n");
    let preview = Preview::start(&site);
    let (status, body) = preview.get("/en/");
    assert_eq!(status, 503);
    let body = String::from_utf8(body).unwrap();
    assert!(
        body.contains("bayan-error") && body.contains("index.en.md:2:"),
        "{body}"
    );
    assert!(body.contains("EventSource"));
    site.write(
        STORY,
        "---\ntitle: \"Hello world\"\ndate: 2024-05-12\n---\nText.\n",
    );
    preview.wait_for("/en/stories/hello/", "<h1>Hello world</h1>");
}
