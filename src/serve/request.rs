//! The preview's side of HTTP/1.1: the head of a request, read with a size limit, and a response
//! written whole, one per connection. Browsers ask nothing more of a local preview, and every
//! limit here is one an unfinished or oversized request cannot get around.

use std::io::Write;

/// The most a request's head (request line and headers) may take. Browsers send a few hundred
/// bytes; servers commonly refuse beyond 8-16 KiB.
pub(super) const MOST_HEAD_BYTES: usize = 16 * 1024;

/// More headers than a browser sends.
const MOST_HEADERS: usize = 64;

/// A request the preview can answer.
#[derive(Debug)]
pub(super) struct Request {
    /// The address asked for, as sent (`/en/stories/?q=1`).
    pub target: String,
    /// The Host header, when there was one.
    pub host: Option<String>,
    /// A HEAD request: the same answer without its body.
    pub head_only: bool,
}

/// What the bytes received so far make of a request.
#[derive(Debug)]
pub(super) enum Head {
    Complete(Request),
    /// The head has not ended yet: read more.
    Partial,
    /// Answered with this status and the connection closed.
    Refused(u16),
}

/// Reads a request's head from its first bytes.
pub(super) fn parse(bytes: &[u8]) -> Head {
    let mut headers = [httparse::EMPTY_HEADER; MOST_HEADERS];
    let mut request = httparse::Request::new(&mut headers);
    match request.parse(bytes) {
        Ok(httparse::Status::Complete(_)) => {}
        Ok(httparse::Status::Partial) if bytes.len() >= MOST_HEAD_BYTES => {
            return Head::Refused(431);
        }
        Ok(httparse::Status::Partial) => return Head::Partial,
        Err(httparse::Error::TooManyHeaders) => return Head::Refused(431),
        Err(_) => return Head::Refused(400),
    }
    let head_only = match request.method {
        Some("GET") => false,
        Some("HEAD") => true,
        _ => return Head::Refused(405),
    };
    let Some(target) = request.path.filter(|path| path.starts_with('/')) else {
        return Head::Refused(400);
    };
    let mut hosts = request
        .headers
        .iter()
        .filter(|header| header.name.eq_ignore_ascii_case("Host"));
    let host = match (hosts.next(), hosts.next()) {
        (Some(header), None) => match std::str::from_utf8(header.value) {
            Ok(value) => Some(value.trim().to_owned()),
            Err(_) => return Head::Refused(400),
        },
        (None, _) => None,
        // Two names for one request: which one the browser meant cannot be told.
        (Some(_), Some(_)) => return Head::Refused(400),
    };
    Head::Complete(Request {
        target: target.to_owned(),
        host,
        head_only,
    })
}

/// A response, sent whole and followed by the end of the connection.
#[derive(Debug)]
pub(super) struct Response {
    status: u16,
    headers: Vec<(&'static str, String)>,
    body: Vec<u8>,
}

impl Response {
    pub(super) fn new(status: u16) -> Self {
        Response {
            status,
            headers: Vec::new(),
            body: Vec::new(),
        }
    }

    /// A short plain-text answer, for refusals a person may read.
    pub(super) fn text(status: u16, text: &str) -> Self {
        Response::new(status)
            .header("Content-Type", "text/plain; charset=utf-8")
            .body(text.as_bytes().to_vec())
    }

    pub(super) fn header(mut self, name: &'static str, value: &str) -> Self {
        self.headers.push((name, value.to_owned()));
        self
    }

    pub(super) fn body(mut self, body: Vec<u8>) -> Self {
        self.body = body;
        self
    }

    /// Writes the response; the body is left out for a HEAD request.
    pub(super) fn send(&self, to: &mut impl Write, head_only: bool) -> std::io::Result<()> {
        let mut head = format!("HTTP/1.1 {} {}\r\n", self.status, reason(self.status));
        for (name, value) in &self.headers {
            head.push_str(&format!("{name}: {value}\r\n"));
        }
        head.push_str(&format!(
            "Content-Length: {}\r\nConnection: close\r\n\r\n",
            self.body.len()
        ));
        to.write_all(head.as_bytes())?;
        if !head_only {
            to.write_all(&self.body)?;
        }
        to.flush()
    }
}

fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        301 => "Moved Permanently",
        400 => "Bad Request",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        408 => "Request Timeout",
        431 => "Request Header Fields Too Large",
        503 => "Service Unavailable",
        _ => "",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn complete(bytes: &[u8]) -> Request {
        match parse(bytes) {
            Head::Complete(request) => request,
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_browser_request_is_read_with_its_host() {
        let request =
            complete(b"GET /en/?q=1 HTTP/1.1\r\nhost: localhost:8000\r\nAccept: */*\r\n\r\n");
        assert_eq!(request.target, "/en/?q=1");
        assert_eq!(request.host.as_deref(), Some("localhost:8000"));
        assert!(!request.head_only);
        assert!(complete(b"HEAD / HTTP/1.1\r\n\r\n").head_only);
    }

    #[test]
    fn an_unfinished_head_waits_until_it_is_too_long() {
        assert!(matches!(parse(b"GET / HTTP/1.1\r\nHost: a"), Head::Partial));
        let long = format!("GET / HTTP/1.1\r\nX: {}", "a".repeat(MOST_HEAD_BYTES));
        assert!(matches!(parse(long.as_bytes()), Head::Refused(431)));
    }

    #[test]
    fn what_the_preview_cannot_answer_is_refused() {
        for (bytes, status) in [
            (&b"POST / HTTP/1.1\r\n\r\n"[..], 405),
            (b"GET http://example.com/ HTTP/1.1\r\n\r\n", 400),
            (b"GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n", 400),
            (b"\x00\x01\x02 garbage\r\n\r\n", 400),
        ] {
            assert!(
                matches!(parse(bytes), Head::Refused(s) if s == status),
                "{}",
                String::from_utf8_lossy(bytes)
            );
        }
        let many = format!(
            "GET / HTTP/1.1\r\n{}\r\n",
            "X: y\r\n".repeat(MOST_HEADERS + 1)
        );
        assert!(matches!(parse(many.as_bytes()), Head::Refused(431)));
    }
}
