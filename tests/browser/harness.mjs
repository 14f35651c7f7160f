// Shared by the browser suites: build a storybook with the real binary, serve it on
// 127.0.0.1 under a sub-path (as a real host would), and drive Debian's Chromium headless.
import { chromium } from 'playwright-core';
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, statSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, extname, normalize, resolve } from 'node:path';

export const REPO = resolve(import.meta.dirname, '..', '..');
export const BIN = process.env.STORYPRESS_BIN || join(REPO, 'target', 'debug', 'storypress');
export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

/** Build `root` into a fresh temporary folder; fails the test on any error. */
export function build(root, args = []) {
  const out = join(mkdtempSync(join(tmpdir(), 'storypress-')), 'site');
  const r = spawnSync(BIN, ['build', root, '--out', out, ...args], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`storypress build ${root} failed (${r.status}):\n${r.stderr}`);
  return out;
}

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript',
  '.json': 'application/json', '.xml': 'application/xml', '.txt': 'text/plain',
  '.jpg': 'image/jpeg', '.png': 'image/png', '.webp': 'image/webp', '.svg': 'image/svg+xml',
  '.mp4': 'video/mp4', '.webm': 'video/webm', '.mp3': 'audio/mpeg', '.m4a': 'audio/mp4',
  '.ogg': 'audio/ogg', '.opus': 'audio/ogg', '.vtt': 'text/vtt; charset=utf-8',
};

/** Serve `dir` at http://127.0.0.1:PORT{prefix}; misses get the site's 404 page. */
export async function serve(dir, prefix = '/storybook/') {
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    let rel = decodeURIComponent(url.pathname);
    if (!rel.startsWith(prefix)) return notFound(res);
    rel = normalize(rel.slice(prefix.length)).replace(/^(\.\.[/\\])+/, '');
    let file = join(dir, rel);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!file.startsWith(dir) || !existsSync(file)) return notFound(res);
    const type = TYPES[extname(file)] || 'application/octet-stream';
    const body = readFileSync(file);
    // Byte ranges, as every static host serves them: a player seeks with them.
    const range = /^bytes=(\d*)-(\d*)$/.exec(req.headers.range || '');
    if (range) {
      const start = range[1] ? Number(range[1]) : Math.max(0, body.length - Number(range[2]));
      const end = range[1] && range[2] ? Math.min(Number(range[2]), body.length - 1) : body.length - 1;
      res.writeHead(206, { 'content-type': type, 'accept-ranges': 'bytes', 'content-range': `bytes ${start}-${end}/${body.length}`, 'content-length': end - start + 1 });
      return res.end(body.subarray(start, end + 1));
    }
    res.writeHead(200, { 'content-type': type, 'accept-ranges': 'bytes' });
    res.end(body);
  });
  const notFound = (res) => {
    res.writeHead(404, { 'content-type': TYPES['.html'] });
    res.end(existsSync(join(dir, '404.html')) ? readFileSync(join(dir, '404.html')) : 'not found');
  };
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const base = `http://127.0.0.1:${server.address().port}${prefix}`;
  return { base, close: () => new Promise((ok) => server.close(ok)) };
}

/** Launch Chromium; throws (the suite fails, never skips) when it cannot start. */
export async function launch() {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: run scripts/test.sh, which installs it`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}
