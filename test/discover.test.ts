/**
 * Which files `alignkit lint` reads: one walker for folders and globs
 * (symbolic links followed alike, nothing twice), `ignores:` and
 * `.alignkitignore` in gitignore syntax, `--no-ignore`, `--print-config`.
 */
import { copyFileSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/program.js';
import { memoryIo } from './helpers/memory-io.js';
import { CLEAN_EXAMPLES, ROOT } from './helpers/paths.js';

const EXAMPLE = join(ROOT, CLEAN_EXAMPLES[0]!);
let project: string;

async function lint(args: string[], cwd = project) {
  const io = memoryIo({ cwd });
  const code = await main(['lint', '--today', '2027-01-15', '--format', 'json', ...args], io);
  const out = io.out();
  return { code, err: io.err(), files: code === 2 || args.includes('--print-config') ? [] : (JSON.parse(out).results as { file: string }[]).map((r) => r.file), out };
}

beforeAll(() => {
  project = mkdtempSync(join(tmpdir(), 'alignkit-discover-'));
  mkdirSync(join(project, '.git'));
  for (const dir of ['campaigns/2027', 'archive', 'node_modules/pkg', '.alignkit/drafts', 'shared']) mkdirSync(join(project, dir), { recursive: true });
  for (const file of [
    'campaigns/spring.campaign.yaml',
    'campaigns/2027/summer.campaign.yml',
    'campaigns/2027/summer.draft.campaign.yaml',
    'archive/old.campaign.yaml',
    'node_modules/pkg/x.campaign.yaml',
    '.alignkit/drafts/d.campaign.yaml',
    'shared/linked-target.campaign.yaml',
  ]) {
    copyFileSync(EXAMPLE, join(project, file));
  }
  // The same spec reached through a file link and through a folder link.
  symlinkSync(join(project, 'shared/linked-target.campaign.yaml'), join(project, 'campaigns/link.campaign.yaml'));
  symlinkSync(join(project, 'shared'), join(project, 'campaigns/shared-folder'));
  // A link back up must not make the walk loop.
  symlinkSync(project, join(project, 'campaigns/2027/loop'));
  // Neither walker reads a broken link, a hidden file or another letter case; both follow a link into node_modules.
  symlinkSync(join(project, 'missing.campaign.yaml'), join(project, 'campaigns/broken.campaign.yaml'));
  copyFileSync(EXAMPLE, join(project, 'campaigns/.hidden.campaign.yaml'));
  copyFileSync(EXAMPLE, join(project, 'campaigns/SHOUT.CAMPAIGN.YAML'));
  symlinkSync(join(project, 'node_modules/pkg'), join(project, 'archive/pkg-link'));
});

describe('one walker for folders and globs', () => {
  it('finds specs below a folder, skipping node_modules and hidden folders, each file once', async () => {
    const r = await lint(['.', '--no-ignore']);
    expect(r.code).toBe(0);
    expect(r.files).toEqual([
      'archive/old.campaign.yaml',
      'archive/pkg-link/x.campaign.yaml',
      'campaigns/2027/summer.campaign.yml',
      'campaigns/2027/summer.draft.campaign.yaml',
      'campaigns/spring.campaign.yaml',
      'shared/linked-target.campaign.yaml',
    ]);
  });

  it('gives a glob the same files, links followed the same way', async () => {
    const folder = await lint(['campaigns']);
    const glob = await lint(['campaigns/**/*.campaign.{yaml,yml}']);
    expect(glob.files).toEqual(folder.files);
    expect(folder.files).toContain('campaigns/link.campaign.yaml');
    const everything = await lint(['.', '--no-ignore']);
    expect((await lint(['**/*.campaign.{yaml,yml}', '--no-ignore'])).files).toEqual(everything.files);
    expect(everything.files).toContain('archive/pkg-link/x.campaign.yaml');
  });

  it('finds in a folder with no link to a folder what the glob finds (the quick walk, not tinyglobby)', async () => {
    const plain = mkdtempSync(join(tmpdir(), 'alignkit-plain-'));
    for (const dir of ['a/b', 'node_modules/p', 'a/node_modules', '.h']) mkdirSync(join(plain, dir), { recursive: true });
    for (const file of [
      'a/a.campaign.yaml',
      'a/b/b.campaign.yml',
      'a/.hidden.campaign.yaml',
      'a/UP.CAMPAIGN.YAML',
      'node_modules/p/x.campaign.yaml',
      'a/node_modules/y.campaign.yaml',
      '.h/h.campaign.yaml',
      'top.campaign.yaml',
    ]) {
      copyFileSync(EXAMPLE, join(plain, file));
    }
    writeFileSync(join(plain, 'a/b/other.yaml'), 'not a spec\n');
    symlinkSync(join(plain, 'a/a.campaign.yaml'), join(plain, 'a/b/file-link.campaign.yaml'));
    symlinkSync(join(plain, 'missing.campaign.yaml'), join(plain, 'a/broken.campaign.yaml'));
    copyFileSync(EXAMPLE, join(plain, 'a/b/renamed-target.yaml'));
    symlinkSync(join(plain, 'a/b/renamed-target.yaml'), join(plain, 'a/renamed.campaign.yaml'));
    const folder = await lint(['.'], plain);
    expect(folder.files).toEqual(['a/a.campaign.yaml', 'a/b/b.campaign.yml', 'a/renamed.campaign.yaml', 'top.campaign.yaml']);
    expect((await lint(['**/*.campaign.{yaml,yml}'], plain)).files).toEqual(folder.files);
    // The file link is the same spec as a/a.campaign.yaml, linted once under its own name.
    expect((await lint(['a'], plain)).files).toEqual(['a/a.campaign.yaml', 'a/b/b.campaign.yml', 'a/renamed.campaign.yaml']);
  });

  it('lints a file named twice, or by a path and a glob, once', async () => {
    const r = await lint(['campaigns/spring.campaign.yaml', './campaigns/spring.campaign.yaml', 'campaigns/*.campaign.yaml']);
    expect(r.files).toEqual(['campaigns/link.campaign.yaml', 'campaigns/spring.campaign.yaml']);
  });
});

describe('ignore patterns', () => {
  let ignoring: string;
  beforeAll(() => {
    ignoring = mkdtempSync(join(tmpdir(), 'alignkit-ignores-'));
    mkdirSync(join(ignoring, '.git'));
    mkdirSync(join(ignoring, 'archive'));
    mkdirSync(join(ignoring, 'team'));
    for (const file of ['keep.campaign.yaml', 'wip.draft.campaign.yaml', 'archive/old.campaign.yaml', 'team/a.campaign.yaml', 'team/b.campaign.yaml']) copyFileSync(EXAMPLE, join(ignoring, file));
    writeFileSync(join(ignoring, '.alignkitignore'), '# drafts are not agreed yet\n*.draft.campaign.yaml\n\narchive/\n');
    writeFileSync(join(ignoring, '.alignkit.yaml'), 'ignores:\n  - team/*\n  - "!team/b.campaign.yaml"\n');
  });

  it('skips what .alignkitignore and ignores: name, in gitignore syntax with negation', async () => {
    const r = await lint(['.'], ignoring);
    expect(r.files).toEqual(['keep.campaign.yaml', 'team/b.campaign.yaml']);
  });

  it('applies to globs as to folders', async () => {
    const r = await lint(['**/*.campaign.yaml'], ignoring);
    expect(r.files).toEqual(['keep.campaign.yaml', 'team/b.campaign.yaml']);
  });

  it('says so on stderr when a file named explicitly is ignored, and lints the rest', async () => {
    const r = await lint(['keep.campaign.yaml', 'wip.draft.campaign.yaml'], ignoring);
    expect(r.code).toBe(0);
    expect(r.files).toEqual(['keep.campaign.yaml']);
    expect(r.err).toBe('alignkit: wip.draft.campaign.yaml is ignored by .alignkitignore:2 "*.draft.campaign.yaml"; --no-ignore lints it\n');
  });

  it('exits 2 when everything given is ignored', async () => {
    expect((await lint(['archive'], ignoring)).err).toBe('alignkit: no campaign specs in archive (looked for *.campaign.yaml, *.campaign.yml; 1 is ignored (--no-ignore lints them))\n');
    expect((await lint(['archive/old.campaign.yaml'], ignoring)).err).toMatch(
      /^alignkit: every file given is ignored: archive\/old\.campaign\.yaml \(\.alignkitignore:4 "archive\/"\); --no-ignore lints them\n$/,
    );
    expect((await lint(['archive/*.yaml'], ignoring)).code).toBe(2);
  });

  it('--no-ignore lints everything', async () => {
    expect((await lint(['.', '--no-ignore'], ignoring)).files).toHaveLength(5);
  });

  it('rejects ignores: that is not a list of patterns, at its line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'alignkit-ignores-bad-'));
    copyFileSync(EXAMPLE, join(dir, 'a.campaign.yaml'));
    writeFileSync(join(dir, '.alignkit.yaml'), 'extends: recommended\nignores: archive/\n');
    const r = await lint(['.'], dir);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^alignkit: \.alignkit\.yaml:2:10: /);
  });
});

