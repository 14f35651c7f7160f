// Search benchmark: storypress's split index against Pagefind, on the same built site, in
// Debian's Chromium. Called by bench/search/run.sh, which builds the sites; usage:
//
//   node bench/search/bench.mjs N:SITE_DIR [N:SITE_DIR ...]
//
// A label "N before" (N, a space, "before") marks an earlier storypress's site: only
// storypress's search is measured there.
//
// For each site it
//   1. picks the query: the word of at least five letters whose document frequency is
//      nearest 5% of the stories (a word in a moderate number of documents);
//   2. builds a second Pagefind index with Pagefind's Node API over exactly the documents
//      storypress indexes (story, case-study and place pages, <main> only), with the same four
//      facets as Pagefind filters, into pagefind-same/; `npx pagefind --site` (CLI defaults:
//      every page, all of <body>, no filters) has already written pagefind/;
//   3. writes a Pagefind search page for each bundle: the built /search/ page with storypress's
//      search swapped for Pagefind's default UI, so the page chrome (style.css, header, help
//      box, footer) is byte for byte the same on every side;
//   4. serves the site on 127.0.0.1, gzipping text responses as a static host does (same rule
//      for everyone: .html .css .js .mjs .json .xml .txt .svg; Pagefind's own index files are
//      gzipped on disk already, so hosts serve them as they are);
//   5. in a fresh browser context with the cache disabled, loads the search page, focuses the
//      box, fills in the query, and waits for the first result link. Bytes are every response's
//      headers plus compressed body (Playwright's request.sizes(), which is CDP's
//      encodedDataLength, and unlike a page's CDP session also sees Pagefind's web worker),
//      counted until the network has been idle for 500 ms after results show. Time to results is from filling
//      in the query to the first result link, median of RUNS (default 3) runs, plus one run
//      under Lighthouse's mobile throttling (150 ms RTT, 1.6 Mbit/s down).
import { readFileSync, writeFileSync, mkdirSync, existsSync, statSync, readdirSync } from 'node:fs';
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { join, extname, normalize } from 'node:path';
import * as pagefind from 'pagefind';
import { launch } from '../../tests/browser/harness.mjs';

const RUNS = Number(process.env.RUNS || 3);
const FACETS = ['feature', 'site', 'kind', 'theme'];
const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_.';

/** The documents of storypress's index: url, text and facet values, decoded as search.js does
    (facets of up to 24 values are bitmasks, larger ones lists). */
function documents(site) {
  const meta = JSON.parse(readFileSync(join(site, 'search/meta.json'), 'utf8'));
  const facets = {};
  for (const name of FACETS) {
    const f = meta.facets[name];
    const values = f.values.length;
    if (values <= 24) {
      const bw = Math.max(1, Math.ceil(values / 6));
      facets[name] = Array.from({ length: meta.n }, (_, doc) => {
        const out = [];
        for (let d = 0; d < bw; d++) {
          const bits = DIGITS.indexOf(f.docs[doc * bw + d]);
          for (let b = 0; b < 6; b++) if (bits & (1 << b)) out.push(f.values[d * 6 + b][1]);
        }
        return out;
      });
      continue;
    }
    let w = 1;
    while (64 ** w < values) w++;
    facets[name] = f.docs.split(',').map((codes) => {
      const out = [];
      for (let i = 0; i < codes.length; i += w) {
        let v = 0;
        for (let d = 0; d < w; d++) v = v * 64 + DIGITS.indexOf(codes[i + d]);
        out.push(f.values[v][1]);
      }
      return out;
    });
  }
  const docs = [];
  for (let n = 0; n < meta.n; n++) {
    const d = JSON.parse(readFileSync(join(site, `search/d/${n}.json`), 'utf8'));
    let text = d.x;
    for (let k = 1; k < d.k; k += meta.pf || 1) text += [].concat(JSON.parse(readFileSync(join(site, `search/p/${n}.${k}.json`), 'utf8')).x).join('');
    docs.push({ url: d.u, text, facets: Object.fromEntries(FACETS.map((f) => [f, facets[f][n]])) });
  }
  return { meta, docs };
}

