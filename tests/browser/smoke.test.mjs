// The sample storybook opens in a real browser, under a sub-path, with working links.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { build, serve, launch, REPO } from './harness.mjs';
import { join } from 'node:path';

test('the sample storybook opens and its links work under a sub-path', async () => {
  const site = build(join(REPO, 'stories'));
  // The browser first: if it cannot start, the test fails at once (no server left running).
  const browser = await launch();
  const server = await serve(site);
  try {
    const page = await browser.newPage();
    const res = await page.goto(server.base);
    assert.equal(res.status(), 200);
    assert.match(await page.title(), /Living Well/);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Case studies' }).click();
    await page.waitForURL(/case-studies\/$/);
    assert.equal(await page.locator('h1').innerText(), 'Case studies');
    await page.goto(server.base);
    await page.locator('main').getByRole('link', { name: 'What the programme has achieved' }).click();
    await page.waitForURL(/impact\/$/);
    assert.equal(new URL(page.url()).pathname, new URL(server.base + 'impact/').pathname, 'the home page leads to the impact page');
    const missing = await page.goto(server.base + 'no/such/page/');
    assert.equal(missing.status(), 404);
    assert.match(await page.locator('h1').innerText(), /not find|not found|can.t find/i);
    assert.ok(await page.evaluate(() => [...document.styleSheets].some((s) => s.cssRules.length > 10)), '404 page styled at depth');
  } finally {
    await browser.close();
    await server.close();
  }
});
