//! `storypress serve`: a live preview for the people writing and reviewing stories.
//!
//! The site is built into memory and served from there, so the server can only ever hand out
//! files of the built site (no path can reach the disk), and an update swaps the whole site
//! at once (no page is ever half-written or missing while rebuilding). File changes are
//! debounced, rebuilt incrementally by [`LiveSite`], and announced to open pages over
//! server-sent events; the small script that listens is added to pages only here, never to
//! `build` output. A broken edit keeps the last good site up and shows the problems in the
//! terminal and as an overlay on every page, until the file is fixed; neither quotes the
//! files (see [`live::describe`]).
//!
//! The preview answers only requests that name it (`localhost`, a loopback address or the
//! `--bind` address, with its port), so a web page cannot read it through DNS rebinding, and
//! every cost a client can cause is bounded (`serve/http.rs`).
//!
//! A page that is left out (a draft, consent pending, withdrawn, expired or out of scope) is
//! not in the served site, as in `build`, and the terminal says so, file by file. Its own
//! address answers 404 with the site's not-found page and a banner naming the file, the
//! reason, and how to preview or publish it, quoting nothing of the page. With `--drafts`
//! the address answers with the page itself under a NOT PUBLISHED banner, rendered for that
//! answer alone ([`DraftsKey`]). Listings, feeds and search never show a left-out page, even
//! with `--drafts`: they show what `build` would publish, and a reviewer must be able to
//! trust that any page without the banner is exactly what the public will see.

use crate::builder::pages;
use crate::consent::{Audience, LeftOut};
use crate::date::Date;
use crate::diagnostic::display_path;
use crate::live::{self, Body, Files, LeftOutPages, LiveSite};
use http::{Reply, Request, Response};
use notify::{RecursiveMode, Watcher};
use percent_encoding::percent_decode_str;
use std::io::Write;
use std::net::{IpAddr, SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Receiver, Sender};
use std::sync::{Arc, Mutex, RwLock};
use std::time::Duration;

mod host;
mod http;

/// Where live-reload events are streamed from. Outside any storybook's paths.
const EVENTS: &str = "/__storypress/events";
/// `{"busy": bool}`: whether a rebuild is under way, for tools and benchmarks.
const STATUS: &str = "/__storypress/status";

pub struct ServeOptions {
    pub root: PathBuf,
    pub bind: IpAddr,
    pub port: u16,
    pub poll: bool,
    /// Show left-out pages at their addresses, under a NOT PUBLISHED banner.
    pub drafts: bool,
}

/// Permission to render a page that is not published, for one answer of the preview. Its
/// constructor is private to this module and only [`run`] makes one, for `serve --drafts`,
/// so [`crate::consent::preview`], which needs it, cannot be called by any build.
pub struct DraftsKey(());

/// What every request handler reads: swapped whole on each rebuild.
struct Shared {
    /// The site itself, changed in place by the watcher one round at a time.
    files: Arc<RwLock<Files>>,
    /// The addresses of left-out pages, answered by [`LiveSite::left_out_answer`].
    left_out: Arc<RwLock<LeftOutPages>>,
    site: Arc<Mutex<LiveSite>>,
    /// The problems of the last failed rebuild, shown over every page until fixed.
    errors: Option<String>,
    base_path: String,
    /// A rebuild (either phase) is under way.
    busy: bool,
}

/// Open live-reload streams: at most [`MAX_STREAMS`], each with a thread of its own.
type Clients = Arc<Mutex<Streams>>;

/// Enough for every tab a writer and a reviewer could have open; each holds a thread.
const MAX_STREAMS: usize = 32;
/// How often an idle stream checks that its page is still there, to free its place.
const STREAM_CHECK: Duration = Duration::from_secs(1);

#[derive(Default)]
struct Streams {
    next_id: u64,
    open: Vec<(u64, Sender<String>)>,
}

impl Streams {
    fn broadcast(&mut self, message: &str) {
        self.open
            .retain(|(_, c)| c.send(message.to_string()).is_ok());
    }
}

/// A place among the open streams, given back when the stream's thread ends.
struct Slot {
    id: u64,
    clients: Clients,
}

impl Slot {
    fn take(clients: &Clients) -> Option<(Slot, Receiver<String>)> {
        let mut streams = clients.lock().expect("lock");
        if streams.open.len() >= MAX_STREAMS {
            return None;
        }
        let (tx, rx) = mpsc::channel();
        let id = streams.next_id;
        streams.next_id += 1;
        streams.open.push((id, tx));
        let slot = Slot {
            id,
            clients: clients.clone(),
        };
        Some((slot, rx))
    }
}