/** The word (five letters or more) whose document frequency is nearest 5% of the documents. */
function pickQuery(docs) {
  const df = new Map();
  for (const d of docs) {
    for (const w of new Set(d.text.toLowerCase().match(/[a-z]{5,}/g) || [])) df.set(w, (df.get(w) || 0) + 1);
  }
  const target = docs.length * 0.05;
  const [word, count] = [...df].sort((a, b) => Math.abs(a[1] - target) - Math.abs(b[1] - target) || (a[0] < b[0] ? -1 : 1))[0];
  return { word, df: count };
}

/** Pagefind over exactly storypress's documents, <main> only, with the same facets as filters. */
async function pagefindSame(site, docs) {
  const { index, errors } = await pagefind.createIndex({ rootSelector: 'main' });
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  for (const d of docs) {
    let html = readFileSync(join(site, d.url, 'index.html'), 'utf8');
    const filters = FACETS.flatMap((f) => d.facets[f].map((v) =>
      `<span data-pagefind-filter="${f}:${v.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"></span>`)).join('');
    html = html.replace(/<main[^>]*>/, (m) => m + filters);
    const r = await index.addHTMLFile({ url: '/' + d.url, content: html });
    if (r.errors && r.errors.length) throw new Error(`pagefind ${d.url}: ${r.errors.join('; ')}`);
  }
  const w = await index.writeFiles({ outputPath: join(site, 'pagefind-same') });
  if (w.errors && w.errors.length) throw new Error(`pagefind write: ${w.errors.join('; ')}`);
  await pagefind.close();
}

/** The built /search/ page with Pagefind's default UI (bundle `bundle`) in place of ours. */
function pagefindPage(site, dir, bundle) {
  let html = readFileSync(join(site, 'search/index.html'), 'utf8');
  html = html
    .replace(/<link rel="stylesheet" href="[^"]*search\.css">\s*/, '')
    .replace(/<noscript><style>[^<]*<\/style><\/noscript>\s*/, '')
    .replace(/<script src="[^"]*search\.js" defer><\/script>\s*/, '')
    .replace('</head>', `<link rel="stylesheet" href="../${bundle}/pagefind-ui.css">\n<script src="../${bundle}/pagefind-ui.js"></script>\n</head>`)
    .replace(/(<main[^>]*>)[\s\S]*<\/main>/, `$1
<div class="page-header"><h1>Search</h1></div>
<div id="search"></div>
<script>window.addEventListener("DOMContentLoaded", function () { new PagefindUI({ element: "#search" }); });</script>
</main>`);
  mkdirSync(join(site, dir), { recursive: true });
  writeFileSync(join(site, dir, 'index.html'), html);
}

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.mjs': 'text/javascript',
  '.json': 'application/json', '.xml': 'application/xml', '.txt': 'text/plain', '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
};
const GZIP = new Set(['.html', '.css', '.js', '.mjs', '.json', '.xml', '.txt', '.svg']);

