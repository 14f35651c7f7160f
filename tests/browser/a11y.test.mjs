// Accessibility in a real browser: axe-core (WCAG 2.0, 2.1 and 2.2, A and AA) on every kind
// of page of the sample storybook, of the fixture that uses every feature and of the language
// fixtures (Welsh, Urdu, a story in three languages), in light and
// dark colour schemes, on a phone and on a desktop; the Nu Html Checker on every HTML file.
// It also writes a full-page screenshot of each page type to target/screenshots/ for a
// person to look at.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { REPO } from './harness.mjs';
import { sitesAndBrowser, artefacts, table, visit, SITES, LANGUAGE_SITES } from './sites.mjs';
import { axeViolations, describe, count } from './axe.mjs';

const WIDTHS = [375, 1280];
const SCHEMES = ['light', 'dark'];
// Dark-scheme screenshots of a few page types, at phone width, for a person to look at.
const DARK_SHOTS = new Set(['home', 'story-image', 'story-content-warning', 'accessibility', 'search']);
const VNU = join(REPO, 'node_modules', 'vnu-jar', 'build', 'dist', 'vnu.jar');

// Every storybook the suites know, the language fixtures too: every page type of each.
const ALL = { ...SITES, ...LANGUAGE_SITES };
const env = sitesAndBrowser('a11y', ALL);

function htmlFiles(dir) {
  return readdirSync(dir, { recursive: true })
    .map((f) => join(dir, f))
    .filter((f) => f.endsWith('.html') && statSync(f).isFile());
}

/** The page type of a built file, or `other` for pages of a type already covered. */
function pageType(site, file) {
  const rel = relative(site.dir, file).split(sep).join('/');
  for (const [type, path] of Object.entries(site.pages)) {
    const p = path.split('?')[0];
    if (rel === `${p}index.html` || (type === 'not-found' && rel === '404.html')) return type;
  }
  return 'other';
}

test('every HTML file of every test storybook passes the Nu Html Checker', () => {
  const files = Object.values(env.sites).flatMap((s) => htmlFiles(s.dir).map((file) => ({ site: s, file })));
  const r = spawnSync('java', ['-jar', VNU, '--errors-only', '--format', 'json', ...files.map((f) => f.file)], {
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  assert.ok(!r.error, `could not run java: ${r.error}`);
  let report;
  try {
    report = JSON.parse(r.stderr || r.stdout);
  } catch {
    assert.fail(`the Nu Html Checker did not report (exit ${r.status}):\n${r.stderr}\n${r.stdout}`);
  }
  const errors = report.messages.filter((m) => m.type === 'error' || m.subType === 'fatal' || m.type === 'non-document-error');
  const byFile = new Map();
  for (const m of errors) {
    const file = m.url ? fileURLToPath(m.url) : '(no file)';
    byFile.set(file, [...(byFile.get(file) || []), m]);
  }
  // Counts per page type, for each storybook.
  const rows = [['vnu errors', 'files', ...Object.keys(env.sites)]];
  const types = [...new Set(Object.values(env.sites).flatMap((s) => [...Object.keys(s.pages), 'other']))];
  for (const type of types) {
    const cells = Object.values(env.sites).map((s) => {
      const mine = files.filter((f) => f.site === s && pageType(s, f.file) === type);
      if (!mine.length) return '-';
      return mine.reduce((n, f) => n + (byFile.get(f.file)?.length || 0), 0);
    });
    const n = files.filter((f) => pageType(f.site, f.file) === type).length;
    rows.push([type, n, ...cells]);
  }
  console.log(`\n${table(rows)}\n(${files.length} HTML files checked)\n`);
  const detail = [...byFile]
    .map(([file, ms]) => `${file}\n${ms.map((m) => `  line ${m.lastLine}: ${m.message}\n    ${m.extract || ''}`).join('\n')}`)
    .join('\n');
  assert.equal(errors.length, 0, `the Nu Html Checker found ${errors.length} errors:\n${detail}`);
});

for (const name of Object.keys(ALL)) {
  test(`axe finds no WCAG 2.2 A/AA violations on any page type (${name}), light and dark, 375 and 1280 px`, async () => {
    const site = env.sites[name];
    const shots = artefacts('screenshots', name);
    const counts = {}; // type -> {column -> n}
    const failures = [];
    // The four combinations run side by side, each in its own browser context.
    const combos = SCHEMES.flatMap((scheme) => WIDTHS.map((width) => ({ scheme, width })));
    await Promise.all(
      combos.map(async ({ scheme, width }) => {
        const column = `${scheme} ${width}`;
        const context = await env.browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme, bypassCSP: true });
        const page = await context.newPage();
        try {
          for (const [type, path] of Object.entries(site.pages)) {
            await visit(page, site, type);
            if (scheme === 'light' || (width === 375 && DARK_SHOTS.has(type))) {
              await page.screenshot({ path: join(shots, `${type}-${width}${scheme === 'dark' ? '-dark' : ''}.png`), fullPage: true });
            }
            // A story held back behind a content warning is checked opened, so that axe sees
            // the story itself as well as the warning and the "Read the story" control.
            const closed = await page.evaluate(() => {
              const list = [...document.querySelectorAll('details:not([open])')];
              list.forEach((d) => (d.open = true));
              return list.length;
            });
            if (closed && scheme === 'light' && width === 375) {
              await page.screenshot({ path: join(shots, `${type}-open-${width}.png`), fullPage: true });
            }
            const violations = await axeViolations(page);
            (counts[type] ||= {})[column] = count(violations);
            if (violations.length) failures.push(`${type} (${path || 'home'}, ${column}):\n${describe(violations)}`);
          }
        } finally {
          await context.close();
        }
      }),
    );
    const columns = SCHEMES.flatMap((s) => WIDTHS.map((w) => `${s} ${w}`));
    const rows = [[`axe violations: ${name}`, ...columns]];
    for (const type of Object.keys(site.pages)) rows.push([type, ...columns.map((col) => counts[type][col])]);
    console.log(`\n${table(rows)}\nscreenshots: ${relative(REPO, shots)}/\n`);
    assert.equal(failures.length, 0, `axe found violations:\n${failures.join('\n')}`);
  });
}
