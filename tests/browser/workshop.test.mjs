// The workshop pack in a real browser: the presenter view by keyboard, click and tap, offline
// from its folder; and the printed cards and reading copy as PDF text (pdftotext, from
// poppler-utils), where care must travel with every story (issue 14).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BIN, REPO, launch } from './harness.mjs';
import { artefacts } from './sites.mjs';

let out, browser;
const HELPLINE = /Samaritans: call 116 123/;

before(async () => {
  out = join(mkdtempSync(join(tmpdir(), 'storypress-pack-')), 'pack');
  const r = spawnSync(BIN, ['workshop', join(REPO, 'packs', 'networks-and-belonging.yaml'), '--root', join(REPO, 'stories'), '--out', out], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  browser = await launch();
});

after(async () => {
  await browser?.close();
});

const url = (file) => pathToFileURL(join(out, file)).href;

test('the presenter view moves by keyboard and shows where it is', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await page.goto(url('present.html'));
  const position = page.locator('#position');
  const visible = () => page.locator('.slide.current');
  const total = await page.locator('.slide').count();
  assert.ok(total >= 4, `slides: ${total}`);
  assert.equal(await position.innerText(), `Slide 1 of ${total}`);
  assert.match(await visible().innerText(), /Networks and belonging/);
  assert.match(await visible().innerText(), HELPLINE, 'help on the first slide');
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
  assert.match(await visible().innerText(), HELPLINE, 'the last slide is the support text');
  await page.keyboard.press('ArrowRight');
  assert.equal(await position.innerText(), `Slide ${total} of ${total}`, 'stops at the end');
  await page.keyboard.press('Home');
  assert.equal(await position.innerText(), `Slide 1 of ${total}`);

  // Without JavaScript every slide is simply there, in order, and no dead buttons.
  const ctx = await browser.newContext({ javaScriptEnabled: false });
  const plain = await ctx.newPage();
  await plain.goto(url('present.html'));
  assert.equal(await plain.locator('.slide:visible').count(), total);
  assert.equal(await plain.locator('#controls').isVisible(), false);
  await ctx.close();
  await page.close();
});

test('the slide before each warned story is its warning, with a cue and the help', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await page.goto(url('present.html'));
  const slides = await page.locator('.slide').evaluateAll((all) => all.map((s) => ({
    label: s.getAttribute('aria-label'),
    quote: s.querySelector('blockquote') !== null,
    note: s.querySelector('.care-note')?.textContent ?? null,
  })));
  // Each story's first slide is the one with its quote; the sample's warned stories are
  // Charlie's (suicide, crisis) and Walking with grief (bereavement).
  const warned = { "Charlie's story: someone who had been there too": /suicide, crisis/, 'Walking with grief': /bereavement/ };
  let seen = 0;
  slides.forEach((s, i) => {
    if (!(s.label in warned)) return;
    seen++;
    const prev = slides[i - 1];
    assert.equal(prev.label, 'Before the next story', `the slide before ${s.label}`);
    assert.match(prev.note, warned[s.label]);
    assert.equal(s.note, null, 'the note is not repeated on the quote');
  });
  assert.equal(seen, 2);
  // Reached by keyboard: the second slide is Charlie's warning, with the facilitator's cue.
  await page.keyboard.press('ArrowRight');
  const text = await page.locator('.slide.current').innerText();
  assert.match(text, /Content note: talks about suicide, crisis/);
  assert.match(text, /check in with the room/i);
  assert.match(text, /break/);
  assert.match(text, /step out/);
  assert.match(text, HELPLINE);
  assert.match(text, /Charlie/);
  await page.keyboard.press('ArrowRight');
  assert.match(await page.locator('.slide.current blockquote').innerText(), /been where I was/);
  await page.close();
});

test('click, tap and the Next and Back buttons move the slides as the keys do', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await page.goto(url('present.html'));
  const position = page.locator('#position');
  const total = await page.locator('.slide').count();
  await page.mouse.click(1000, 200); // right half: on
  assert.equal(await position.innerText(), `Slide 2 of ${total}`);
  await page.mouse.click(1000, 200);
  assert.equal(await position.innerText(), `Slide 3 of ${total}`);
  await page.mouse.click(200, 200); // left half: back
  assert.equal(await position.innerText(), `Slide 2 of ${total}`);
  // A link on a slide is followed, not taken for a click on the slide.
  await page.keyboard.press('Home');
  const link = page.locator('.slide.current .help-compact a').first();
  assert.ok(await link.count());
  await link.evaluate((a) => a.addEventListener('click', (e) => e.preventDefault()));
  await link.click();
  assert.equal(await position.innerText(), `Slide 1 of ${total}`);
  // The buttons are real buttons: Tab to Next, Enter and Space press it, focus stays on it.
  const next = page.getByRole('button', { name: 'Next' });
  await next.focus();
  await page.keyboard.press('Enter');
  assert.equal(await position.innerText(), `Slide 2 of ${total}`);
  await page.keyboard.press('Space');
  assert.equal(await position.innerText(), `Slide 3 of ${total}`);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'slide-next');
  await page.getByRole('button', { name: 'Back' }).click();
  assert.equal(await position.innerText(), `Slide 2 of ${total}`);
  await page.close();
  // A tap on a phone does the same.
  const ctx = await browser.newContext({ viewport: { width: 375, height: 667 }, hasTouch: true, isMobile: true });
  const phone = await ctx.newPage();
  await phone.goto(url('present.html'));
  await phone.touchscreen.tap(300, 150);
  assert.equal(await phone.locator('#position').innerText(), `Slide 2 of ${total}`);
  await phone.touchscreen.tap(60, 150);
  assert.equal(await phone.locator('#position').innerText(), `Slide 1 of ${total}`);
  await ctx.close();
});