impl Drop for Slot {
    fn drop(&mut self) {
        if let Ok(mut streams) = self.clients.lock() {
            streams.open.retain(|(id, _)| *id != self.id);
        }
    }
}

/// Build, serve and watch until the process is stopped.
pub fn run(opts: ServeOptions) -> anyhow::Result<()> {
    let cache = std::env::current_dir()?
        .join(".storypress-cache")
        .join("images");
    if opts.drafts && !opts.bind.is_loopback() {
        anyhow::bail!("--drafts shows pages nobody has agreed to publish, so it serves only this machine: leave out --bind {}, or use --bind 127.0.0.1", opts.bind);
    }
    let mut site = LiveSite::new(opts.root.clone(), Audience::Public, cache);
    if opts.drafts {
        site = site.with_drafts(DraftsKey(()));
    }
    let (errors, base_path) = match site.full_build(Date::today()) {
        Ok(u) => {
            let base = base_path(&site);
            report(&u, "built", &base, site.drafts());
            (None, base)
        }
        Err(d) => {
            let described = live::describe(&d);
            eprintln!("{described}");
            (Some(described), "/".to_string())
        }
    };
    let shared = Arc::new(RwLock::new(Shared {
        files: site.files(),
        left_out: site.left_out(),
        site: Arc::new(Mutex::new(site)),
        errors,
        base_path,
        busy: false,
    }));
    let clients: Clients = Arc::default();

    let listener = TcpListener::bind(SocketAddr::new(opts.bind, opts.port)).map_err(|e| {
        anyhow::Error::new(e).context(format!("could not listen on {}:{}", opts.bind, opts.port))
    })?;
    let addr = listener.local_addr()?;
    if !opts.bind.is_loopback() {
        eprintln!("warning: serving on {} makes the preview reachable by other machines on the network; it may show stories that are not yet published", opts.bind);
    }
    let (base, site) = {
        let s = shared.read().expect("lock");
        (s.base_path.clone(), s.site.clone())
    };
    let _watcher = watch(site, opts.poll, shared.clone(), clients.clone())?;
    // Only now: whoever reads this line may start editing, and must not be missed.
    println!("serving http://{addr}{base}");
    http::run(
        listener,
        Arc::new(move |request| handle(request, &shared, &clients)),
    )?;
    Ok(())
}

/// What a round built and left out, in `build`'s words: the left-out files this round read,
/// each with its reason and how to see it, then the count of pages, counted as `build` does.
fn report(u: &live::Update, verb: &str, base: &str, drafts: bool) {
    let read = |l: &&LeftOut| u.sources.is_empty() || u.sources.contains(&l.source);
    for l in u.left_out.iter().filter(read) {
        let how = if drafts {
            format!("shown at {base}{} under a NOT PUBLISHED banner", l.address)
        } else {
            "to preview it: storypress serve --drafts".to_string()
        };
        eprintln!("left out {}: {} ({how})", display_path(&l.source), l.reason);
    }
    eprintln!(
        "{verb} {} in {} ms; {} left out",
        pages(u.pages),
        u.elapsed.as_millis(),
        u.left_out.len()
    );
}

fn base_path(site: &LiveSite) -> String {
    site.config()
        .map_or_else(|| "/".to_string(), |c| c.base_path().to_string())
}

/// How long to wait for more changes after one arrives: editors save in several steps.
const SETTLE: Duration = Duration::from_millis(8);

