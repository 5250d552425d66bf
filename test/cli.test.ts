/** The CLI in-process: exit codes, flags and output, without spawning. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CommanderError } from 'commander';
import { createProgram, main } from '../src/cli/program.js';
import { memoryIo } from './helpers/memory-io.js';
import { CLEAN_EXAMPLES, MISALIGNED_EXAMPLE, ROOT } from './helpers/paths.js';

const INVALID = [
  'test/fixtures/invalid/typo-draft-due.campaign.yaml',
  'test/fixtures/invalid/uk-is-not-iso.campaign.yaml',
  'test/fixtures/invalid/unknown-platform.campaign.yaml',
  'test/fixtures/invalid/duplicate-key.campaign.yaml',
];

async function run(args: string[], options: Parameters<typeof memoryIo>[0] = {}) {
  const io = memoryIo({ cwd: ROOT, ...options });
  const code = await main(args, io);
  return { code, out: io.out(), err: io.err() };
}

describe('alignkit lint', () => {
  it('exits 0 and says so for the bundled examples', async () => {
    const r = await run(['lint', ...CLEAN_EXAMPLES]);
    expect(r).toEqual({ code: 0, out: '✔ 3 files checked, no problems; 1 waived\n', err: '' });
  });

  it('exits 1 with findings, in stylish format (golden)', async () => {
    const r = await run(['lint', ...INVALID]);
    expect(r.code).toBe(1);
    expect(r.err).toBe('');
    await expect(r.out).toMatchFileSnapshot('golden/lint-stylish.txt');
  });

  it('writes the documented JSON shape (golden)', async () => {
    const r = await run(['lint', ...INVALID, '--format', 'json']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.out);
    expect(report.version).toBe(1);
    expect(report.results.map((x: { file: string }) => x.file)).toEqual([...INVALID].sort());
    await expect(r.out).toMatchFileSnapshot('golden/lint-report.json');
  });

  it('sorts results by file, then line and column', async () => {
    const r = await run(['lint', ...[...INVALID].reverse(), '--format', 'json']);
    const report = JSON.parse(r.out);
    expect(report.results.map((x: { file: string }) => x.file)).toEqual([...INVALID].sort());
    const typo = report.results.find((x: { file: string }) => x.file.includes('typo'));
    expect(typo.findings.map((f: { line: number }) => f.line)).toEqual([52, 60]);
  });

  it('recurses into directories for *.campaign.yaml only', async () => {
    const r = await run(['lint', 'test/fixtures', '--format', 'json']);
    const files: string[] = JSON.parse(r.out).results.map((x: { file: string }) => x.file);
    expect(files).toContain('test/fixtures/minimal.campaign.yaml');
    expect(files.every((f) => f.endsWith('.campaign.yaml'))).toBe(true);
    expect(files.length).toBeGreaterThan(40);
  });

  it('reports the misaligned example (golden, as shown in README.md)', async () => {
    const r = await run(['lint', MISALIGNED_EXAMPLE]);
    expect(r.code).toBe(1);
    await expect(r.out).toMatchFileSnapshot('golden/misaligned-stylish.txt');
    expect(readFileSync(join(ROOT, 'README.md'), 'utf8'), 'README.md shows a stale report').toContain(r.out);
  });

  it('expands globs', async () => {
    const r = await run(['lint', 'examples/*-*.misaligned.campaign.yaml', '--format', 'json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out).results.map((f: { file: string }) => f.file)).toEqual([
      'examples/ambassador-program.misaligned.campaign.yaml',
      'examples/b2b-thought-leadership.misaligned.campaign.yaml',
      'examples/product-launch.misaligned.campaign.yaml',
    ]);
  });

  it('reads standard input with --stdin-filename', async () => {
    const stdin = readFileSync(join(ROOT, INVALID[1]!));
    const r = await run(['lint', '-', '--stdin-filename', 'spring.campaign.yaml'], { stdin });
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^spring\.campaign\.yaml\n {2}10:13 +error/);
  });

  it('--quiet hides warnings but keeps errors', async () => {
    const r = await run(['lint', INVALID[0]!, '--quiet', '--format', 'json']);
    expect(JSON.parse(r.out).errorCount).toBe(2);
  });

  it("replaces an earlier report (-o and format:file), as ESLint does, keeping the findings' exit code; never writes over a linted spec", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'alignkit-'));
    const target = join(dir, 'report.json');
    const sarif = join(dir, 'report.sarif');
    expect((await run(['lint', ...CLEAN_EXAMPLES, '-f', 'json', '-o', target])).code).toBe(0);
    expect(JSON.parse(readFileSync(target, 'utf8')).results).toHaveLength(3);
    writeFileSync(target, 'last week');
    writeFileSync(sarif, 'last week');
    const again = await run(['lint', INVALID[0]!, '-f', 'json', '-o', target]);
    expect([again.code, again.err]).toEqual([1, '']);
    expect(JSON.parse(readFileSync(target, 'utf8')).errorCount).toBe(2);
    expect((await run(['lint', INVALID[0]!, '-f', 'stylish', '-f', `sarif:${sarif}`])).code).toBe(1);
    expect(JSON.parse(readFileSync(sarif, 'utf8')).version).toBe('2.1.0');
    const spec = join(dir, 'spring.campaign.yaml');
    writeFileSync(spec, readFileSync(CLEAN_EXAMPLES[0]!));
    const typo = await run(['lint', spec, '-f', 'json', '-o', spec]);
    expect([typo.code, typo.err]).toEqual([2, `alignkit: refusing to write the report to ${spec}: it is one of the specs being linted\n`]);
    expect(readFileSync(spec, 'utf8')).toBe(readFileSync(CLEAN_EXAMPLES[0]!, 'utf8'));
  });

  it('writes several formats in one run', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'alignkit-'));
    const r = await run(['lint', INVALID[1]!, '--format', 'stylish', '--format', `json:${join(dir, 'r.json')}`]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/1 problem/);
    expect(JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8')).errorCount).toBe(1);
  });

  describe('usage errors exit 2 with one line and no stack', () => {
    it.each([
      [['lint', '--bogus'], /unknown option '--bogus'/],
      [['lint', 'missing.campaign.yaml'], /^alignkit: missing\.campaign\.yaml: no such file or directory\n$/],
      [['lint', 'src'], /^alignkit: no campaign specs in src/],
      [['lint', 'nothing/*.campaign.yaml'], /^alignkit: no files match/],
      [['lint', 'examples', '--format', 'xml'], /unknown format "xml"; choose one of: stylish, json/],
      [['lint', 'examples', '--max-warnings', 'many'], /--max-warnings/],
      [['lint', 'examples', '--stdin-filename', 'x.yaml'], /only applies when the path is "-"/],
      [['lint', '-', 'examples'], /cannot be combined/],
      [['lint', 'examples', '-f', 'json', '-f', 'stylish'], /only one --format can write to standard output/],
      [['frobnicate'], /unknown command 'frobnicate'/],
    ])('%j', async (args, message) => {
      const r = await run(args as string[]);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(message as RegExp);
      expect(r.err).not.toMatch(/\n\s+at /);
    });
  });

  it('--help and --version exit 0', async () => {
    const help = await run(['lint', '--help']);
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/Examples:/);
    expect(help.out).toMatch(/--max-warnings/);
    const top = await run(['--help']);
    expect(top.out).toMatch(/Exit codes:/);
    const version = await run(['--version']);
    expect(version).toMatchObject({ code: 0, out: `${JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version}\n` });
  });
});

describe('colour', () => {
  const args = ['lint', INVALID[1]!];
  const ESC = '\u001b[';
  it('is on for a colour terminal', async () => {
    expect((await run(args, { tty: true })).out).toContain(ESC);
  });
  it('is off when NO_COLOR is set, even on a terminal', async () => {
    expect((await run(args, { tty: true, env: { NO_COLOR: '1' } })).out).not.toContain(ESC);
  });
  it('is off with --no-color and on with FORCE_COLOR when piped', async () => {
    expect((await run([...args, '--no-color'], { tty: true })).out).not.toContain(ESC);
    expect((await run(args, { env: { FORCE_COLOR: '1' } })).out).toContain(ESC);
    expect((await run(args, {})).out).not.toContain(ESC);
  });
  it('never colours JSON', async () => {
    expect((await run([...args, '-f', 'json'], { tty: true, env: { FORCE_COLOR: '3' } })).out).not.toContain(ESC);
  });
});

describe('hostile input', () => {
  it('never echoes terminal escape sequences from a spec', async () => {
    const spec = readFileSync(join(ROOT, 'test/fixtures/minimal.campaign.yaml'), 'utf8').replace('platform: tiktok', 'platform: "\\e]0;pwned\\a\\e[31mred"');
    const r = await run(['lint', '-', '--stdin-filename', 'evil\u001b[2J.campaign.yaml'], { stdin: spec, tty: false });
    expect(r.code).toBe(1);
    expect(r.out).not.toContain('\u001b');
    expect(r.out).toContain('\\u001b');
  });
});

describe('a run that names one command', () => {
  /** What a program prints and returns for argv, built with every command, or with the one the run names. */
  async function outcome(argv: string[], everyCommand: boolean) {
    const io = memoryIo({ cwd: ROOT });
    const run = { exitCode: 0 };
    const program = createProgram(io, run, everyCommand ? [] : argv);
    let thrown: number | undefined;
    try {
      await program.parseAsync(argv, { from: 'user' });
    } catch (error) {
      thrown = error instanceof CommanderError ? error.exitCode : -1;
    }
    return { thrown, exitCode: run.exitCode, out: io.out(), err: io.err() };
  }

  it.each([
    [['lint', '--bogus']],
    [['--verbose', 'lint', '--max-warnings', 'many', 'examples']],
    [['render']],
    [['explain']],
    [['due', '--format']],
    [['sign', 'examples/product-launch.campaign.yaml', '--party']],
    [['lint', '--help']],
    [['help', 'render']],
    [['lnt', 'examples']],
    [['--version']],
  ])('sets up that command alone and says the same as with every command: %j', async (argv) => {
    expect(await outcome(argv, false)).toEqual(await outcome(argv, true));
  });

  it('still lists every command in the help', async () => {
    const help = (await run(['--help'])).out;
    for (const command of ['kickoff', 'lint', 'render', 'calendar', 'confirm', 'migrate', 'due', 'sign', 'status', 'checkin', 'wrap', 'incident', 'diff', 'rules', 'schema', 'explain']) {
      expect(help).toMatch(new RegExp(`^  ${command}\\b`, 'm'));
    }
  });
});
