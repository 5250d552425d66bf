/**
 * The one reader and the one writer every command uses: reads refuse what is
 * not a regular file (a FIFO would hang, /dev/zero never ends), writes are
 * whole or nothing when the disk fails part-way (injected ENOSPC and EIO at
 * every step of the write).
 */
import * as fs from 'node:fs';
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/program.js';
import { makeFolders, readSpecBytes, writeFileWhole, type WriteCalls } from '../src/io/files.js';
import { memoryIo } from './helpers/memory-io.js';
import { ROOT } from './helpers/paths.js';

const dir = () => mkdtempSync(join(tmpdir(), 'alignkit-files-'));
const failure = (code: string) => Object.assign(new Error(`${code}: injected`), { code });

/** The real calls, with one of them failing (or a write cut short) as a full or broken disk would. */
function failing(step: 'open' | 'short-write' | 'write' | 'fsync' | 'fstat-short' | 'close' | 'rename', code = 'ENOSPC'): WriteCalls {
  let writes = 0;
  return {
    ...fs,
    openSync: ((...args: Parameters<typeof fs.openSync>) => {
      if (step === 'open') throw failure(code);
      return fs.openSync(...args);
    }) as typeof fs.openSync,
    writeSync: ((fd: number, buffer: Uint8Array, offset: number, length: number, position: number) => {
      writes += 1;
      if (step === 'write') throw failure(code);
      if (step === 'short-write') {
        if (writes > 1) throw failure(code);
        return fs.writeSync(fd, buffer, offset, Math.min(length, 4096), position);
      }
      return fs.writeSync(fd, buffer, offset, length, position);
    }) as typeof fs.writeSync,
    fsyncSync: (fd: number) => {
      if (step === 'fsync') throw failure(code);
      fs.fsyncSync(fd);
    },
    fstatSync: ((fd: number) => {
      const stat = fs.fstatSync(fd);
      return step === 'fstat-short' ? Object.assign(stat, { size: stat.size - 1 }) : stat;
    }) as typeof fs.fstatSync,
    closeSync: (fd: number) => {
      fs.closeSync(fd);
      if (step === 'close') throw failure(code);
    },
    renameSync: (from: fs.PathLike, to: fs.PathLike) => {
      if (step === 'rename') throw failure(code);
      fs.renameSync(from, to);
    },
  };
}

