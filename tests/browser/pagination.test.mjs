// Paginated listings in a real browser (issue 17): one synthetic storybook with enough
// stories for several pages of every listing, built once for the whole file. A keyboard
// walk through a listing's pages by its "Next" link, the rel="prev"/"next" links in the head
// and in the pagination, and axe (0 violations) on page 1 and page 2 at phone and desktop
// widths. Screenshots of page 2 go to /tmp for a person to look at.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO, build, serve, launch } from './harness.mjs';
import { axeViolations, describe, count } from './axe.mjs';

const STORIES = 80; // 4 pages of 24 on lived-experience/
const env = {};

before(async () => {
  env.tmp = mkdtempSync(join(tmpdir(), 'storypress-pages-'));
  const book = join(env.tmp, 'book');
  const r = spawnSync('python3', [join(REPO, 'bench', 'gen_corpus.py'), String(STORIES), book], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  env.dir = build(book);
  env.server = await serve(env.dir);
  env.browser = await launch();
});

after(async () => {
  await env.browser?.close();
  await env.server?.close();
  rmSync(env.tmp, { recursive: true, force: true });
  if (env.dir) rmSync(join(env.dir, '..'), { recursive: true, force: true });
});

async function open(width, path, colorScheme = 'light') {
  const page = await env.browser.newPage({ viewport: { width, height: 900 }, colorScheme });
  await page.goto(env.server.base + path);
  return page;
}

/** Tab until the focused element matches `selector`; fails after `max` presses. */
async function tabTo(page, selector, max = 400) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  assert.fail(`Tab never reached ${selector}`);
}

const heads = (page) =>
  page.evaluate(() => ({
    prev: document.querySelector('head link[rel="prev"]')?.href ?? null,
    next: document.querySelector('head link[rel="next"]')?.href ?? null,
    navPrev: document.querySelector('nav.pagination a[rel="prev"]')?.href ?? null,
    navNext: document.querySelector('nav.pagination a[rel="next"]')?.href ?? null,
    current: document.querySelector('nav.pagination [aria-current="page"]')?.textContent.trim() ?? null,
    h1: document.querySelector('h1').textContent.trim(),
    title: document.title,
  }));

test('the pages of a listing can be walked by keyboard, with rel links in the head and the nav', async () => {
  const page = await open(1280, 'lived-experience/');
  const base = env.server.base;
  try {
    let h = await heads(page);
    assert.equal(h.prev, null);
    assert.equal(h.next, `${base}lived-experience/page/2/`);
    assert.equal(h.navNext, h.next);
    assert.equal(h.current, '1');
    const heading = h.h1;
    for (const n of [2, 3, 4]) {
      await tabTo(page, 'nav.pagination a[rel="next"]');
      await Promise.all([page.waitForURL(`${base}lived-experience/page/${n}/`), page.keyboard.press('Enter')]);
      h = await heads(page);
      assert.equal(h.h1, heading, 'the same listing');
      assert.equal(h.current, String(n), 'aria-current marks this page');
      assert.match(h.title, new RegExp(`\\(page ${n} of 4\\)`));
      const prev = n === 2 ? `${base}lived-experience/` : `${base}lived-experience/page/${n - 1}/`;
      assert.equal(h.prev, prev);
      assert.equal(h.navPrev, prev);
      assert.equal(h.next, n < 4 ? `${base}lived-experience/page/${n + 1}/` : null);
      assert.equal(h.navNext, h.next);
    }
    // The last page has no "Next"; "Previous" goes back by keyboard too.
    await tabTo(page, 'nav.pagination a[rel="prev"]');
    await Promise.all([page.waitForURL(`${base}lived-experience/page/3/`), page.keyboard.press('Enter')]);
  } finally {
    await page.close();
  }
});

for (const width of [375, 1280]) {
  for (const path of ['lived-experience/', 'lived-experience/page/2/', 'features/access/']) {
    test(`axe finds nothing on ${path} at ${width} px`, async () => {
      for (const scheme of ['light', 'dark']) {
        const page = await open(width, path, scheme);
        try {
          const v = await axeViolations(page);
          assert.equal(count(v), 0, `${scheme}:\n${describe(v)}`);
          if (path === 'lived-experience/page/2/' && scheme === 'light') {
            await page.screenshot({ path: `/tmp/storypress-pagination-${width}.png`, fullPage: true });
            const nav = await page.$('nav.pagination');
            await nav.screenshot({ path: `/tmp/storypress-pagination-nav-${width}.png` });
          }
        } finally {
          await page.close();
        }
      }
    });
  }
}
