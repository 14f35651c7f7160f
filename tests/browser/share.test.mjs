// The "Share your story" page (/share/) in a real browser: it finds the same personal data as
// `check` (one shared table), flags a phone number as it is typed, sends nothing anywhere, and
// the file it gives passes `storypress check` once a supporter fills in consent.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, serve, launch, BIN, REPO } from './harness.mjs';
import { artefacts } from './sites.mjs';
import { axeViolations, describe } from './axe.mjs';

const FULL = join(REPO, 'tests', 'fixtures', 'full');
const CASES = JSON.parse(readFileSync(join(REPO, 'tests', 'fixtures', 'personal-data-cases.json'), 'utf8')).cases;
const env = {};

before(async () => {
  env.browser = await launch();
  env.server = await serve(build(FULL));
  env.url = env.server.base + 'share/';
});
after(async () => {
  await env.browser?.close();
  await env.server?.close();
});

/**
 * A page on the share form that records every request made after it loaded, and refuses any
 * request that would leave this machine's test server.
 */
async function openShare(options = {}) {
  const context = await env.browser.newContext({ acceptDownloads: true, ...options });
  const left = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(env.server.base)) return route.continue();
    left.push(url);
    return route.abort();
  });
  const page = await context.newPage();
  await page.goto(env.url, { waitUntil: 'load' });
  const after = [];
  page.on('request', (r) => {
    if (!/^(blob|data):/.test(r.url())) after.push(r.url());
  });
  return { context, page, left, after };
}

/** The personal data the page shows under a field, as [code, text]. */
async function findingsOf(page, field) {
  return page.$$eval(`#share-${field}-findings li[data-code]`, (lis) => lis.map((li) => [li.dataset.code, li.dataset.text]));
}

test('the page finds exactly the personal data check finds, case by case', async () => {
  const { context, page } = await openShare();
  try {
    const story = page.locator('#share-story');
    const differ = [];
    for (const c of CASES) {
      await story.fill(c.text);
      await story.dispatchEvent('change');
      await page.waitForSelector('#share-story[data-checked]', { state: 'attached' });
      const found = await findingsOf(page, 'story');
      if (JSON.stringify(found) !== JSON.stringify(c.found)) {
        differ.push(`${c.name} (${JSON.stringify(c.text)}):\n  expected ${JSON.stringify(c.found)}\n  found    ${JSON.stringify(found)}`);
      }
    }
    assert.deepEqual(differ, [], `${differ.length} of ${CASES.length} cases differ from check:\n${differ.join('\n')}`);
  } finally {
    await context.close();
  }
});

/** Fill every field, with text that YAML would misread if it were not quoted. */
async function fillForm(page) {
  await page.fill('#share-title', 'Walking: my "first" step \\ # back');
  await page.fill('#share-summary', "I'm writing - about a walk\nthat helped: #1, {braces} & [brackets].");
  await page.fill('#share-storyteller', 'Jo: "the walker"');
  await page.selectOption('#share-site', 'riverside');
  await page.check('#share-feature-connection');
  await page.check('#share-feature-access');
  await page.fill('#share-themes', 'Peer support, walking, Peer Support');
  await page.check('#share-cw-gambling');
}

test('fill it in, see a phone number flagged as you type, and the file passes check once consent is given', async () => {
  const { context, page, left, after } = await openShare();
  try {
    const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
    assert.match(csp, /connect-src 'none'/);
    assert.match(csp, /form-action 'none'/);
    await fillForm(page);

    const story = page.locator('#share-story');
    await story.pressSequentially('You can ring me on 07700 900123 any time.');
    const flagged = page.locator('#share-story-findings li[data-code="personal-phone"]');
    await flagged.waitFor();
    assert.match(await flagged.innerText(), /looks like a phone number: .07700 900123./);
    assert.equal(await story.getAttribute('aria-invalid'), 'true');
    assert.match(await story.getAttribute('aria-describedby'), /share-story-findings/);
    assert.equal(await page.getAttribute('#share-story-findings', 'aria-live'), 'polite');

    // It will not make a file that still holds the number, and says why where focus lands.
    await page.click('button[type=submit]');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'share-error-summary');
    assert.match(await page.innerText('#share-error-summary'), /phone number/);
    assert.ok(await page.locator('#share-result').isHidden());

    await story.fill('It started with a walk.\n\n---\n\nstatus: given\nThen another, every Thursday.');
    await page.click('button[type=submit]');
    await page.locator('#share-result').waitFor();
    assert.equal(await page.evaluate(() => document.activeElement.id), 'share-result');
    await shots(page, 'share-result');

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#share-download')]);
    const name = download.suggestedFilename();
    assert.equal(name, 'walking-my-first-step-back.md');
    const file = readFileSync(await download.path(), 'utf8');
    assert.equal(file, await page.inputValue('#share-file'), 'the download is the file shown');
    assert.match(file, /\nconsent:\n {2}status: pending\n {2}scope: \[\]\n/);
    assert.match(file, /\nthemes: \[peer-support, walking\]\n/);

    const href = await page.getAttribute('#share-github', 'href');
    const prefill = new URL(href);
    assert.equal(prefill.origin + prefill.pathname, 'https://github.com/riverside-wellbeing/storybook/new/main/lived-experience');
    assert.equal(prefill.searchParams.get('filename'), name);
    assert.equal(prefill.searchParams.get('value'), file);

    assert.equal(checkAsSupporter(name, file), 0);
    assert.deepEqual(left, [], 'no request may leave the machine');
    assert.deepEqual(after, [], 'nothing is requested once the page has loaded');
  } finally {
    await context.close();
  }
});