describe('writeFileWhole', () => {
  const OLD = 'signatures:\n  - party: ines-alvarez\n';
  const NEW = `${OLD}${'  - party: leo-park\n'.repeat(2000)}`;

  for (const step of ['open', 'short-write', 'write', 'fsync', 'fstat-short', 'close', 'rename'] as const) {
    for (const code of ['ENOSPC', 'EIO']) {
      it(`keeps the old file when ${step} fails with ${code}, and leaves no temporary file`, () => {
        const d = dir();
        const path = join(d, 'launch.signoff.yaml');
        writeFileSync(path, OLD);
        const message = step === 'fstat-short' || code === 'EIO' ? /: input\/output error \(EIO\);/ : /: no space left on the device \(ENOSPC\);/;
        expect(() => writeFileWhole(path, NEW, 'launch.signoff.yaml', failing(step, code))).toThrow(message);
        expect(() => writeFileWhole(path, NEW, 'launch.signoff.yaml', failing(step, code))).toThrow(/^cannot write launch\.signoff\.yaml: .+; the file was left as it was$/);
        expect(readFileSync(path, 'utf8')).toBe(OLD);
        expect(readdirSync(d)).toEqual(['launch.signoff.yaml']);
      });
    }
  }

  it('says nothing was written when there was no file, and leaves none', () => {
    const d = dir();
    expect(() => writeFileWhole(join(d, 'brief.md'), NEW, 'out/brief.md', failing('short-write'))).toThrow(
      /^cannot write out\/brief\.md: no space left on the device \(ENOSPC\); nothing was written$/,
    );
    expect(readdirSync(d)).toEqual([]);
  });

  it('writes every byte, keeps the file mode, and replaces a linked file where it is (the link stays)', () => {
    const d = dir();
    const real = join(d, 'real.campaign.yaml');
    writeFileSync(real, OLD, { mode: 0o640 });
    fs.chmodSync(real, 0o640);
    symlinkSync(real, join(d, 'link.campaign.yaml'));
    writeFileWhole(join(d, 'link.campaign.yaml'), NEW);
    expect(readFileSync(real, 'utf8')).toBe(NEW);
    expect(fs.lstatSync(join(d, 'link.campaign.yaml')).isSymbolicLink()).toBe(true);
    expect(statSync(real).mode & 0o777).toBe(0o640);
    expect(readdirSync(d).sort()).toEqual(['link.campaign.yaml', 'real.campaign.yaml']);
  });

  // `lint -o /dev/null` as root renamed a file over /dev/null. A pipe stands in for the device here, so a
  // regression fails this test instead of breaking the machine it runs on.
  it('writes into a pipe or a device instead of replacing it with a file; `lint -o` and `calendar --out` write through one', async () => {
    const d = dir();
    const fifo = join(d, 'report.pipe');
    execFileSync('mkfifo', [fifo]);
    const readers: ReturnType<typeof spawn>[] = [];
    const readAll = () => {
      const reader = spawn('cat', [fifo]);
      readers.push(reader);
      const chunks: Buffer[] = [];
      reader.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
      return new Promise<string>((done) => reader.on('close', () => done(Buffer.concat(chunks).toString('utf8'))));
    };
    try {
      let read = readAll();
      writeFileWhole(fifo, NEW);
      // Checked before waiting: a pipe replaced by a file would leave the reader waiting for ever.
      expect(fs.lstatSync(fifo).isFIFO()).toBe(true);
      expect(await read).toBe(NEW);
      expect(readdirSync(d)).toEqual(['report.pipe']);

      read = readAll();
      const io = memoryIo({ cwd: ROOT });
      expect(await main(['lint', 'examples/product-launch.campaign.yaml', '--today', '2027-01-15', '--format', 'json', '-o', fifo], io)).toBe(0);
      expect(fs.lstatSync(fifo).isFIFO()).toBe(true);
      expect(JSON.parse(await read)).toMatchObject({ errorCount: 0, warningCount: 0 });

      read = readAll();
      const calendar = memoryIo({ cwd: ROOT });
      expect(await main(['calendar', 'examples/product-launch.campaign.yaml', '--today', '2027-01-15', '--out', fifo], calendar)).toBe(0);
      expect(fs.lstatSync(fifo).isFIFO()).toBe(true);
      expect(await read).toMatch(/^BEGIN:VCALENDAR\r\n[\s\S]*END:VCALENDAR\r\n$/);
      expect(calendar.out()).toBe('');
    } finally {
      for (const reader of readers) reader.kill();
    }
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
  });
});

describe('makeFolders', () => {
  it('makes every missing folder, and fails at once where a folder cannot hold children (Node 20-24 spun for ever under /proc)', async () => {
    const d = dir();
    makeFolders(join(d, 'a', 'b', 'c'));
    expect(statSync(join(d, 'a', 'b', 'c')).isDirectory()).toBe(true);
    makeFolders(join(d, 'a', 'b', 'c')); // already there
    writeFileSync(join(d, 'file'), '');
    expect(() => makeFolders(join(d, 'file', 'x'))).toThrow(expect.objectContaining({ code: 'ENOTDIR' }));
    if (!fs.existsSync('/proc/self')) return;
    expect(() => makeFolders('/proc/alignkit-test/x')).toThrow(expect.objectContaining({ code: 'ENOENT' }));
    const io = memoryIo({ cwd: ROOT });
    expect(await main(['render', 'examples/product-launch.campaign.yaml', '--out', '/proc/alignkit-test/docs', '--today', '2027-01-15'], io)).toBe(2);
    expect(io.err()).toBe('alignkit: cannot create /proc/alignkit-test/docs: no such file or directory (ENOENT)\n');
  });
});

