// Every vector of the hostile-input corpus (xss-corpus.mjs), placed wherever a storyteller or
// a site maintainer can write text: story bodies, every front-matter text field and every
// storybook.yaml text field. Each placement must either be refused by `check` with an error
// that names the file and a line inside it, or be built into pages that do nothing when a
// reader opens them: every HTML page is loaded in Chromium with traps for dialogs, for the
// `xss()` call, for requests leaving the site, for navigation and for new windows, after
// which the test opens every <details>, focuses, hovers and clicks every element, and follows
// every link whose scheme is not a web address.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync, readFileSync, copyFileSync, rmSync, existsSync, statSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { build, serve, launch, BIN, REPO } from './harness.mjs';
import { artefacts } from './sites.mjs';
import { corpus, vectorOf } from './xss-corpus.mjs';

const VECTORS = corpus();
const PICTURE = join(REPO, 'tests', 'fixtures', 'full', 'lived-experience', 'kitchen-table.png');
const GIVEN = 'consent:\n  status: given\n  scope: [web, workshop, print]\n  recorded: 2025-05-01\n  review: 2099-01-01\n';
/** A YAML scalar that holds any string exactly: JSON is YAML. */
const q = (s) => JSON.stringify(s);
const chunks = (list, n) => Array.from({ length: Math.ceil(list.length / n) }, (_, i) => list.slice(i * n, i * n + n));
const textOf = (vs, sep = ' ') => vs.map((v) => v.text).join(sep);

const env = { browser: undefined, report: { placements: [], refused: [], unlocated: [], findings: [], pages: 0, slow: [] } };
before(async () => {
  env.browser = await launch();
});
after(async () => {
  await env.browser?.close();
  const file = join(artefacts('xss'), 'report.json');
  env.report.slow = env.report.slow.sort((a, b) => b[0] - a[0]).slice(0, 30);
  writeFileSync(file, JSON.stringify(env.report, null, 1));
  console.log(`xss report: ${file}`);
});

// ---------------------------------------------------------------- storybooks on disk

/**
 * A storybook made of placements: {file, vectors, where, lines?}. `files` maps a path under
 * ROOT to its text; a placement with `lines` [first, last] shares its file (storybook.yaml)
 * with others, and is refused alone when an error points inside those lines.
 */
function writeBook(files, assets = []) {
  const root = join(mkdtempSync(join(tmpdir(), 'storypress-xss-')), 'stories');
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, rel)), { recursive: true });
    writeFileSync(join(root, rel), text);
  }
  for (const rel of assets) copyFileSync(PICTURE, join(root, rel));
  return root;
}

function check(root) {
  const r = spawnSync(BIN, ['check', root, '--format', 'json'], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0 && r.status !== 1) throw new Error(`check crashed (${r.status}): ${r.stderr}`);
  let diags;
  try {
    diags = JSON.parse(r.stdout);
  } catch {
    throw new Error(`check --format json printed no JSON array:\n${r.stdout.slice(0, 2000)}`);
  }
  return diags.filter((d) => d.severity === 'error');
}

/** Why a diagnostic does not lead a storyteller to the place to fix, or undefined. */
function unlocated(root, d) {
  const path = d.file ? join(root, d.file) : '';
  if (!d.file || !existsSync(path) || !statSync(path).isFile()) return `names no file of the storybook ("${d.file}")`;
  const lines = readFileSync(path, 'utf8').split('\n').length;
  if (!(d.line >= 1 && d.line <= lines)) return `line ${d.line} is outside the file (${lines} lines)`;
  if (!d.message?.trim() || !d.hint?.trim()) return 'says nothing about what is wrong or how to fix it';
  return undefined;
}

/**
 * Check until clean, taking out each refused placement (after asserting its errors are
 * located), and return what is left to build. An error that points at no placement leaves
 * the whole storybook unbuildable; that is recorded rather than thrown, so one bad field
 * cannot hide the results of the others.
 */