/// Watch the storybook; rebuild on changes and tell open pages.
fn watch(
    site: Arc<Mutex<LiveSite>>,
    poll: bool,
    shared: Arc<RwLock<Shared>>,
    clients: Clients,
) -> anyhow::Result<Box<dyn std::any::Any>> {
    let root = site.lock().expect("lock").root().to_path_buf();
    // Watchers report paths under what they were given: give them one absolute form.
    let canonical_root = root.canonicalize().unwrap_or(root.clone());
    let (tx, rx) = mpsc::channel::<notify::Result<notify::Event>>();
    // Polling compares modification times in whole seconds, so it also compares contents:
    // otherwise a second save within the same second would go unseen.
    let config = notify::Config::default()
        .with_poll_interval(Duration::from_millis(500))
        .with_compare_contents(poll);
    let watcher: Box<dyn std::any::Any> = if poll {
        let mut w = notify::PollWatcher::new(tx, config)?;
        w.watch(&canonical_root, RecursiveMode::Recursive)?;
        Box::new(w)
    } else {
        let mut w = notify::RecommendedWatcher::new(tx, config)?;
        w.watch(&canonical_root, RecursiveMode::Recursive)?;
        Box::new(w)
    };
    // Reading a file is an event too (inotify's IN_ACCESS); rebuilding reads files, so
    // reacting to reads would rebuild for ever.
    let changed = |e: notify::Result<notify::Event>| -> Vec<PathBuf> {
        match e {
            Ok(e) if !matches!(e.kind, notify::EventKind::Access(_)) => e.paths,
            _ => Vec::new(),
        }
    };
    std::thread::spawn(move || {
        while let Ok(first) = rx.recv() {
            let mut raw = changed(first);
            while let Ok(more) = rx.recv_timeout(SETTLE) {
                raw.extend(changed(more));
            }
            let mut paths: Vec<PathBuf> = raw
                .into_iter()
                .filter_map(|p| p.strip_prefix(&canonical_root).ok().map(Path::to_path_buf))
                .filter(|rel| worth_rebuilding(rel))
                .map(|rel| root.join(rel))
                .collect();
            paths.sort();
            paths.dedup();
            if paths.is_empty() {
                continue;
            }
            if std::env::var_os("STORYPRESS_DEBUG").is_some() {
                eprintln!("changed: {paths:?}");
            }
            shared.write().expect("lock").busy = true;
            let mut live_site = site.lock().expect("lock");
            let message = match live_site.update(&paths, Date::today()) {
                Ok(u) => {
                    let mut s = shared.write().expect("lock");
                    s.errors = None;
                    s.base_path = base_path(&live_site);
                    if u.full || !u.changed.is_empty() {
                        report(&u, "rebuilt", &s.base_path, live_site.drafts());
                    }
                    changed_message(&u, &s.base_path)
                }
                Err(d) => {
                    let described = live::describe(&d);
                    eprintln!("{described}");
                    eprintln!("the preview keeps the last good version until this is fixed");
                    shared.write().expect("lock").errors = Some(described);
                    serde_json::json!({ "error": true }).to_string()
                }
            };
            drop(live_site);
            clients.lock().expect("lock").broadcast(&message);
            // Second phase: the listings, feeds and search that show the edited pages.
            let mut live_site = site.lock().expect("lock");
            if live_site.has_pending() {
                if let Ok(u) = live_site.finish() {
                    let message = {
                        let s = shared.read().expect("lock");
                        changed_message(&u, &s.base_path)
                    };
                    clients.lock().expect("lock").broadcast(&message);
                }
            }
            shared.write().expect("lock").busy = false;
        }
    });
    Ok(watcher)
}

/// The event open pages get after a rebuild: which addresses changed.
fn changed_message(u: &live::Update, base_path: &str) -> String {
    let urls: Vec<String> = u
        .changed
        .iter()
        .map(|p| format!("{base_path}{}", p.strip_suffix("index.html").unwrap_or(p)))
        .collect();
    serde_json::json!({ "full": u.full, "paths": urls }).to_string()
}

/// Editors write swap and backup files, and hidden files are never content. `rel` is
/// relative to the storybook root (the root itself may well sit in a hidden folder).
fn worth_rebuilding(rel: &Path) -> bool {
    !rel.components().any(|c| {
        let s = c.as_os_str().to_string_lossy();
        s.starts_with('.') || s.ends_with('~') || s == "4913" || s.ends_with(".swp")
    })
}

fn content_type(path: &str) -> &'static str {
    match path.rsplit('.').next().unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" => "text/javascript; charset=utf-8",
        "json" => "application/json",
        "xml" => "application/xml; charset=utf-8",
        "txt" => "text/plain; charset=utf-8",
        "jpg" | "jpeg" => "image/jpeg",
        "png" => "image/png",
        "webp" => "image/webp",
        "svg" => "image/svg+xml",
        "ico" => "image/x-icon",
        "woff2" => "font/woff2",
        _ => "application/octet-stream",
    }
}

