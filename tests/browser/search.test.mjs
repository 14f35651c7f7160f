// Search (issue 4), in real Chromium: the index is built by the real binary and the page is
// served under a sub-path. The fixture storybook (tests/fixtures/search/) says which word is
// where; the sample storybook (stories/) has the Polish story the issue names.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { pathToFileURL } from 'node:url';
import { build, serve, launch, REPO } from './harness.mjs';
import { axeViolations, describe } from './axe.mjs';

const FIXTURE = join(REPO, 'tests', 'fixtures', 'search');
let site, server, browser, sample, sampleServer;

before(async () => {
  site = build(FIXTURE);
  server = await serve(site);
  sample = build(join(REPO, 'stories'));
  sampleServer = await serve(sample);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
  await sampleServer?.close();
});

/** Open /search/ with `query` (e.g. "?q=debt") and wait until the status says how it went. */
async function open(query = '', srv = server, options = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.errors = errors;
  await page.goto(srv.base + 'search/' + query);
  if (query) await settled(page);
  return page;
}

/** Wait for the results of the newest search. */
async function settled(page) {
  await page.waitForFunction(() => {
    const s = document.getElementById('search-status');
    return s && s.textContent.trim() !== '' && !document.getElementById('search-results').hasAttribute('aria-busy');
  });
}

const titles = (page) => page.locator('.search-result-title').allInnerTexts();

function filesUnder(dir) {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}