/**
 * Put the file in a copy of the storybook, as a supporter would once the storyteller agreed,
 * and run the real `storypress check` and `build`; returns check's exit status.
 */
function checkAsSupporter(name, file) {
  const root = join(mkdtempSync(join(tmpdir(), 'storypress-share-')), 'stories');
  mkdirSync(join(root, 'lived-experience'), { recursive: true });
  copyFileSync(join(FULL, 'storybook.yaml'), join(root, 'storybook.yaml'));
  const at = join(root, 'lived-experience', name);
  writeFileSync(at, file);
  const pending = spawnSync(BIN, ['check', root], { encoding: 'utf8' });
  assert.equal(pending.status, 0, `as downloaded:\n${pending.stdout}${pending.stderr}`);
  const given = file.replace(
    '  status: pending\n  scope: []\n  recorded:\n  review:\n',
    '  status: given\n  scope: [web]\n  recorded: 2025-05-01\n  review: 2099-01-01\n',
  );
  assert.notEqual(given, file, 'the consent block is where a supporter expects it');
  writeFileSync(at, given);
  const r = spawnSync(BIN, ['check', root], { encoding: 'utf8' });
  assert.equal(r.status, 0, `with consent given:\n${r.stdout}${r.stderr}`);
  const site = join(root, '..', 'site');
  const b = spawnSync(BIN, ['build', root, '--out', site], { encoding: 'utf8' });
  assert.equal(b.status, 0, b.stderr);
  const html = readFileSync(join(site, 'lived-experience', name.replace(/\.md$/, ''), 'index.html'), 'utf8');
  assert.match(html, /Walking: my &quot;first&quot; step \\ # back/);
  return r.status;
}

test('a story too long for an address is copied and pasted instead', async () => {
  const { context, page } = await openShare({ permissions: ['clipboard-read', 'clipboard-write'] });
  try {
    await fillForm(page);
    await page.fill('#share-story', 'We walked by the river. '.repeat(400));
    await page.click('button[type=submit]');
    await page.locator('#share-result').waitFor();
    const href = await page.getAttribute('#share-github', 'href');
    assert.ok(!href.includes('value='), href);
    assert.ok(href.length < 7000);
    assert.match(await page.innerText('#share-github-note'), /copy and paste/);
    await page.click('#share-copy');
    await page.waitForFunction(() => /Copied/.test(document.getElementById('share-result-status').textContent));
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(copied, await page.inputValue('#share-file'));
  } finally {
    await context.close();
  }
});

test('without JavaScript the page explains the file and links to the guide', async () => {
  const { context, page } = await openShare({ javaScriptEnabled: false });
  try {
    assert.ok(await page.locator('#share-form').isHidden());
    assert.match(await page.innerText('main'), /needs JavaScript to make your file/);
    await page.click('.share-format summary');
    assert.match(await page.innerText('.share-example'), /status: pending\n\s*scope: \[\]/);
    const guide = await page.getAttribute('.share-format a', 'href');
    assert.equal(guide, 'https://github.com/riverside-wellbeing/storybook/blob/main/docs/tell-your-story.md');
  } finally {
    await context.close();
  }
});

test('the page passes axe with findings and the file shown, on a phone and a desktop', async () => {
  // axe is injected as an inline script, which the page's own policy rightly refuses.
  const { context, page } = await openShare({ bypassCSP: true });
  try {
    await fillForm(page);
    await page.fill('#share-story', 'Write to me at jo@example.com.');
    await page.click('button[type=submit]');
    await shots(page, 'share-findings');
    let v = [];
    for (const width of [375, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      v = v.concat(await axeViolations(page));
    }
    assert.deepEqual(v, [], describe(v));
    await page.fill('#share-story', 'It started with a walk.');
    await page.click('button[type=submit]');
    await page.locator('#share-result').waitFor();
    v = await axeViolations(page);
    assert.deepEqual(v, [], describe(v));
  } finally {
    await context.close();
  }
});

/** Full-page screenshots at phone and desktop width, for a person to look at. */
async function shots(page, name) {
  const dir = artefacts('screenshots');
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: join(dir, `${name}-${width}.png`), fullPage: true });
  }
}
