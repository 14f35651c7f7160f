//! The little HTTP/1.1 server behind the preview, with every cost bounded.
//!
//! A general-purpose server would spawn a thread per connection and read headers of any
//! length; a web page or a machine on the network could then make the preview take any
//! number of threads or any amount of memory. Here a fixed set of workers reads each request
//! head into at most [`MAX_HEAD`] bytes within [`HEAD_DEADLINE`], checks that it names this
//! server ([`super::host`]) before anything else sees it, answers once and closes. Only
//! long-lived streams get a thread of their own, and their number is the handler's to cap.

use super::host::{host_allowed, origin_allowed};
use std::io::{self, Read, Write};
use std::net::{Shutdown, SocketAddr, TcpListener, TcpStream};
use std::sync::mpsc::{self, TrySendError};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// The whole request head: request line and headers (nginx's default buffers are 1 + 4×8 KiB).
pub const MAX_HEAD: usize = 16 * 1024;
/// The request line alone, and so the longest address.
pub const MAX_REQUEST_LINE: usize = 8 * 1024;
const MAX_HEADERS: usize = 100;
/// Threads that read and answer requests. Each answer comes from memory, so few are needed.
const WORKERS: usize = 8;
/// Connections accepted but not yet taken by a worker; past that, 503 at once.
const QUEUE: usize = 64;
/// A client gets this long to send its request head, however slowly it trickles in.
const HEAD_DEADLINE: Duration = Duration::from_secs(10);
const WRITE_TIMEOUT: Duration = Duration::from_secs(10);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    Get,
    Head,
}

/// A request that was read whole, within the limits, and names this server.
pub struct Request {
    pub method: Method,
    /// Origin form only: starts with `/`.
    pub target: String,
}

#[derive(Debug)]
pub struct Response {
    status: u16,
    headers: Vec<(&'static str, String)>,
    body: Vec<u8>,
}

impl Response {
    pub fn new(status: u16, content_type: &str, body: Vec<u8>) -> Response {
        Response {
            status,
            headers: vec![("Content-Type", content_type.to_string())],
            body,
        }
    }

    /// Plain words for a person who opened the address by hand.
    pub fn text(status: u16, body: &str) -> Response {
        Response::new(
            status,
            "text/plain; charset=utf-8",
            body.as_bytes().to_vec(),
        )
    }

    pub fn with_header(mut self, name: &'static str, value: impl Into<String>) -> Response {
        self.headers.push((name, value.into()));
        self
    }

