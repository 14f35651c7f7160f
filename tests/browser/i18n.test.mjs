// Languages in a real browser: the Welsh build shows no English interface words (with its
// scripts run, search results included), Urdu text runs right to left wherever it is shown
// (its page, its card, its search result) in an English interface and in its own, and a story's
// translations link each other both ways with hreflang. Phone-width screenshots of each go to
// target/screenshots/i18n/ for a person to look at. axe runs on these fixtures in a11y.test.mjs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO } from './harness.mjs';
import { sitesAndBrowser, artefacts, visit, LANGUAGE_SITES } from './sites.mjs';

const env = sitesAndBrowser('i18n', LANGUAGE_SITES);

/** Runs of three or more words in the English interface file, markup and variables removed. */
function englishPhrases() {
  const ftl = readFileSync(join(REPO, 'themes', 'default', 'i18n', 'en.ftl'), 'utf8');
  const texts = [];
  for (const line of ftl.split('\n')) {
    if (/^\s*#/.test(line) || /^\s*(\[|\*\[)?[a-z0-9-]*\]?\s*$/.test(line)) continue;
    const value = line.replace(/^[a-z0-9-]+\s*=\s*/, '').replace(/^\s*\*?\[[^\]]+\]\s*/, '');
    texts.push(value.replace(/<[^>]*>/g, ' ').replace(/\{[^}]*\}/g, '|'));
  }
  return [...new Set(texts.flatMap((t) => t.split(/[|.,:;()“”?]/))
    .map((s) => s.trim().replace(/\s+/g, ' '))
    .filter((s) => s.split(' ').length >= 3))];
}

async function withPage(width, fn) {
  const context = await env.browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  try {
    return await fn(page);
  } finally {
    await context.close();
  }
}

test('the Welsh build shows no English interface words, scripts and search results included', async () => {
  const site = env.sites.welsh;
  const phrases = englishPhrases();
  assert.ok(phrases.includes('Skip to content') && phrases.length > 150, `${phrases.length} phrases`);
  const shots = artefacts('screenshots', 'i18n');
  const found = [];
  await withPage(375, async (page) => {
    for (const type of Object.keys(site.pages)) {
      await visit(page, site, type);
      if (type === 'search') await page.waitForSelector('#search-list li');
      await page.screenshot({ path: join(shots, `welsh-${type}-375.png`), fullPage: true });
      // What a reader sees and hears, the English story's own words (marked lang="en") aside.
      const text = await page.evaluate(() => {
        const copy = document.body.cloneNode(true);
        copy.querySelectorAll('[lang="en"], script, template').forEach((e) => e.remove());
        const labels = [...document.querySelectorAll('[aria-label]')].map((e) => e.getAttribute('aria-label'));
        return [copy.innerText, document.title, ...labels].join('\n');
      });
      for (const p of phrases) if (text.includes(p)) found.push(`${type}: ${p}`);
    }
  });
  assert.deepEqual(found, [], 'English interface words on Welsh pages');
});

test('Urdu text runs right to left in its page, its card and its search result', async () => {
  const dirOf = (page, selector) => page.$eval(selector, (e) => getComputedStyle(e).direction);
  const shots = artefacts('screenshots', 'i18n');
  await withPage(375, async (page) => {
    // In an English interface: the Urdu translation of a story.
    const en = env.sites.translated;
    await visit(page, en, 'story-urdu');
    assert.equal(await dirOf(page, 'html'), 'ltr');
    assert.equal(await dirOf(page, 'main h1'), 'rtl', 'the page');
    assert.equal(await dirOf(page, '.story-content p'), 'rtl', 'the story text');
    await page.screenshot({ path: join(shots, 'translated-story-urdu-375.png'), fullPage: true });
    await visit(page, en, 'stories-list');
    assert.equal(await dirOf(page, 'a[href$="finding-my-feet-ur/"]'), 'rtl', 'its card');
    assert.equal(await dirOf(page, 'a[href$="finding-my-feet/"]'), 'ltr');
    await visit(page, en, 'search');
    await page.waitForSelector('#search-list li');
    assert.equal(await dirOf(page, '#search-list a[href$="finding-my-feet-ur/"]'), 'rtl', 'its search result');
    await page.screenshot({ path: join(shots, 'translated-search-375.png'), fullPage: true });

    // In its own interface, which runs right to left, with an English story left to right.
    const ur = env.sites.urdu;
    await visit(page, ur, 'stories-list');
    assert.equal(await dirOf(page, 'html'), 'rtl');
    assert.equal(await dirOf(page, 'a[href$="bagh-ki-subh/"]'), 'rtl');
    assert.equal(await dirOf(page, 'a[href$="the-bus-route/"]'), 'ltr', 'English inside Urdu');
    // Mirrored: the main navigation starts at the right edge.
    const nav = await page.$eval('.site-nav li', (e) => {
      const r = e.getBoundingClientRect();
      return { left: r.left, right: window.innerWidth - r.right };
    });
    assert.ok(nav.right < nav.left, `navigation starts on the right: ${JSON.stringify(nav)}`);
    for (const type of Object.keys(ur.pages)) {
      await visit(page, ur, type);
      if (type === 'search') await page.waitForSelector('#search-list li');
      await page.screenshot({ path: join(shots, `urdu-${type}-375.png`), fullPage: true });
    }
    await visit(page, ur, 'story-content-warning');
    assert.equal(await dirOf(page, '.content-warning'), 'rtl');
    const quote = await page.$eval('.pull-quote blockquote, .story-content', (e) => getComputedStyle(e).fontStyle);
    assert.equal(quote, 'normal', 'no slanted Urdu');
  });
});

test("a story's translations link each other both ways, with hreflang", async () => {
  const site = env.sites.translated;
  await withPage(1280, async (page) => {
    const links = {};
    for (const type of ['story', 'story-polish', 'story-urdu']) {
      await visit(page, site, type);
      links[type] = await page.evaluate(() => ({
        self: location.pathname,
        head: [...document.querySelectorAll('link[rel="alternate"][hreflang]')].map((l) => [l.hreflang, new URL(l.href).pathname]),
        body: [...document.querySelectorAll('nav.translations a')].map((a) => [a.hreflang, a.lang, a.textContent, new URL(a.href).pathname]),
      }));
    }
    const pathOf = (slug) => `/lived-experience/${slug}/`;
    for (const [type, want] of [
      ['story', [['pl', 'finding-my-feet-pl', 'Przeczytaj po polsku'], ['ur', 'finding-my-feet-ur', 'اردو میں پڑھیں']]],
      ['story-polish', [['en', 'finding-my-feet', 'Read in English'], ['ur', 'finding-my-feet-ur', 'اردو میں پڑھیں']]],
      ['story-urdu', [['en', 'finding-my-feet', 'Read in English'], ['pl', 'finding-my-feet-pl', 'Przeczytaj po polsku']]],
    ]) {
      const got = links[type];
      for (const [lang, slug, label] of want) {
        assert.ok(got.body.some(([h, l, text, path]) => h === lang && l === lang && text === label && path.endsWith(pathOf(slug))), `${type} links ${slug}: ${JSON.stringify(got.body)}`);
        assert.ok(got.head.some(([h, path]) => h === lang && path.endsWith(pathOf(slug))), `${type} head: ${JSON.stringify(got.head)}`);
      }
      // The head names the page itself too, as search engines expect of a set of translations.
      assert.ok(got.head.some(([, path]) => path === got.self), `${type} names itself: ${JSON.stringify(got.head)}`);
    }
  });
});