/** A static server at http://127.0.0.1:PORT/ that gzips text like a real host. */
async function serve(dir) {
  const cache = new Map();
  const server = createServer((req, res) => {
    let rel = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    let file = join(dir, rel);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!file.startsWith(dir) || !existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      return res.end('not found');
    }
    const ext = extname(file);
    const headers = { 'content-type': TYPES[ext] || 'application/octet-stream', 'cache-control': 'no-cache' };
    let body = readFileSync(file);
    if (GZIP.has(ext) && /\bgzip\b/.test(req.headers['accept-encoding'] || '')) {
      if (!cache.has(file)) cache.set(file, gzipSync(body, { level: 6 }));
      body = cache.get(file);
      headers['content-encoding'] = 'gzip';
      headers.vary = 'accept-encoding';
    }
    headers['content-length'] = body.length;
    res.writeHead(200, headers);
    res.end(body);
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return { base: `http://127.0.0.1:${server.address().port}/`, close: () => new Promise((ok) => server.close(ok)) };
}

const ENGINES = [
  { name: 'storypress', path: 'search/', input: '#search-q', result: '.search-result-title a' },
  { name: 'Pagefind, same pages + filters', path: 'pagefind-same-search/', input: '.pagefind-ui__search-input', result: '.pagefind-ui__result-link' },
  { name: 'Pagefind, CLI defaults', path: 'pagefind-search/', input: '.pagefind-ui__search-input', result: '.pagefind-ui__result-link' },
];

async function measure(browser, base, engine, query, throttle) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (throttle) {
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8,
    });
  }
  // Pagefind fetches its index from a web worker, whose requests never reach the page's CDP
  // session; Playwright's request events cover page and worker alike, and request.sizes()
  // is CDP's encodedDataLength split into headers and (compressed) body.
  let bytes = 0;
  let requests = 0;
  const inflight = new Set();
  const sizing = [];
  let lastActivity = Date.now();
  const done = (r) => { inflight.delete(r); lastActivity = Date.now(); };
  context.on('request', (r) => {
    if (r.url().startsWith('data:')) return;
    inflight.add(r);
    requests++;
    lastActivity = Date.now();
  });
  context.on('requestfinished', (r) => {
    if (!inflight.has(r)) return;
    sizing.push(r.sizes().then((s) => { bytes += s.responseHeadersSize + s.responseBodySize; }).finally(() => done(r)));
  });
  context.on('requestfailed', done);
  const idle = async () => {
    for (;;) {
      await new Promise((ok) => setTimeout(ok, 50));
      if (inflight.size === 0 && Date.now() - lastActivity >= 500) {
        await Promise.all(sizing);
        return;
      }
    }
  };
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(base + engine.path, { waitUntil: 'load' });
  await idle();
  const pageBytes = bytes;
  await page.focus(engine.input);
  const t0 = Date.now();
  await page.fill(engine.input, query);
  await page.waitForSelector(engine.result, { timeout: 120_000 });
  const ms = Date.now() - t0;
  await idle();
  const shown = await page.locator(engine.result).count();
  await context.close();
  if (errors.length) throw new Error(`${engine.name}: ${errors.join('; ')}`);
  return { ms, pageBytes, bytes, requests, shown };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const kib = (b) => (b / 1024).toFixed(1);

const rows = [];
const browser = await launch();
try {
  for (const arg of process.argv.slice(2)) {
    const [n, site] = [arg.slice(0, arg.indexOf(':')), arg.slice(arg.indexOf(':') + 1)];
    const { docs } = documents(site);
    const query = pickQuery(docs);
    // "N before": an earlier storypress's site (run.sh's BEFORE=), measured on its own.
    const before = n.endsWith(' before');
    process.stderr.write(`${n} stories: query "${query.word}" (in ${query.df} documents)\n`);
    if (!before) {
      await pagefindSame(site, docs);
      pagefindPage(site, 'pagefind-search', 'pagefind');
      pagefindPage(site, 'pagefind-same-search', 'pagefind-same');
    }
    const server = await serve(site);
    try {
      for (const engine of before ? ENGINES.slice(0, 1) : ENGINES) {
        const runs = [];
        for (let i = 0; i < RUNS; i++) runs.push(await measure(browser, server.base, engine, query.word, false));
        const slow = await measure(browser, server.base, engine, query.word, true);
        const r = runs[0];
        rows.push({
          n, engine: engine.name, query: `${query.word} (${query.df})`, requests: r.requests,
          page: kib(r.pageBytes), query_kib: kib(r.bytes - r.pageBytes), total: kib(r.bytes),
          ms: median(runs.map((x) => x.ms)), slow: slow.ms, shown: r.shown,
        });
        process.stderr.write(`  ${engine.name}: ${kib(r.bytes)} KiB, ${median(runs.map((x) => x.ms))} ms\n`);
      }
    } finally {
      await server.close();
    }
  }
} finally {
  await browser.close();
}

const head = ['stories', 'search', 'query (docs)', 'requests', 'page KiB', 'query KiB', 'total KiB', 'results ms', 'slow 4G ms', 'results shown'];
const table = rows.map((r) => [r.n, r.engine, r.query, r.requests, r.page, r.query_kib, r.total, r.ms, r.slow, r.shown].map(String));
const widths = head.map((h, i) => Math.max(h.length, ...table.map((r) => r[i].length)));
const line = (cells) => '| ' + cells.map((c, i) => (i < 3 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ') + ' |';
console.log(line(head));
console.log('|' + widths.map((w, i) => (i < 3 ? ':' + '-'.repeat(w + 1) : '-'.repeat(w + 1) + ':')).join('|') + '|');
for (const r of table) console.log(line(r));
