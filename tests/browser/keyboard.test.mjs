// Keyboard and focus, by pressing keys in a real browser: the skip link comes first and
// moves focus into <main>; every tab stop shows a visible focus ring, sits in the viewport
// uncovered and is at least 24×24 px; Tab goes round each page and comes back to the start
// (no trap); the content warning opens with Enter and Space; Escape twice leaves the site.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sitesAndBrowser, visit } from './sites.mjs';

const env = sitesAndBrowser('keyboard');

const QUICK_EXIT = 'https://www.bbc.co.uk/weather';
const BACKWARDS = new Set(['home', 'story-image', 'story-content-warning']);

/** A page in a fresh context; the quick exit's address is answered locally, never fetched. */
async function newPage({ width = 1280, height = 800, colorScheme = 'light', javaScriptEnabled = true } = {}) {
  const context = await env.browser.newContext({ viewport: { width, height }, colorScheme, javaScriptEnabled });
  await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Elsewhere</title><p>Elsewhere' }),
  );
  const page = await context.newPage();
  return { page, close: () => context.close() };
}

/**
 * Runs in the page: what a sighted keyboard user gets from the element that has focus.
 * Returns {id, problems[]} where id names the element for messages and loop detection.
 */
function inspectFocus() {
  const el = document.activeElement;
  if (!el || el === document.body || el === document.documentElement) return { id: null, problems: [] };
  const problems = [];
  const name = `${el.tagName.toLowerCase()}${el.className ? '.' + String(el.className).split(' ')[0] : ''} "${(el.textContent || '').trim().replace(/\s+/g, ' ').slice(0, 40)}"`;
  const path = [];
  for (let n = el; n && n !== document.body; n = n.parentElement) path.unshift([...n.parentElement.children].indexOf(n));
  const id = `${name} @${path.join('.')}`;

  // The ring: an outline (or box-shadow) on the element itself, or on the card it fills.
  const ringOf = (node) => {
    const s = getComputedStyle(node);
    if (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) return s.outlineColor;
    if (s.boxShadow && s.boxShadow !== 'none') return 'box-shadow';
    return null;
  };
  const card = el.closest('.card, .tile');
  const ring = ringOf(el) || (card && ringOf(card));
  if (!el.matches(':focus-visible')) problems.push('not :focus-visible after a key press');
  if (!ring) problems.push('no visible focus indicator (outline or box-shadow)');

  // Contrast of the ring against the page (WCAG 1.4.11 asks for 3:1).
  const rgb = (c) => (c.match(/[\d.]+/g) || []).slice(0, 3).map(Number);
  const lum = ([r, g, b]) => {
    const f = (v) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  if (ring && ring !== 'box-shadow') {
    // The ring sits outside the element (outline-offset), against what is around it.
    let bgNode = el.parentElement;
    while (bgNode && getComputedStyle(bgNode).backgroundColor.match(/rgba\(.*, 0\)|transparent/)) bgNode = bgNode.parentElement;
    const bg = getComputedStyle(bgNode || document.body).backgroundColor;
    const [a, b] = [lum(rgb(ring)), lum(rgb(bg))].sort((x, y) => y - x);
    const ratio = (a + 0.05) / (b + 0.05);
    if (ratio < 3) problems.push(`focus ring contrast ${ratio.toFixed(2)}:1 against ${bg} (needs 3:1)`);
  }

  // The clickable area: a link stretched over its card by ::after fills the card.
  const after = getComputedStyle(el, '::after');
  const target = after.position === 'absolute' && after.content !== 'none' && card ? card : el;
  const r = target.getBoundingClientRect();
  const box = el.getBoundingClientRect();
  // The element and its ring (outline-offset + outline-width around whatever carries it).
  // A ring round a whole card needs only its top edge in view, with the link itself.
  const ringed = card && !ringOf(el) ? card : el;
  const rs = getComputedStyle(ringed);
  const out = rs.outlineStyle !== 'none' ? parseFloat(rs.outlineOffset) + parseFloat(rs.outlineWidth) : 0;
  const rr = ringed.getBoundingClientRect();
  const ringBox = { top: rr.top - out, left: rr.left - out, bottom: (ringed === el ? rr : box).bottom + out, right: rr.right + out };
  const vw = document.documentElement.clientWidth;
  const vh = window.innerHeight;
  const fits = rr.height + 2 * out <= vh;
  if ((fits && (ringBox.top < -0.5 || ringBox.bottom > vh + 0.5)) || ringBox.left < -0.5 || ringBox.right > vw + 0.5) {
    problems.push(`focus ring not fully in the viewport: ${JSON.stringify(ringBox)} of ${vw}×${vh}`);
  } else {
    // Not covered: whatever is painted at the middle of its first line belongs to it.
    const first = el.getClientRects()[0] || box;
    const hit = document.elementFromPoint(first.left + first.width / 2, first.top + first.height / 2);
    if (!hit || !(hit === el || el.contains(hit))) problems.push(`covered by ${hit ? hit.outerHTML.slice(0, 80) : 'nothing'}`);
  }

  // Targets at least 24×24 CSS px (WCAG 2.5.8), unless the link sits in running text, or
  // a 24 px circle on its centre touches no other target (the spacing exception).
  if (r.width < 24 || r.height < 24) {
    let inText = false;
    if (getComputedStyle(el).display === 'inline') {
      const block = el.parentElement.closest('p, li, td, th, dd, figcaption, blockquote, h1, h2, h3, h4, h5, h6, div, footer');
      inText = !!block && block.textContent.replace(el.textContent, '').trim().length > 1;
    }
    if (!inText) {
      const cx = r.left + r.width / 2;
      const cy = r.top + r.height / 2;
      const others = [...document.querySelectorAll('a[href], button, input, select, textarea, summary')].filter(
        (o) => o !== el && !el.contains(o) && !o.contains(el) && o.getClientRects().length,
      );
      const near = others.find((o) =>
        [...o.getClientRects()].some((q) => {
          const dx = Math.max(q.left - cx, 0, cx - q.right);
          const dy = Math.max(q.top - cy, 0, cy - q.bottom);
          const small = q.width < 24 || q.height < 24;
          // Another small target gets its own circle: the two circles must not meet.
          return Math.hypot(dx, dy) < (small ? 24 : 12) - 0.01;
        }),
      );
      if (near) {
        problems.push(`target ${r.width.toFixed(1)}×${r.height.toFixed(1)} px, under 24×24 and too close to ${near.outerHTML.slice(0, 60)}`);
      }
    }
  }
  return { id, problems };
}

/**
 * Press Tab (or Shift+Tab) until focus comes back round to where it started; returns the
 * stops in order and the problems found at each. Backwards matters too: the browser then
 * scrolls each control in at the top of the window, where a sticky header would hide it.
 */
async function tabRound(page, key = 'Tab', limit = 400) {
  const stops = [];
  const problems = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press(key);
    const { id, problems: p } = await page.evaluate(inspectFocus);
    if (id === null) continue; // focus left the document (to the browser's own controls)
    if (stops.length && id === stops[0]) return { stops, problems, wrapped: true };
    if (stops.includes(id)) return { stops, problems: [...problems, `focus came back to ${id} before reaching the end: a loop`], wrapped: false };
    stops.push(id);
    problems.push(...p.map((m) => `${id}: ${m}`));
  }
  return { stops, problems: [...problems, `${key} never came back to the start after ${limit} presses`], wrapped: false };
}