/// Map a request path to a file of the site. Anything that tries to climb out (`..`, in any
/// encoding) or carries odd characters is simply not found: there is no disk behind this.
fn site_path(url_path: &str, base: &str) -> Option<String> {
    let decoded = percent_decode_str(url_path).decode_utf8().ok()?;
    let rel = decoded.strip_prefix(base)?;
    if rel.contains('\\')
        || rel.contains('\0')
        || rel.split('/').any(|seg| seg == ".." || seg == ".")
    {
        return None;
    }
    Some(if rel.is_empty() || rel.ends_with('/') {
        format!("{rel}index.html")
    } else {
        rel.to_string()
    })
}

fn handle(request: Request, shared: &RwLock<Shared>, clients: &Clients) -> Reply {
    let path = request.target.split(['?', '#']).next().unwrap_or("/");
    if path == EVENTS {
        return match Slot::take(clients) {
            Some((slot, rx)) => Reply::Stream(Box::new(move |conn| stream_events(conn, rx, slot))),
            None => Reply::Full(
                Response::text(503, "Too many pages of this preview are open; close some tabs to have this one reload by itself.\n")
                    .with_header("Retry-After", "5"),
            ),
        };
    }
    if path == STATUS {
        let busy = shared.read().expect("lock").busy;
        let body = serde_json::json!({ "busy": busy }).to_string();
        return Reply::Full(Response::new(200, "application/json", body.into_bytes()));
    }
    Reply::Full(page(path, shared))
}

/// A file of the site, a redirect to where it is, or the site's 404 page.
fn page(path: &str, shared: &RwLock<Shared>) -> Response {
    let (files, left_out, site, errors, base) = {
        let s = shared.read().expect("lock");
        let (files, left_out) = (s.files.clone(), s.left_out.clone());
        (
            files,
            left_out,
            s.site.clone(),
            s.errors.clone(),
            s.base_path.clone(),
        )
    };
    let found = lookup(path, &base, &files.read().expect("lock"));
    let result = match found {
        Lookup::Redirect(to) => return redirect(&to),
        Lookup::Found(p, body) => Some((p, body)),
        Lookup::Missing(Some(p)) if left_out.read().expect("lock").contains_key(&p) => {
            // The rebuild that holds the site may be under way: wait for it, never read
            // a half-made round.
            let answer = site.lock().expect("lock").left_out_answer(&p);
            if let Some((status, html)) = answer {
                return respond(
                    status,
                    content_type(".html"),
                    inject(html, errors.as_deref()),
                );
            }
            None
        }
        Lookup::Missing(Some(p))
            if left_out
                .read()
                .expect("lock")
                .contains_key(&format!("{p}/index.html")) =>
        {
            return redirect(&format!("{path}/"))
        }
        Lookup::Missing(_) => None,
    };
    let (status, name, body) = match result {
        Some((p, body)) => (200, p, body),
        None => match files.read().expect("lock").get("404.html") {
            Some(b) => (404, "404.html".to_string(), b.clone()),
            None => (
                404,
                "404.html".to_string(),
                Body::Bytes(Arc::from(
                    &b"<!doctype html><title>Not found</title><p>Not found</p>"[..],
                )),
            ),
        },
    };
    let mut bytes = match body {
        Body::Bytes(b) => b.to_vec(),
        Body::File(f) => std::fs::read(f).unwrap_or_default(),
    };
    if name.ends_with(".html") {
        bytes = inject(bytes, errors.as_deref());
    }
    respond(status, content_type(&name), bytes)
}

enum Lookup {
    Found(String, Body),
    Redirect(String),
    /// Not a file of the site; the site path asked for, when the address makes one.
    Missing(Option<String>),
}

/// Held only while looking up: bodies are reference-counted, so a rebuild can proceed.
fn lookup(path: &str, base: &str, files: &Files) -> Lookup {
    match site_path(path, base) {
        None if path == "/" && base != "/" => Lookup::Redirect(base.to_string()),
        None => Lookup::Missing(None),
        Some(p) => match files.get(&p) {
            Some(body) => Lookup::Found(p, body.clone()),
            None if files.contains_key(&format!("{p}/index.html")) => {
                Lookup::Redirect(format!("{path}/"))
            }
            None => Lookup::Missing(Some(p)),
        },
    }
}

fn respond(status: u16, content_type: &str, bytes: Vec<u8>) -> Response {
    Response::new(status, content_type, bytes)
        .with_header("Cache-Control", "no-store")
        .with_header("X-Content-Type-Options", "nosniff")
}

fn redirect(to: &str) -> Response {
    Response::new(301, "text/plain; charset=utf-8", Vec::new()).with_header("Location", to)
}

