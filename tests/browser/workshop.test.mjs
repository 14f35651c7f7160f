// The presenter view works by keyboard, offline from its folder, in a real browser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BIN, REPO, launch } from './harness.mjs';

test('the presenter view moves by keyboard and shows where it is', async () => {
  const out = join(mkdtempSync(join(tmpdir(), 'storypress-pack-')), 'pack');
  const r = spawnSync(BIN, ['workshop', join(REPO, 'packs', 'networks-and-belonging.yaml'), '--root', join(REPO, 'stories'), '--out', out], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const browser = await launch();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(pathToFileURL(join(out, 'present.html')).href);
    const position = page.locator('#position');
    const visible = () => page.locator('.slide.current');
    const total = await page.locator('.slide').count();
    assert.ok(total >= 4, `slides: ${total}`);
    assert.equal(await position.innerText(), `Slide 1 of ${total}`);
    assert.match(await visible().innerText(), /Networks and belonging/);
    assert.equal(await page.locator('.slide:visible').count(), 1, 'one slide at a time');

    await page.keyboard.press('ArrowRight');
    assert.equal(await position.innerText(), `Slide 2 of ${total}`);
    assert.match(await visible().innerText(), /Charlie/, 'the named story comes first');
    await page.keyboard.press('Space');
    assert.equal(await position.innerText(), `Slide 3 of ${total}`);
    await page.keyboard.press('ArrowLeft');
    assert.equal(await position.innerText(), `Slide 2 of ${total}`);
    await page.keyboard.press('End');
    assert.equal(await position.innerText(), `Slide ${total} of ${total}`);
    assert.match(await visible().innerText(), /Samaritans/, 'the last slide is the support text');
    await page.keyboard.press('ArrowRight');
    assert.equal(await position.innerText(), `Slide ${total} of ${total}`, 'stops at the end');
    await page.keyboard.press('Home');
    assert.equal(await position.innerText(), `Slide 1 of ${total}`);

    // Without JavaScript every slide is simply there, in order.
    const ctx = await browser.newContext({ javaScriptEnabled: false });
    const plain = await ctx.newPage();
    await plain.goto(pathToFileURL(join(out, 'present.html')).href);
    assert.equal(await plain.locator('.slide:visible').count(), total);
    await ctx.close();
  } finally {
    await browser.close();
  }
});
