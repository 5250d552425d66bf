/** A few runs of the built binary, as a user or CI runs it (`npm install` builds dist/). */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VERSION } from '../src/version.js';
import { CLEAN_EXAMPLES, ROOT } from './helpers/paths.js';

const BIN = join(ROOT, 'dist', 'bin', 'alignkit.js');

function alignkit(args: string[], input?: string, cwd = ROOT) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, input, encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('built binary', () => {
  it('lints the examples clean (exit 0)', () => {
    expect(alignkit(['lint', ...CLEAN_EXAMPLES, '--today', '2027-01-15'])).toEqual({ code: 0, out: '✔ 3 files checked, no problems; 1 waived\n', err: '' });
  });

  it('reports findings with file:line:col (exit 1)', () => {
    const r = alignkit(['lint', 'test/fixtures/invalid/unknown-platform.campaign.yaml']);
    expect(r.code).toBe(1);
    expect(r.out).toContain('test/fixtures/invalid/unknown-platform.campaign.yaml\n  54:15  error');
  });

  it('gives usage errors one line and exit 2, never a stack trace', () => {
    const r = alignkit(['lint', '--format', 'nope', 'examples']);
    expect(r.code).toBe(2);
    expect(r.err.trim().split('\n')).toHaveLength(1);
  });

  it('stops quietly when the reader of its output goes away (| head), keeping the exit code', () => {
    for (const [args, code] of [
      ['lint examples --today 2027-01-15 -f sarif', 1],
      ['--help', 0],
      ['rules', 0],
    ] as const) {
      const r = spawnSync('bash', ['--norc', '--noprofile', '-c', `"${process.execPath}" "${BIN}" ${args} | head -c 1 >/dev/null; exit \${PIPESTATUS[0]}`], {
        cwd: ROOT,
        encoding: 'utf8',
        env: { PATH: process.env.PATH ?? '' },
      });
      expect({ args, code: r.status, err: r.stderr }).toEqual({ args, code, err: '' });
    }
  });

  it('reads standard input', () => {
    const r = alignkit(['lint', '-', '--stdin-filename', 'in.campaign.yaml', '-f', 'json'], 'kind: Campaign\n');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out).results[0].file).toBe('in.campaign.yaml');
  });

  it('ships pure ASCII bundles: read with a straight copy and held by V8 as one-byte text, which one character in a pattern would undo', () => {
    // One character beyond U+00FF anywhere in a bundle makes V8 keep the whole source as two-byte text (5 ms more on every
    // lint), and any character beyond ASCII makes Node decode the file instead of copying it (1 ms more).
    const files = ['dist/alignkit.cjs', 'dist/bin/alignkit.js', 'dist/ajv.js', ...readdirSync(join(ROOT, 'dist', 'chunks')).map((f) => `dist/chunks/${f}`)];
    for (const file of files) {
      const text = readFileSync(join(ROOT, file), 'utf8');
      expect([...text.matchAll(/[^\u0000-\u007f]/g)].map((m) => `${file}: ${JSON.stringify(text.slice(Math.max(0, m.index - 30), m.index + 10))}`)).toEqual([]);
    }
    expect(files.length).toBeGreaterThan(15);
  });

  it('prints the version from package.json', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect(VERSION).toBe(pkg.version);
    expect(alignkit(['--version']).out).toBe(`${pkg.version}\n`);
  });

  it("writes a report file with -o (the bundle's writer)", () => {
    const dir = mkdtempSync(join(tmpdir(), 'alignkit-e2e-'));
    const r = alignkit(['lint', join(ROOT, 'examples/product-launch.campaign.yaml'), '--today', '2027-01-15', '-f', 'json', '-o', 'report.json'], undefined, dir);
    expect(r).toEqual({ code: 0, out: '', err: '' });
    expect(JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')).errorCount).toBe(0);
  });

  it('renders the documents of an example and its follow-up', () => {
    const dir = mkdtempSync(join(tmpdir(), 'alignkit-e2e-'));
    const r = alignkit(
      ['render', join(ROOT, 'examples/product-launch.campaign.yaml'), '--today', '2027-01-15', '--followup', join(ROOT, 'examples/product-launch.2027-03-19.followup.yaml')],
      undefined,
      dir,
    );
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(readdirSync(join(dir, 'out/nova-buds-pro-launch')).sort()).toEqual(['agreement.md', 'brief-jon-reyes.md', 'brief-maya-chen.md', 'brief-priya-nair.md', 'followup-2027-03-19.md']);
    expect(readFileSync(join(dir, 'out/nova-buds-pro-launch/brief-maya-chen.md'), 'utf8')).toBe(readFileSync(join(ROOT, 'test/golden/render/product-launch/brief-maya-chen.md'), 'utf8'));
  });

  it("decodes the HTML entities a custom template writes (the bundle loads markdown-it's entity table on the first one)", () => {
    const dir = mkdtempSync(join(tmpdir(), 'alignkit-e2e-'));
    mkdirSync(join(dir, 'templates'));
    writeFileSync(join(dir, 'templates', 'agreement.md.hbs'), '# {{campaign.name}} &copy; 2027\n\nTerms &amp; conditions, &#8212; and &notanentity;\n');
    const r = alignkit(
      ['render', join(ROOT, 'examples/product-launch.campaign.yaml'), '--doc', 'agreement', '--format', 'html', '--templates', 'templates', '--out', 'out', '--today', '2027-01-15'],
      undefined,
      dir,
    );
    expect(r.code, r.err).toBe(0);
    const html = readFileSync(join(dir, 'out/agreement.html'), 'utf8');
    expect(html).toContain('Nova Buds Pro launch © 2027</h1>');
    expect(html).toContain('<p>Terms &amp; conditions, — and &amp;notanentity;</p>');
  });

  it('records an incident and the wrap of an example, as the README shows, with the in-process golden documents', () => {
    const dir = mkdtempSync(join(tmpdir(), 'alignkit-e2e-'));
    for (const name of ['product-launch.campaign.yaml', 'product-launch.2027-03-19.followup.yaml', 'product-launch.wrap.answers.yaml', 'product-launch.incident.answers.yaml'])
      copyFileSync(join(ROOT, 'examples', name), join(dir, name));
    const incident = alignkit(['incident', 'product-launch.campaign.yaml', '--answers', 'product-launch.incident.answers.yaml'], undefined, dir);
    expect(incident).toEqual({
      code: 0,
      err: '',
      out: 'wrote product-launch.2027-03-11.sound-complaints.incident.yaml\nwrote out/nova-buds-pro-launch/incident-2027-03-11-sound-complaints.md\nsev2: acknowledge within 120 min, act within 12 h. Call Ines Alvarez first (+1 212 555 0187).\n',
    });
    const wrap = alignkit(['wrap', 'product-launch.campaign.yaml', '--answers', 'product-launch.wrap.answers.yaml', '--today', '2027-05-06'], undefined, dir);
    expect(wrap.code).toBe(0);
    expect(wrap.out).toContain('The agreed criteria point to: end (KPI code-sales missed');
    const golden = (name: string) => readFileSync(join(ROOT, 'test/golden', name), 'utf8');
    expect(readFileSync(join(dir, 'out/nova-buds-pro-launch/wrap.md'), 'utf8')).toBe(golden('wrap/product-launch.md'));
    expect(readFileSync(join(dir, 'out/nova-buds-pro-launch/incident-2027-03-11-sound-complaints.md'), 'utf8')).toBe(golden('incident/product-launch.md'));
  });

  it('writes the calendar to standard output', () => {
    const r = alignkit(['calendar', 'examples/product-launch.campaign.yaml', '--today', '2027-01-15', '--out', '-']);
    expect(r.code).toBe(0);
    expect(r.out).toBe(readFileSync(join(ROOT, 'test/golden/calendar/product-launch.ics'), 'utf8'));
  });

  it.each(['kickoff', 'lint', 'render', 'calendar', 'sign', 'status', 'diff', 'checkin', 'rules', 'explain'])('has --help with examples for %s', (command) => {
    const r = alignkit([command, '--help']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Examples:');
  });

  it('runs the sign-off cycle: lint, render, every signatory signs, LOCKED, a deadline moves, stale, diff shows it as material', () => {
    const dir = mkdtempSync(join(tmpdir(), 'alignkit-e2e-'));
    copyFileSync(join(ROOT, 'examples/product-launch.campaign.yaml'), join(dir, 'spring.campaign.yaml'));
    const today = ['--today', '2027-01-15'];
    expect(alignkit(['lint', 'spring.campaign.yaml', ...today], undefined, dir).code).toBe(0);
    expect(alignkit(['render', 'spring.campaign.yaml', ...today], undefined, dir).code).toBe(0);
    const waiting = alignkit(['status', 'spring.campaign.yaml', '--require-locked', '--format', 'json', ...today], undefined, dir);
    expect(waiting.code).toBe(1);
    for (const { party, name } of JSON.parse(waiting.out).signatories) {
      const signed = alignkit(['sign', 'spring.campaign.yaml', '--party', party, '--name', name, '--at', '2027-01-20T10:00:00-05:00', ...today], undefined, dir);
      expect(signed.code, signed.err).toBe(0);
    }
    const locked = alignkit(['status', 'spring.campaign.yaml', '--require-locked', ...today], undefined, dir);
    expect(locked.code).toBe(0);
    expect(locked.out).toMatch(/\nLOCKED: all 7 signatories signed this version\.\n/);

    const spec = join(dir, 'spring.campaign.yaml');
    writeFileSync(
      spec,
      readFileSync(spec, 'utf8').replace('draft_due: 2027-02-19T17:00 America/Toronto\n    go_live:\n      at:', 'draft_due: 2027-02-17T17:00 America/Toronto\n    go_live:\n      at:'),
    );
    const stale = alignkit(['status', 'spring.campaign.yaml', '--require-locked', ...today], undefined, dir);
    expect(stale.code).toBe(1);
    expect(stale.out.match(/STALE/g)).toHaveLength(7);
    expect(alignkit(['lint', 'spring.campaign.yaml', ...today], undefined, dir).code).toBe(1);

    const diff = alignkit(['diff', '--since-signoff', 'spring.campaign.yaml', '--format', 'json'], undefined, dir);
    expect(diff.code).toBe(0);
    const changes = JSON.parse(diff.out).changes;
    expect(changes).toEqual([expect.objectContaining({ path: 'deliverables/jon-reel/draft_due', material: true, note: '2 working days earlier, 2 calendar days' })]);
  });

  it('goes from a kickoff answers file to LOCKED, and a deadline changed with kickoff --edit makes every signature stale', () => {
    const dir = mkdtempSync(join(tmpdir(), 'alignkit-e2e-'));
    copyFileSync(join(ROOT, 'test/fixtures/kickoff/spring-glow.answers.yaml'), join(dir, 'answers.yaml'));
    const today = ['--today', '2026-11-22'];
    const kickoff = alignkit(['kickoff', '--answers', 'answers.yaml', '--defaults', ...today], undefined, dir);
    expect(kickoff.code, kickoff.err).toBe(0);
    expect(kickoff.err).toBe('');
    expect(kickoff.out).toMatch(/Wrote spring-glow\.campaign\.yaml: no findings besides the assumed values\.\n\d+ values were assumed/);
    // What --defaults kept is assumed: nobody signs it unawares. The team goes through it, then confirms.
    expect(alignkit(['sign', 'spring-glow.campaign.yaml', '--party', 'ines-alvarez', '--name', 'Ines Alvarez', ...today], undefined, dir).code).toBe(1);
    expect(alignkit(['confirm', 'spring-glow.campaign.yaml', '--all'], undefined, dir).out).toMatch(/^spring-glow\.campaign\.yaml: confirmed \d+ values; every term is stated now\.\n$/);
    expect(alignkit(['lint', 'spring-glow.campaign.yaml', ...today], undefined, dir)).toMatchObject({ code: 0, err: '' });
    expect(alignkit(['render', 'spring-glow.campaign.yaml', ...today], undefined, dir).code).toBe(0);
    expect(readdirSync(join(dir, 'out/spring-glow')).sort()).toEqual(['agreement.md', 'brief-jon-reyes.md', 'brief-maya-chen.md']);
    const waiting = alignkit(['status', 'spring-glow.campaign.yaml', '--format', 'json', ...today], undefined, dir);
    for (const { party, name } of JSON.parse(waiting.out).signatories) {
      expect(alignkit(['sign', 'spring-glow.campaign.yaml', '--party', party, '--name', name, '--at', '2026-11-23T10:00:00-05:00', ...today], undefined, dir).code).toBe(0);
    }
    expect(alignkit(['status', 'spring-glow.campaign.yaml', '--require-locked', ...today], undefined, dir).code).toBe(0);

    writeFileSync(join(dir, 'edit.yaml'), 'deliverables:\n  - draft_due: 2026-12-30T17:00 America/New_York\n');
    const before = readFileSync(join(dir, 'spring-glow.campaign.yaml'), 'utf8');
    const edit = alignkit(['kickoff', '--edit', '/deliverables/0/draft_due', 'spring-glow.campaign.yaml', '--answers', 'edit.yaml', ...today], undefined, dir);
    expect(edit.code, edit.err).toBe(1); // stale sign-offs are lint errors now
    const after = readFileSync(join(dir, 'spring-glow.campaign.yaml'), 'utf8');
    expect(after.split('\n').filter((line, i) => line !== before.split('\n')[i])).toEqual(['    draft_due: 2026-12-30T17:00 America/New_York']);
    const stale = alignkit(['status', 'spring-glow.campaign.yaml', '--require-locked', ...today], undefined, dir);
    expect(stale.code).toBe(1);
    expect(stale.out).toContain('STALE');
    const diff = JSON.parse(alignkit(['diff', '--since-signoff', 'spring-glow.campaign.yaml', '--format', 'json'], undefined, dir).out);
    expect(diff.changes).toEqual([expect.objectContaining({ path: 'deliverables/creator-1-tiktok/draft_due', material: true })]);
  });

  it('renders the same documents and calendar as the in-process goldens', () => {
    for (const example of ['product-launch', 'ambassador-program', 'b2b-thought-leadership']) {
      const out = mkdtempSync(join(tmpdir(), 'alignkit-render-'));
      const r = alignkit(['render', `examples/${example}.campaign.yaml`, '--out', out, '--today', '2027-01-15']);
      expect(r.code, r.err).toBe(0);
      const golden = join(ROOT, 'test', 'golden', 'render', example);
      for (const file of readdirSync(out)) expect(readFileSync(join(out, file), 'utf8'), `${example}/${file}`).toBe(readFileSync(join(golden, file), 'utf8'));
    }
    const ics = join(mkdtempSync(join(tmpdir(), 'alignkit-ics-')), 'calendar.ics');
    expect(alignkit(['calendar', 'examples/product-launch.campaign.yaml', '--out', ics, '--today', '2027-01-15']).code).toBe(0);
    expect(readFileSync(ics, 'utf8')).toBe(readFileSync(join(ROOT, 'test', 'golden', 'calendar', 'product-launch.ics'), 'utf8'));
  });

  it('renders each translated brief and agreement as the in-process goldens (its messages parsed at build time, no parser in the bundle)', () => {
    for (const locale of ['fr', 'fr-CA', 'de', 'es']) {
      const out = mkdtempSync(join(tmpdir(), 'alignkit-lang-'));
      const r = alignkit(['render', 'examples/product-launch.campaign.yaml', '--out', out, '--today', '2027-01-15', '--lang', locale]);
      expect(r.code, r.err).toBe(0);
      const golden = (name: string) => readFileSync(join(ROOT, 'test', 'golden', 'i18n', name), 'utf8');
      expect(readFileSync(join(out, 'brief-jon-reyes.md'), 'utf8'), locale).toBe(golden(`brief-jon-reyes.${locale}.md`));
      // The in-process golden has no sign-off status, whose version line the command adds.
      const agreement = readFileSync(join(out, 'agreement.md'), 'utf8').replace(/\n[^\n]*`[0-9a-f]{64}`\n/, '');
      expect(agreement, locale).toBe(golden(`agreement-product-launch.${locale}.md`));
    }
  });

  describe('what each run loads (through the launcher, in this process)', () => {
    const DIST = join(ROOT, 'dist');
    const require = createRequire(import.meta.url);
    const launcher = require(join(DIST, 'bin', 'alignkit.js')) as typeof import('../src/bin/alignkit.js');
    const quiet = { write: () => true };

    // Caches written by a spawned run of each command first, so these in-process runs read them.
    const CACHE = mkdtempSync(join(tmpdir(), 'alignkit-loads-cache-'));

    async function loadsFor(argv: string[], env: Record<string, string> = { NO_COLOR: '1' }) {
      spawnSync(process.execPath, [join(DIST, 'bin', 'alignkit.js'), ...argv], { cwd: ROOT, env: { ...process.env, ALIGNKIT_CACHE_DIR: CACHE } });
      const dir = launcher.codeCacheDir(DIST, { ALIGNKIT_CACHE_DIR: CACHE })!;
      const loader = launcher.createBundleLoader(DIST, { cacheDir: dir, programCache: launcher.programCacheName(argv[0]) });
      const { main } = launcher.loadProgram(loader, DIST);
      let output = '';
      const io = {
        stdout: { write: (text: string) => void (output += text) },
        stderr: quiet,
        cwd: ROOT,
        env,
        today: () => '2027-01-15',
        now: () => new Date(0),
        readStdin: async () => new Uint8Array(),
        stdinIsTTY: false,
      };
      const code = await main(argv, io);
      return { code, output, loaded: [...loader.loaded].map(([file, { cacheRejected }]) => ({ file: relative(DIST, file), cacheRejected })) };
    }

    it('a report in colour loads chalk from its chunk; one without colour never reads it', async () => {
      const coloured = await loadsFor(['lint', 'examples/misaligned.campaign.yaml', '--today', '2027-01-15'], { FORCE_COLOR: '1' });
      expect(coloured.code).toBe(1);
      expect(coloured.loaded.map((l) => l.file).sort()).toEqual(['alignkit.cjs', 'chunks/chalk.cjs']);
      expect(coloured.output).toContain('\u001b[31merror  \u001b[39m');
      const plain = await loadsFor(['lint', 'examples/misaligned.campaign.yaml', '--today', '2027-01-15']);
      expect(plain.loaded.map((l) => l.file)).toEqual(['alignkit.cjs']);
      expect(plain.output).not.toContain('\u001b[');
      expect(plain.output.replace(/\u001b\[[0-9;]*m/g, '')).toBe(coloured.output.replace(/\u001b\[[0-9;]*m/g, ''));
    });

    it('a clean lint loads the program bundle only, from its code cache', async () => {
      const { code, loaded } = await loadsFor(['lint', 'examples/product-launch.campaign.yaml', '--today', '2027-01-15']);
      expect(code).toBe(0);
      // No prompt library, template engine, date library, position-keeping YAML parser or explaining validator.
      expect(loaded).toEqual([{ file: 'alignkit.cjs', cacheRejected: false }]);
    });

    it('a clean lint writing to a pipe loads neither node:tty nor node:net (no output stream, no colour detection), and still prints', () => {
      const probe = join(mkdtempSync(join(tmpdir(), 'alignkit-probe-')), 'modules.cjs');
      writeFileSync(probe, 'process.on("exit", () => require("fs").writeSync(2, JSON.stringify(process.moduleLoadList.filter((m) => /^NativeModule (tty|net|stream)$/.test(m)))));\n');
      const r = spawnSync(process.execPath, ['--require', probe, join(DIST, 'bin', 'alignkit.js'), 'lint', 'examples/product-launch.campaign.yaml', '--today', '2027-01-15'], {
        cwd: ROOT,
        encoding: 'utf8',
        env: { PATH: process.env.PATH ?? '', ALIGNKIT_CACHE_DIR: CACHE },
      });
      expect({ code: r.status, out: r.stdout, modules: JSON.parse(r.stderr) }).toEqual({ code: 0, out: '✔ 1 file checked, no problems\n', modules: [] });
      // Nor writing to /dev/null, a character device that is no terminal (where benchmarks send output).
      const toNull = spawnSync(process.execPath, ['--require', probe, join(DIST, 'bin', 'alignkit.js'), 'lint', 'examples/product-launch.campaign.yaml', '--today', '2027-01-15'], {
        cwd: ROOT,
        encoding: 'utf8',
        stdio: ['ignore', 'ignore', 'pipe'],
        env: { PATH: process.env.PATH ?? '', ALIGNKIT_CACHE_DIR: CACHE },
      });
      expect({ code: toNull.status, modules: JSON.parse(toNull.stderr) }).toEqual({ code: 0, modules: [] });
    });

    it('render hashes the agreement without node:crypto, and where WebAssembly cannot run (--jitless) node:crypto gives the same documents', () => {
      const probe = join(mkdtempSync(join(tmpdir(), 'alignkit-probe-')), 'modules.cjs');
      writeFileSync(probe, 'process.on("exit", () => require("fs").writeSync(2, JSON.stringify(process.moduleLoadList.filter((m) => /^NativeModule crypto$/.test(m)))));\n');
      const documents = (flags: string[]) => {
        const out = mkdtempSync(join(tmpdir(), 'alignkit-hash-'));
        const r = spawnSync(
          process.execPath,
          [...flags, '--require', probe, join(DIST, 'bin', 'alignkit.js'), 'render', 'examples/product-launch.campaign.yaml', '--out', out, '--today', '2027-01-15'],
          {
            cwd: ROOT,
            encoding: 'utf8',
            env: { PATH: process.env.PATH ?? '', ALIGNKIT_CACHE_DIR: CACHE },
          },
        );
        // The probe's line comes last (V8 may warn first, under --jitless, that it turns WebAssembly off).
        return { code: r.status, crypto: JSON.parse(r.stderr.trim().split('\n').at(-1)!) as string[], agreement: readFileSync(join(out, 'agreement.md'), 'utf8') };
      };
      const golden = readFileSync(join(ROOT, 'test', 'golden', 'render', 'product-launch', 'agreement.md'), 'utf8');
      expect(golden).toMatch(/`[0-9a-f]{64}`/);
      expect(documents([])).toEqual({ code: 0, crypto: [], agreement: golden });
      expect(documents(['--jitless'])).toEqual({ code: 0, crypto: ['NativeModule crypto'], agreement: golden });
    });

    it("a PDF never loads node:crypto (pdfkit's hash libraries get it on first use, which only encryption makes), and is the PDF rendered in-process", async () => {
      const probe = join(mkdtempSync(join(tmpdir(), 'alignkit-probe-')), 'modules.cjs');
      writeFileSync(probe, 'process.on("exit", () => require("fs").writeSync(2, JSON.stringify(process.moduleLoadList.filter((m) => /^NativeModule crypto$/.test(m)))));\n');
      const args = ['render', 'examples/product-launch.campaign.yaml', '--format', 'pdf', '--doc', 'agreement', '--today', '2027-01-15', '--out'];
      const built = mkdtempSync(join(tmpdir(), 'alignkit-pdf-'));
      const r = spawnSync(process.execPath, ['--require', probe, join(DIST, 'bin', 'alignkit.js'), ...args, built], {
        cwd: ROOT,
        encoding: 'utf8',
        env: { PATH: process.env.PATH ?? '', ALIGNKIT_CACHE_DIR: CACHE },
      });
      expect({ code: r.status, crypto: JSON.parse(r.stderr) }).toEqual({ code: 0, crypto: [] });
      const inProcess = mkdtempSync(join(tmpdir(), 'alignkit-pdf-'));
      const { main } = await import('../src/cli/program.js');
      const { memoryIo } = await import('./helpers/memory-io.js');
      expect(await main([...args, inProcess], memoryIo({ cwd: ROOT, today: '2027-01-15' }))).toBe(0);
      expect(readFileSync(join(built, 'agreement.pdf')).equals(readFileSync(join(inProcess, 'agreement.pdf')))).toBe(true);
    });

    it("the rules' findings are placed without the YAML parser that keeps positions or the explaining validator, and no prompts", async () => {
      const { code, loaded } = await loadsFor(['lint', 'examples/misaligned.campaign.yaml', '--today', '2027-01-15']);
      expect(code).toBe(1);
      // Its schedule findings quote exact times: the runtime reads the zones (Temporal, or local time with TZ set), no date library.
      expect(loaded.map((l) => l.file).sort()).toEqual(['alignkit.cjs']);
    });

    it('a configuration is read without the YAML parser that keeps positions: only its validator loads', async () => {
      const config = join(mkdtempSync(join(tmpdir(), 'alignkit-config-')), 'alignkit.yaml');
      writeFileSync(config, 'rules:\n  no-placeholders: warn\n  messaging-focus: off\n');
      const { code, loaded } = await loadsFor(['lint', 'examples/product-launch.campaign.yaml', '--config', config, '--today', '2027-01-15']);
      expect(code).toBe(0);
      expect(loaded.map((l) => l.file).sort()).toEqual(['alignkit.cjs', 'chunks/config-validator.cjs']);
    });

    it('a spec the schema refuses loads the explaining validator; the block reader places its findings, so no YAML parser that keeps positions, and no prompts', async () => {
      const { code, loaded } = await loadsFor(['lint', 'test/fixtures/invalid/bad-email.campaign.yaml', '--today', '2027-01-15']);
      expect(code).toBe(1);
      expect(loaded.map((l) => l.file).sort()).toEqual(['alignkit.cjs', 'chunks/campaign-validator.cjs']);
    });

    it('a file with a YAML error loads the YAML parser that keeps positions (and the explaining validator with it), still no prompts', async () => {
      const { code, loaded } = await loadsFor(['lint', 'test/fixtures/bad/yaml-duplicate-nested-key.campaign.yaml', '--today', '2027-01-15']);
      expect(code).toBe(1);
      expect(loaded.map((l) => l.file).sort()).toEqual(['alignkit.cjs', 'chunks/campaign-validator.cjs', 'chunks/yaml.cjs']);
    });

    it('render loads the template engine, the built-in templates and the message catalogs, nothing else (no date library)', async () => {
      const out = mkdtempSync(join(tmpdir(), 'alignkit-loads-'));
      const { code, loaded } = await loadsFor(['render', 'examples/product-launch.campaign.yaml', '--out', out, '--today', '2027-01-15']);
      expect(code).toBe(0);
      // No prompts, and no position-keeping YAML parser: the example has no sign-off ledger.
      expect(loaded.map((l) => l.file).sort()).toEqual(['alignkit.cjs', 'chunks/handlebars.cjs', 'chunks/i18n.cjs', 'chunks/templates.cjs']);
      expect(
        loaded.every((l) => l.cacheRejected === false),
        JSON.stringify(loaded),
      ).toBe(true);
    });

    it("a document in another language loads that language's catalogs only, and English documents none", async () => {
      const out = mkdtempSync(join(tmpdir(), 'alignkit-loads-'));
      const { code, loaded } = await loadsFor(['render', 'examples/product-launch.campaign.yaml', '--out', out, '--today', '2027-01-15', '--lang', 'fr-CA']);
      expect(code).toBe(0);
      expect(loaded.map((l) => l.file).filter((f) => f.startsWith('chunks/locale-'))).toEqual(['chunks/locale-fr.cjs', 'chunks/locale-fr-ca.cjs']);
      expect(readFileSync(join(out, 'agreement.md'), 'utf8')).toContain("# Résumé de l'accord");
    });

    it('code caches live in the user cache directory, per Node version and build; a refused or missing one changes nothing but speed', () => {
      const cache = mkdtempSync(join(tmpdir(), 'alignkit-cache-'));
      const before = readdirSync(DIST, { recursive: true }).map(String).sort();
      // A valid spec with findings, one the schema refuses and one with a YAML error: the program and each chunk load.
      const files = ['examples/misaligned.campaign.yaml', 'test/fixtures/invalid/bad-email.campaign.yaml', 'test/fixtures/bad/yaml-duplicate-nested-key.campaign.yaml'];
      const run = (cacheDir = cache) =>
        spawnSync(process.execPath, [join(DIST, 'bin', 'alignkit.js'), 'lint', ...files, '--today', '2027-01-15', '--format', 'json'], {
          cwd: ROOT,
          encoding: 'utf8',
          env: { ...process.env, ALIGNKIT_CACHE_DIR: cacheDir },
        });
      const first = run();
      expect(first.status).toBe(1);
      expect(first.stderr).toBe('');
      const dir = launcher.codeCacheDir(DIST, { ALIGNKIT_CACHE_DIR: cache })!;
      const folder = `${process.version}-${process.arch}-${readFileSync(join(DIST, 'build-id'), 'utf8').trim()}`;
      expect(dir).toBe(join(cache, folder));
      // Without ALIGNKIT_CACHE_DIR: $XDG_CACHE_HOME/alignkit, else ~/.cache/alignkit, home as os.homedir() says.
      expect(launcher.codeCacheDir(DIST, { XDG_CACHE_HOME: '/x', HOME: '/h' })).toBe(join('/x', 'alignkit', folder));
      expect(launcher.codeCacheDir(DIST, { HOME: '/h' })).toBe(join('/h', '.cache', 'alignkit', folder));
      expect(launcher.codeCacheDir(DIST, {})).toBe(join(homedir(), '.cache', 'alignkit', folder));
      expect(launcher.codeCacheDir(DIST, { ALIGNKIT_CACHE_DIR: 'off' })).toBeUndefined();
      expect(readdirSync(dir).sort()).toEqual(['alignkit.cjs.lint.v8-cache', 'chunks-campaign-validator.cjs.v8-cache', 'chunks-yaml.cjs.v8-cache']);
      writeFileSync(join(dir, 'alignkit.cjs.lint.v8-cache'), 'not a V8 code cache'); // as after a corrupted disk: V8 refuses it
      rmSync(join(dir, 'chunks-yaml.cjs.v8-cache'));
      const second = run();
      expect([second.status, second.stderr, second.stdout]).toEqual([first.status, '', first.stdout]);
      const loader = launcher.createBundleLoader(DIST, { cacheDir: dir, programCache: launcher.programCacheName('lint') });
      launcher.loadProgram(loader, DIST);
      loader.load(join(DIST, 'chunks', 'yaml.cjs'));
      expect([...loader.loaded.values()].map((l) => l.cacheRejected)).toEqual([false, false]);
      expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
      // Nothing is ever written inside the installation.
      expect(readdirSync(DIST, { recursive: true }).map(String).sort()).toEqual(before);
      const off = run('off');
      expect(off.stdout).toBe(first.stdout);
    });

    it('a first run that compiles little (`lint --help`, `render --help`) still leaves a cache with what a typical run needs', () => {
      const cacheAfter = (args: string[]) => {
        const cache = mkdtempSync(join(tmpdir(), 'alignkit-cache-'));
        const r = spawnSync(process.execPath, [join(DIST, 'bin', 'alignkit.js'), ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ALIGNKIT_CACHE_DIR: cache } });
        const dir = launcher.codeCacheDir(DIST, { ALIGNKIT_CACHE_DIR: cache })!;
        return { r, names: readdirSync(dir).sort(), size: (name: string) => statSync(join(dir, name)).size };
      };
      const out = mkdtempSync(join(tmpdir(), 'alignkit-out-'));
      for (const [command, typical] of [
        ['lint', ['lint', 'examples/product-launch.campaign.yaml', '--today', '2027-01-15']],
        ['render', ['render', 'examples/product-launch.campaign.yaml', '--out', out, '--today', '2027-01-15']],
      ] as const) {
        const help = cacheAfter([command, '--help']);
        expect(help.r.status).toBe(0);
        expect(help.r.stdout).toMatch(new RegExp(`^Usage: alignkit ${command} `));
        expect(help.r.stderr).toBe('');
        const trained = cacheAfter([...typical]);
        expect(trained.r.status).toBe(0);
        // Before, a help-first cache held a third of the code, and every later run compiled the rest again;
        // a render's chunk caches held the agreement's templates but not the briefs'.
        expect(help.names, command).toEqual(trained.names);
        expect(trained.names).toContain(`alignkit.cjs.${command}.v8-cache`);
        for (const name of trained.names) expect(help.size(name), `${command}: ${name}`).toBeGreaterThan(0.9 * trained.size(name));
      }
    });

    it('trains and writes a cache only where one is missing or refused and its folder can be written', () => {
      const writable = mkdtempSync(join(tmpdir(), 'alignkit-cache-'));
      const programFile = join(DIST, 'alignkit.cjs');
      const willWrite = (cacheDir: string) => {
        const loader = launcher.createBundleLoader(DIST, { cacheDir, programCache: launcher.programCacheName('lint') });
        launcher.loadProgram(loader, DIST);
        return launcher.willWriteCache(loader, programFile);
      };
      expect(willWrite(join(writable, 'not-yet', 'made'))).toBe(true);
      // A folder nobody may write in, even root (Linux's /proc): as a read-only home in CI.
      if (existsSync('/proc/1')) expect(willWrite('/proc/1/alignkit-cache')).toBe(false);
      const loader = launcher.createBundleLoader(DIST, { cacheDir: writable, programCache: launcher.programCacheName('lint') });
      launcher.loadProgram(loader, DIST);
      launcher.refreshCodeCaches(loader, programFile, true);
      expect(willWrite(writable)).toBe(false); // V8 takes the cache now
    });

    it("the first run of a build prunes other builds' cache folders to the most recent, and touches nothing that is not a cache", () => {
      const cache = mkdtempSync(join(tmpdir(), 'alignkit-cache-'));
      const old = (i: number) => join(cache, `v24.1.${i}-x64-${String(i).padStart(2, '0').repeat(16)}`);
      for (let i = 0; i < 10; i += 1) {
        mkdirSync(old(i));
        writeFileSync(join(old(i), 'alignkit.cjs.lint.v8-cache'), 'cache');
        writeFileSync(join(old(i), 'chunks-yaml.cjs.v8-cache'), 'cache');
        if (i === 0) writeFileSync(join(old(0), 'notes.txt'), 'not a cache'); // the oldest, but it holds something else
        utimesSync(old(i), 1_700_000_000 + i * 1000, 1_700_000_000 + i * 1000); // v24.1.9 was written last
      }
      mkdirSync(join(cache, 'my-project'));
      const run = () =>
        spawnSync(process.execPath, [join(DIST, 'bin', 'alignkit.js'), 'lint', 'examples/product-launch.campaign.yaml', '--today', '2027-01-15'], {
          cwd: ROOT,
          encoding: 'utf8',
          env: { PATH: process.env.PATH ?? '', ALIGNKIT_CACHE_DIR: cache },
        });
      expect(run().status).toBe(0);
      const current = launcher.codeCacheDir(DIST, { ALIGNKIT_CACHE_DIR: cache })!;
      const kept = [2, 3, 4, 5, 6, 7, 8, 9].slice(-(launcher.KEPT_CACHE_FOLDERS - 1)).map((i) => old(i));
      expect(readdirSync(cache).sort()).toEqual([current, old(0), ...kept, join(cache, 'my-project')].map((p) => relative(cache, p)).sort());
      expect(readdirSync(old(0))).toEqual(['notes.txt']);
      expect(readdirSync(old(9)).sort()).toEqual(['alignkit.cjs.lint.v8-cache', 'chunks-yaml.cjs.v8-cache']);
      // Later runs of the same build find their folder and prune nothing.
      mkdirSync(old(1));
      utimesSync(old(1), 1, 1);
      expect(run().status).toBe(0);
      expect(readdirSync(cache)).toContain(relative(cache, old(1)));
    });

    it('the prompt library lives in its own chunk and nowhere else', () => {
      // @inquirer/core's own Ctrl-C message: present only where the library's code is.
      const inquirerCode = /User force closed the prompt/;
      const bundles = [
        join('bin', 'alignkit.js'),
        'alignkit.cjs',
        ...readdirSync(join(DIST, 'chunks'))
          .filter((f) => f.endsWith('.cjs'))
          .map((f) => join('chunks', f)),
      ];
      expect(bundles.filter((f) => inquirerCode.test(readFileSync(join(DIST, f), 'utf8')))).toEqual([join('chunks', 'inquirer.cjs')]);
    });
  });
});
