/**
 * `alignkit render --format html`: one self-contained page per document,
 * checked with html-validate (a third-party validator), golden for the product
 * launch, the same bytes twice, no script or outside resource, spec text shown
 * as text, and the timeline drawn as SVG from the same plan as the Mermaid chart.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { main } from '../src/cli/program.js';
import { ganttTasks } from '../src/core/render/html.js';
import { ganttLines } from '../src/core/render/views/agreement.js';
import type { CampaignSpec } from '../src/core/spec/model.js';
import { memoryIo } from './helpers/memory-io.js';
import { CLEAN_EXAMPLES, ROOT } from './helpers/paths.js';

const TODAY = '2027-01-15';

async function render(spec: string, extra: string[] = []) {
  const cwd = mkdtempSync(join(tmpdir(), 'alignkit-html-'));
  const io = memoryIo({ cwd });
  const code = await main(['render', spec, '--out', 'docs', '--today', TODAY, ...extra], io);
  return { code, out: io.out(), err: io.err(), dir: join(cwd, 'docs') };
}

// long-title is about search results; a document's title is its heading, whole.
const validator = new HtmlValidate({ extends: ['html-validate:recommended'], rules: { 'long-title': 'off' } });

describe('render --format html', () => {
  it.each(CLEAN_EXAMPLES.map((f) => [f]))('%s: every page is valid HTML with no script, style attribute or outside resource', async (example) => {
    const r = await render(join(ROOT, example), ['--format', 'html']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const pages = readdirSync(r.dir).sort();
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) {
      expect(page).toMatch(/\.html$/);
      const html = readFileSync(join(r.dir, page), 'utf8');
      const report = await validator.validateString(html, page);
      expect(report.results.flatMap((result) => result.messages.map((m) => `${page}:${m.line}:${m.column} ${m.ruleId} ${m.message}`))).toEqual([]);
      expect(html).not.toMatch(/<script|<link|<img|<iframe|\ssrc=|\sstyle=|@import|url\(/i);
      expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
      expect(html).toContain('@media print');
    }
  });

  it('writes the product launch as in its golden pages, and the same bytes every time', async () => {
    const first = await render(join(ROOT, 'examples/product-launch.campaign.yaml'), ['--format', 'html']);
    const second = await render(join(ROOT, 'examples/product-launch.campaign.yaml'), ['--format', 'html']);
    expect(first.out).toBe(['brief-maya-chen.html', 'brief-jon-reyes.html', 'brief-priya-nair.html', 'agreement.html'].map((f) => `wrote docs/${f}\n`).join(''));
    for (const page of ['agreement.html', 'brief-maya-chen.html']) {
      const html = readFileSync(join(first.dir, page), 'utf8');
      expect(readFileSync(join(second.dir, page), 'utf8')).toBe(html);
      await expect(html).toMatchFileSnapshot(join(ROOT, 'test/golden/html/product-launch', page));
    }
  });

  it('writes Markdown and HTML side by side with --format md,html', async () => {
    const r = await render(join(ROOT, 'examples/product-launch.campaign.yaml'), ['--format', 'md,html', '--doc', 'agreement']);
    expect(r.out).toBe('wrote docs/agreement.md\nwrote docs/agreement.html\n');
    expect(readFileSync(join(r.dir, 'agreement.md'), 'utf8')).toBe(readFileSync(join(ROOT, 'test/golden/render/product-launch/agreement.md'), 'utf8'));
  });

  it('draws the timeline from the plan: one bar or diamond for every task of the Mermaid chart', async () => {
    const specPath = join(ROOT, 'examples/product-launch.campaign.yaml');
    const tasks = ganttTasks(ganttLines(parse(readFileSync(specPath, 'utf8')) as CampaignSpec).join('\n'));
    expect(tasks.filter((t) => t.milestone).length).toBeGreaterThan(0);
    const html = readFileSync(join((await render(specPath, ['--format', 'html', '--doc', 'agreement'])).dir, 'agreement.html'), 'utf8');
    const svg = /<svg[\s\S]*?<\/svg>/.exec(html)![0];
    expect(svg.match(/<rect /g)).toHaveLength(tasks.filter((t) => !t.milestone).length);
    expect(svg.match(/<path /g)).toHaveLength(tasks.filter((t) => t.milestone).length);
    for (const t of tasks) expect(svg).toContain(`<title>${t.label}: ${t.start}`);
    expect(html).not.toContain('```mermaid');
  });

  it('shows HTML typed into a spec as text, never as markup', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'alignkit-html-hostile-'));
    const spec = readFileSync(join(ROOT, 'examples/product-launch.campaign.yaml'), 'utf8').replace(
      'brief_notes: One commute video, one "noise test" video on a busy street.',
      'brief_notes: One commute video <script>alert(1)</script> and <img src=x onerror=alert(2)> [a](javascript:alert(3)) -->',
    );
    writeFileSync(join(dir, 'spec.campaign.yaml'), spec);
    const r = await render(join(dir, 'spec.campaign.yaml'), ['--format', 'html', '--doc', 'brief', '--party', 'maya-chen', '--force']);
    expect(r.code).toBe(0);
    const html = readFileSync(join(r.dir, 'brief-maya-chen.html'), 'utf8');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toMatch(/<script|<img|href="javascript/i);
  });

  it('refuses a format it does not write (exit 2), and --out - for two formats', async () => {
    const spec = join(ROOT, 'examples/product-launch.campaign.yaml');
    const docx = await render(spec, ['--format', 'docx']);
    expect(docx).toMatchObject({ code: 2, err: 'alignkit: --format "docx" is not a document format; choose md, html, pdf, or several (md,html,pdf)\n' });
    const cwd = mkdtempSync(join(tmpdir(), 'alignkit-html-'));
    const io = memoryIo({ cwd });
    expect(await main(['render', spec, '--doc', 'agreement', '--format', 'md,html', '--out', '-', '--today', TODAY], io)).toBe(2);
    expect(io.err()).toMatch(/--out - writes one document, but this would write 2/);
  });

  it('takes --format before the spec, repeated or with commas, and says so when a second format is taken for the spec', async () => {
    const spec = join(ROOT, 'examples/product-launch.campaign.yaml');
    const cwd = mkdtempSync(join(tmpdir(), 'alignkit-html-'));
    const io = memoryIo({ cwd });
    expect(await main(['render', '--format', 'html', '--format', 'md', spec, '--doc', 'agreement', '--out', 'docs', '--today', TODAY], io)).toBe(0);
    expect(readdirSync(join(cwd, 'docs')).sort()).toEqual(['agreement.html', 'agreement.md']);
    const spaced = memoryIo({ cwd });
    expect(await main(['render', spec, '--format', 'md', 'html', '--out', 'docs', '--today', TODAY], spaced)).toBe(2);
    expect(spaced.err()).toMatch(/too many arguments for 'render'/);
    const before = memoryIo({ cwd });
    expect(await main(['render', '--format', 'md', 'html', spec, '--out', 'docs', '--today', TODAY], before)).toBe(2);
    expect(before.err()).toMatch(/too many arguments for 'render'/);
    const alone = memoryIo({ cwd });
    expect(await main(['render', '--format', 'md', 'html', '--out', 'docs', '--today', TODAY], alone)).toBe(2);
    expect(alone.err()).toBe('alignkit: "html" is a format, not a spec: give several formats with commas (--format md,html) or repeat the option\n');
  });
});
