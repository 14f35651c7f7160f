// The two storybooks the accessibility, keyboard and reading suites test, and one page of
// every kind in each. `sample` is the real sample storybook (stories/); `full` is the
// fixture that uses every feature storypress has (tests/fixtures/full/).
import { before, after } from 'node:test';
import { serve, launch, BIN, REPO } from './harness.mjs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { mkdirSync, rmSync } from 'node:fs';

/** Page type → path under the site root. The same type names in both, so counts line up. */
export const SITES = {
  sample: {
    root: join(REPO, 'stories'),
    pages: {
      'home': '',
      'story-image': 'lived-experience/the-allotment-on-thursdays/',
      'story-content-warning': 'lived-experience/charlies-story/',
      'story-non-english': 'lived-experience/rozmowa-w-moim-jezyku/',
      'case-study': 'case-studies/luton-open-door/',
      'stories-list': 'lived-experience/',
      'case-studies-list': 'case-studies/',
      'sites': 'sites/',
      'site-profile': 'sites/tameside-glossop/',
      'features': 'features/',
      'feature': 'features/networks/',
      'themes': 'themes/',
      'theme': 'themes/peer-support/',
      'search': 'search/?q=allotment',
      'not-found': 'no/such/page/',
      'accessibility': 'accessibility/',
    },
  },
  full: {
    root: join(REPO, 'tests', 'fixtures', 'full'),
    pages: {
      'home': '',
      'story-image': 'lived-experience/morning-walks/',
      'story-content-warning': 'lived-experience/the-kitchen-table/',
      'story-non-english': 'lived-experience/paned-a-sgwrs/',
      'case-study': 'case-studies/peer-cafe/',
      'stories-list': 'lived-experience/',
      'case-studies-list': 'case-studies/',
      'sites': 'sites/',
      'site-profile': 'sites/riverside/',
      'site-profile-content-warning': 'sites/hillcrest/',
      'site-list': 'sites/northbank/',
      'features': 'features/',
      'feature': 'features/access/',
      'feature-empty': 'features/outcomes/',
      'themes': 'themes/',
      'theme': 'themes/walking/',
      'search': 'search/?q=walk',
      'not-found': 'no/such/page/',
      'accessibility': 'accessibility/',
      'share': 'share/',
    },
  },
};

/** The language fixtures (tests/fixtures/): a Welsh interface with one English story, an
 *  Urdu interface (right to left) with one English story, and an English storybook with a
 *  story told in three languages. Checked by a11y.test.mjs like the two above, and by
 *  i18n.test.mjs for what is particular to languages. */
export const LANGUAGE_SITES = {
  welsh: {
    root: join(REPO, 'tests', 'fixtures', 'welsh'),
    pages: {
      'home': '',
      'story-content-warning': 'lived-experience/cerdded-yn-y-bore/',
      'story-english': 'lived-experience/the-allotment/',
      'case-study': 'case-studies/caffi-cymunedol/',
      'stories-list': 'lived-experience/',
      'case-studies-list': 'case-studies/',
      'sites': 'sites/',
      'site-profile': 'sites/cwm-gwyrdd/',
      'site-list': 'sites/bryn-glas/',
      'features': 'features/',
      'feature': 'features/cysylltiad/',
      'themes': 'themes/',
      'theme': 'themes/cerdded/',
      'search': 'search/?q=cerdded',
      'not-found': 'no/such/page/',
      'accessibility': 'accessibility/',
      'impact': 'impact/',
      'browsing-safely': 'browsing-safely/',
      'share': 'share/',
    },
  },
  urdu: {
    root: join(REPO, 'tests', 'fixtures', 'urdu'),
    pages: {
      'home': '',
      'story-content-warning': 'lived-experience/bagh-ki-subh/',
      'story-english': 'lived-experience/the-bus-route/',
      'case-study': 'case-studies/sanjha-bagh/',
      'stories-list': 'lived-experience/',
      'sites': 'sites/',
      'site-list': 'sites/sabz-wadi/',
      'features': 'features/',
      'feature': 'features/rabta/',
      'themes': 'themes/',
      'theme': 'themes/bagh/',
      'search': 'search/?q=' + encodeURIComponent('باغ'),
      'not-found': 'no/such/page/',
      'accessibility': 'accessibility/',
      'impact': 'impact/',
      'browsing-safely': 'browsing-safely/',
    },
  },
  translated: {
    root: join(REPO, 'tests', 'fixtures', 'translated'),
    pages: {
      'home': '',
      'story': 'lived-experience/finding-my-feet/',
      'story-polish': 'lived-experience/finding-my-feet-pl/',
      'story-urdu': 'lived-experience/finding-my-feet-ur/',
      'stories-list': 'lived-experience/',
      'search': 'search/?q=' + encodeURIComponent('گروپ'),
    },
  },
};

/**
 * Build (with the real binary) and serve both storybooks; returns {sample, full}, each
 * {name, dir, base, pages, close}. Each suite builds into its own folders under
 * target/browser-sites/ (named by `tag` and the process id, removed on close); they sit
 * side by side so that they share one image cache (.storypress-cache beside them), and only
 * the first suite to run resizes the pictures.
 */
export async function openSites(tag, which = SITES) {
  const out = {};
  const parent = artefacts('browser-sites');
  try {
    for (const [name, s] of Object.entries(which)) {
      const dir = join(parent, `${name}-${tag}-${process.pid}`);
      const r = spawnSync(BIN, ['build', s.root, '--out', dir], { encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`storypress build ${s.root} failed (${r.status}):\n${r.stderr}${r.error || ''}`);
      const server = await serve(dir);
      const close = async () => {
        await server.close();
        rmSync(dir, { recursive: true, force: true });
      };
      out[name] = { name, dir, base: server.base, pages: s.pages, close };
    }
  } catch (e) {
    await closeSites(out); // an open server would keep the test process alive
    throw e;
  }
  return out;
}

/** Open a page of a site and wait until it has settled: on the search page, for the results. */
export async function visit(page, site, type) {
  const res = await page.goto(site.base + site.pages[type], { waitUntil: type === 'search' ? 'networkidle' : 'load' });
  if (type === 'search') {
    // search.js fills the status line when the results are in; the plain form has none.
    await page.waitForFunction(() => {
      const s = document.getElementById('search-status');
      return !s || s.textContent.trim() !== '';
    });
  }
  return res;
}

/**
 * Both storybooks built and served, and a browser, for the tests of one file: opened before
 * its first test and closed after its last. Read `env.sites` and `env.browser` inside a test.
 */
export function sitesAndBrowser(tag, which = SITES) {
  const env = { sites: undefined, browser: undefined };
  before(async () => {
    env.sites = await openSites(tag, which);
    env.browser = await launch();
  });
  after(async () => {
    try {
      await env.browser?.close();
    } finally {
      await closeSites(env.sites);
    }
  });
  return env;
}

export async function closeSites(sites) {
  for (const s of Object.values(sites || {})) await s.close();
}

/** A folder under target/ for things a person should look at; made on demand. */
export function artefacts(...parts) {
  const dir = join(REPO, 'target', ...parts);
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** Print an aligned table (rows of equal-length arrays, the first being the header). */
export function table(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  return rows
    .map((r) => r.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  '))
    .join('\n');
}