function settle(name, make, placements) {
  for (const p of placements) env.report.placements.push({ book: name, where: p.where, vectors: p.vectors.map((v) => v.id) });
  let live = placements;
  for (;;) {
    const { files, assets } = make(live);
    const root = writeBook(files, assets);
    const started = Date.now();
    const errors = check(root);
    env.report.slow.push([Date.now() - started, `check ${name}`]);
    if (errors.length === 0) return { root, live };
    const refused = new Set();
    for (const d of errors) {
      const why = unlocated(root, d);
      const owner = live.find((p) => p.file === d.file && (!p.lines || (d.line >= p.lines[0] && d.line <= p.lines[1])));
      if (why) env.report.unlocated.push({ book: name, where: owner?.where, vectors: owner?.vectors.map((v) => v.id), why, diagnostic: d });
      if (owner) refused.add(owner);
      else if (!why) env.report.unlocated.push({ book: name, why: 'points at no placement (a line the test did not write)', diagnostic: d });
    }
    for (const p of refused) env.report.refused.push({ book: name, where: p.where, vectors: p.vectors.map((v) => v.id), codes: errors.filter((d) => d.file === p.file).map((d) => d.code) });
    if (refused.size === 0) {
      rmSync(dirname(root), { recursive: true, force: true });
      return { root: undefined, live: [] };
    }
    live = live.filter((p) => !refused.has(p));
    rmSync(dirname(root), { recursive: true, force: true });
  }
}

const BASE_CONFIG = {
  head: `title: "Hostile input storybook"\nbase_url: "https://example.org/storybook/"\nlanguage: en\nlicence: CC-BY-NC-ND-4.0\n`,
  features: `features:\n  - { id: networks, name: Networks, description: "Supportive networks." }\n`,
  sites: `sites:\n  - { id: salford, name: Salford }\n`,
};

function storyFile(fields, body = 'A plain story.') {
  const fm = { title: q('A story'), summary: q('About a story.'), storyteller: q('Sam'), ...fields };
  const lines = Object.entries(fm).map(([k, v]) => `${k}: ${v}`).join('\n');
  return `---\n${lines}\ndate: 2025-06-01\nfeatures: [networks]\nsite: salford\n${GIVEN}---\n${body}\n`;
}

// ---------------------------------------------------------------- the three kinds of storybook

/** Story bodies and front matter: one story per placement, so a refusal takes out only it. */
function storiesBook() {
  const placements = [];
  const alone = new Set(['script-tag', 'mutation', 'svg-mathml', 'document-level']);
  const body = (vs, i) => placements.push({ where: 'story body', vectors: vs, file: `lived-experience/body-${i}.md`, text: storyFile({}, textOf(vs, '\n\n')) });
  let n = 0;
  for (const v of VECTORS.filter((v) => alone.has(v.family))) body([v], n++);
  for (const vs of chunks(VECTORS.filter((v) => !alone.has(v.family)), 10)) body(vs, n++);
  body(VECTORS, n++); // all at once, so one vector may also prepare the ground for another
  const one = { title: q, summary: q, storyteller: q, quote: q };
  for (const [field, enc] of Object.entries(one)) {
    chunks(VECTORS, 15).forEach((vs, i) => placements.push({
      where: `front matter: ${field}`, vectors: vs, file: `lived-experience/${field}-${i}.md`, text: storyFile({ [field]: enc(textOf(vs)) }),
    }));
  }
  const list = (vs) => `\n${vs.map((v) => `  - ${q(v.text)}`).join('\n')}`;
  chunks(VECTORS, 15).forEach((vs, i) => {
    placements.push({ where: 'front matter: prompts', vectors: vs, file: `lived-experience/prompts-${i}.md`, text: storyFile({ prompts: list(vs) }) });
    placements.push({ where: 'front matter: themes', vectors: vs, file: `lived-experience/themes-${i}.md`, text: storyFile({ themes: list(vs) }) });
    placements.push({
      where: 'front matter: image alt', vectors: vs, file: `lived-experience/alt-${i}/index.md`, asset: `lived-experience/alt-${i}/picture.png`,
      text: storyFile({ image: `{ src: picture.png, alt: ${q(textOf(vs))} }` }),
    });
  });
  const make = (live) => ({
    files: { 'storybook.yaml': BASE_CONFIG.head + BASE_CONFIG.features + BASE_CONFIG.sites, ...Object.fromEntries(live.map((p) => [p.file, p.text])) },
    assets: live.filter((p) => p.asset).map((p) => p.asset),
  });
  return { name: 'stories', placements, make };
}