test('a word only in a story’s body finds that story, with the word marked', async () => {
  const page = await open();
  await page.locator('#search-q').fill('marrowfat');
  await settled(page);
  assert.deepEqual(await titles(page), ['Peas and patience']);
  assert.match(await page.locator('#search-status').innerText(), /^1 result for “marrowfat”/);
  assert.deepEqual(await page.locator('.search-result mark').allInnerTexts(), ['marrowfat']);
  // Feature tags link to the feature pages, relative to the sub-path.
  const tag = page.locator('.search-result-tags a', { hasText: 'Networks' });
  assert.equal(await tag.getAttribute('href'), '../features/networks/');
  await page.locator('.search-result-title a').first().click();
  await page.waitForURL(/lived-experience\/peas-and-patience\/$/);
  assert.equal(await page.locator('h1').innerText(), 'Peas and patience');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('English words are stemmed on both sides: "allotment" finds "allotments"', async () => {
  for (const q of ['allotment', 'allotments', 'Allotments']) {
    const page = await open('?q=' + encodeURIComponent(q));
    const found = await titles(page);
    assert.ok(found.includes('Peas and patience'), `${q}: ${found}`);
    assert.ok(found.includes('The money conversation'), `${q}: ${found}`);
    await page.context().close();
  }
  // Title and summary weigh more than the body (boosts), and the prefix "allot" still finds them.
  const page = await open('?q=allot');
  assert.ok((await titles(page)).length >= 3);
  await page.context().close();
});

test('filters from the URL narrow the results, and their counts follow the query', async () => {
  let page = await open('?q=allotment');
  const all = await titles(page);
  assert.ok(all.length >= 4, all.join(' | '));
  await page.context().close();

  page = await open('?q=allotment&site=salford');
  assert.deepEqual((await titles(page)).sort(), ['Neighbourhood coaching in Salford', 'Peas and patience']);
  assert.ok(await page.locator('#search-site-salford').isChecked());
  assert.match(await page.locator('#search-status').innerText(), /2 results for “allotment”, filtered by Salford/);
  // Ticking Luton would add the Luton stories: the count says how many.
  assert.match(await page.locator('label[for=search-site-luton]').innerText(), /\(2\)/);
  await page.context().close();

  // Repeated values are alternatives; different filters must all hold.
  page = await open('?q=allotment&site=salford&site=luton&kind=case-studies');
  assert.deepEqual(await titles(page), ['Neighbourhood coaching in Salford']);
  await page.context().close();

  // Filters alone list everything that matches them, newest first.
  page = await open('?feature=access');
  assert.deepEqual(await titles(page), ['The money conversation', 'Salford: one front door']);
  await page.context().close();
});

test('the URL follows the form, and a shared link restores it', async () => {
  const page = await open();
  await page.locator('#search-q').fill('debt');
  await page.waitForURL((u) => u.searchParams.get('q') === 'debt');
  await settled(page);
  await page.locator('#search-filters').evaluate((d) => { d.open = true; });
  await page.locator('#search-feature-access').check();
  await page.waitForURL((u) => u.searchParams.getAll('feature').join() === 'access');
  await page.locator('#search-theme-money').check();
  await page.waitForURL((u) => u.search === '?q=debt&feature=access&theme=money');
  await page.locator('#search-theme-money').uncheck();
  await page.waitForURL((u) => u.search === '?q=debt&feature=access');
  // Loading that URL fresh gives the same form and results.
  const shared = await open(new URL(page.url()).search);
  assert.equal(await shared.locator('#search-q').inputValue(), 'debt');
  assert.ok(await shared.locator('#search-feature-access').isChecked());
  assert.ok(!(await shared.locator('#search-theme-money').isChecked()));
  assert.deepEqual(await titles(shared), ['The money conversation']);
  // Clearing the box and the filters clears the URL.
  await shared.locator('#search-q').fill('');
  await shared.locator('[data-clear]').click();
  await shared.waitForURL((u) => u.search === '');
  await page.context().close();
  await shared.context().close();
});

test('a withdrawn or pending story’s words find nothing and are in no index file', async () => {
  for (const q of ['quillwhistle', 'brackenmoor', 'Zennor']) {
    const page = await open('?q=' + q);
    assert.deepEqual(await titles(page), [], q);
    assert.match(await page.locator('#search-status').innerText(), new RegExp(`^0 results for “${q}”`));
    await page.context().close();
  }
  const index = filesUnder(join(site, 'search'));
  assert.ok(index.some((f) => f.includes(`${join('search', 't')}`)), 'term shards were written');
  for (const f of index) {
    const text = readFileSync(f, 'utf8').toLowerCase();
    for (const word of ['quillwhistle', 'brackenmoor', 'zennor', 'the-lantern-keeper', 'not-yet', 'withdrawn-theme']) {
      assert.ok(!text.includes(word), `${word} is in ${f}`);
    }
  }
  // And the published set is what the index holds: six pages.
  assert.equal(JSON.parse(readFileSync(join(site, 'search', 'meta.json'), 'utf8')).n, 6);
});

test('a Polish word finds the Polish story (neutral pipeline), in any case', async () => {
  for (const q of ['działka', 'DZIAŁKA', 'działk']) {
    const page = await open('?q=' + encodeURIComponent(q), sampleServer);
    const found = await titles(page);
    assert.equal(found[0], 'Działka i rozmowa w moim języku', `${q}: ${found}`);
    assert.equal(await page.locator('.search-result-title a').first().getAttribute('lang'), 'pl');
    await page.context().close();
  }
  // Typed composed (ó) or decomposed (o + U+0301, as some keyboards send it): the same word.
  for (const q of ['ogórki', 'ogo\u0301rki']) {
    const page = await open('?q=' + encodeURIComponent(q), server);
    assert.deepEqual(await titles(page), ['Moja działka'], `${q.length} characters`);
    assert.deepEqual(await page.locator('.search-result mark').allInnerTexts(), ['ogórki']);
    await page.context().close();
  }
});

test('a German word finds the German story (German pipeline plus the plain word)', async () => {
  const page = await open('?q=Kleingärten');
  assert.deepEqual(await titles(page), ['Mein Garten in Lambeth']);
  await page.context().close();
});

test('the sample storybook: allotment, debt and coach find their stories', async () => {
  for (const [q, title] of [
    ['allotments', 'The allotment on Thursdays'],
    ['debt', null],
    ['coach', null],
  ]) {
    const page = await open('?q=' + q, sampleServer);
    const found = await titles(page);
    assert.ok(found.length > 0, q);
    if (title) assert.equal(found[0], title, `${q}: ${found}`);
    assert.ok((await page.locator('.search-result mark').count()) > 0, `${q}: marks`);
    await page.context().close();
  }
});

test('the result count is announced, and everything works from the keyboard', async () => {
  const page = await open('', server, { viewport: { width: 1280, height: 900 } });
  const status = page.locator('#search-status');
  assert.equal(await status.getAttribute('aria-live'), 'polite');
  assert.equal(await status.getAttribute('role'), 'status');
  assert.equal(await page.locator('form[role=search]').getAttribute('aria-labelledby'), 'search-label');
  await page.locator('#search-q').focus();
  await page.keyboard.type('coach');
  await page.keyboard.press('Enter');
  await settled(page);
  const before = await titles(page);
  assert.ok(before.length >= 2, before.join());
  // Tab leaves the box for the Search button, then the filters (open on a wide screen).
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.className), 'search-button');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.tagName), 'SUMMARY');
  assert.ok(await page.locator('#search-filters').evaluate((d) => d.open));
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'search-feature-networks');
  const ring = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.notEqual(ring, 'none', 'focus is visible');
  await page.keyboard.press('Space');
  await page.waitForURL((u) => u.searchParams.get('feature') === 'networks');
  await settled(page);
  assert.match(await status.innerText(), /filtered by Networks/);
  const after = await titles(page);
  assert.ok(after.length < before.length || after.length > 0);
  // The first result is reachable and opens with Enter.
  await page.locator('.search-result-title a').first().focus();
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/(lived-experience|case-studies|sites)\//);
  await page.context().close();
});