    fn write_to(&self, conn: &mut TcpStream, head_only: bool) -> io::Result<()> {
        let mut head = format!("HTTP/1.1 {} {}\r\n", self.status, reason(self.status));
        for (name, value) in &self.headers {
            head.push_str(&format!("{name}: {value}\r\n"));
        }
        head.push_str(&format!(
            "Content-Length: {}\r\nConnection: close\r\n\r\n",
            self.body.len()
        ));
        conn.write_all(head.as_bytes())?;
        if !head_only {
            conn.write_all(&self.body)?;
        }
        conn.flush()
    }
}

/// What the handler does with a request.
pub enum Reply {
    Full(Response),
    /// Keep the connection: the function gets it on a thread of its own and writes to it
    /// for as long as it likes (the response head included).
    Stream(Box<dyn FnOnce(TcpStream) + Send>),
}

pub type Handler = Arc<dyn Fn(Request) -> Reply + Send + Sync>;

/// Answer connections on `listener` until the process ends.
pub fn run(listener: TcpListener, handler: Handler) -> io::Result<()> {
    let server = listener.local_addr()?;
    let (tx, rx) = mpsc::sync_channel::<TcpStream>(QUEUE);
    let rx = Arc::new(Mutex::new(rx));
    for _ in 0..WORKERS {
        let (rx, handler) = (rx.clone(), handler.clone());
        std::thread::spawn(move || loop {
            let next = rx.lock().map(|rx| rx.recv());
            match next {
                Ok(Ok(conn)) => serve_connection(conn, server, &handler),
                _ => return,
            }
        });
    }
    for conn in listener.incoming() {
        match conn {
            Ok(conn) => {
                if let Err(TrySendError::Full(conn)) = tx.try_send(conn) {
                    refuse_busy(conn);
                }
            }
            // Out of file descriptors, most likely: let some connections finish first.
            Err(_) => std::thread::sleep(Duration::from_millis(20)),
        }
    }
    Ok(())
}

/// Written without waiting: a client that reads nothing cannot hold the accepting thread.
fn refuse_busy(mut conn: TcpStream) {
    let _ = conn.set_nonblocking(true);
    let response = Response::text(503, "The preview is busy; try again in a moment.\n")
        .with_header("Retry-After", "1");
    let _ = response.write_to(&mut conn, false);
}

fn serve_connection(mut conn: TcpStream, server: SocketAddr, handler: &Handler) {
    let _ = conn.set_write_timeout(Some(WRITE_TIMEOUT));
    let request = match read_request(&mut conn).and_then(|head| admit(head, server)) {
        Ok(request) => request,
        Err(Some(refusal)) => return refuse(conn, &refusal),
        Err(None) => return,
    };
    let head_only = request.method == Method::Head;
    match handler(request) {
        Reply::Full(response) => {
            let _ = response.write_to(&mut conn, head_only);
        }
        Reply::Stream(stream) => {
            let _ = conn.set_read_timeout(None);
            std::thread::spawn(move || stream(conn));
        }
    }
}

/// Answer, then close without reading what is left of an oversized request: the client's
/// further writes fail, and the server never holds more than [`MAX_HEAD`] of it.
fn refuse(mut conn: TcpStream, response: &Response) {
    let _ = response.write_to(&mut conn, false);
    let _ = conn.shutdown(Shutdown::Write);
}

/// A request head as sent, before the server has decided to answer it.
struct Head {
    method: Method,
    target: String,
    headers: Vec<(String, String)>,
}

impl Head {
    fn all<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a str> + 'a {
        self.headers
            .iter()
            .filter(move |(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// Exactly one `Host` naming this server (HTTP/1.1 requires one), and an `Origin`, when
/// the browser sends one, of a page of this server. Every request passes here first.
fn admit(head: Head, server: SocketAddr) -> Result<Request, Option<Response>> {
    let hosts: Vec<&str> = head.all("host").collect();
    let origins_ok = head.all("origin").all(|o| origin_allowed(o, server));
    let host_ok = matches!(hosts[..], [h] if host_allowed(h, server));
    if !(host_ok && origins_ok) {
        return Err(Some(Response::text(
            403,
            &format!("This preview answers only at its own address, http://{server}/ (or localhost with the same port).\nThis request named another address, which is how a web page could try to read the preview, so it was refused.\n"),
        )));
    }
    Ok(Request {
        method: head.method,
        target: head.target,
    })
}

/// `Err(None)`: the client went away, nothing to answer.
type HeadResult<T> = Result<T, Option<Response>>;

fn read_request(conn: &mut TcpStream) -> HeadResult<Head> {
    let raw = read_head(conn)?;
    let text = String::from_utf8(raw).map_err(|_| bad("the request is not readable text"))?;
    let mut lines = text.split('\n').map(|l| l.strip_suffix('\r').unwrap_or(l));
    let (method, target) = request_line(lines.next().unwrap_or(""))?;
    let mut headers = Vec::new();
    for line in lines.filter(|l| !l.is_empty()) {
        if headers.len() == MAX_HEADERS {
            return Err(Some(too_large()));
        }
        headers.push(header_line(line)?);
    }
    Ok(Head {
        method,
        target,
        headers,
    })
}

/// Reads up to the blank line that ends the head, and never more than [`MAX_HEAD`] plus one
/// read's worth, within [`HEAD_DEADLINE`] in all.
fn read_head(conn: &mut TcpStream) -> HeadResult<Vec<u8>> {
    let deadline = Instant::now() + HEAD_DEADLINE;
    let mut head: Vec<u8> = Vec::with_capacity(1024);
    let mut chunk = [0u8; 4096];
    let mut line_end: Option<usize> = None;
    loop {
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() || conn.set_read_timeout(Some(left)).is_err() {
            return Err(Some(timed_out()));
        }
        let n = match conn.read(&mut chunk) {
            Ok(0) => return Err(None),
            Ok(n) => n,
            Err(e)
                if matches!(
                    e.kind(),
                    io::ErrorKind::WouldBlock | io::ErrorKind::TimedOut
                ) =>
            {
                return Err(Some(timed_out()))
            }
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(_) => return Err(None),
        };
        let from_len = head.len();
        head.extend_from_slice(&chunk[..n]);
        // Looked for only in what just arrived: a head trickled in byte by byte stays linear.
        let newline = || chunk[..n].iter().position(|&b| b == b'\n');
        line_end = line_end.or_else(|| newline().map(|i| from_len + i));
        let end = end_of_head(&head, from_len.saturating_sub(2));
        if line_end.unwrap_or(head.len()) > MAX_REQUEST_LINE {
            return Err(Some(Response::text(414, "That address is far too long.\n")));
        }
        match end {
            Some(end) if end <= MAX_HEAD => {
                head.truncate(end);
                return Ok(head);
            }
            _ if head.len() > MAX_HEAD => return Err(Some(too_large())),
            _ => {}
        }
    }
}

/// Where the blank line starts (`\n\r\n` or `\n\n`), looking from `from` on.
fn end_of_head(head: &[u8], from: usize) -> Option<usize> {
    (from..head.len()).find(|&i| {
        head[i] == b'\n' && (head.get(i + 1) == Some(&b'\n') || head[i + 1..].starts_with(b"\r\n"))
    })
}

fn request_line(line: &str) -> HeadResult<(Method, String)> {
    let mut parts = line.split(' ');
    let (Some(method), Some(target), Some(version), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(bad("the request line is not METHOD /path HTTP/1.1"));
    };
    if !matches!(version, "HTTP/1.1" | "HTTP/1.0") {
        return Err(Some(Response::text(505, "Only HTTP/1.0 and 1.1.\n")));
    }
    let method = match method {
        "GET" => Method::Get,
        "HEAD" => Method::Head,
        _ => {
            return Err(Some(
                Response::text(405, "The preview only shows pages: GET or HEAD.\n")
                    .with_header("Allow", "GET, HEAD"),
            ))
        }
    };
    // Absolute-form (`GET http://other/ …`) would name a host besides `Host`: not accepted.
    if !target.starts_with('/') {
        return Err(bad("the address must start with /"));
    }
    Ok((method, target.to_string()))
}

fn header_line(line: &str) -> HeadResult<(String, String)> {
    let token = |s: &str| {
        !s.is_empty()
            && s.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b))
    };
    match line.split_once(':') {
        Some((name, value)) if token(name) => Ok((
            name.to_string(),
            value.trim_matches([' ', '\t']).to_string(),
        )),
        _ => Err(bad("a header line is not Name: value")),
    }
}

fn bad(why: &str) -> Option<Response> {
    Some(Response::text(400, &format!("Bad request: {why}.\n")))
}

fn too_large() -> Response {
    Response::text(431, "The request's headers are far too large.\n")
}

fn timed_out() -> Response {
    Response::text(408, "The request took too long to arrive.\n")
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
        414 => "URI Too Long",
        431 => "Request Header Fields Too Large",
        503 => "Service Unavailable",
        505 => "HTTP Version Not Supported",
        _ => "",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_head_ends_at_the_first_blank_line() {
        let h = b"GET / HTTP/1.1\r\nHost: a\r\n\r\nbody";
        assert_eq!(end_of_head(h, 0), Some(24));
        assert_eq!(end_of_head(b"GET / HTTP/1.1\nHost: a\n\n", 0), Some(22));
        assert_eq!(end_of_head(b"GET / HTTP/1.1\r\nHost: a\r\n", 0), None);
    }

    #[test]
    fn only_origin_form_gets_and_heads() {
        assert!(request_line("GET /x HTTP/1.1").is_ok());
        assert_eq!(request_line("HEAD / HTTP/1.0").unwrap().0, Method::Head);
        for bad in [
            "GET http://evil.example/ HTTP/1.1",
            "GET * HTTP/1.1",
            "GET / HTTP/1.1 extra",
            "GET /",
            "POST / HTTP/1.1",
            "GET / HTTP/2.0",
        ] {
            assert!(request_line(bad).is_err(), "{bad}");
        }
    }
}