/** Builds storybook.yaml from placements, noting the lines each one takes. */
function configYaml(live) {
  const out = [];
  const emit = (p, lines) => {
    const first = out.length + 1;
    out.push(...lines);
    if (p) p.lines = [first, out.length];
  };
  const by = (key) => live.filter((p) => p.key === key);
  emit(null, BASE_CONFIG.head.trimEnd().split('\n').filter((l) => !(by('title').length && l.startsWith('title:'))));
  for (const p of by('title')) emit(p, [`title: ${q(textOf(p.vectors))}`]);
  for (const key of ['description', 'intro', 'support']) for (const p of by(key)) emit(p, [`${key}: ${q(textOf(p.vectors, key === 'description' ? ' ' : '\n\n'))}`]);
  emit(null, ['features:', '  - { id: networks, name: Networks, description: "Supportive networks." }']);
  by('feature').forEach((p, i) => emit(p, [`  - id: f-${i}`, `    name: ${q(textOf(p.vectors))}`, `    description: ${q(textOf(p.vectors))}`, `    in_practice: ${q(textOf(p.vectors, '\n\n'))}`]));
  emit(null, ['sites:', '  - { id: salford, name: Salford }']);
  by('site').forEach((p, i) => emit(p, [`  - { id: s-${i}, name: ${q(textOf(p.vectors))} }`]));
  const exit = by('quick_exit');
  if (exit.length) {
    emit(null, ['quick_exit:']);
    for (const p of exit) emit(p, [`  ${p.field}: ${q(textOf(p.vectors))}`]);
    if (!exit.some((p) => p.field === 'url')) emit(null, ['  url: "https://www.bbc.co.uk/weather"']);
  }
  const a11y = by('accessibility');
  if (a11y.length) {
    emit(null, ['accessibility:']);
    for (const p of a11y.filter((p) => p.field === 'contact')) emit(p, [`  contact: ${q(textOf(p.vectors))}`]);
    const issues = a11y.filter((p) => p.field === 'known_issues');
    if (issues.length) emit(null, ['  known_issues:']);
    for (const p of issues) emit(p, [`    - ${q(textOf(p.vectors))}`]);
  }
  const outcomes = by('outcome');
  if (outcomes.length) emit(null, ['outcomes:']);
  outcomes.forEach((p) => emit(p, [`  - label: ${q(textOf(p.vectors))}`, `    value: ${q(textOf(p.vectors))}`, `    unit: ${q(textOf(p.vectors))}`, `    source: ${q(textOf(p.vectors))}`, `    note: ${q(textOf(p.vectors))}`]));
  return out.join('\n') + '\n';
}

function configMake(live) {
  return {
    files: { 'storybook.yaml': configYaml(live), 'lived-experience/plain.md': storyFile({}) },
    assets: [],
  };
}

/** The list fields of storybook.yaml: many entries in one storybook. */
function listsBook() {
  const placements = [];
  const add = (key, where, field) => (vs) => placements.push({ key, field, where, vectors: vs, file: 'storybook.yaml' });
  chunks(VECTORS, 12).forEach(add('feature', 'storybook.yaml: feature name/description/in_practice'));
  chunks(VECTORS, 12).forEach(add('site', 'storybook.yaml: site name'));
  chunks(VECTORS, 1).forEach(add('accessibility', 'storybook.yaml: accessibility known_issues', 'known_issues'));
  chunks(VECTORS, 12).forEach(add('outcome', 'storybook.yaml: outcome label/value/unit/source/note'));
  return { name: 'config-lists', placements, make: configMake };
}

/** The single-valued fields of storybook.yaml: one small storybook per slice of the corpus. */
function scalarBooks() {
  const books = [];
  const urls = VECTORS.filter((v) => v.family === 'bare-url');
  const slices = chunks(VECTORS, 20);
  const half = Math.ceil(urls.length / 2);
  for (let k = 0; k < Math.max(slices.length, half); k++) {
    const placements = [];
    const add = (key, field, vs) => vs?.length && placements.push({ key, field, where: `storybook.yaml: ${field}`, vectors: vs, file: 'storybook.yaml' });
    for (const key of ['title', 'description', 'intro', 'support']) add(key, key, slices[k]);
    add('quick_exit', 'url', k < half && urls[k] && [urls[k]]);
    add('quick_exit', 'label', slices[k]);
    add('accessibility', 'contact', urls[k + half] && [urls[k + half]]);
    books.push({ name: `config-scalars-${k}`, placements, make: configMake });
  }
  return books;
}

// ---------------------------------------------------------------- the browser