test('the skip link is the first tab stop, visible, and Enter moves focus into main', async () => {
  for (const site of Object.values(env.sites)) {
    for (const width of [375, 1280]) {
      const { page, close } = await newPage({ width });
      try {
        for (const type of ['home', 'story-content-warning', 'search', 'not-found']) {
          const where = `${site.name} ${type} at ${width}px`;
          await page.goto(site.base + site.pages[type]);
          await page.keyboard.press('Tab');
          const first = await page.evaluate(() => {
            const el = document.activeElement;
            const r = el.getBoundingClientRect();
            const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
            return {
              cls: el.className,
              href: el.getAttribute('href'),
              text: el.textContent.trim(),
              inView: r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth && r.width > 0,
              onTop: hit === el,
            };
          });
          assert.equal(first.cls, 'skip-link', `${where}: first tab stop is ${JSON.stringify(first)}`);
          assert.equal(first.href, '#main', where);
          assert.ok(first.inView && first.onTop, `${where}: skip link visible when focused: ${JSON.stringify(first)}`);
          await page.keyboard.press('Enter');
          const after = await page.evaluate(() => ({
            active: document.activeElement.id,
            hash: location.hash,
            top: document.querySelector('main').getBoundingClientRect().top,
            skipHidden: document.querySelector('.skip-link').getBoundingClientRect().bottom <= 0,
            atBottom: scrollY + innerHeight >= document.documentElement.scrollHeight - 1,
          }));
          assert.equal(after.active, 'main', `${where}: focus moves to main`);
          assert.equal(after.hash, '#main', where);
          assert.ok(
            after.top >= -1 && (after.top < 50 || after.atBottom),
            `${where}: main scrolled to the top (or as far as the page goes), at ${after.top}`,
          );
          assert.ok(after.skipHidden, `${where}: the skip link tucks itself away again`);
          // The next Tab continues from inside main.
          await page.keyboard.press('Tab');
          const inMain = await page.evaluate(() => !!document.activeElement.closest('main'));
          assert.ok(inMain, `${where}: Tab after the skip link goes to the first control in main`);
          assert.deepEqual((await page.evaluate(inspectFocus)).problems, [], `${where}: the first control in main`);
        }
      } finally {
        await close();
      }
    }
  }
});

