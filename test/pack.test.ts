/**
 * The package as a user gets it: `npm pack`, installed into an empty project
 * with no registry, then run. What npm installs must be light, the same on
 * every Node version and machine, and carry its licences.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './helpers/paths.js';

function run(command: string, args: string[], cwd: string) {
  const r = spawnSync(command, args, { cwd, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', HOME: cwd, ALIGNKIT_CACHE_DIR: join(cwd, '.cache') } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}

let project: string;
let tarball: string;
let installed: string;

beforeAll(() => {
  const work = mkdtempSync(join(tmpdir(), 'alignkit-pack-'));
  // dist/ is already built (npm install and npm ci run `prepare`); packing again must not rebuild it.
  const pack = spawnSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work], { cwd: ROOT, encoding: 'utf8' });
  expect(pack.status, pack.stderr).toBe(0);
  tarball = join(work, JSON.parse(pack.stdout)[0].filename);
  project = join(work, 'project');
  spawnSync('mkdir', [project]);
  writeFileSync(join(project, 'package.json'), '{ "name": "campaigns", "version": "1.0.0", "private": true }\n');
  const install = run('npm', ['install', '--offline', '--ignore-scripts', '--no-audit', '--no-fund', tarball], project);
  expect(install.code, install.err).toBe(0);
  installed = join(project, 'node_modules');
}, 120_000);

describe('the published package', () => {
  it('installed globally, prints next steps as plain alignkit commands and a modeline that names the schema by its path', () => {
    const prefix = mkdtempSync(join(tmpdir(), 'alignkit-global-'));
    const install = run('npm', ['install', '--global', '--prefix', prefix, '--offline', '--ignore-scripts', '--no-audit', '--no-fund', tarball], prefix);
    expect(install.code, install.err).toBe(0);
    const work = mkdtempSync(join(tmpdir(), 'alignkit-global-work-'));
    writeFileSync(join(work, 'answers.yaml'), 'campaign: { name: Autumn Glow }\n');
    const kickoff = run(join(prefix, 'bin', 'alignkit'), ['kickoff', '--answers', 'answers.yaml', '--defaults', '--today', '2026-11-22'], work);
    expect(kickoff.out).toContain('Next: settle the errors (alignkit lint autumn-glow.campaign.yaml), then alignkit render autumn-glow.campaign.yaml');
    const modeline = readFileSync(join(work, 'autumn-glow.campaign.yaml'), 'utf8').split('\n')[0]!;
    expect(modeline).toBe(`# yaml-language-server: $schema=${join(prefix, 'lib/node_modules/alignkit/schemas/campaign.schema.json')}`);
  });

  it('gives programs alignkit/ajv, with which the installed schemas compile in Ajv strict mode', () => {
    const probe =
      "import { addAlignkitVocabulary, keywords } from 'alignkit/ajv'; import schema from 'alignkit/schemas/campaign.schema.json' with { type: 'json' }; console.log(keywords.length, typeof addAlignkitVocabulary, schema.$id);";
    const r = run(process.execPath, ['--input-type=module', '-e', probe], project);
    expect(r.err).toBe('');
    expect(r.out).toBe('4 function https://alignkit.dev/schemas/campaign.schema.json\n');
  });

  it('installs as one package of under 10 MB, with nothing else pulled in', () => {
    const packages = readdirSync(installed).filter((name) => !name.startsWith('.'));
    expect(packages).toEqual(['alignkit']);
    const bytes = filesUnder(installed).reduce((sum, file) => sum + statSync(file).size, 0);
    expect(bytes).toBeLessThan(10 * 1024 * 1024);
  });

  it('ships its licence and the notices of the code it bundles, and nothing made for one machine or one Node version', () => {
    const root = join(installed, 'alignkit');
    const files = filesUnder(root)
      .map((f) => f.slice(root.length + 1))
      .sort();
    expect(files).toContain('LICENSE');
    expect(files).toContain('dist/THIRD_PARTY_NOTICES.md');
    expect(files.filter((f) => /cache|\.map$|(?<!\.d)\.ts$/.test(f))).toEqual([]);
    const notices = readFileSync(join(root, 'dist/THIRD_PARTY_NOTICES.md'), 'utf8');
    for (const name of ['commander', 'yaml', 'ajv', 'handlebars', 'chalk', '@inquirer/core', 'luxon']) expect(notices).toContain(`## ${name} `);
    for (const file of files) expect(readFileSync(join(root, file), 'latin1'), file).not.toContain(ROOT);
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    expect(manifest.dependencies ?? {}).toEqual({});
    expect(manifest).toMatchObject({ license: 'MIT', repository: { url: expect.any(String) }, homepage: expect.any(String), bugs: { url: expect.any(String) } });
  });

  it('lints, renders and runs a kickoff from an answers file from the installed binary', () => {
    const bin = join(installed, '.bin', 'alignkit');
    copyFileSync(join(ROOT, 'test/fixtures/kickoff/spring-glow.answers.yaml'), join(project, 'answers.yaml'));
    const today = ['--today', '2026-11-22'];
    const kickoff = run(bin, ['kickoff', '--answers', 'answers.yaml', '--defaults', ...today], project);
    expect(kickoff.err).toBe('');
    expect(kickoff.out).toContain('Wrote spring-glow.campaign.yaml: no findings besides the assumed values.');
    // npm puts a project's binaries on no PATH, so the next steps it prints are ones that run.
    expect(kickoff.out).toContain('Go through them with the team: npx alignkit confirm spring-glow.campaign.yaml\n');
    expect(kickoff.out).toContain('Next: npx alignkit render spring-glow.campaign.yaml');
    expect(run(bin, ['confirm', 'spring-glow.campaign.yaml', '--all'], project).code).toBe(0);
    expect(run(bin, ['lint', 'spring-glow.campaign.yaml', ...today], project)).toEqual({ code: 0, out: '✔ 1 file checked, no problems\n', err: '' });
    expect(run(bin, ['lint', join(ROOT, 'test/fixtures/invalid/unknown-platform.campaign.yaml')], project).code).toBe(1);
    const render = run(bin, ['render', 'spring-glow.campaign.yaml', '--format', 'md,html,pdf', ...today], project);
    expect(render.code, render.err).toBe(0);
    // The PDF's fonts ship in the package (templates/fonts); the HTML needs nothing but itself.
    expect(readdirSync(join(project, 'out/spring-glow'))).toEqual(expect.arrayContaining(['agreement.md', 'agreement.html', 'agreement.pdf']));
    expect(readFileSync(join(project, 'out/spring-glow/agreement.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    // Outside a repository the modeline names the installed schema by its absolute path, as `schema --path` prints it.
    const schemaPath = run(bin, ['schema', '--path'], project).out.trim();
    expect(schemaPath).toBe(join(installed, 'alignkit/schemas/campaign.schema.json'));
    expect(readFileSync(join(project, 'spring-glow.campaign.yaml'), 'utf8').split('\n')[0]).toBe(`# yaml-language-server: $schema=${schemaPath}`);
    // The code caches go to the user's cache directory, never into node_modules.
    expect(filesUnder(installed).filter((f) => /cache/i.test(f))).toEqual([]);
  });
});
