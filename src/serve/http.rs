//! Answers the preview's HTTP requests from the in-memory tree, adds the live-reload script to
//! HTML pages, shows the last build's problems over the page, and streams reload events.

use std::io::Write;
use std::time::Duration;

use tiny_http::{Header, Request, Response, StatusCode};

use super::LiveSite;
use crate::urls;

const EVENTS: &str = "/__bayan/events";

/// Reloads the page when the site is rebuilt; shows the problems when a build fails.
const LIVE_SCRIPT: &str = r#"<!-- bayan live reload --><script>
(() => {
  const events = new EventSource("/__bayan/events");
  let version = null;
  events.addEventListener("version", (e) => {
    if (version !== null && e.data !== version) location.reload();
    version = e.data;
  });
})();
</script><!-- /bayan live reload -->"#;

const WAITING: &str = "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>bayan preview</title></head><body><p>The site has not been built yet.</p></body></html>";

pub(super) fn is_event_stream(request: &Request) -> bool {
    request.url() == EVENTS
}

pub(super) fn respond(request: Request, site: &LiveSite) {
    let snapshot = site.snapshot();
    let path = request
        .url()
        .split(['?', '#'])
        .next()
        .unwrap_or("/")
        .to_owned();
    let file = urls::file_for(&path);
    let tree = &snapshot.tree;
    // A folder asked for without its final slash: send the browser to the real address.
    if tree.get(&file).is_none() && tree.get(&format!("{file}/index.html")).is_some() {
        let location = format!("{path}/");
        let mut response = Response::empty(StatusCode(301));
        if let Some(header) = header("Location", &location) {
            response.add_header(header);
        }
        let _ = request.respond(response);
        return;
    }
    let (status, file, bytes) = match tree.get(&file) {
        Some(bytes) => (200, file, bytes),
        None => match tree.get("404.html") {
            Some(bytes) => (404, "404.html".to_owned(), bytes),
            // Nothing has built yet: a blank page that shows the problems and reloads.
            None => (503, "waiting.html".to_owned(), WAITING.as_bytes()),
        },
    };
    let mime = media_type(&file);
    let body = if mime.starts_with("text/html") {
        with_live_script(bytes, snapshot.error.as_deref())
    } else {
        bytes.to_vec()
    };
    let mut response = Response::from_data(body).with_status_code(StatusCode(status));
    for header in [
        header("Content-Type", mime),
        header("Cache-Control", "no-store"),
    ]
    .into_iter()
    .flatten()
    {
        response.add_header(header);
    }
    let _ = request.respond(response);
}

/// Streams `version` events: one now, and one after every rebuild.
pub(super) fn events(request: Request, site: &LiveSite) {
    let mut writer = request.into_writer();
    let head = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-store\r\nConnection: keep-alive\r\n\r\n";
    if writer.write_all(head.as_bytes()).is_err() {
        return;
    }
    let mut seen = site.snapshot().version;
    let mut message = format!("event: version\ndata: {seen}\n\n");
    loop {
        if writer
            .write_all(message.as_bytes())
            .and_then(|()| writer.flush())
            .is_err()
        {
            return;
        }
        let snapshot = site.wait_for_change(seen, Duration::from_secs(15));
        message = if snapshot.version == seen {
            // A comment keeps the connection alive and finds closed ones.
            ": ping\n\n".to_owned()
        } else {
            seen = snapshot.version;
            format!("event: version\ndata: {seen}\n\n")
        };
    }
}

/// The page with the live-reload script, and the build's problems over it when it failed.
fn with_live_script(html: &[u8], error: Option<&str>) -> Vec<u8> {
    let mut insert = String::from(LIVE_SCRIPT);
    if let Some(error) = error {
        insert.push_str(&overlay(error));
    }
    let text = String::from_utf8_lossy(html);
    let at = text.rfind("</body>").unwrap_or(text.len());
    let mut out = String::with_capacity(text.len() + insert.len());
    out.push_str(&text[..at]);
    out.push_str(&insert);
    out.push_str(&text[at..]);
    out.into_bytes()
}

fn overlay(error: &str) -> String {
    format!(
        "<!-- bayan live reload --><div id=\"bayan-error\" role=\"alert\" lang=\"en\" dir=\"ltr\" style=\"position:fixed;inset:auto 0 0 0;max-height:60vh;overflow:auto;z-index:99999;background:#2a0a12;color:#fff;font:14px/1.5 ui-monospace,monospace;padding:1rem 1.25rem;border-top:6px solid #e5243b\"><strong style=\"font:600 16px/1.4 system-ui,sans-serif\">The site could not be built. Fix the problem below and save: this page reloads by itself. Until then the preview shows the last version that built.</strong><pre style=\"white-space:pre-wrap;margin:.75rem 0 0\">{}</pre></div><!-- /bayan live reload -->",
        quick_xml::escape::escape(error)
    )
}

fn header(name: &str, value: &str) -> Option<Header> {
    Header::from_bytes(name.as_bytes(), value.as_bytes()).ok()
}

/// The media type of a file by its extension.
fn media_type(path: &str) -> &'static str {
    match path.rsplit('.').next().unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" => "text/javascript; charset=utf-8",
        "xml" => "application/xml; charset=utf-8",
        "json" => "application/json; charset=utf-8",
        "opml" => "text/x-opml; charset=utf-8",
        "txt" => "text/plain; charset=utf-8",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "webp" => "image/webp",
        "gif" => "image/gif",
        "pdf" => "application/pdf",
        "zip" => "application/zip",
        _ => "application/octet-stream",
    }
}
