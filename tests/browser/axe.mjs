// axe-core in a real page, with the WCAG 2.0, 2.1 and 2.2 A and AA rules.
import { join } from 'node:path';
import { REPO } from './harness.mjs';

export const AXE = join(REPO, 'node_modules', 'axe-core', 'axe.min.js');
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Run axe on the page as it is now; returns axe's violations (empty when it passes). */
export async function axeViolations(page, tags = WCAG_TAGS) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.addScriptTag({ path: AXE });
  const results = await page.evaluate(
    (values) => window.axe.run(document, { runOnly: { type: 'tag', values }, resultTypes: ['violations'] }),
    tags,
  );
  return results.violations;
}

/** One line per failing node: rule, impact, selector and axe's own summary of the fix. */
export function describe(violations) {
  return violations
    .flatMap((v) =>
      v.nodes.map((n) => `  ${v.id} (${v.impact}): ${n.target.join(' ')}\n    ${n.failureSummary.replace(/\n/g, '\n    ')}`),
    )
    .join('\n');
}

/** How many failing nodes there are in a list of violations. */
export const count = (violations) => violations.reduce((sum, v) => sum + v.nodes.length, 0);