test('every tab stop on every page type has a visible, uncovered focus ring and a 24×24 target; Tab goes round with no trap', async () => {
  const problems = [];
  const summary = [];
  // Phone width in the light scheme for both storybooks; desktop width in the dark scheme
  // for the fixture, which has every page type (the sample shares its templates).
  const runs = [
    { site: env.sites.sample, width: 375, colorScheme: 'light' },
    { site: env.sites.full, width: 375, colorScheme: 'light' },
    { site: env.sites.full, width: 1280, colorScheme: 'dark' },
  ];
  for (const { site, width, colorScheme } of runs) {
    const { page, close } = await newPage({ width, height: 700, colorScheme });
    let stops = 0;
    try {
      for (const type of Object.keys(site.pages)) {
        await visit(page, site, type);
        // Open any content warning first, so the story's own links are walked too.
        await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
        const round = await tabRound(page);
        const tabbable = await page.evaluate(
          () =>
            [...document.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex]')].filter(
              (e) => e.tabIndex >= 0 && !e.disabled && e.getClientRects().length && getComputedStyle(e).visibility !== 'hidden',
            ).length,
        );
        stops += round.stops.length;
        const where = `${site.name} ${type} (${width}px, ${colorScheme})`;
        if (!round.wrapped) problems.push(`${where}: Tab did not come back round to the start`);
        if (round.stops.length !== tabbable) problems.push(`${where}: Tab reached ${round.stops.length} of ${tabbable} focusable elements`);
        problems.push(...round.problems.map((p) => `${where}: ${p}`));
        // Shift+Tab walks back the same way (on the longest pages, to keep the suite quick).
        if (BACKWARDS.has(type)) {
          const back = await tabRound(page, 'Shift+Tab');
          // From the skip link, focus goes out to the browser, then to the last stop and back up.
          if (JSON.stringify(back.stops) !== JSON.stringify([...round.stops].reverse())) {
            problems.push(`${where}: Shift+Tab does not retrace Tab (${back.stops.length} stops back, ${round.stops.length} forward)`);
          }
          problems.push(...back.problems.map((p) => `${where} (Shift+Tab): ${p}`));
        }
      }
    } finally {
      await close();
    }
    summary.push(`${site.name} at ${width}px, ${colorScheme}: ${Object.keys(site.pages).length} pages, ${stops} tab stops checked`);
  }
  console.log(summary.join('\n'));
  assert.deepEqual(problems, []);
});