test('more results come ten at a time, and focus moves to the first new one', async () => {
  // The sample storybook's common word "support" has more than ten results.
  const page = await open('?q=support', sampleServer);
  assert.equal(await page.locator('.search-result').count(), 10);
  const more = page.locator('#search-more');
  assert.ok(await more.isVisible());
  await more.click();
  await page.waitForFunction(() => document.querySelectorAll('.search-result').length > 10);
  const focused = await page.evaluate(() => document.activeElement.closest('.search-result') &&
    [...document.querySelectorAll('.search-result')].indexOf(document.activeElement.closest('.search-result')));
  assert.equal(focused, 10);
  await page.context().close();
});

test('without JavaScript the page leads to the listings', async () => {
  const page = await open('', server, { javaScriptEnabled: false });
  assert.ok(await page.locator('.search-noscript').isVisible());
  assert.ok(!(await page.locator('#search-filters').isVisible()));
  const browse = page.getByRole('navigation', { name: 'Browse' });
  const hrefs = await browse.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  for (const want of ['../features/networks/', '../sites/salford/', '../sites/luton/', '../lived-experience/', '../case-studies/', '../themes/allotment/']) {
    assert.ok(hrefs.includes(want), `${want} in ${hrefs}`);
  }
  for (const href of hrefs) {
    const res = await page.request.get(new URL(href, page.url()).href);
    assert.equal(res.status(), 200, href);
  }
  // Submitting the form comes back to this page, where the way on is the same.
  await page.locator('#search-q').fill('allotment');
  await page.locator('.search-button').click();
  await page.waitForURL(/search\/\?q=allotment/);
  assert.ok(await page.locator('.search-noscript').isVisible());
  await page.context().close();
});

test('opened from disk, the page says search needs a web address', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(pathToFileURL(join(site, 'search', 'index.html')).href);
  await page.waitForFunction(() => document.getElementById('search-status').textContent.includes('web address'));
  await context.close();
});