/** One context for every page: the traps record into `sink`, which the caller swaps per site. */
async function trappedPage(origin, quickExit = DEFAULT_EXIT) {
  const ctx = await env.browser.newContext();
  const state = { findings: [], page: '' };
  const record = (kind, detail) => state.findings.push({ kind, page: state.page, detail: String(detail).slice(0, 300), vector: vectorOf(detail) });
  await ctx.exposeBinding('xss', ({ frame }, id) => record('trap', `xss(${id}) in ${frame.url().slice(0, 80)}`));
  await ctx.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin.value)) return route.continue();
    // Leaving by the quick exit is what it is for; anything else leaving the site is caught.
    if (!(route.request().isNavigationRequest() && url === quickExit)) record('outside-request', url);
    return route.abort();
  });
  const page = await ctx.newPage();
  ctx.on('page', (p) => {
    record('new-window', p.url());
    p.close().catch(() => {});
  });
  page.on('dialog', (d) => {
    record('dialog', `${d.type()}: ${d.message()}`);
    d.dismiss().catch(() => {});
  });
  page.on('framenavigated', (f) => {
    // A refused request shows Chromium's error page; the request itself was recorded.
    const url = f.url();
    if (state.watching && f === page.mainFrame() && strip(url) !== strip(state.page) && !url.startsWith('chrome-error:') && url !== quickExit) record('navigation', url);
  });
  return { ctx, page, state, record, quickExit };
}

