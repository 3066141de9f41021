//! Answers the preview's HTTP requests from the in-memory tree, adds the live-reload script to
//! HTML pages, and shows the last build's problems over the page.

use super::LiveSite;
use super::request::{Request, Response};
use crate::diagnostic::Diagnostics;
use crate::messages::{Said, Speech};
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
    request.target == EVENTS
}

/// Whether the request names the preview by an address, or by `localhost`: a browser asked for
/// a page of another name (an attacker's name made to resolve to this machine, "DNS
/// rebinding") would hand that page the preview, embargoed stories included.
pub(super) fn addressed_here(request: &Request) -> bool {
    let Some(host) = request.host.as_deref().map(str::to_ascii_lowercase) else {
        // Only browsers can be made to rebind a name, and they always send one.
        return true;
    };
    let name = match host.strip_prefix('[') {
        // `[::1]:8000`
        Some(bracketed) => bracketed.split(']').next().unwrap_or_default(),
        None => host.rsplit_once(':').map_or(host.as_str(), |(name, port)| {
            if port.bytes().all(|b| b.is_ascii_digit()) {
                name
            } else {
                host.as_str()
            }
        }),
    };
    name.parse::<std::net::IpAddr>().is_ok() || name == "localhost" || name.ends_with(".localhost")
}

/// The refusal of a request sent to the preview under another name.
pub(super) fn misaddressed() -> Response {
    Response::text(
        403,
        "This preview answers only at its own address (localhost or an IP address).\n",
    )
}

/// The answer to a request for a page or file of the site.
pub(super) fn answer(request: &Request, site: &LiveSite) -> Response {
    let snapshot = site.snapshot();
    let path = request
        .target
        .split(['?', '#'])
        .next()
        .unwrap_or("/")
        .to_owned();
    let file = urls::file_for(&path);
    let tree = &snapshot.tree;
    // A folder asked for without its final slash: send the browser to the real address.
    if !tree.contains(&file) && tree.contains(&format!("{file}/index.html")) {
        // One slash first, whatever the request had: `//host/` would send the browser away.
        let location = format!("/{}/", path.trim_start_matches(['/', '\\']));
        return Response::new(301).header("Location", &location);
    }
    let (status, file, bytes) = match tree.get(&file) {
        Some(bytes) => (200, file, bytes),
        None => match tree.get("404.html") {
            Some(bytes) => (404, "404.html".to_owned(), bytes),
            // Nothing has built yet: a blank page that shows the problems and reloads.
            None => (503, "waiting.html".to_owned(), WAITING.as_bytes().into()),
        },
    };
    let mime = media_type(&file);
    let body = if mime.starts_with("text/html") {
        with_live_script(&bytes, snapshot.error.as_deref())
    } else {
        bytes.into_owned()
    };
    Response::new(status)
        .header("Content-Type", mime)
        .header("Cache-Control", "no-store")
        .body(body)
}

/// The page with the live-reload script, and the build's problems over it when it failed, in
/// the page's language.
fn with_live_script(html: &[u8], error: Option<&Diagnostics>) -> Vec<u8> {
    let text = String::from_utf8_lossy(html);
    let mut insert = String::from(LIVE_SCRIPT);
    if let Some(error) = error {
        insert.push_str(&overlay(error, page_speech(&text)));
    }
    let at = text.rfind("</body>").unwrap_or(text.len());
    let mut out = String::with_capacity(text.len() + insert.len());
    out.push_str(&text[..at]);
    out.push_str(&insert);
    out.push_str(&text[at..]);
    out.into_bytes()
}

fn overlay(problems: &Diagnostics, speech: Speech) -> String {
    let (lang, dir) = match speech {
        Speech::Arabic => ("ar", "rtl"),
        Speech::English => ("en", "ltr"),
    };
    let problems: String = problems
        .iter()
        .map(|problem| overlay_problem(problem, speech))
        .collect();
    let title = Said::new("overlay-title").say(speech);
    let title = escape(&title);
    format!(
        "<!-- bayan live reload --><div id=\"bayan-error\" role=\"alert\" lang=\"{lang}\" dir=\"{dir}\" style=\"position:fixed;inset:auto 0 0 0;max-height:60vh;overflow:auto;z-index:99999;background:#2a0a12;color:#fff;font:14px/1.5 ui-monospace,monospace;padding:1rem 1.25rem;border-top:6px solid #e5243b\"><strong style=\"font:600 16px/1.4 system-ui,sans-serif\">{title}</strong><div style=\"white-space:pre-wrap\">{problems}</div></div><!-- /bayan live reload -->",
    )
}

/// One problem over the page. The place and the quoted source line are isolated and read left
/// to right, as the writer's editor shows them; the message and hint read in the page's
/// direction, with the words of other scripts inside them isolated by the browser.
fn overlay_problem(problem: &crate::diagnostic::Diagnostic, speech: Speech) -> String {
    let parts = problem.shown(speech).parts();
    let mut html = format!(
        "<div style=\"margin:.75rem 0 0\"><div dir=\"ltr\" style=\"opacity:.8\"><bdi>{}</bdi></div><div><strong>{}</strong>: {}</div>",
        escape(&parts.place),
        escape(&parts.label),
        escape(&parts.message)
    );
    if let Some((line, text, pointer)) = &parts.source {
        let gutter = " ".repeat(line.to_string().len());
        html.push_str(&format!(
            "<pre dir=\"ltr\" style=\"margin:.25rem 0;white-space:pre\">{line} | <bdi>{}</bdi>\n{gutter} | <bdi>{}</bdi></pre>",
            escape(text),
            escape(pointer)
        ));
    }
    if let Some(hint) = &parts.hint {
        html.push_str(&format!("<div>{}</div>", escape(hint)));
    }
    html.push_str("</div>");
    html
}

fn escape(text: &str) -> std::borrow::Cow<'_, str> {
    quick_xml::escape::escape(text)
}

/// The language of a page, by its `<html lang>`: the overlay speaks it.
fn page_speech(html: &str) -> Speech {
    let head = html.get(..html.len().min(2048)).unwrap_or(html);
    head.find("<html")
        .and_then(|start| {
            let tag = &head[start..];
            let tag = &tag[..tag.find('>').unwrap_or(tag.len())];
            let value = tag.split("lang=").nth(1)?.trim_start_matches(['"', '\'']);
            let end = value
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
                .unwrap_or(value.len());
            Speech::from_tag(&value[..end])
        })
        .unwrap_or_default()
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
