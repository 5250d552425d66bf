/**
 * The HTML pages in a real browser: Debian's Chromium, headless (no browser
 * download, no driver library). Each bundled example's agreement and first
 * brief (between them, both templates), and the launch's agreement in German
 * (long words on a phone), are checked with axe-core for
 * accessibility (no violation at all); every page is photographed at phone
 * width (390 px) and each example's agreement at desktop width (1280 px) against committed
 * golden screenshots, with a tolerance for anti-aliasing. One browser serves
 * the whole file (test/helpers/chromium.ts). Skipped where there is no
 * Chromium, except in CI (CI=true), where .ci/run installs it and a missing
 * browser fails.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/program.js';
import { launchChromium, type Browser } from './helpers/chromium.js';
import { memoryIo } from './helpers/memory-io.js';
import { CLEAN_EXAMPLES, ROOT } from './helpers/paths.js';

const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));
if (!CHROMIUM && process.env.CI === 'true') throw new Error("CI=true but no Chromium: .ci/run installs Debian's chromium package");

const GOLDEN = join(ROOT, 'test/golden/screens');
/** Share of pixels that may differ from the golden (font anti-aliasing moves a few). */
const TOLERANCE = 0.01;
const UPDATE = process.env.UPDATE_SCREENS === '1';

let browser: Promise<Browser> | undefined;

/** The file's one browser, started on first use. */
function chromium(): Promise<Browser> {
  browser ??= launchChromium(CHROMIUM!, ['--no-sandbox', '--disable-gpu', '--hide-scrollbars', '--force-device-scale-factor=1', '--font-render-hinting=none']);
  return browser;
}

afterAll(async () => {
  if (browser) await (await browser).close();
});

/** Runs `each` over the items in three tabs at a time: a page mostly waits on layout and paint. */
async function inBatches<T, R>(items: readonly T[], each: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let i = 0; i < items.length; i += 3) results.push(...(await Promise.all(items.slice(i, i + 3).map(each))));
  return results;
}

let rendered: Promise<{ example: string; page: string; path: string }[]> | undefined;

/** Every example's pages, rendered once for the whole file (the three checks share them). */
function renderedPages(): Promise<{ example: string; page: string; path: string }[]> {
  rendered ??= renderAll();
  return rendered;
}

async function renderAll(): Promise<{ example: string; page: string; path: string }[]> {
  const pages = [];
  for (const example of CLEAN_EXAMPLES) {
    const cwd = mkdtempSync(join(tmpdir(), 'alignkit-browser-'));
    const code = await main(['render', join(ROOT, example), '--format', 'html', '--out', 'docs', '--today', '2027-01-15'], memoryIo({ cwd }));
    expect(code).toBe(0);
    const name = basename(example, '.campaign.yaml');
    for (const page of readdirSync(join(cwd, 'docs')).sort()) pages.push({ example: name, page, path: join(cwd, 'docs', page) });
  }
  const cwd = mkdtempSync(join(tmpdir(), 'alignkit-browser-'));
  const code = await main(
    ['render', join(ROOT, 'examples/product-launch.campaign.yaml'), '--doc', 'agreement', '--lang', 'de', '--format', 'html', '--out', 'docs', '--today', '2027-01-15'],
    memoryIo({ cwd }),
  );
  expect(code).toBe(0);
  pages.push({ example: 'product-launch.de', page: 'agreement.html', path: join(cwd, 'docs', 'agreement.html') });
  return pages;
}

describe.skipIf(!CHROMIUM)('HTML pages in Chromium', () => {
  it('have no accessibility violation (axe-core, WCAG 2.1 A and AA, best practices)', async () => {
    const axe = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
    // Every page of an example comes from the same two templates: its agreement and first brief cover them.
    const pages = (await renderedPages()).filter((p, i, all) => p.page === 'agreement.html' || all.findIndex((q) => q.example === p.example && q.page.startsWith('brief-')) === i);
    expect(pages.filter((p) => p.page.startsWith('brief-'))).toHaveLength(CLEAN_EXAMPLES.length);
    const results = await inBatches(pages, async ({ example, page, path }) => {
      // axe is added to the loaded page from outside: the page itself has no script.
      const tab = await (await chromium()).newPage();
      await tab.open(`file://${path}`, 1280, 1400);
      await tab.evaluate(axe);
      const result = await tab.evaluate<{ id: string; impact: string }[]>(
        `axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } }).then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length })))`,
      );
      await tab.close();
      return { name: `${example}/${page}`, violations: result };
    });
    for (const { name, violations } of results) {
      expect(violations, `axe ran on ${name}`).toBeInstanceOf(Array);
      expect(
        violations.filter((v) => v.impact === 'serious' || v.impact === 'critical'),
        name,
      ).toEqual([]);
      // Moderate ones are not allowed either, so that they do not pile up unseen.
      expect(violations, name).toEqual([]);
    }
  }, 120_000);

  it.each([390, 1280])(
    'look as in their golden screenshots at %i px wide (every page on a phone, the agreements on a desktop)',
    async (width) => {
      mkdirSync(GOLDEN, { recursive: true });
      // Every page on a phone; on a desktop the agreements, whose wide tables are what a wide screen changes
      // (the German one is about long words on a phone).
      const pages = (await renderedPages()).filter((p) => width < 1000 || (p.page === 'agreement.html' && p.example !== 'product-launch.de'));
      const shots = await inBatches(pages, async ({ example, page, path }) => {
        const tab = await (await chromium()).newPage();
        await tab.open(`file://${path}`, width, 1400);
        const shot = await tab.screenshot();
        await tab.close();
        return { shot, golden: join(GOLDEN, `${example}-${page.replace(/\.html$/, '')}-${width}.png`) };
      });
      const failures: string[] = [];
      for (const { shot, golden } of shots) {
        if (UPDATE || !existsSync(golden)) {
          writeFileSync(golden, shot);
          continue;
        }
        const actual = PNG.sync.read(shot);
        const expected = PNG.sync.read(readFileSync(golden));
        if (actual.width !== expected.width || actual.height !== expected.height) {
          failures.push(`${basename(golden)}: ${actual.width}×${actual.height}, golden ${expected.width}×${expected.height}`);
          continue;
        }
        const differing = pixelmatch(actual.data, expected.data, undefined, actual.width, actual.height, { threshold: 0.1 });
        const share = differing / (actual.width * actual.height);
        if (share > TOLERANCE) failures.push(`${basename(golden)}: ${(share * 100).toFixed(2)} % of pixels differ (UPDATE_SCREENS=1 rewrites the goldens)`);
      }
      expect(failures).toEqual([]);
    },
    120_000,
  );
});
