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

use crate::consent::Audience;
use crate::date::Date;
use crate::live::{self, Body, Files, LiveSite};
use notify::{RecursiveMode, Watcher};
use percent_encoding::percent_decode_str;
use std::io::Write;
use std::net::{IpAddr, SocketAddr};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Sender};
use std::sync::{Arc, Mutex, RwLock};
use std::time::Duration;
use tiny_http::{Header, Request, Response, Server, StatusCode};

/// Where live-reload events are streamed from. Outside any storybook's paths.
const EVENTS: &str = "/__storypress/events";
/// `{"busy": bool}`: whether a rebuild is under way, for tools and benchmarks.
const STATUS: &str = "/__storypress/status";

pub struct ServeOptions {
    pub root: PathBuf,
    pub bind: IpAddr,
    pub port: u16,
    pub poll: bool,
}

/// What every request handler reads: swapped whole on each rebuild.
struct Shared {
    /// The site itself, changed in place by the watcher one round at a time.
    files: Arc<RwLock<Files>>,
    /// The problems of the last failed rebuild, shown over every page until fixed.
    errors: Option<String>,
    base_path: String,
    /// A rebuild (either phase) is under way.
    busy: bool,
}

type Clients = Arc<Mutex<Vec<Sender<String>>>>;

/// Build, serve and watch until the process is stopped.
pub fn run(opts: ServeOptions) -> anyhow::Result<()> {
    let cache = std::env::current_dir()?
        .join(".storypress-cache")
        .join("images");
    let mut site = LiveSite::new(opts.root.clone(), Audience::Public, cache);
    let (errors, base_path) = match site.full_build(Date::today()) {
        Ok(u) => {
            eprintln!(
                "built {} pages in {} ms",
                u.pages_rendered,
                u.elapsed.as_millis()
            );
            (None, base_path(&site))
        }
        Err(d) => {
            let described = live::describe(&d);
            eprintln!("{described}");
            (Some(described), "/".to_string())
        }
    };
    let shared = Arc::new(RwLock::new(Shared {
        files: site.files(),
        errors,
        base_path,
        busy: false,
    }));
    let clients: Clients = Arc::default();

    let server = Server::http(SocketAddr::new(opts.bind, opts.port))
        .map_err(|e| anyhow::anyhow!("could not listen on {}:{}: {e}", opts.bind, opts.port))?;
    let addr = server
        .server_addr()
        .to_ip()
        .ok_or_else(|| anyhow::anyhow!("not an IP address"))?;
    if !opts.bind.is_loopback() {
        eprintln!("warning: serving on {} makes the preview reachable by other machines on the network; it may show stories that are not yet published", opts.bind);
    }
    let base = shared.read().expect("lock").base_path.clone();
    let _watcher = watch(site, opts.poll, shared.clone(), clients.clone())?;
    // Only now: whoever reads this line may start editing, and must not be missed.
    println!("serving http://{addr}{base}");

    for request in server.incoming_requests() {
        let (shared, clients) = (shared.clone(), clients.clone());
        std::thread::spawn(move || handle(request, &shared, &clients));
    }
    Ok(())
}

fn base_path(site: &LiveSite) -> String {
    site.config()
        .map_or_else(|| "/".to_string(), |c| c.base_path().to_string())
}

/// How long to wait for more changes after one arrives: editors save in several steps.
const SETTLE: Duration = Duration::from_millis(8);

/// Watch the storybook; rebuild on changes and tell open pages.
fn watch(
    mut site: LiveSite,
    poll: bool,
    shared: Arc<RwLock<Shared>>,
    clients: Clients,
) -> anyhow::Result<Box<dyn std::any::Any>> {
    let root = site.root().to_path_buf();
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
            let message = match site.update(&paths, Date::today()) {
                Ok(u) => {
                    if u.full || !u.changed.is_empty() {
                        eprintln!(
                            "rebuilt {} pages in {} ms",
                            u.pages_rendered,
                            u.elapsed.as_millis()
                        );
                    }
                    let mut s = shared.write().expect("lock");
                    s.errors = None;
                    s.base_path = base_path(&site);
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
            clients
                .lock()
                .expect("lock")
                .retain(|c| c.send(message.clone()).is_ok());
            // Second phase: the listings, feeds and search that show the edited pages.
            if site.has_pending() {
                if let Ok(u) = site.finish() {
                    let message = {
                        let s = shared.read().expect("lock");
                        changed_message(&u, &s.base_path)
                    };
                    clients
                        .lock()
                        .expect("lock")
                        .retain(|c| c.send(message.clone()).is_ok());
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

fn header(name: &str, value: &str) -> Header {
    Header::from_bytes(name.as_bytes(), value.as_bytes()).expect("valid header")
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

fn handle(request: Request, shared: &RwLock<Shared>, clients: &Clients) {
    let url = request.url().to_string();
    let path = url.split(['?', '#']).next().unwrap_or("/").to_string();
    if path == EVENTS {
        return stream_events(request, clients);
    }
    if path == STATUS {
        let busy = shared.read().expect("lock").busy;
        let body = serde_json::json!({ "busy": busy }).to_string();
        let _ = request.respond(
            Response::from_string(body).with_header(header("Content-Type", "application/json")),
        );
        return;
    }
    let (files, errors, base) = {
        let s = shared.read().expect("lock");
        (s.files.clone(), s.errors.clone(), s.base_path.clone())
    };
    // Held only while looking up: bodies are reference-counted, so a rebuild can proceed.
    let files = files.read().expect("lock");
    let result = match site_path(&path, &base) {
        None if path == "/" && base != "/" => return redirect(request, &base),
        None => None,
        Some(p) => match files.get(&p) {
            Some(body) => Some((p, body.clone())),
            None if files.contains_key(&format!("{p}/index.html")) => {
                return redirect(request, &format!("{path}/"))
            }
            None => None,
        },
    };
    let (status, name, body) = match result {
        Some((p, body)) => (200, p, body),
        None => match files.get("404.html") {
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
    let response = Response::from_data(bytes)
        .with_status_code(StatusCode(status))
        .with_header(header("Content-Type", content_type(&name)))
        .with_header(header("Cache-Control", "no-store"))
        .with_header(header("X-Content-Type-Options", "nosniff"));
    let _ = request.respond(response);
}

fn redirect(request: Request, to: &str) {
    let _ = request.respond(Response::empty(StatusCode(301)).with_header(header("Location", to)));
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
/// buffered response would hold them back). The stream ends when the page goes away.
fn stream_events(request: Request, clients: &Clients) {
    let (tx, rx) = mpsc::channel::<String>();
    clients.lock().expect("lock").push(tx);
    let mut out = request.into_writer();
    let head = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n";
    if out.write_all(head.as_bytes()).is_err() {
        return;
    }
    for msg in std::iter::once("{\"hello\":true}".to_string()).chain(rx) {
        if write!(out, "data: {msg}\n\n")
            .and_then(|()| out.flush())
            .is_err()
        {
            return;
        }
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