/// The live-reload listener, and the overlay when the last rebuild failed.
fn inject(html: Vec<u8>, errors: Option<&str>) -> Vec<u8> {
    let mut extra = String::from(concat!(
        "<script>(()=>{const es=new EventSource(\"", "/__storypress/events", "\");",
        "es.onmessage=(e)=>{const d=JSON.parse(e.data);if(d.hello)return;",
        "const here=location.pathname.replace(/index\\.html$/,\"\");",
        // Reload when this page changed, on a full rebuild, on an error (to show it), and
        // when an error overlay is up and a rebuild succeeded (to clear it).
        "if(d.full||d.error||document.getElementById(\"storypress-overlay\")||(d.paths||[]).includes(here))location.reload();};})();</script>"
    ));
    if let Some(errors) = errors {
        let mut escaped = String::new();
        pulldown_cmark_escape::escape_html(&mut escaped, errors)
            .expect("writing to a String cannot fail");
        extra.push_str(&format!(
            "<div id=\"storypress-overlay\" role=\"alertdialog\" aria-labelledby=\"storypress-overlay-title\" style=\"position:fixed;inset:0;z-index:99999;overflow:auto;background:#fff;color:#111;padding:2rem;font:1rem/1.5 system-ui,sans-serif\"><h2 id=\"storypress-overlay-title\">storypress found problems to fix</h2><p>The preview shows the last good version underneath. Fix these and save; this page reloads by itself.</p><pre style=\"white-space:pre-wrap;background:#f4f4f4;padding:1rem;border-left:4px solid #b00020\">{escaped}</pre></div>"
        ));
    }
    let text = String::from_utf8_lossy(&html);
    match text.rfind("</body>") {
        Some(i) => format!("{}{extra}{}", &text[..i], &text[i..]).into_bytes(),
        None => format!("{text}{extra}").into_bytes(),
    }
}

/// Server-sent events, written straight to the connection and flushed one by one (a
/// buffered response would hold them back). The stream ends when the page goes away, and
/// its place among the [`MAX_STREAMS`] with it.
fn stream_events(mut out: TcpStream, rx: Receiver<String>, _slot: Slot) {
    let head = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n";
    let send =
        |out: &mut TcpStream, msg: &str| write!(out, "data: {msg}\n\n").and_then(|()| out.flush());
    if out.write_all(head.as_bytes()).is_err() || send(&mut out, "{\"hello\":true}").is_err() {
        return;
    }
    loop {
        match rx.recv_timeout(STREAM_CHECK) {
            Ok(msg) if send(&mut out, &msg).is_ok() => {}
            Err(mpsc::RecvTimeoutError::Timeout) if !page_gone(&out) => {}
            _ => return,
        }
    }
}

/// A page that closed sends end-of-file, which is there to see without writing anything.
fn page_gone(conn: &TcpStream) -> bool {
    if conn.set_nonblocking(true).is_err() {
        return true;
    }
    let seen = conn.peek(&mut [0u8; 1]);
    let _ = conn.set_nonblocking(false);
    match seen {
        Ok(n) => n == 0,
        Err(e) => e.kind() != std::io::ErrorKind::WouldBlock,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_cannot_climb_out() {
        let base = "/storybook/";
        assert_eq!(
            site_path("/storybook/", base).as_deref(),
            Some("index.html")
        );
        assert_eq!(
            site_path("/storybook/lived-experience/sam/", base).as_deref(),
            Some("lived-experience/sam/index.html")
        );
        assert_eq!(
            site_path("/storybook/style.css", base).as_deref(),
            Some("style.css")
        );
        for bad in [
            "/storybook/../etc/passwd",
            "/storybook/%2e%2e/etc/passwd",
            "/storybook/a/%2E%2E/%2E%2E/x",
            "/storybook/..%5c..%5cwin.ini",
            "/storybook/a%00b",
            "/etc/passwd",
        ] {
            assert_eq!(site_path(bad, base), None, "{bad}");
        }
    }

    #[test]
    fn the_reload_script_goes_before_body_end() {
        let out = String::from_utf8(inject(
            b"<html><body><p>x</p></body></html>".to_vec(),
            Some("error <here>"),
        ))
        .unwrap();
        assert!(out.contains("EventSource") && out.ends_with("</body></html>"));
        assert!(out.contains("storypress-overlay") && out.contains("error &lt;here&gt;"));
    }
}