test('the words the page makes are the keys the index holds, for every word of the sample storybook', async () => {
  // search.js's text functions, run in Node on every word of every published text: each word's
  // key must be in the index, with that document in its body postings.
  const src = readFileSync(join(REPO, 'themes', 'default', 'static', 'search.js'), 'utf8');
  const section = src.slice(src.indexOf('/* ---------- Words to keys'), src.indexOf('/* ---------- The page'));
  const { tokens, enKey, neutralKey } = new Function(section + '; return { tokens, enKey, neutralKey };')();
  const dir = join(sample, 'search');
  const meta = JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8'));
  const postings = {};
  meta.shards.forEach((_, i) => Object.assign(postings, JSON.parse(readFileSync(join(dir, 't', `${i}.json`), 'utf8'))));
  let checked = 0;
  for (let n = 0; n < meta.n; n++) {
    const d = JSON.parse(readFileSync(join(dir, 'd', `${n}.json`), 'utf8'));
    let text = d.x;
    for (let k = 1; k < d.k; k++) text += JSON.parse(readFileSync(join(dir, 'p', `${n}.${k}.json`), 'utf8')).x;
    const en = (d.l || meta.lang).startsWith('en');
    const body = new Map(); // key → docs with it in the body
    for (const t of tokens(text)) {
      const key = en ? enKey(t) : neutralKey(t);
      if (!key) continue;
      if (!body.has(key)) {
        const list = postings[key]?.[0] || [];
        const docs = new Set();
        for (let p = 0, doc = 0; p < list.length; p += 2) docs.add((doc += list[p]));
        body.set(key, docs);
      }
      assert.ok(body.get(key).has(n), `“${t}” → “${key}” is not indexed for ${d.u}`);
      checked++;
    }
  }
  assert.ok(checked > 5000, `${checked} words checked`);
});

test('a query fetches only what it needs: a few shards, ten fragments and their snippets’ parts', async () => {
  // 400 synthetic stories: hundreds of shards and fragments, of which a query needs a handful.
  const dir = mkdtempSync(join(tmpdir(), 'storypress-search-'));
  const gen = spawnSync('python3', [join(REPO, 'bench', 'gen_corpus.py'), '400', join(dir, 'book')], { encoding: 'utf8' });
  assert.equal(gen.status, 0, gen.stderr);
  const big = build(join(dir, 'book'));
  const bigServer = await serve(big);
  const meta = JSON.parse(readFileSync(join(big, 'search', 'meta.json'), 'utf8'));
  assert.ok(meta.shards.length > 20, `${meta.shards.length} shards`);
  const context = await browser.newContext();
  const page = await context.newPage();
  const fetched = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  await page.goto(bigServer.base + 'search/');
  assert.ok(!fetched.some((p) => p.includes('/search/meta.json')), 'nothing is fetched before a search');
  // A word of the first story's body that at least 20 stories use, so a page of ten results
  // is full whatever vocabulary the generator draws from.
  const stories = join(dir, 'book', 'lived-experience');
  const bodies = readdirSync(stories).map((f) => readFileSync(join(stories, f), 'utf8').split('---')[2].toLowerCase());
  const usedBy = (w) => bodies.filter((b) => new RegExp(`\\b${w}\\b`).test(b)).length;
  const word = readFileSync(join(stories, 'story-00000.md'), 'utf8').split('---')[2].match(/\b[a-z]{5,}\b/g).find((w) => usedBy(w) >= 20);
  assert.ok(word, 'the first story has a word many stories use');
  await page.locator('#search-q').fill(word);
  await settled(page);
  const shardsFetched = fetched.filter((p) => p.includes('/search/t/'));
  const docsFetched = fetched.filter((p) => p.includes('/search/d/'));
  const partsFetched = fetched.filter((p) => p.includes('/search/p/'));
  // An all-English storybook has stems only, so one key, expanded over at most three shards.
  assert.equal(meta.plain, false);
  assert.ok(shardsFetched.length >= 1 && shardsFetched.length <= 3, shardsFetched.join());
  assert.equal(docsFetched.length, 10);
  // At most one further part of each result's text: the one with its snippet, and every
  // result shows the word marked.
  assert.ok(partsFetched.length <= 10, partsFetched.join());
  assert.equal(await page.locator('.search-result-snippet').count(), 10);
  assert.ok((await page.locator('.search-result-snippet mark').count()) >= 10);
  assert.equal(fetched.filter((p) => p.includes('/search/meta.json')).length, 1);
  await context.close();
  await bigServer.close();
});

