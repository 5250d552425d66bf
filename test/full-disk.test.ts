/**
 * Nothing is lost on a full disk. Every command that writes is run against a
 * small tmpfs that is full (or has one page left, so the write is cut short
 * part-way, as it was when `sign` used to truncate a ledger to 4,096 bytes):
 * it must exit 2 with one line naming the file, and every file on the disk
 * must hold exactly what it held before, with no temporary file left behind.
 *
 * Mounting needs root, which CI has; elsewhere these tests do not run, and in
 * CI a failed mount fails the suite instead of passing silently.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/program.js';
import { writeDraft } from '../src/io/drafts.js';
import { memoryIo } from './helpers/memory-io.js';
import { ROOT } from './helpers/paths.js';

const PAGE = 4096;
const SIZE = 1024 * 1024;

function tryMount(dir: string): boolean {
  if (process.getuid?.() !== 0) return false;
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${SIZE},mode=0755`, 'tmpfs', dir], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const mountPoint = mkdtempSync(join(tmpdir(), 'alignkit-full-disk-'));
const mounted = tryMount(mountPoint);
if (!mounted && process.env.CI) throw new Error(`CI must run the full-disk tests, but a ${SIZE}-byte tmpfs could not be mounted on ${mountPoint} (root is needed)`);

/** Every file under dir (but the filler) with its bytes, by relative path. */
function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'filler') walk(path);
      } else files.set(relative(dir, path), readFileSync(path).toString('base64'));
    }
  };
  walk(dir);
  return files;
}

/** Fills the disk page by page, then frees `pagesLeft` pages. */
function fillDisk(pagesLeft: number): void {
  const filler = join(mountPoint, 'filler');
  mkdirSync(filler, { recursive: true });
  const page = Buffer.alloc(PAGE, 120);
  for (let i = 0; ; i++) {
    try {
      writeFileSync(join(filler, String(i)), page);
    } catch {
      rmSync(join(filler, String(i)), { force: true });
      break;
    }
  }
  const names = readdirSync(filler);
  for (let i = 0; i < pagesLeft; i++) rmSync(join(filler, names[i]!));
}

function emptyDisk(): string {
  for (const entry of readdirSync(mountPoint)) rmSync(join(mountPoint, entry), { recursive: true, force: true });
  const dir = join(mountPoint, 'work');
  mkdirSync(dir);
  copyFileSync(join(ROOT, 'examples/product-launch.campaign.yaml'), join(dir, 'launch.campaign.yaml'));
  return dir;
}

async function run(cwd: string, ...args: string[]) {
  const io = memoryIo({ cwd });
  const code = await main(args, io);
  return { code, out: io.out(), err: io.err() };
}

const TODAY = ['--today', '2027-01-15'];

/** Writers, each with what it needs on the disk before the disk fills, and the command that then writes. */
const WRITERS: { name: string; prepare: (dir: string) => Promise<void>; args: string[]; file: RegExp }[] = [
  {
    name: 'sign appends a signature to an existing ledger',
    prepare: async (dir) => {
      expect((await run(dir, 'sign', 'launch.campaign.yaml', '--party', 'ines-alvarez', '--name', 'Ines Alvarez', '--at', '2027-01-20T10:00:00-05:00')).code).toBe(0);
    },
    args: ['sign', 'launch.campaign.yaml', '--party', 'leo-park', '--name', 'Leo Park', '--at', '2027-01-20T11:00:00-05:00'],
    file: /launch\.signoff\.yaml/,
  },
  {
    name: 'kickoff --edit changes one value of the spec in place',
    prepare: async (dir) => writeFileSync(join(dir, 'value.yaml'), 'campaign:\n  name: Nova Buds Pro relaunch\n'),
    args: ['kickoff', '--edit', '/campaign/name', 'launch.campaign.yaml', '--answers', 'value.yaml', ...TODAY],
    file: /launch\.campaign\.yaml/,
  },
  {
    name: 'kickoff --answers writes a new spec',
    prepare: async (dir) => writeFileSync(join(dir, 'answers.yaml'), 'campaign:\n  id: spring-glow\n  name: Spring Glow\n'),
    args: ['kickoff', '--answers', 'answers.yaml', '--defaults', '--no-render', '-o', 'spring.campaign.yaml', ...TODAY],
    file: /spring\.campaign\.yaml/,
  },
  {
    name: 'render replaces documents of an earlier version',
    prepare: async (dir) => {
      expect((await run(dir, 'render', 'launch.campaign.yaml', '--out', 'docs', ...TODAY)).code).toBe(0);
      const spec = join(dir, 'launch.campaign.yaml');
      writeFileSync(spec, readFileSync(spec, 'utf8').replace('name: Nova Buds Pro launch', 'name: Nova Buds Pro launch (v2)'));
    },
    args: ['render', 'launch.campaign.yaml', '--out', 'docs', ...TODAY],
    file: /docs\/.+\.md/,
  },
  {
    name: 'calendar replaces an earlier calendar',
    prepare: async (dir) => {
      expect((await run(dir, 'calendar', 'launch.campaign.yaml', '--out', 'cal.ics', ...TODAY)).code).toBe(0);
      const spec = join(dir, 'launch.campaign.yaml');
      writeFileSync(spec, readFileSync(spec, 'utf8').replace('draft_due: 2027-02-19T17:00 America/Los_Angeles', 'draft_due: 2027-02-22T17:00 America/Los_Angeles'));
    },
    args: ['calendar', 'launch.campaign.yaml', '--out', 'cal.ics', '--force', ...TODAY],
    file: /cal\.ics/,
  },
  {
    name: 'checkin writes a follow-up and its document',
    prepare: async (dir) => {
      copyFileSync(join(ROOT, 'examples/product-launch.2027-03-19.followup.yaml'), join(dir, 'launch.2027-03-19.followup.yaml'));
      copyFileSync(join(ROOT, 'examples/product-launch.day-17.answers.yaml'), join(dir, 'answers.yaml'));
    },
    args: ['checkin', 'launch.campaign.yaml', '--answers', 'answers.yaml', '--today', '2027-03-26'],
    file: /followup/,
  },
  {
    name: 'lint -o replaces an earlier report',
    prepare: async (dir) => {
      expect((await run(dir, 'lint', 'launch.campaign.yaml', '--format', 'sarif', '-o', 'report.sarif', ...TODAY)).code).toBe(0);
      copyFileSync(join(ROOT, 'examples/misaligned.campaign.yaml'), join(dir, 'launch.campaign.yaml'));
    },
    args: ['lint', 'launch.campaign.yaml', '--format', 'sarif', '-o', 'report.sarif', ...TODAY],
    file: /report\.sarif/,
  },
];

