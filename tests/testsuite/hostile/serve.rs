//! The live preview against a web page that tries to read it: through a name of its own made to
//! resolve to this machine (DNS rebinding), or through a redirect that leaves the preview.

use crate::harness::Site;
use crate::serve::Preview;

const EMBARGOED: &str = "/en/stories/quokka-embargo/";

#[test]
fn a_preview_asked_for_under_another_name_answers_nothing() {
    let site = Site::fixture("drafts_embargo");
    let preview = Preview::start_with(&site, &["--preview"]);
    let port = preview.address.rsplit(':').next().unwrap().to_owned();
    // Its own addresses work, with or without the port.
    for host in [
        preview.address.clone(),
        format!("localhost:{port}"),
        "localhost".to_owned(),
        format!("[::1]:{port}"),
        "127.0.0.1".to_owned(),
    ] {
        assert_eq!(preview.get_at(EMBARGOED, &host).0, 200, "{host}");
    }
    for host in [
        format!("rebind.attacker.example:{port}"),
        "rebind.attacker.example".to_owned(),
        "localhost.attacker.example".to_owned(),
        "127.0.0.1.nip.io".to_owned(),
    ] {
        let (status, _, body) = preview.get_at(EMBARGOED, &host);
        assert_eq!(status, 403, "{host}");
        assert!(!String::from_utf8_lossy(&body).contains("quokka"), "{host}");
        assert_eq!(preview.get_at("/press/quokka-embargo.zip", &host).0, 403);
    }
}

#[test]
fn a_redirect_never_leaves_the_preview() {
    let site = Site::fixture("minimal");
    let preview = Preview::start(&site);
    for path in ["/en", "//en", "///en"] {
        let (status, head, _) = preview.get_at(path, &preview.address);
        assert_eq!(status, 301, "{path}");
        let location = head
            .lines()
            .find_map(|l| l.strip_prefix("Location: "))
            .unwrap_or_else(|| panic!("no Location for {path}:\n{head}"));
        assert_eq!(location, "/en/", "{path}");
    }
}

#[test]
fn live_reload_streams_are_capped_and_the_preview_keeps_serving() {
    use std::io::{Read, Write};
    let site = Site::fixture("minimal");
    let preview = Preview::start(&site);
    let open = |n: usize| {
        let mut stream = std::net::TcpStream::connect(&preview.address).unwrap();
        stream
            .set_read_timeout(Some(std::time::Duration::from_secs(10)))
            .unwrap();
        write!(
            stream,
            "GET /__bayan/events HTTP/1.1\r\nHost: {}\r\n\r\n",
            preview.address
        )
        .unwrap();
        let mut head = [0u8; 12];
        stream
            .read_exact(&mut head)
            .unwrap_or_else(|e| panic!("stream {n}: {e}"));
        (String::from_utf8_lossy(&head).into_owned(), stream)
    };
    let mut kept = Vec::new();
    for n in 0..256 {
        let (head, stream) = open(n);
        assert_eq!(head, "HTTP/1.1 200", "stream {n}");
        kept.push(stream);
    }
    let (head, _) = open(256);
    assert_eq!(head, "HTTP/1.1 503", "a stream beyond the cap is refused");
    assert_eq!(preview.get("/en/").0, 200, "pages are still served");
}

#[test]
fn thousands_of_idle_connections_cost_no_threads_and_pages_are_still_served() {
    let site = Site::fixture("minimal");
    let preview = Preview::start(&site);
    assert_eq!(preview.get("/en/").0, 200);
    let threads_before = preview.process_figure("Threads");
    // Connections that never send their request, as a flood or a stalled client would leave.
    let idle: Vec<_> = (0..3000)
        .map(|n| {
            std::net::TcpStream::connect(&preview.address)
                .unwrap_or_else(|e| panic!("connection {n}: {e}"))
        })
        .collect();
    let (status, body) = preview.get("/en/");
    assert_eq!(status, 200, "a page asked for after 3,000 idle connections");
    assert!(String::from_utf8_lossy(&body).contains("<html"));
    assert_eq!(
        preview.process_figure("Threads"),
        threads_before,
        "idle connections started threads"
    );
    drop(idle);
}

#[test]
fn an_endless_request_head_is_cut_off_and_costs_little() {
    use std::io::{Read, Write};
    let site = Site::fixture("minimal");
    let preview = Preview::start(&site);
    assert_eq!(preview.get("/en/").0, 200);
    let memory_before = preview.process_figure("VmHWM");

    // A head a little over the limit: refused with 431, read whole.
    let mut stream = std::net::TcpStream::connect(&preview.address).unwrap();
    stream
        .set_read_timeout(Some(std::time::Duration::from_secs(10)))
        .unwrap();
    let head = format!(
        "GET / HTTP/1.1\r\nHost: {}\r\nX-Padding: {}",
        preview.address,
        "a".repeat(20_000)
    );
    stream.write_all(head.as_bytes()).unwrap();
    let mut answer = String::new();
    let _ = stream.read_to_string(&mut answer);
    assert!(answer.starts_with("HTTP/1.1 431"), "{answer}");

    // A head that never ends: the preview stops reading it long before 150 MB.
    let mut stream = std::net::TcpStream::connect(&preview.address).unwrap();
    stream
        .set_write_timeout(Some(std::time::Duration::from_secs(10)))
        .unwrap();
    stream
        .write_all(format!("GET / HTTP/1.1\r\nHost: {}\r\nX: ", preview.address).as_bytes())
        .unwrap();
    let megabyte = vec![b'a'; 1 << 20];
    let sent = (0..150)
        .take_while(|_| stream.write_all(&megabyte).is_ok())
        .count();
    assert!(sent < 150, "the preview read all 150 MB of one header");

    assert_eq!(preview.get("/en/").0, 200);
    let grown = preview
        .process_figure("VmHWM")
        .saturating_sub(memory_before);
    assert!(grown < 16 * 1024, "the preview grew by {grown} kB");
}

#[test]
fn only_get_and_head_are_answered() {
    use std::io::{Read, Write};
    let site = Site::fixture("minimal");
    let preview = Preview::start(&site);
    let send = |request: String| {
        let mut stream = std::net::TcpStream::connect(&preview.address).unwrap();
        stream.write_all(request.as_bytes()).unwrap();
        let mut answer = String::new();
        stream.read_to_string(&mut answer).unwrap();
        answer
    };
    let host = &preview.address;
    let posted = send(format!(
        "POST /en/ HTTP/1.1\r\nHost: {host}\r\nContent-Length: 0\r\n\r\n"
    ));
    assert!(posted.starts_with("HTTP/1.1 405"), "{posted}");
    assert!(posted.contains("Allow: GET, HEAD"), "{posted}");
    let head = send(format!("HEAD /en/ HTTP/1.1\r\nHost: {host}\r\n\r\n"));
    assert!(head.starts_with("HTTP/1.1 200"), "{head}");
    let length: usize = head
        .lines()
        .find_map(|l| l.strip_prefix("Content-Length: "))
        .unwrap()
        .parse()
        .unwrap();
    assert!(length > 0);
    assert!(head.ends_with("\r\n\r\n"), "a HEAD answer carries no body");
}
