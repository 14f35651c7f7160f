// The impact page as a reader sees it, in Chromium: bars drawn to scale (percentages on 0–100),
// before and after told apart without colour, text big enough on a phone, no sideways scroll,
// the figures in tables for screen readers, without JavaScript and on paper; axe at 0.
// Screenshots at 375 and 1280 px go to target/screenshots/ for a person to look at.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { build, serve } from './harness.mjs';
import { sitesAndBrowser, artefacts } from './sites.mjs';
import { axeViolations, describe } from './axe.mjs';

const env = sitesAndBrowser('impact');
const NAMES = ['sample', 'full'];

async function open(name, { width = 375, scheme = 'light', js = true, media = 'screen' } = {}) {
  const context = await env.browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme, javaScriptEnabled: js });
  const page = await context.newPage();
  await page.emulateMedia({ media });
  await page.goto(env.sites[name].base + 'impact/');
  return { page, close: () => context.close() };
}

/** Every drawn bar: its length as a share of its track, the figure printed beside it, and the
 *  chart's stated scale (the figure at the track's far end), all read from what is on screen. */
function measureBars(page) {
  return page.evaluate(() => {
    const num = (s) => parseFloat(s.replace(/[^0-9.\-]/g, ''));
    return [...document.querySelectorAll('main svg rect')]
      .filter((r) => !r.closest('defs') && r.getAttribute('width') !== '100%')
      .map((rect) => {
        const svg = rect.ownerSVGElement;
        const chart = svg.parentElement;
        const axis = [...chart.querySelectorAll('.bar-axis span')].map((s) => s.textContent);
        const value = svg.nextElementSibling?.textContent ?? '';
        return {
          value,
          end: axis[axis.length - 1] ?? '',
          share: rect.getBoundingClientRect().width / svg.getBoundingClientRect().width,
          trackPx: svg.getBoundingClientRect().width,
          expected: num(value) / num(axis[axis.length - 1] ?? 'NaN'),
        };
      });
  });
}

for (const name of NAMES) {
  test(`every bar is as long as its figure on its chart's scale, percentages on 0–100 (${name}, no JavaScript)`, async () => {
    for (const width of [375, 1280]) {
      const { page, close } = await open(name, { width, js: false });
      try {
        const bars = await measureBars(page);
        assert.ok(bars.length >= 10, `only ${bars.length} bars drawn at ${width} px`);
        for (const b of bars) {
          assert.ok(Math.abs(b.share - b.expected) <= 2 / b.trackPx + 0.002,
            `${width} px: the bar for ${b.value} fills ${(b.share * 100).toFixed(1)}% of a scale ending at ${b.end}, not ${(b.expected * 100).toFixed(1)}%`);
        }
        const pct = bars.filter((b) => b.value.endsWith('%'));
        assert.ok(pct.length >= 3, 'some percentages are drawn');
        for (const b of pct) assert.equal(b.end, '100%', `the chart of ${b.value} runs to ${b.end}, not 100%`);
        // Percentages compare across charts: the tracks are the same length.
        const tracks = new Set(pct.map((b) => Math.round(b.trackPx)));
        assert.equal(tracks.size, 1, `percentage tracks differ in length at ${width} px: ${[...tracks]}`);
      } finally {
        await close();
      }
    }
  });
}

test('in the sample, 48% is drawn clearly shorter than 81%', async () => {
  const { page, close } = await open('sample', { width: 375 });
  try {
    const bars = await measureBars(page);
    const len = (v) => bars.find((b) => b.value === v).share;
    assert.ok(Math.abs(len('48%') / len('81%') - 48 / 81) < 0.02, `48% is ${len('48%')}, 81% is ${len('81%')}`);
  } finally {
    await close();
  }
});