test('the content warning opens and closes with Enter and Space', async () => {
  for (const site of Object.values(env.sites)) {
    const { page, close } = await newPage({ width: 375 });
    try {
      await page.goto(site.base + site.pages['story-content-warning']);
      let found = false;
      for (let i = 0; i < 60 && !found; i++) {
        await page.keyboard.press('Tab');
        found = await page.evaluate(() => document.activeElement.matches('details.story-toggle > summary'));
      }
      assert.ok(found, `${site.name}: "Read the story" is reachable with Tab`);
      const open = () => page.evaluate(() => document.querySelector('details.story-toggle').open);
      assert.equal(await open(), false, 'held back at first');
      await page.keyboard.press('Enter');
      assert.equal(await open(), true, `${site.name}: Enter opens the story`);
      assert.ok(await page.locator('.story-content .prose').isVisible());
      await page.keyboard.press('Enter');
      assert.equal(await open(), false, `${site.name}: Enter closes it again`);
      await page.keyboard.press('Space');
      assert.equal(await open(), true, `${site.name}: Space opens it`);
      // Tab goes on into the story, not back to the top.
      await page.keyboard.press('Tab');
      const next = await page.evaluate(() => {
        const a = document.activeElement;
        const d = document.querySelector('details.story-toggle');
        return d.contains(a) || !!(d.compareDocumentPosition(a) & Node.DOCUMENT_POSITION_FOLLOWING);
      });
      assert.ok(next, `${site.name}: Tab continues after the summary`);
    } finally {
      await close();
    }
  }
});

test('pressing Escape twice leaves the site, and the page it left is not in the history', async () => {
  for (const site of Object.values(env.sites)) {
    const { page, close } = await newPage({ width: 1280 });
    try {
      const story = site.base + site.pages['story-content-warning'];
      await page.goto(story);
      assert.equal(await page.locator('.quick-exit').getAttribute('href'), QUICK_EXIT);
      assert.ok(await page.locator('.quick-exit-hint').isVisible(), `${site.name}: the Esc hint shows where script runs`);
      // One Escape, or two far apart, do nothing.
      await page.keyboard.press('Escape');
      await page.waitForTimeout(1000);
      await page.keyboard.press('Escape');
      await page.waitForTimeout(1000);
      assert.equal(page.url(), story, `${site.name}: Escape presses a second apart stay on the page`);
      // Two together leave, and the page goes blank at once, before the next site arrives.
      // To see that moment, the first attempt is held at the door (a beforeunload prompt,
      // dismissed), which leaves the page in place to look at.
      await page.evaluate(() => addEventListener('beforeunload', (e) => { e.preventDefault(); e.returnValue = ''; }));
      const prompted = new Promise((ok) => page.once('dialog', (d) => d.dismiss().then(ok)));
      await page.keyboard.press('Escape');
      await page.keyboard.press('Escape');
      await prompted;
      const shown = await page.evaluate(() => getComputedStyle(document.querySelector('main')).visibility);
      assert.equal(shown, 'hidden', `${site.name}: the page is hidden the moment the reader leaves`);
    } finally {
      await close();
    }
    // Now for real, in a fresh tab: the home page, then the story, then away.
    const tab = await newPage({ width: 1280 });
    try {
      const story = site.base + site.pages['story-content-warning'];
      await tab.page.goto(site.base);
      await tab.page.goto(story);
      const keys = tab.page.keyboard.press('Escape').then(() => tab.page.keyboard.press('Escape'));
      await Promise.all([tab.page.waitForURL(QUICK_EXIT), keys]);
      await tab.page.goBack();
      assert.equal(tab.page.url(), site.base, `${site.name}: Back skips the story the reader left`);
    } finally {
      await tab.close();
    }
  }
});