test('a warned result shows its content note first and holds its passage back until asked (issue 14)', async () => {
  const page = await open('?q=' + encodeURIComponent('acting on that night'), sampleServer, { viewport: { width: 1280, height: 900 } });
  const first = page.locator('.search-result').first();
  assert.match(await first.locator('.search-result-title').innerText(), /^Charlie/);
  // The note is the cards' own: the same words as Charlie's card in the stories listing.
  const listing = await page.context().newPage();
  await listing.goto(sampleServer.base + 'lived-experience/');
  const cardNote = await listing.locator('.card', { hasText: 'Charlie' }).locator('.care-note').innerText();
  await listing.close();
  assert.match(cardNote, /suicide, crisis/);
  assert.equal(await first.locator('.care-note').innerText(), cardNote);
  // Note, then the summary, then the button: nothing of the story's words before the note.
  const order = await first.evaluate((li) => [...li.querySelectorAll('.care-note, .search-result-summary, .search-reveal')].map((e) => e.className));
  assert.deepEqual(order, ['care-note', 'search-result-summary', 'search-reveal']);
  // The held-back passage is nowhere in the page, not even hidden.
  const passage = /came very close to acting/;
  assert.doesNotMatch(await page.evaluate(() => document.body.textContent), passage);
  assert.equal(await first.locator('.search-result-snippet').count(), 0);
  // Results without warnings still show their passage at once.
  const plain = page.locator('.search-result').filter({ hasNot: page.locator('.care-note') });
  assert.ok((await plain.count()) > 0 && (await plain.first().locator('.search-result-snippet').count()) === 1);

  const closed = await axeViolations(page);
  assert.deepEqual(closed, [], describe(closed));

  // By keyboard: from the title, Tab reaches the button (a real one), Enter shows the passage
  // in a polite live region, and the button then offers to hide it again.
  await first.locator('.search-result-title a').focus();
  await page.keyboard.press('Tab');
  const button = first.locator('.search-reveal');
  assert.equal(await page.evaluate(() => document.activeElement.tagName + ' ' + document.activeElement.textContent), 'BUTTON Show the matching passage');
  const region = first.locator('#' + (await button.getAttribute('aria-controls')));
  assert.equal(await region.getAttribute('aria-live'), 'polite');
  await page.keyboard.press('Enter');
  assert.match(await region.innerText(), passage);
  assert.ok((await region.locator('mark').allInnerTexts()).some((m) => /^acting$/i.test(m)));
  assert.equal(await button.innerText(), 'Hide the matching passage');
  await page.keyboard.press('Enter');
  assert.doesNotMatch(await page.evaluate(() => document.body.textContent), passage);
  await button.click();
  assert.match(await region.innerText(), passage);
  const opened = await axeViolations(page);
  assert.deepEqual(opened, [], describe(opened));
  await page.screenshot({ path: join(REPO, 'target', 'screenshots', 'search-warned-1280.png') });
  await page.setViewportSize({ width: 375, height: 800 });
  await first.scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(REPO, 'target', 'screenshots', 'search-warned-375.png') });
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('the index carries each result’s warnings as ids, and the page their notes', () => {
  const charlie = readdirSync(join(sample, 'search', 'd'))
    .map((f) => JSON.parse(readFileSync(join(sample, 'search', 'd', f), 'utf8')))
    .find((d) => d.u === 'lived-experience/charlies-story/');
  assert.deepEqual(charlie.w, ['suicide', 'crisis']);
  const html = readFileSync(join(sample, 'search', 'index.html'), 'utf8');
  assert.match(html, /<template class="search-care-note" data-cw="suicide crisis"><p class="care-note">/);
});
