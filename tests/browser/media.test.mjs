// Recorded stories (issue 18) in real Chromium, on the sample storybook's synthetic audio
// story (the-kettle-on-at-four) and its warned video story (one-stop-at-a-time): captions
// showing, a transcript line that seeks, search landing on the moment, the warning holding
// the player back, a workshop clip that plays only its range, and axe on both pages.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, REPO, build, serve, launch } from './harness.mjs';
import { axeViolations, describe } from './axe.mjs';

const AUDIO = 'lived-experience/the-kettle-on-at-four/';
const VIDEO = 'lived-experience/one-stop-at-a-time/';
let site, server, pack, packServer, browser;

before(async () => {
  site = build(join(REPO, 'stories'));
  server = await serve(site);
  pack = join(mkdtempSync(join(tmpdir(), 'storypress-clip-')), 'pack');
  const r = spawnSync(BIN, ['workshop', join(REPO, 'packs', 'networks-and-belonging.yaml'), '--root', join(REPO, 'stories'), '--out', pack], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  packServer = await serve(pack, '/pack/');
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
  await packServer?.close();
});

async function open(path, width = 1280) {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.errors = errors;
  await page.goto(server.base + path);
  return page;
}

const media = (page) => page.locator('[data-player] audio, [data-player] video').first();

test('the captions track is there, labelled in its language, and showing', async () => {
  const page = await open(AUDIO);
  const track = page.locator('[data-player] track');
  assert.equal(await track.getAttribute('kind'), 'captions');
  assert.equal(await track.getAttribute('srclang'), 'en');
  assert.equal(await track.getAttribute('label'), 'English');
  const state = await media(page).evaluate((m) => ({ mode: m.textTracks[0].mode, autoplay: m.autoplay, paused: m.paused, list: m.getAttribute('controlslist') }));
  assert.deepEqual(state, { mode: 'showing', autoplay: false, paused: true, list: 'nodownload' });
  assert.equal(await page.locator('a[download]').count(), 0, 'no download link unless the storybook allows it');
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('choosing a transcript line plays from its time and marks it as the current line', async () => {
  const page = await open(AUDIO);
  await media(page).evaluate((m) => { m.muted = true; });
  const line = page.locator('a.cue').nth(2);
  assert.match(await line.innerText(), /0:10\s+Ade: At first I just waved/);
  await line.focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('[data-player] audio').currentTime >= 10);
  await page.waitForSelector('a.cue[aria-current]');
  assert.match(await page.locator('a.cue[aria-current]').innerText(), /At first I just waved/);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('a search for a spoken word shows the line and opens the player at its moment', async () => {
  const page = await open('search/?q=tomatoes');
  const moment = page.locator('.search-result-moment a').first();
  await moment.waitFor();
  assert.match(await page.locator('.search-result-moment').first().innerText(), /Said at 0:10: “.*tomatoes/);
  assert.match(await moment.getAttribute('href'), /the-kettle-on-at-four\/\?t=10#player$/);
  await moment.click();
  await page.waitForURL(/\?t=10#player$/);
  await page.waitForFunction(() => Math.abs(document.querySelector('[data-player] audio').currentTime - 10) < 0.5);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('a content warning holds the player back, unloaded, until the reader opens the story', async () => {
  const page = await open(VIDEO + '?t=5#player');
  const video = media(page);
  assert.equal(await video.isVisible(), false, 'the video is behind the warning');
  assert.equal(await page.locator('.story-toggle').evaluate((d) => d.open), false, 'a ?t= link does not open it');
  assert.equal(await page.locator('.story-toggle video').count(), 1, 'inside the held-back part');
  assert.equal(await page.locator('.story-toggle .transcript').count(), 1, 'the transcript too');
  await page.waitForTimeout(500);
  assert.deepEqual(await video.evaluate((v) => ({ preload: v.preload, ready: v.readyState })), { preload: 'none', ready: 0 });
  await page.locator('.story-toggle > summary').click();
  assert.equal(await video.isVisible(), true);
  await page.waitForFunction(() => document.querySelector('[data-player] video').readyState >= 1);
  await page.waitForFunction(() => Math.abs(document.querySelector('[data-player] video').currentTime - 5) < 0.5);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('the presenter view plays only the clip, with captions', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await page.goto(packServer.base + 'present.html');
  const slides = page.locator('.slide');
  const n = await slides.count();
  let at = -1;
  for (let i = 0; i < n; i++) if ((await slides.nth(i).getAttribute('class')).includes('slide-clip')) at = i;
  assert.ok(at > 0, 'a clip slide');
  await page.goto('about:blank');
  await page.goto(packServer.base + `present.html#${at + 1}`);
  const clip = page.locator('.slide.current audio');
  assert.match(await clip.getAttribute('src'), /#t=2\.0,19\.0$/);
  assert.equal(await page.locator('.slide.current track[kind=captions][default]').count(), 1);
  await clip.evaluate((m) => { m.muted = true; m.currentTime = 0; return m.play(); });
  await page.waitForFunction(() => document.querySelector('.slide.current audio').currentTime >= 2);
  await clip.evaluate((m) => { m.currentTime = 18.5; });
  await page.waitForFunction(() => document.querySelector('.slide.current audio').paused, null, { timeout: 5000 });
  const t = await clip.evaluate((m) => m.currentTime);
  assert.ok(t >= 18.9 && t <= 19.3, `stopped at the clip's end: ${t}`);
  await page.close();
});

for (const width of [375, 1280]) {
  test(`axe finds nothing on the recorded stories at ${width} px (screenshots in /tmp)`, async () => {
    for (const [name, path] of [['audio', AUDIO], ['video', VIDEO]]) {
      const page = await open(path, width);
      if (name === 'video') await page.locator('.story-toggle > summary').click();
      await media(page).evaluate((m) => m.readyState >= 1 || new Promise((ok) => { m.preload = 'metadata'; m.addEventListener('loadedmetadata', ok, { once: true }); }));
      const v = await axeViolations(page);
      assert.equal(v.length, 0, `${path} at ${width}px:\n${describe(v)}`);
      await page.screenshot({ path: `/tmp/media-${name}-${width}.png`, fullPage: true });
      await page.close();
    }
  });
}