describe('reading inputs that are not regular files', () => {
  const mkfifo = (path: string) => execFileSync('mkfifo', [path]);

  it('refuses a FIFO at once instead of waiting for a writer', () => {
    const d = dir();
    mkfifo(join(d, 'spec.campaign.yaml'));
    expect(() => readSpecBytes(join(d, 'spec.campaign.yaml'), 'spec.campaign.yaml')).toThrow('cannot read spec.campaign.yaml: it is a named pipe (FIFO), not a regular file');
  });

  it('refuses a device, and a link to one', () => {
    const d = dir();
    symlinkSync('/dev/zero', join(d, 'zero.campaign.yaml'));
    expect(() => readSpecBytes('/dev/zero', '/dev/zero')).toThrow('cannot read /dev/zero: it is a device, not a regular file');
    expect(() => readSpecBytes(join(d, 'zero.campaign.yaml'), 'zero.campaign.yaml')).toThrow('cannot read zero.campaign.yaml: it is a device, not a regular file');
  });

  async function run(cwd: string, ...args: string[]) {
    const io = memoryIo({ cwd });
    const code = await main(args, io);
    return { code, out: io.out(), err: io.err() };
  }

  it('every input a command reads: configuration, spec, ledger, answers file, follow-up, template (exit 2, one line, file named)', async () => {
    const d = dir();
    const spec = readFileSync(join(ROOT, 'examples/product-launch.campaign.yaml'));
    writeFileSync(join(d, 'launch.campaign.yaml'), spec);
    const cases: [string, () => void, string[], RegExp][] = [
      [
        'configuration',
        () => symlinkSync('/dev/zero', join(d, '.alignkit.yaml')),
        ['lint', 'launch.campaign.yaml'],
        /^alignkit: cannot read configuration \.alignkit\.yaml: it is a device, not a regular file\n$/,
      ],
      ['spec', () => mkfifo(join(d, 'fifo.campaign.yaml')), ['lint', 'fifo.campaign.yaml'], /^alignkit: cannot read fifo\.campaign\.yaml: it is a named pipe \(FIFO\), not a regular file\n$/],
      ['ledger', () => mkfifo(join(d, 'launch.signoff.yaml')), ['status', 'launch.campaign.yaml'], /launch\.signoff\.yaml/],
      [
        'answers file',
        () => mkfifo(join(d, 'answers.yaml')),
        ['kickoff', '--answers', 'answers.yaml', '--defaults', '-o', 'new.campaign.yaml'],
        /^alignkit: cannot read answers\.yaml: it is a named pipe \(FIFO\), not a regular file\n$/,
      ],
      [
        'follow-up',
        () => mkfifo(join(d, 'launch.2027-03-19.followup.yaml')),
        ['render', 'launch.campaign.yaml', '--followup', 'launch.2027-03-19.followup.yaml', '--out', 'docs'],
        /^alignkit: cannot read launch\.2027-03-19\.followup\.yaml: it is a named pipe \(FIFO\), not a regular file\n$/,
      ],
      [
        'template',
        () => {
          fs.mkdirSync(join(d, 'tpl'));
          mkfifo(join(d, 'tpl', 'brief.md.hbs'));
        },
        ['render', 'launch.campaign.yaml', '--templates', 'tpl', '--out', 'docs'],
        /^alignkit: cannot read template tpl\/brief\.md\.hbs: it is a named pipe \(FIFO\), not a regular file\n$/,
      ],
    ];
    for (const [what, make, args, message] of cases) {
      make();
      const r = await run(d, ...args);
      expect([what, r.code], r.err).toEqual([what, 2]);
      expect(r.err, what).toMatch(message);
      expect(r.err.trimEnd().split('\n'), what).toHaveLength(1);
      for (const f of ['.alignkit.yaml', 'fifo.campaign.yaml', 'launch.signoff.yaml', 'answers.yaml', 'launch.2027-03-19.followup.yaml']) fs.rmSync(join(d, f), { force: true });
      fs.rmSync(join(d, 'tpl'), { recursive: true, force: true });
    }
  });
});
