//! Accepts the preview's connections and reads their requests in one thread, with an event
//! loop: a connection that is slow to send its request, or never sends it, costs a buffer, not a
//! thread. Complete requests go to a fixed pool of workers through a bounded queue. Every count
//! is capped (connections still sending, requests waiting, live-reload streams), so no number of
//! connections or size of request can exhaust the machine or stop the preview.

use std::collections::HashMap;
use std::io::{ErrorKind, Read};
use std::net::SocketAddr;
use std::sync::mpsc::{Receiver, SyncSender, TrySendError, sync_channel};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use mio::net::{TcpListener, TcpStream};
use mio::{Events, Interest, Poll, Token};

use super::request::{self, Head, MOST_HEAD_BYTES, Request, Response};

/// Threads that answer requests. Answers come from memory, so a few keep up with any browser.
const WORKERS: usize = 4;

/// Requests waiting for a worker; beyond it, a request is answered "busy".
const QUEUE: usize = 64;

/// Connections still sending their request. Beyond it, the one that has waited longest is
/// closed: a browser sends its request at once, so the newest connection is the likeliest real
/// one. Kept well under the 1,024 open files many systems allow a process.
const MOST_READING: usize = 512;

/// How long a connection may take to send its request.
const HEAD_DEADLINE: Duration = Duration::from_secs(10);

/// How long writing an answer may stall on a reader that does not read.
const WRITE_DEADLINE: Duration = Duration::from_secs(10);

const LISTENER: Token = Token(0);

/// A handler of complete requests; it owns the connection and answers on it.
pub(super) type Handler = dyn Fn(Request, std::net::TcpStream) + Send + Sync;

/// The listening preview, before it serves.
pub(super) struct Server {
    poll: Poll,
    listener: TcpListener,
}

/// A connection whose request has not ended yet.
struct Reading {
    stream: TcpStream,
    head: Vec<u8>,
    since: Instant,
}

impl Server {
    pub(super) fn bind(address: SocketAddr) -> std::io::Result<Server> {
        let poll = Poll::new()?;
        let mut listener = TcpListener::bind(address)?;
        poll.registry()
            .register(&mut listener, LISTENER, Interest::READABLE)?;
        Ok(Server { poll, listener })
    }

    pub(super) fn address(&self) -> std::io::Result<SocketAddr> {
        self.listener.local_addr()
    }

    /// Serves until the process ends, giving every complete request to `handler`. Fails only
    /// when the workers cannot start or the event loop itself breaks.
    pub(super) fn run(mut self, handler: Arc<Handler>) -> std::io::Result<()> {
        let queue = start_workers(handler)?;
        let mut events = Events::with_capacity(256);
        let mut reading = HashMap::new();
        let mut tokens = 0usize..;
        let mut accept_later = false;
        loop {
            // After a failed accept (too many open files), try again soon rather than on the
            // next connection.
            let wait = if accept_later {
                Duration::from_millis(100)
            } else {
                Duration::from_secs(1)
            };
            match self.poll.poll(&mut events, Some(wait)) {
                Ok(()) => {}
                Err(error) if error.kind() == ErrorKind::Interrupted => continue,
                Err(error) => return Err(error),
            }
            let mut accept_now = accept_later;
            for event in &events {
                if event.token() == LISTENER {
                    accept_now = true;
                } else {
                    self.read(event.token(), &mut reading, &queue);
                }
            }
            if accept_now {
                accept_later = self.accept(&mut reading, &mut tokens);
            }
            self.close_late(&mut reading);
        }
    }

    /// Takes every waiting connection. True when accepting failed and should be tried again.
    fn accept(
        &mut self,
        reading: &mut HashMap<Token, Reading>,
        tokens: &mut std::ops::RangeFrom<usize>,
    ) -> bool {
        loop {
            match self.listener.accept() {
                Ok((mut stream, _)) => {
                    if reading.len() >= MOST_READING {
                        self.close_oldest(reading);
                    }
                    let token = tokens
                        .find(|n| *n != LISTENER.0 && !reading.contains_key(&Token(*n)))
                        .map_or(Token(1), Token);
                    if self
                        .poll
                        .registry()
                        .register(&mut stream, token, Interest::READABLE)
                        .is_ok()
                    {
                        let since = Instant::now();
                        reading.insert(
                            token,
                            Reading {
                                stream,
                                head: Vec::new(),
                                since,
                            },
                        );
                    }
                }
                Err(error) if error.kind() == ErrorKind::WouldBlock => return false,
                Err(error) if error.kind() == ErrorKind::Interrupted => {}
                Err(_) => {
                    // Out of open files, most likely: free one that is waiting.
                    self.close_oldest(reading);
                    return true;
                }
            }
        }
    }

