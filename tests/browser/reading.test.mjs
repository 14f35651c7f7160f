// The reading experience in a real browser: content warnings hold a story back until the
// reader opens it (also without JavaScript); the support box says the same thing in the same
// place on every page; the quick exit is on every page; reduced motion and dark mode are
// respected; pages reflow at 320 px and at 200% zoom without sideways scrolling; a story
// prints cleanly with its credit and licence (a PDF is written to target/print/).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { sitesAndBrowser, artefacts } from './sites.mjs';

const env = sitesAndBrowser('reading');

async function newPage(options = {}) {
  const { width = 1280, height = 800, ...rest } = options;
  const context = await env.browser.newContext({ viewport: { width, height }, bypassCSP: true, ...rest });
  await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.fulfill({ status: 200, body: 'elsewhere' }));
  const page = await context.newPage();
  return { page, close: () => context.close() };
}

/** The text of a PDF in reading order, as pdftotext gives it. */
function pdfText(file) {
  const r = spawnSync('pdftotext', [file, '-'], { encoding: 'utf8' });
  if (r.error || r.status !== 0) throw new Error(`pdftotext failed (install poppler-utils): ${r.error || r.stderr}`);
  return r.stdout.replace(/\s+/g, ' ');
}

const everyPage = () => Object.values(env.sites).flatMap((site) => Object.entries(site.pages).map(([type, path]) => ({ site, type, url: site.base + path })));

test('a content warning comes first and holds the story back until the reader opens it, with or without JavaScript', async () => {
  for (const javaScriptEnabled of [true, false]) {
    const { page, close } = await newPage({ width: 375, javaScriptEnabled });
    try {
      for (const { site, type, url } of everyPage()) {
        if (!/content-warning|non-english/.test(type)) continue;
        await page.goto(url);
        if (!(await page.locator('details.story-toggle').count())) continue; // this one carries no warning
        const where = `${site.name} ${type}, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`;
        const warning = page.locator('.content-warning');
        assert.ok(await warning.isVisible(), `${where}: the warning is shown`);
        assert.match(await warning.innerText(), /talks about/);
        const order = await page.evaluate(() => {
          const w = document.querySelector('.content-warning');
          const d = document.querySelector('details.story-toggle');
          return {
            before: !!(w.compareDocumentPosition(d) & Node.DOCUMENT_POSITION_FOLLOWING),
            above: w.getBoundingClientRect().bottom <= d.getBoundingClientRect().top,
            open: d.open,
          };
        });
        assert.ok(order.before && order.above, `${where}: the warning comes before the story`);
        assert.equal(order.open, false, `${where}: the story starts closed`);
        const story = page.locator('.story-content .prose');
        assert.equal(await story.isVisible(), false, `${where}: the story text is not visible yet`);
        assert.equal(await page.locator('.story-content').evaluate((e) => e.getClientRects().length), 0, where);
        await page.locator('details.story-toggle > summary').click();
        assert.ok(await story.isVisible(), `${where}: opening "Read the story" shows it`);
        const first = page.locator('.story-content .prose p').first();
        assert.ok((await first.innerText()).length > 20, `${where}: the story text is there`);
      }
    } finally {
      await close();
    }
  }
});