test('the quick exit is the third tab stop and leaves with Enter, also without JavaScript', async () => {
  for (const javaScriptEnabled of [true, false]) {
    const site = env.sites.full;
    const { page, close } = await newPage({ width: 375, javaScriptEnabled });
    try {
      await page.goto(site.base + site.pages['story-image']);
      for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => document.activeElement.className);
      assert.equal(focused, 'quick-exit', `JavaScript ${javaScriptEnabled ? 'on' : 'off'}: Tab, Tab, Tab reaches the quick exit`);
      await Promise.all([page.waitForURL(QUICK_EXIT), page.keyboard.press('Enter')]);
    } finally {
      await close();
    }
  }
});

test('a footnote number leads to its note with Enter, and the note leads back to the same place', async () => {
  const site = env.sites.full;
  const { page, close } = await newPage({ width: 375 });
  try {
    await page.goto(site.base + site.pages['story-image']);
    const tabTo = async (selector) => {
      for (let i = 0; i < 80; i++) {
        await page.keyboard.press('Tab');
        if (await page.evaluate((s) => document.activeElement.matches(s), selector)) return true;
      }
      return false;
    };
    assert.ok(await tabTo('.footnote-reference a'), 'the footnote number is reachable with Tab');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => location.hash === '#note-1');
    assert.ok(await page.locator('#note-1').isVisible(), 'the note is shown');
    assert.ok(await page.locator('#note-1').evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.top >= 0 && r.top < innerHeight;
    }), 'the note is scrolled into view');
    // The note's own link back is the next tab stop: no trek through the rest of the page.
    await page.keyboard.press('Tab');
    assert.ok(await page.evaluate(() => document.activeElement.matches('#note-1 .footnote-backref')),
      'Tab from the note reaches its way back');
    assert.match(await page.evaluate(() => document.activeElement.getAttribute('aria-label')), /back to the text of note 1/i);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => location.hash === '#note-1-ref');
    assert.ok(await page.locator('#note-1-ref').evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= innerHeight;
    }), 'back at the number in the text');
  } finally {
    await close();
  }
});

test('after an in-page link and the quick exit, Back does not return to the site', async () => {
  for (const site of Object.values(env.sites)) {
    const { page, close } = await newPage({ width: 1280 });
    try {
      // Opened from a link elsewhere: the story is the first page in this tab's history.
      await page.goto(site.base + site.pages['story-content-warning']);
      const length = await page.evaluate(() => history.length);
      await page.locator('.content-warning a[href="#support"]').click();
      assert.equal(await page.evaluate(() => history.length), length, `${site.name}: the in-page link adds no history entry`);
      assert.ok(await page.locator('#support a[href^="tel:"]').first().isVisible(), `${site.name}: and it opens the help`);
      await page.keyboard.press('Tab'); // the skip link, too, moves without a history entry
      await Promise.all([page.waitForURL(QUICK_EXIT), page.locator('.quick-exit').click()]);
      await page.goBack().catch(() => {});
      assert.ok(!page.url().startsWith(site.base), `${site.name}: Back leads to ${page.url()}, not to the site`);
    } finally {
      await close();
    }
  }
});

test('Escape in the search box clears it and never leaves; the Esc hint shows only where there is a keyboard', async () => {
  const site = env.sites.full;
  const { page, close } = await newPage({ width: 1280 });
  try {
    const url = site.base + 'search/';
    await page.goto(url);
    const box = page.locator('input[type="search"]').first();
    await box.fill('walk');
    await box.press('Escape');
    await box.press('Escape');
    await page.waitForTimeout(300); // a leave would have started by now
    assert.ok(page.url().startsWith(url), `Escape twice in the search box stays: ${page.url()}`);
  } finally {
    await close();
  }
  const phone = await env.browser.newContext({ viewport: { width: 375, height: 667 }, hasTouch: true, isMobile: true });
  try {
    const page = await phone.newPage();
    await page.goto(site.base + site.pages.home);
    assert.equal(await page.locator('.quick-exit-hint').isVisible(), false, 'no Esc hint on a touch screen');
    assert.ok(await page.locator('.browsing-safely-link').isVisible(), '"Browsing safely" beside the button');
  } finally {
    await phone.close();
  }
});