    /// Reads what a connection sent; hands its request on once it is whole.
    fn read(
        &mut self,
        token: Token,
        reading: &mut HashMap<Token, Reading>,
        queue: &SyncSender<(Request, std::net::TcpStream)>,
    ) {
        let Some(connection) = reading.get_mut(&token) else {
            return;
        };
        let mut chunk = [0u8; 4096];
        let outcome = loop {
            match connection.stream.read(&mut chunk) {
                // Closed before the request ended.
                Ok(0) => break None,
                Ok(n) => {
                    let start = connection.head.len();
                    let room = MOST_HEAD_BYTES - start;
                    connection.head.extend_from_slice(&chunk[..n.min(room)]);
                    if may_end(&connection.head, start) {
                        match request::parse(&connection.head) {
                            Head::Partial => {}
                            done => break Some(done),
                        }
                    }
                }
                Err(error) if error.kind() == ErrorKind::WouldBlock => return,
                Err(error) if error.kind() == ErrorKind::Interrupted => {}
                Err(_) => break None,
            }
        };
        let Some(mut connection) = reading.remove(&token) else {
            return;
        };
        let _ = self.poll.registry().deregister(&mut connection.stream);
        match outcome {
            Some(Head::Complete(request)) => hand_on(request, connection.stream, queue),
            Some(Head::Refused(status)) => refuse(&mut connection.stream, status),
            Some(Head::Partial) | None => {}
        }
    }

    /// Closes the connections that have taken too long to send their request.
    fn close_late(&mut self, reading: &mut HashMap<Token, Reading>) {
        let late: Vec<Token> = reading
            .iter()
            .filter(|(_, connection)| connection.since.elapsed() > HEAD_DEADLINE)
            .map(|(token, _)| *token)
            .collect();
        for token in late {
            if let Some(mut connection) = reading.remove(&token) {
                let _ = self.poll.registry().deregister(&mut connection.stream);
                refuse(&mut connection.stream, 408);
            }
        }
    }

    fn close_oldest(&mut self, reading: &mut HashMap<Token, Reading>) {
        let oldest = reading
            .iter()
            .min_by_key(|(_, connection)| connection.since)
            .map(|(token, _)| *token);
        if let Some(mut connection) = oldest.and_then(|token| reading.remove(&token)) {
            let _ = self.poll.registry().deregister(&mut connection.stream);
        }
    }
}

/// Whether the bytes from `start` on may end a head (a blank line), so that a request sent a
/// byte at a time is not parsed again from its start for every byte.
fn may_end(head: &[u8], start: usize) -> bool {
    head.len() >= MOST_HEAD_BYTES
        || head[start.saturating_sub(3)..]
            .windows(2)
            .any(|pair| pair == b"\n\n" || pair == b"\n\r")
}

fn start_workers(
    handler: Arc<Handler>,
) -> std::io::Result<SyncSender<(Request, std::net::TcpStream)>> {
    let (queue, waiting) = sync_channel(QUEUE);
    let waiting: Arc<Mutex<Receiver<(Request, std::net::TcpStream)>>> =
        Arc::new(Mutex::new(waiting));
    for n in 0..WORKERS {
        let waiting = Arc::clone(&waiting);
        let handler = Arc::clone(&handler);
        std::thread::Builder::new()
            .name(format!("preview-{n}"))
            .spawn(move || {
                loop {
                    let next = match waiting.lock() {
                        Ok(waiting) => waiting.recv(),
                        Err(_) => return,
                    };
                    let Ok((request, stream)) = next else {
                        return;
                    };
                    handler(request, stream);
                }
            })
            .map_err(|error| {
                std::io::Error::other(format!("the preview could not start its workers: {error}"))
            })?;
    }
    Ok(queue)
}

/// Gives a complete request to the workers, or answers "busy" when all are taken.
fn hand_on(
    request: Request,
    stream: TcpStream,
    queue: &SyncSender<(Request, std::net::TcpStream)>,
) {
    let stream = std::net::TcpStream::from(stream);
    if stream.set_nonblocking(false).is_err()
        || stream.set_write_timeout(Some(WRITE_DEADLINE)).is_err()
    {
        return;
    }
    match queue.try_send((request, stream)) {
        Ok(()) => {}
        Err(
            TrySendError::Full((request, mut stream))
            | TrySendError::Disconnected((request, mut stream)),
        ) => {
            let _ = Response::text(503, "The preview is busy: reload the page in a moment.\n")
                .send(&mut stream, request.head_only);
        }
    }
}

/// Answers a request that cannot be served, and closes it. The answer is short enough to fit
/// the connection's send buffer, so writing it never waits; what the client sent beyond what
/// was read is taken first, as far as it has arrived, as closing on unread bytes would reset the
/// connection and lose the answer.
fn refuse(stream: &mut TcpStream, status: u16) {
    let text = match status {
        408 => "The request took too long to arrive.\n",
        431 => "The request's headers are too long.\n",
        405 => "The preview answers only GET and HEAD.\n",
        _ => "The preview could not read this request.\n",
    };
    let mut response = Response::text(status, text);
    if status == 405 {
        response = response.header("Allow", "GET, HEAD");
    }
    let _ = response.send(stream, false);
    let _ = stream.shutdown(std::net::Shutdown::Write);
    let mut unread = [0u8; 4096];
    for _ in 0..64 {
        if !matches!(stream.read(&mut unread), Ok(n) if n > 0) {
            break;
        }
    }
}