test('the support box says the same thing, in the same place, on every page; so does the quick exit', async () => {
  for (const width of [375, 1280]) {
    const { page, close } = await newPage({ width });
    try {
      const seen = {};
      for (const { site, type, url } of everyPage()) {
        await page.goto(url);
        const where = `${site.name} ${type} at ${width}px`;
        const s = await page.evaluate(() => {
          const box = document.getElementById('support');
          const exit = document.querySelector('a.quick-exit');
          if (!box) return null;
          const r = box.getBoundingClientRect();
          return {
            tag: box.tagName,
            label: box.getAttribute('aria-labelledby') && document.getElementById(box.getAttribute('aria-labelledby')).textContent,
            text: box.innerText,
            allText: box.textContent,
            top: Math.round(r.top + scrollY),
            afterHeader: box.previousElementSibling && box.previousElementSibling.matches('header.site-header'),
            beforeMain: box.nextElementSibling && box.nextElementSibling.tagName === 'MAIN',
            inFirstScreen: r.top < innerHeight,
            exit: exit && { href: exit.getAttribute('href'), text: exit.textContent.trim(), top: exit.getBoundingClientRect().top },
          };
        });
        assert.ok(s, `${where}: there is a support box`);
        assert.equal(s.tag, 'ASIDE', where);
        assert.equal(s.label, 'Need help now?', where);
        assert.ok(s.afterHeader && s.beforeMain, `${where}: the support box sits between the header and the page`);
        assert.ok(s.inFirstScreen, `${where}: the support box starts on the first screen`);
        assert.match(s.allText, /Samaritans/, where);
        assert.ok(s.exit, `${where}: a quick exit`);
        assert.equal(s.exit.text, 'Leave this site', where);
        assert.equal(s.exit.href, 'https://www.bbc.co.uk/weather', where);
        assert.ok(s.exit.top >= 0 && s.exit.top < 200, `${where}: the quick exit is at the top of the page`);
        const ref = (seen[site.name] ||= { ...s, type });
        assert.equal(s.text, ref.text, `${where}: the same support text as on ${ref.type}`);
        assert.equal(s.top, ref.top, `${where}: the support box at ${s.top}px from the top, ${ref.top}px on ${ref.type}`);
        assert.equal(s.exit.top, ref.exit.top, `${where}: the quick exit in the same place as on ${ref.type}`);
      }
    } finally {
      await close();
    }
  }
});

test('reduced motion turns off every transition and animation', async () => {
  const site = env.sites.full;
  const moving = (page) =>
    page.evaluate(() => {
      const found = [];
      for (const el of document.querySelectorAll('*')) {
        for (const pseudo of [null, '::before', '::after', '::marker']) {
          const s = getComputedStyle(el, pseudo);
          const t = s.transitionDuration.split(',').some((d) => parseFloat(d) > 0);
          const a = s.animationName !== 'none' && s.animationName !== '';
          if (t || a) found.push(`${el.tagName.toLowerCase()}.${el.className}${pseudo || ''}: transition ${s.transitionDuration}, animation ${s.animationName}`);
        }
      }
      return { found, scroll: getComputedStyle(document.documentElement).scrollBehavior };
    });
  for (const reducedMotion of ['no-preference', 'reduce']) {
    const { page, close } = await newPage({ width: 1280, reducedMotion });
    try {
      let any = 0;
      for (const type of ['home', 'story-content-warning', 'search', 'accessibility']) {
        await page.goto(site.base + site.pages[type]);
        await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
        const { found, scroll } = await moving(page);
        any += found.length;
        if (reducedMotion === 'reduce') {
          assert.deepEqual(found, [], `${type}: nothing moves when the reader asks for reduced motion`);
          assert.equal(scroll, 'auto', `${type}: no smooth scrolling`);
        }
      }
      // The theme does use gentle transitions otherwise, so the check above means something.
      if (reducedMotion === 'no-preference') assert.ok(any > 0, 'some transitions when motion is fine');
    } finally {
      await close();
    }
  }
});

