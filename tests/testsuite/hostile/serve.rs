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