const strip = (u) => u.replace(/#.*$/, '');
const DEFAULT_EXIT = 'https://www.bbc.co.uk/weather';

/** Where the storybook's quick exit leads, when that is a web address. */
function quickExitOf(live) {
  const p = live.find((p) => p.key === 'quick_exit' && p.field === 'url');
  if (!p) return DEFAULT_EXIT;
  try {
    const u = new URL(p.vectors[0].text.trim(), 'https://example.org/storybook/');
    return /^https?:$/.test(u.protocol) ? u.href : undefined;
  } catch {
    return undefined;
  }
}

/** Done in the page: what a curious reader does, then what markup is left that should not be. */
function exercise() {
  const all = [...document.querySelectorAll('*')];
  const stop = (e) => e.preventDefault();
  addEventListener('click', stop, true);
  addEventListener('submit', stop, true);
  for (const d of document.querySelectorAll('details')) d.open = !d.open;
  for (const el of all) {
    // The quick exit leaves the site when clicked, as it should; a hostile address in it is
    // still followed below.
    if (el.matches('a[data-quick-exit]') && /^https?:$/.test(el.protocol)) continue;
    if (typeof el.focus === 'function') el.focus();
    for (const type of ['mouseover', 'mouseenter', 'pointerover', 'mousemove', 'mousedown', 'mouseup', 'click', 'dblclick', 'keydown', 'input', 'change']) {
      el.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true }));
    }
    if (typeof el.blur === 'function') el.blur();
  }
  removeEventListener('click', stop, true);
  removeEventListener('submit', stop, true);
  const bad = [];
  const safe = new Set(['http:', 'https:', 'mailto:', 'tel:']);
  const urlAttrs = /^(href|src|action|formaction|data|poster|background|ping|xlink:href|codebase|srcset|lowsrc|dynsrc|longdesc|manifest|icon|values|to|from)$/;
  for (const el of all) {
    for (const a of el.attributes || []) {
      const name = a.name.toLowerCase();
      if (name.startsWith('on')) bad.push(`event handler ${name}="${a.value}" on <${el.localName}>`);
      if (name === 'srcdoc') bad.push(`srcdoc on <${el.localName}>: ${a.value}`);
      if (name === 'style' && /url\s*\(|expression\s*\(|behavior|@import/i.test(a.value)) bad.push(`style="${a.value}"`);
      if (!urlAttrs.test(name)) continue;
      for (const v of name === 'srcset' || name === 'ping' ? a.value.split(/[\s,]+/) : [a.value]) {
        let u;
        try {
          u = new URL(v.trim(), document.baseURI);
        } catch {
          continue;
        }
        if (!safe.has(u.protocol)) {
          bad.push(`${name}="${a.value}" on <${el.localName}>`);
          if (el.localName === 'form') el.requestSubmit?.();
          else el.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
        }
      }
    }
    const tag = el.localName;
    // The theme's own data blocks (the interface's words for its scripts) are JSON, which no
    // browser runs; any other inline script is a finding.
    const data = tag === 'script' && el.type === 'application/json' && ['search-strings', 'share-strings', 'share-data'].includes(el.id);
    if (tag === 'script' && !data && (!el.src || new URL(el.src).origin !== location.origin)) bad.push(`<script> ${el.src || el.textContent.slice(0, 80)}`);
    if (['iframe', 'frame', 'object', 'embed', 'base', 'applet', 'portal'].includes(tag)) bad.push(`<${tag}> ${el.outerHTML.slice(0, 120)}`);
    if (tag === 'meta' && el.httpEquiv) bad.push(`<meta http-equiv="${el.httpEquiv}" content="${el.content}">`);
    if (tag === 'style' && el.closest('body')) bad.push(`<style> in the page body: ${el.textContent.slice(0, 80)}`);
  }
  return bad;
}

/** A page that never gives control back is a finding too, not a stuck suite. */
function bounded(promise) {
  let timer;
  const limit = new Promise((_, fail) => {
    timer = setTimeout(() => fail(new Error('the page stopped responding for 15 s')), 15000);
  });
  return Promise.race([promise, limit]).finally(() => clearTimeout(timer));
}

async function visit(t, url) {
  if (process.env.XSS_VERBOSE) console.error(new Date().toISOString(), url);
  t.state.page = url;
  t.state.watching = false;
  const start = Date.now();
  try {
    // A quick exit the last page set off (and the test refused) can still be settling, and
    // win the race with this page: try again rather than test the wrong page.
    // (Only then: a page that moves itself elsewhere while loading is a finding.)
    const before = strip(t.page.url());
    for (let i = 0; i < 3; i++) {
      const ok = await t.page.goto(url, { waitUntil: 'load', timeout: 15000 }).then(() => true, (e) => {
        if (!/navigat|aborted|interrupted/i.test(String(e))) throw e;
        return false;
      });
      if (ok || strip(t.page.url()) !== before) break;
    }
    // From here on the page is loaded: any navigation is the page's own doing.
    t.state.watching = true;
    for (const finding of await bounded(t.page.evaluate(exercise))) t.record('markup', finding);
    // Media errors, SMIL animations and refreshes fire a moment after the load event.
    await bounded(t.page.evaluate(() => new Promise((ok) => setTimeout(ok, 60))));
  } catch (e) {
    // A loaded page that goes away while the test reads it has navigated, wherever to.
    if (!/navigat|destroyed|aborted/i.test(String(e))) t.record('page-error', `${e}`.split('\n')[0]);
    else if (t.state.watching) t.record('navigation', `the page went away: ${String(e).split('\n')[0]}`);
  }
  const now = t.page.url();
  if (strip(now) !== strip(url) && !now.startsWith('chrome-error:') && now !== t.quickExit) t.record('navigation', `ended on ${now}`);
  env.report.slow.push([Date.now() - start, url]);
}

/** Every HTML page a build wrote, as addresses on the server. */
function pagesOf(dir, base) {
  const out = [];
  const walk = (rel) => {
    for (const e of readdirSync(join(dir, rel), { withFileTypes: true })) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(r);
      else if (e.name.endsWith('.html')) out.push(base + r.replace(/(^|\/)index\.html$/, '$1'));
    }
  };
  walk('');
  return out;
}

/** Build and open every page of each book; returns the findings. */
async function run(books) {
  const findings = [];
  for (const book of books) {
    const { root, live } = settle(book.name, book.make, book.placements);
    if (!root) continue;
    const started = Date.now();
    const out = build(root);
    env.report.slow.push([Date.now() - started, `build ${book.name}`]);
    const server = await serve(out);
    // A context per storybook: closing it drops the browser's kept-alive connections, so the
    // server can close at once.
    const t = await trappedPage({ value: new URL(server.base).origin }, quickExitOf(live));
    try {
      for (const url of pagesOf(out, server.base)) {
        env.report.pages++;
        await visit(t, url);
      }
    } finally {
      await t.ctx.close();
      await server.close();
      rmSync(dirname(root), { recursive: true, force: true });
      rmSync(dirname(out), { recursive: true, force: true });
    }
    book.built = live.length;
    findings.push(...t.state.findings.map((f) => ({ ...f, book: book.name })));
  }
  for (const f of findings) f.where = placementsNaming(books.filter((b) => b.name === f.book), f);
  env.report.findings.push(...findings);
  return findings;
}

