/**
 * The bad-input contract shared by test/hardening-*.test.ts: every file in
 * test/fixtures/bad/ (written by test/fixtures/tools/make-bad.ts) plus a few
 * big ones written here goes through `lint`, `render --force`, `calendar
 * --force`, `status`, `sign --force`, `diff` and kickoff. Each run must end
 * with a documented exit code and either findings with file:line:col or one
 * line naming the file: no stack trace, no hang, and nothing from the input
 * that could act on a terminal. The corpus is split in halves, one per test
 * file, so that the suite's two workers share it.
 */
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { expect } from 'vitest';
import { main } from '../../src/cli/program.js';
import { memoryIo } from './memory-io.js';
import { fixture } from './paths.js';

export const CORPUS = fixture('bad');
/** Three big files made at test time: 10 MB, just over the 1 MiB limit, 2,000 deliverables. */
function bigFiles(): string[] {
  const big = mkdtempSync(join(tmpdir(), 'alignkit-big-'));
  const base = readFileSync(fixture('rules/base.campaign.yaml'), 'utf8');
  writeFileSync(join(big, 'size-10mb.campaign.yaml'), `${base}# ${'x'.repeat(10 * 1024 * 1024)}\n`);
  writeFileSync(join(big, 'size-just-over-1mib.campaign.yaml'), `${base}# ${'padding '.repeat(140_000)}\n`);
  writeFileSync(
    join(big, 'size-2000-deliverables.campaign.yaml'),
    base.replace(
      'deliverables:\n',
      `deliverables:\n${Array.from({ length: 2000 }, (_, i) => `  - { id: extra-${i}, creator: maya-chen, platform: tiktok, format: short_video, count: 1, language: en-US, draft_due: 2027-02-19T17:00 America/Los_Angeles, go_live: { at: 2027-03-09T17:00 America/Los_Angeles }, min_live_days: 30, disclosure: { labels: ["#ad"], placements: [caption_first_line] } }\n`).join('')}`,
    ),
  );
  return readdirSync(big)
    .sort()
    .map((name) => join(big, name));
}

/** Anything in the output that a terminal would act on, or that shows alignkit crashed. */
const TERMINAL_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
const STACK_FRAME = /^\s+at .+[:(]\d+/m;

export async function run(args: string[], cwd: string) {
  const io = memoryIo({ cwd, today: '2027-01-15' });
  // diff writes Markdown and JSON only, so it has no colour options.
  const code = await main(args[0] === 'diff' ? args : [...args, '--no-color'], io);
  return { code, out: io.out(), err: io.err() };
}

function expectContract(r: { code: number; out: string; err: string }, shown: string, allowClean: boolean): void {
  expect([0, 1, 2]).toContain(r.code);
  if (!allowClean) expect(r.code, 'a bad input must not pass').not.toBe(0);
  for (const text of [r.out, r.err]) {
    expect(text).not.toMatch(TERMINAL_CONTROL);
    expect(text).not.toMatch(STACK_FRAME);
    expect(text).not.toMatch(/internal error/);
  }
  if (r.code === 2) {
    expect(r.err.trim().split('\n'), r.err).toHaveLength(1);
    expect(r.err).toContain(shown);
  }
  if (r.code === 1) {
    const report = `${r.out}${r.err}`;
    expect(report).toContain(shown);
    expect(report).toMatch(/^\s+\d+:\d+\s+(error|warning)\s/m);
  }
}

/** Files that are hostile but well formed: alignkit may accept them, as long as it prints them safely. */
const MAY_PASS = /^(hostile-|cycle-backups-mutual-only)/;

/**
 * Half of the inputs (0 or 1) as [shown name, path] pairs: the committed
 * corpus split in two, the big files (the slowest cases) with the first half,
 * which has fewer corpus files, so both halves take about as long.
 */
export function corpusHalf(half: 0 | 1): (readonly [string, string])[] {
  const corpus = readdirSync(CORPUS)
    .sort()
    .map((name) => join(CORPUS, name));
  const cut = Math.floor(corpus.length * 0.3);
  const paths = half === 0 ? [...corpus.slice(0, cut), ...bigFiles()] : corpus.slice(cut);
  return paths.map((path) => [relative(process.cwd(), path).replace(/^.*alignkit-big-[^/]+\//, 'big/'), path] as const);
}

export async function expectBadInputHandled(path: string): Promise<void> {
  const cwd = mkdtempSync(join(tmpdir(), 'alignkit-bad-'));
  const name = path.split('/').pop()!;
  copyFileSync(path, join(cwd, name));
  const shown = name;
  const lint = await run(['lint', shown], cwd);
  expectContract(lint, shown, MAY_PASS.test(name));
  const render = await run(['render', shown, '--force', '--out', 'out'], cwd);
  expectContract(render, shown, true);
  const calendar = await run(['calendar', shown, '--force', '--out', 'out/calendar.ics'], cwd);
  expectContract(calendar, shown, true);
  const status = await run(['status', shown], cwd);
  expectContract(status, shown, true);
  const signed = await run(['sign', shown, '--party', 'ines-alvarez', '--name', 'Ines Alvarez', '--at', '2027-01-20T10:00:00Z', '--force'], cwd);
  expectContract(signed, shown, true);
  const diff = await run(['diff', shown, shown], cwd);
  expectContract(diff, shown, true);
  // The same file as a kickoff answers file, and as the spec and the value of --edit.
  for (const args of [
    ['kickoff', '--answers', shown, '--defaults', '--out', 'kickoff.campaign.yaml', '--force'],
    ['kickoff', '--edit', '/campaign/name', shown, '--answers', shown],
  ]) {
    const r = await run(args, cwd);
    expect([0, 1, 2]).toContain(r.code);
    for (const text of [r.out, r.err]) {
      expect(text).not.toMatch(TERMINAL_CONTROL);
      expect(text).not.toMatch(STACK_FRAME);
      expect(text).not.toMatch(/internal error/);
    }
    if (r.code === 2) for (const line of r.err.trim().split('\n')) expect(line).toMatch(new RegExp(`^(alignkit: .*)?${shown.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}|^alignkit: `));
  }
  // Whatever the ids say, nothing is written outside the output directory.
  expect(readdirSync(cwd).filter((f) => f !== 'out' && f !== name && f !== 'kickoff.campaign.yaml' && f !== '.alignkit' && !f.endsWith('.signoff.yaml'))).toEqual([]);
}