test('the colour scheme follows the reader: light and dark', async () => {
  const lum = (c) => {
    const [r, g, b] = c.match(/[\d.]+/g).slice(0, 3).map((v) => {
      v /= 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  for (const colorScheme of ['light', 'dark']) {
    const { page, close } = await newPage({ width: 375, colorScheme });
    try {
      for (const type of ['home', 'story-content-warning']) {
        await page.goto(env.sites.full.base + env.sites.full.pages[type]);
        const c = await page.evaluate(() => {
          const s = getComputedStyle(document.body);
          const sup = getComputedStyle(document.getElementById('support'));
          return { bg: s.backgroundColor, fg: s.color, support: sup.backgroundColor, scheme: getComputedStyle(document.documentElement).colorScheme };
        });
        if (colorScheme === 'dark') {
          assert.ok(lum(c.bg) < 0.05 && lum(c.fg) > 0.6 && lum(c.support) < 0.1, `${type} dark: ${JSON.stringify(c)}`);
        } else {
          assert.ok(lum(c.bg) > 0.8 && lum(c.fg) < 0.05 && lum(c.support) > 0.7, `${type} light: ${JSON.stringify(c)}`);
        }
        assert.match(c.scheme, /light dark/);
      }
    } finally {
      await close();
    }
  }
});

test('every page type reflows without sideways scrolling: 320 px, 200% zoom, 200% text and wider text spacing', async () => {
  const overflow = (page) =>
    page.evaluate(() => {
      const d = document.documentElement;
      if (d.scrollWidth <= d.clientWidth) return null;
      const wide = [...document.querySelectorAll('body *')]
        .filter((e) => e.getBoundingClientRect().right > d.clientWidth + 1)
        .slice(0, 3)
        .map((e) => `${e.tagName.toLowerCase()}.${e.className} (right edge ${Math.round(e.getBoundingClientRect().right)})`);
      return `scrollWidth ${d.scrollWidth} > clientWidth ${d.clientWidth}: ${wide.join(', ')}`;
    });
  // WCAG 1.4.12 text spacing, and 1.4.4 text resized to 200% on its own.
  const SPACING = '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }';
  const TEXT_200 = 'html { font-size: 225% !important; }';
  // Each page is loaded once, then looked at in each setting. 200% zoom of a 1280 px window
  // lays out exactly like a 640 px one (the device pixel ratio only sharpens it).
  const setups = [
    { name: '320 px', width: 320 },
    { name: '320 px with WCAG text spacing', width: 320, css: SPACING },
    { name: '1280 px at 200% zoom', width: 640 },
    { name: '1280 px with text at 200%', width: 1280, css: TEXT_200 },
  ];
  const problems = [];
  const { page, close } = await newPage({ width: 320, height: 640, deviceScaleFactor: 2 });
  try {
    for (const { site, type, url } of everyPage()) {
      await page.goto(url);
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      for (const { name, width, css } of setups) {
        await page.setViewportSize({ width, height: 640 });
        const added = css ? await page.addStyleTag({ content: css }) : null;
        const o = await overflow(page);
        if (o) problems.push(`${site.name} ${type} at ${name}: ${o}`);
        if (added) await added.evaluate((e) => e.remove());
      }
    }
  } finally {
    await close();
  }
  assert.deepEqual(problems, []);
});

test('a story prints cleanly: no navigation or support box, the whole story, its credit and licence', async () => {
  const out = artefacts('print');
  const { page, close } = await newPage({ width: 1280 });
  try {
    for (const site of Object.values(env.sites)) {
      for (const type of ['story-image', 'story-content-warning', 'case-study']) {
        const where = `${site.name} ${type}`;
        await page.goto(site.base + site.pages[type]);
        await page.emulateMedia({ media: 'print' });
        const p = await page.evaluate(() => {
          const shown = (sel) => [...document.querySelectorAll(sel)].some((e) => e.getClientRects().length && getComputedStyle(e).visibility !== 'hidden');
          const credit = document.querySelector('.credit');
          return {
            nav: shown('.site-nav'),
            support: shown('#support'),
            exit: shown('.quick-exit'),
            skip: shown('.skip-link'),
            summary: shown('details.story-toggle > summary'),
            title: shown('h1'),
            body: shown('.story .prose p'),
            image: shown('.story-image img'),
            credit: credit && shown('.credit') ? credit.innerText : null,
            licence: shown('.credit a[rel="license"]'),
            firstWords: (document.querySelector('.story .prose p')?.textContent || '').slice(0, 24).trim().replace(/\s+/g, ' '),
          };
        });
        assert.deepEqual(
          { nav: p.nav, support: p.support, exit: p.exit, skip: p.skip, summary: p.summary },
          { nav: false, support: true, exit: false, skip: false, summary: false },
          `${where}: screen-only parts are left off the printout; the help prints`,
        );
        assert.ok(p.title && p.body, `${where}: the title and the whole story print, even behind a content warning`);
        assert.match(p.credit || '', /^©.*shared under Creative Commons/, `${where}: the credit and licence print`);
        assert.ok(p.licence, where);
        const pdf = await page.pdf({ format: 'A4', printBackground: true, margin: { top: '18mm', bottom: '18mm', left: '16mm', right: '16mm' } });
        assert.equal(pdf.subarray(0, 5).toString(), '%PDF-', `${where}: page.pdf() writes a PDF`);
        const file = join(out, `${site.name}-${type}.pdf`);
        writeFileSync(file, pdf);
        // What is on the paper, in reading order (pdftotext, from poppler-utils).
        const text = pdfText(file);
        assert.match(text, /Samaritans/, `${where}: the printout names a helpline`);
        assert.match(text, /116\s?123/, `${where}: and its number`);
        if (type === 'story-content-warning') {
          const note = text.indexOf('Before you read');
          const words = text.indexOf(p.firstWords);
          assert.ok(note >= 0 && words > note, `${where}: the content note prints before the story (${note}, ${words})`);
        }
        await page.screenshot({ path: join(artefacts('screenshots', site.name), `${type}-print.png`), fullPage: true });
        await page.emulateMedia({ media: 'screen' });
      }
    }
  } finally {
    await close();
  }
});

test('on a phone, "Before you read" is on the first screen, right after the title and above the summary', async () => {
  const { page, close } = await newPage({ width: 375, height: 667 });
  try {
    for (const site of Object.values(env.sites)) {
      await page.goto(site.base + site.pages['story-content-warning']);
      const r = await page.evaluate(() => {
        const top = (sel) => Math.round(document.querySelector(sel).getBoundingClientRect().top + scrollY);
        const bottom = Math.round(document.querySelector('.content-warning h2').getBoundingClientRect().bottom + scrollY);
        return { h1: top('h1'), note: top('.content-warning'), noteBottom: bottom, summary: top('.story .lead'), screen: innerHeight };
      });
      const where = `${site.name}: ${JSON.stringify(r)}`;
      assert.ok(r.h1 < r.note && r.note < r.summary, `${where}: title, then the warning, then the summary`);
      assert.ok(r.noteBottom <= r.screen, `${where}: "Before you read" is within the first screen`);
    }
  } finally {
    await close();
  }
});

test('the help is a bar that opens, also without JavaScript, and its numbers are links a phone can call or text', async () => {
  for (const javaScriptEnabled of [true, false]) {
    const { page, close } = await newPage({ width: 375, height: 667, javaScriptEnabled });
    try {
      for (const site of Object.values(env.sites)) {
        await page.goto(site.base + site.pages['story-image']);
        const where = `${site.name}, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`;
        const box = await page.locator('#support').boundingBox();
        assert.ok(box.height < 100, `${where}: the closed bar is one short strip (${box.height}px)`);
        await page.locator('#support summary').click();
        const tel = page.locator('#support a[href="tel:116123"]');
        assert.ok(await tel.isVisible(), `${where}: opened, 116 123 is a tel: link`);
        assert.match(await tel.innerText(), /116 123/);
        assert.ok(await page.locator('#support a[href^="sms:85258"]').isVisible(), `${where}: the text line is an sms: link`);
        assert.ok(await page.locator('#support a[href="tel:999"]').isVisible(), `${where}: so is 999`);
      }
    } finally {
      await close();
    }
  }
});

test('a story ends with more like it, the help again and an invitation to share; its summary says "Hide" once open', async () => {
  const { page, close } = await newPage({ width: 1280 });
  try {
    const site = env.sites.sample;
    await page.goto(site.base + site.pages['story-content-warning']);
    const toggle = page.locator('details.story-toggle > summary');
    assert.equal((await toggle.innerText()).trim(), 'Read the story');
    await toggle.click();
    assert.equal((await toggle.innerText()).trim(), 'Hide the story');
    const end = page.locator('.story-end');
    assert.match(await end.locator('h2').innerText(), /More stories like this/);
    const cards = await end.locator('.card').count();
    assert.ok(cards >= 1 && cards <= 3, `${cards} related stories`);
    assert.ok(await end.locator('.help-compact a[href="tel:116123"]').isVisible(), 'the help again, tappable');
    assert.match(await end.locator('.share-invite').innerText(), /story/);
    await page.screenshot({ path: join(artefacts('screenshots', 'sample'), 'story-end-1280.png'), fullPage: true });
  } finally {
    await close();
  }
});