/** WCAG contrast of two CSS colours (rgb() strings). */
function contrast(a, b) {
  const lum = (c) => {
    const [r, g, bl] = c.match(/[\d.]+/g).slice(0, 3).map((v) => {
      const s = v / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

for (const scheme of ['light', 'dark']) {
  test(`before and after differ by pattern, place and word, and by colour at 3:1 (${scheme})`, async () => {
    const { page, close } = await open('full', { width: 375, scheme });
    try {
      const pairs = await page.evaluate(() =>
        [...document.querySelectorAll('.bar-chart')].filter((c) => c.querySelector('.bar-before')).map((c) => {
          const [before, after] = [c.querySelector('.bar-before'), c.querySelector('.bar-after')];
          const stripe = document.querySelector(`${before.getAttribute('fill').slice(4, -1)} .hatch-line`);
          const words = [...c.querySelectorAll('.bar-label')].map((l) => l.textContent);
          return {
            words,
            beforeAbove: before.getBoundingClientRect().top < after.getBoundingClientRect().top,
            beforeFill: before.getAttribute('fill'),
            afterFill: getComputedStyle(after).fill,
            beforeEdge: getComputedStyle(before).stroke,
            beforeStripe: stripe && getComputedStyle(stripe).fill,
            background: getComputedStyle(document.body).backgroundColor,
          };
        }),
      );
      assert.ok(pairs.length >= 2, 'the fixture has before-and-after charts');
      for (const p of pairs) {
        assert.deepEqual(p.words, ['Before', 'After']);
        assert.ok(p.beforeAbove, 'before is drawn above after');
        assert.match(p.beforeFill, /^url\(#/, 'before is striped (a pattern), after is solid');
        assert.match(p.afterFill, /^rgb/);
        assert.equal(p.beforeStripe, p.beforeEdge, 'the stripes are the edge colour');
        for (const [what, a, b] of [['before/page', p.beforeEdge, p.background], ['after/page', p.afterFill, p.background], ['before/after', p.beforeEdge, p.afterFill]]) {
          const c = contrast(a, b);
          assert.ok(c >= 3, `${what} contrast is ${c.toFixed(2)}:1 (${a} on ${b})`);
        }
      }
    } finally {
      await close();
    }
  });
}

for (const name of NAMES) {
  test(`no text under 12 px and no sideways scroll at 320 and 375 px (${name})`, async () => {
    for (const width of [320, 375]) {
      const { page, close } = await open(name, { width });
      try {
        const { smallest, scroll, client } = await page.evaluate(() => {
          let smallest = { px: Infinity, text: '' };
          const walker = document.createTreeWalker(document.querySelector('main'), NodeFilter.SHOW_TEXT);
          for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            const el = n.parentElement;
            if (!n.textContent.trim() || !el.getClientRects().length) continue;
            if (el.closest('.impact-hidden')) continue; // read aloud, never seen
            let px = parseFloat(getComputedStyle(el).fontSize);
            const svg = el.closest('svg');
            if (svg) px *= svg.getScreenCTM().a; // SVG text shrinks with its drawing
            if (px < smallest.px) smallest = { px, text: n.textContent.trim().slice(0, 40) };
          }
          return { smallest, scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth };
        });
        assert.ok(smallest.px >= 12, `at ${width} px "${smallest.text}" is ${smallest.px.toFixed(1)} px`);
        assert.ok(scroll <= client, `the page scrolls sideways at ${width} px: ${scroll} px wide in ${client}`);
        if (width === 375) await page.screenshot({ path: join(artefacts('screenshots'), `impact-${name}-375.png`), fullPage: true });
      } finally {
        await close();
      }
    }
    const { page, close } = await open(name, { width: 1280 });
    await page.screenshot({ path: join(artefacts('screenshots'), `impact-${name}-1280.png`), fullPage: true });
    await close();
  });
}

test('names and figures of any length never push the page sideways at 320 px', async () => {
  const long = 'Averyveryverylongname'.repeat(15);
  const root = mkdtempSync(join(tmpdir(), 'storypress-impact-'));
  writeFileSync(join(root, 'storybook.yaml'), [
    'title: "Long"', 'description: "x"', 'base_url: "https://example.org/l/"', 'language: en',
    'licence: CC-BY-NC-ND-4.0', 'intro: "Welcome."',
    `features: [{ id: networks, name: "${long}", description: "x" }]`, `sites: [{ id: salford, name: "${long}" }]`,
    'outcomes:',
    `  - { label: "${long}", before: 1000000000000, after: 2, unit: "${long}" }`,
    `  - { label: "${long}", before: 3, after: 99.5, unit: "%", source: "${long}", note: "${long}" }`,
    `  - { label: "${long}", value: "${long}" }`, '',
  ].join('\n'));
  const out = build(root);
  const server = await serve(out);
  const context = await env.browser.newContext({ viewport: { width: 320, height: 800 } });
  try {
    const page = await context.newPage();
    await page.goto(server.base + 'impact/');
    const { scroll, client, tracks } = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
      tracks: [...document.querySelectorAll('.bar-track')].map((t) => t.getBoundingClientRect().width),
    }));
    assert.ok(scroll <= client, `${scroll} px wide in ${client}`);
    assert.ok(tracks.length >= 4 && Math.min(...tracks) >= 100, `bars squeezed to ${tracks}`);
  } finally {
    await context.close();
    await server.close();
    rmSync(root, { recursive: true, force: true });
    rmSync(join(out, '..'), { recursive: true, force: true });
  }
});

test('screen readers get every figure from the tables, and the drawing is hidden from them', async () => {
  for (const name of NAMES) {
    const { page, close } = await open(name);
    try {
      const misses = await page.evaluate(() => {
        const out = [];
        for (const svg of document.querySelectorAll('main svg')) {
          if (!svg.closest('[aria-hidden="true"]')) out.push(`a drawing is not hidden from screen readers: ${svg.outerHTML.slice(0, 80)}`);
        }
        const charts = document.querySelectorAll('main .bar-chart');
        if (charts.length < 3) out.push(`only ${charts.length} charts`);
        for (const chart of charts) {
          const section = chart.closest('section');
          const label = chart.closest('figure')?.querySelector('.outcome-label')?.textContent;
          const rows = [...section.querySelectorAll('table tbody tr')];
          const bars = [...chart.querySelectorAll('.bar-label')].map((l) => [l.textContent, l.nextElementSibling.nextElementSibling.textContent]);
          for (const [what, figure] of bars) {
            const row = rows.find((r) => r.querySelector('th').textContent === (label ?? what));
            const cells = row ? [...row.querySelectorAll('td')].map((td) => td.textContent) : [];
            if (!cells.includes(figure)) out.push(`${label ?? what}: ${figure} is not in the table`);
          }
        }
        return out;
      });
      assert.deepEqual(misses, [], name);
    } finally {
      await close();
    }
  }
});

test('printed, the bars keep their lengths and before stays striped', async () => {
  const { page, close } = await open('full', { width: 800, media: 'print' });
  try {
    const bars = await measureBars(page);
    assert.ok(bars.length >= 10);
    for (const b of bars) assert.ok(Math.abs(b.share - b.expected) <= 2 / b.trackPx + 0.002, `printed ${b.value}`);
    const fills = await page.evaluate(() => ({
      after: getComputedStyle(document.querySelector('.bar-after')).fill,
      stripe: getComputedStyle(document.querySelector('.hatch-line')).fill,
      before: document.querySelector('.bar-before').getAttribute('fill'),
      shown: [...document.querySelectorAll('.bar-chart')].every((c) => c.getClientRects().length > 0),
    }));
    assert.deepEqual(fills, { after: 'rgb(0, 0, 0)', stripe: 'rgb(0, 0, 0)', before: 'url(#impact-hatch)', shown: true });
    const pdf = await page.pdf({ format: 'A4' });
    assert.ok(pdf.length > 1000);
  } finally {
    await close();
  }
});

for (const name of NAMES) {
  test(`axe finds nothing on the impact page (${name}), light and dark, 375 and 1280 px`, async () => {
    const found = [];
    for (const scheme of ['light', 'dark']) {
      for (const width of [375, 1280]) {
        const { page, close } = await open(name, { width, scheme });
        try {
          const v = await axeViolations(page);
          if (v.length) found.push(`${scheme} ${width} px:\n${describe(v)}`);
        } finally {
          await close();
        }
      }
    }
    assert.deepEqual(found, []);
  });
}