test('the slide counter and buttons never cover a slide, on a projector or a phone', async () => {
  const shots = artefacts('screenshots');
  for (const [w, h] of [[1280, 720], [375, 667]]) {
    const page = await browser.newPage({ viewport: { width: w, height: h } });
    await page.goto(url('present.html'));
    const total = await page.locator('.slide').count();
    for (let i = 1; i <= total; i++) {
      const clash = await page.evaluate(() => {
        // The counter, and the buttons beside it where there are any.
        const covers = [...document.querySelectorAll('#position, #controls button')].map((e) => e.getBoundingClientRect());
        const main = document.getElementById('slides');
        const scroller = main.scrollHeight > main.clientHeight ? main : document.scrollingElement;
        // Scroll the slide through the screen: no part of it that shows may sit under them.
        const hits = [];
        for (let top = 0; ; top += scroller.clientHeight / 2) {
          scroller.scrollTop = top;
          const area = main.getBoundingClientRect();
          for (const e of document.querySelectorAll('.slide.current *')) {
            const r = e.getBoundingClientRect();
            // What shows of it: inside the slides' area and the window.
            const t = Math.max(r.top, area.top, 0);
            const b = Math.min(r.bottom, area.bottom, innerHeight);
            if (!r.width || b <= t) continue;
            if (covers.some((c) => b > c.top + 0.5 && t < c.bottom - 0.5 && r.right > c.left && r.left < c.right)) {
              hits.push(e.tagName + ' ' + e.textContent.slice(0, 40));
            }
          }
          if (top >= scroller.scrollHeight - scroller.clientHeight) break;
        }
        scroller.scrollTop = 0;
        return hits;
      });
      assert.deepEqual(clash, [], `slide ${i} at ${w}×${h}`);
      const warned = await page.locator('.slide.current.slide-warning').count();
      if (i === 1 || i === total || (warned && i === 2)) {
        await page.screenshot({ path: join(shots, `present-${w}-slide${i}.png`) });
      }
      await page.keyboard.press('ArrowRight');
      // A long slide scrolls before the next one comes: press on until it does.
      for (let k = 0; k < 10 && (await page.locator('#position').innerText()) === `Slide ${i} of ${total}` && i < total; k++) {
        await page.keyboard.press('ArrowRight');
      }
    }
    await page.close();
  }
});

/** Print `file` to PDF as Chromium does and return the text of each page. */
async function printed(file, name) {
  const page = await browser.newPage();
  await page.goto(url(file));
  const pdf = join(artefacts('print'), name);
  await page.pdf({ path: pdf, preferCSSPageSize: true });
  await page.close();
  const text = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  assert.equal(text.status, 0, `pdftotext (poppler-utils) must be installed: ${text.error || text.stderr}`);
  return text.stdout.split('\f').filter((p) => p.trim() !== '');
}

/** Whitespace as one space, so a phrase broken over lines still matches. */
const flat = (s) => s.replace(/\s+/g, ' ');

test('printed cards: each warned card’s note comes before its quote and summary, and every page holds the help', async () => {
  const pages = await printed('cards.html', 'pack-cards.pdf');
  // Still two A5 cards to a sheet of A4, the help included.
  const page = await browser.newPage();
  await page.goto(url('cards.html'));
  const cards = await page.locator('article.card').count();
  await page.close();
  assert.equal(pages.length, Math.ceil(cards / 2), `${cards} cards on ${pages.length} pages`);
  pages.forEach((p, i) => assert.match(flat(p), HELPLINE, `page ${i + 1} of the cards`));
  const all = flat(pages.join(' '));
  const before = (note, words) => {
    const at = all.indexOf(note);
    assert.ok(at >= 0, note);
    for (const w of words) assert.ok(at < all.indexOf(w), `“${note}” before “${w}”`);
  };
  before('talks about suicide, crisis', ["He didn't tell me it would all be fine", 'After a crisis left him']);
  before('talks about bereavement', ['Nobody on that walk tried to cheer me up', 'When his wife of forty-four years died']);
});

test('the reading copy: every story cleared for print, in full, its note first, the help on every page', async () => {
  const index = await browser.newPage();
  await index.goto(url('index.html'));
  await index.getByRole('link', { name: 'Reading copy' }).click();
  assert.match(index.url(), /reading\.html$/);
  // The pack index says which stories carry a content note.
  await index.goBack();
  const warned = await index.locator('#warned-cards li').allInnerTexts();
  assert.deepEqual(warned.map((t) => t.replace(/^\d+\. /, '')), ["Charlie's story: someone who had been there too", 'Walking with grief']);
  await index.close();

  const pages = await printed('reading.html', 'pack-reading.pdf');
  pages.forEach((p, i) => assert.match(flat(p), HELPLINE, `page ${i + 1} of the reading copy`));
  const all = flat(pages.join(' '));
  const note = all.indexOf('talks about suicide, crisis');
  assert.ok(note >= 0 && note < all.indexOf('fifty-three and I'), 'Charlie’s note before his text');
  // The whole text, to the last paragraph, is there to read aloud.
  assert.ok(all.indexOf('When it all came at once') > note);
  // Each story starts at the top of a page of its own (the first after the copy's title).
  for (const title of ["Charlie's story: someone who had been there too", 'Walking with grief', 'The allotment on Thursdays']) {
    const p = pages.findIndex((text) => flat(text).includes(title));
    assert.ok(p >= 0, title);
    assert.ok(flat(pages[p]).trim().indexOf(title) < 80, `${title} starts page ${p + 1}`);
  }
});