function placementsNaming(books, f) {
  if (f.vector === undefined) return undefined;
  return [...new Set(books.flatMap((b) => b.placements).filter((p) => p.vectors.some((v) => v.id === f.vector)).map((p) => p.where))].join('; ');
}

function summary(findings, unlocated) {
  const lines = [];
  const groups = new Map();
  for (const f of findings) {
    const v = VECTORS[f.vector];
    const key = `${f.kind} | ${v ? v.family : 'unknown vector'} | ${f.where || f.book} | ${f.page.replace(/^http:\/\/[^/]+\/storybook\//, '/')}`;
    groups.set(key, (groups.get(key) || new Set()).add(v ? `${v.id}:${v.name}` : f.detail));
  }
  for (const [k, vs] of groups) lines.push(`${k}: ${[...vs].slice(0, 8).join(', ')}${vs.size > 8 ? ` (+${vs.size - 8})` : ''}`);
  for (const u of unlocated) lines.push(`unlocated error | ${u.where || '-'} | ${u.why}: ${u.diagnostic.file}:${u.diagnostic.line} ${u.diagnostic.code}`);
  return lines.join('\n');
}

// ---------------------------------------------------------------- the tests

test('the traps catch a vector that works (so a clean run means something)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'storypress-xss-control-'));
  const controls = [
    ['trap', '<img src=x onerror=xss(1)>'],
    ['dialog', '<svg onload=alert(2)></svg>'],
    ['outside-request', '<img src=http://127.0.0.1:9/hit-3>'],
    ['trap', '<a href="javascript:xss(4)">x</a>'],
    ['trap', '<details ontoggle=xss(5)><summary>x</summary></details>'],
    ['trap', '<input onfocus=xss(6)>'],
    ['trap', '<div onmouseover=xss(7)>x</div>'],
    ['outside-request', '<meta http-equiv=refresh content="0;url=http://127.0.0.1:9/hit-8">'],
    ['navigation', '<meta http-equiv=refresh content="0;url=./elsewhere/">'],
    ['navigation', '<input onfocus="location.href=\'./elsewhere/\'">'],
  ];
  controls.forEach(([, html], i) => {
    mkdirSync(join(dir, `c${i}`));
    writeFileSync(join(dir, `c${i}`, 'index.html'), `<!doctype html><title>c</title><body>${html}</body>`);
  });
  const server = await serve(dir);
  const origin = { value: new URL(server.base).origin };
  const t = await trappedPage(origin);
  try {
    for (let i = 0; i < controls.length; i++) {
      await visit(t, `${server.base}c${i}/`);
    }
  } finally {
    await t.ctx.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
  controls.forEach(([kind], i) => {
    const seen = t.state.findings.filter((f) => f.page.endsWith(`c${i}/`)).map((f) => f.kind);
    assert.ok(seen.includes(kind), `control ${i} (${controls[i][1]}) should be caught as ${kind}; saw ${seen.join(', ') || 'nothing'}`);
  });
});

test(`${VECTORS.length} hostile vectors in story bodies and every front-matter text field do nothing`, { timeout: 600_000 }, async () => {
  const book = storiesBook();
  const findings = await run([book]);
  const unlocated = env.report.unlocated.filter((u) => u.book === book.name);
  console.log(`stories: ${book.placements.length} placements, ${book.built} built, ${env.report.refused.filter((r) => r.book === book.name).length} refused`);
  assert.ok(book.built > 0, 'some placement must have been built, or nothing was tested');
  assert.deepEqual([findings.length, unlocated.length], [0, 0], summary(findings, unlocated));
});

test(`${VECTORS.length} hostile vectors in every storybook.yaml text field do nothing`, { timeout: 600_000 }, async () => {
  const books = [listsBook(), ...scalarBooks()];
  const findings = await run(books);
  const names = new Set(books.map((b) => b.name));
  const unlocated = env.report.unlocated.filter((u) => names.has(u.book));
  const built = books.reduce((n, b) => n + (b.built || 0), 0);
  console.log(`config: ${books.length} storybooks, ${books.reduce((n, b) => n + b.placements.length, 0)} placements, ${built} built`);
  assert.ok(built > 0, 'some placement must have been built, or nothing was tested');
  assert.deepEqual([findings.length, unlocated.length], [0, 0], summary(findings, unlocated));
});