describe.runIf(mounted)(`on a full disk (a ${SIZE / 1024} KiB tmpfs)`, () => {
  afterAll(() => {
    execFileSync('umount', [mountPoint]);
    rmSync(mountPoint, { recursive: true, force: true });
  });

  for (const writer of WRITERS) {
    for (const pagesLeft of [0, 1]) {
      it(`${writer.name}: exit 2, one line naming the file, every file as it was (${pagesLeft} page${pagesLeft === 1 ? '' : 's'} free)`, async () => {
        const dir = emptyDisk();
        await writer.prepare(dir);
        const before = snapshot(mountPoint);
        fillDisk(pagesLeft);
        const r = await run(dir, ...writer.args);
        expect(r.code, r.err).toBe(2);
        const lines = r.err.trimEnd().split('\n');
        expect(lines, r.err).toHaveLength(1);
        expect(lines[0]).toMatch(/^alignkit: cannot write .+: no space left on the device \(ENOSPC\); (the file was left as it was|nothing was written|no file was changed)$/);
        expect(lines[0]).toMatch(writer.file);
        expect(snapshot(mountPoint)).toEqual(before);
      });
    }
  }

  it('a kickoff draft that cannot be saved keeps the previous draft whole', () => {
    const dir = emptyDisk();
    const path = join(dir, '.alignkit', 'drafts', 'spring-glow.yaml');
    const state = { preset: 'product-launch', answered: { '/campaign/id': true }, spec: { campaign: { id: 'spring-glow', name: 'x'.repeat(3 * PAGE) } } };
    writeDraft(path, { state });
    const before = readFileSync(path, 'utf8');
    fillDisk(1);
    expect(() => writeDraft(path, { state: { ...state, spec: { campaign: { id: 'spring-glow', name: 'y'.repeat(6 * PAGE) } } } }, '.alignkit/drafts/spring-glow.yaml')).toThrow(
      /^cannot write \.alignkit\/drafts\/spring-glow\.yaml: no space left on the device \(ENOSPC\); the file was left as it was$/,
    );
    expect(readFileSync(path, 'utf8')).toBe(before);
    expect(readdirSync(join(dir, '.alignkit', 'drafts'))).toEqual(['spring-glow.yaml']);
  });

  describe('the built binary', () => {
    beforeAll(() => expect(statSync(join(ROOT, 'dist', 'bin', 'alignkit.js')).isFile()).toBe(true));

    it('a code cache that cannot be written costs nothing but speed: same output, exit code, no temporary file', () => {
      const dir = emptyDisk();
      const cache = join(mountPoint, 'cache');
      const args = [join(ROOT, 'dist', 'bin', 'alignkit.js'), 'lint', 'launch.campaign.yaml', '--format', 'json', ...TODAY];
      const roomy = spawnSync(process.execPath, args, { cwd: dir, encoding: 'utf8', env: { ...process.env, ALIGNKIT_CACHE_DIR: mkdtempSync(join(tmpdir(), 'alignkit-cache-')) } });
      fillDisk(1);
      const full = spawnSync(process.execPath, args, { cwd: dir, encoding: 'utf8', env: { ...process.env, ALIGNKIT_CACHE_DIR: cache } });
      expect([full.status, full.stderr, full.stdout]).toEqual([roomy.status, '', roomy.stdout]);
      const left = (d: string): string[] => readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? left(join(d, e.name)) : [e.name]));
      expect(left(cache).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    });
  });
});