describe('--print-config', () => {
  it('prints every rule severity, waivers and ignore verdict for one spec', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'alignkit-print-config-'));
    mkdirSync(join(dir, '.git'));
    writeFileSync(
      join(dir, '.alignkit.yaml'),
      'extends: recommended\nignores: [old/]\nrules:\n  reporting-rhythm: error\noverrides:\n  - files: "eu/**"\n    rules:\n      kpi-baseline-realistic: "off"\nwaivers:\n  - rule: deadline-in-past\n    files: "eu/**"\n    reason: Archived campaign kept for reference\n',
    );
    const io = memoryIo({ cwd: dir });
    expect(await main(['lint', '--today', '2027-01-15', '--print-config', 'eu/spring.campaign.yaml'], io)).toBe(0);
    const printed = JSON.parse(io.out());
    expect(printed).toMatchObject({ file: 'eu/spring.campaign.yaml', configFile: '.alignkit.yaml', extends: 'recommended', ignored: null, today: '2027-01-15' });
    expect(printed.rules['reporting-rhythm']).toBe('error');
    expect(printed.rules['kpi-baseline-realistic']).toBe('off');
    expect(Object.keys(printed.rules)).toEqual([...Object.keys(printed.rules)].sort());
    expect(printed.waivers).toEqual([{ rule: 'deadline-in-past', reason: 'Archived campaign kept for reference', source: '.alignkit.yaml: waivers[0]' }]);

    const other = memoryIo({ cwd: dir });
    await main(['lint', '--print-config', 'old/x.campaign.yaml'], other);
    expect(JSON.parse(other.out()).ignored).toBe('.alignkit.yaml: ignores "old/"');
    expect(JSON.parse(other.out()).rules['kpi-baseline-realistic']).not.toBe('off');
  });

  it('takes no other paths', async () => {
    const io = memoryIo({ cwd: ROOT });
    expect(await main(['lint', 'examples', '--print-config', 'x.campaign.yaml'], io)).toBe(2);
    expect(io.err()).toBe('alignkit: --print-config takes one spec and no other paths\n');
  });
});
