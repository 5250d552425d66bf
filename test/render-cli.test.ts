/** `alignkit render` in-process: exit codes, messages, what is written where, and what is refused. */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/program.js';
import { memoryIo } from './helpers/memory-io.js';
import { MISALIGNED_EXAMPLE, ROOT } from './helpers/paths.js';
import { FOLLOWUP_EXAMPLE } from './helpers/render.js';

const SPEC = join(ROOT, 'examples/product-launch.campaign.yaml');
const FOLLOWUP = join(ROOT, FOLLOWUP_EXAMPLE);

function workdir(): string {
  return mkdtempSync(join(tmpdir(), 'alignkit-render-'));
}

async function run(args: string[], cwd = workdir()) {
  const io = memoryIo({ cwd });
  const code = await main(args, io);
  return { code, out: io.out(), err: io.err(), cwd };
}

describe('alignkit render --lang', () => {
  it('writes a brief in the language asked for, as its golden file', async () => {
    const r = await run(['render', SPEC, '--doc', 'brief', '--party', 'jon-reyes', '--lang', 'fr-CA', '--out', '-', '--today', '2027-01-15']);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(r.out).toBe(readFileSync(join(ROOT, 'test/golden/i18n/brief-jon-reyes.fr-CA.md'), 'utf8'));
  });

  it('writes the briefs, the agreement and the follow-up in the language asked for', async () => {
    const r = await run(['render', SPEC, '--lang', 'de', '--followup', join(ROOT, 'examples/product-launch.2027-03-19.followup.yaml'), '--out', 'docs', '--today', '2027-01-15']);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(readFileSync(join(r.cwd, 'docs/brief-maya-chen.md'), 'utf8')).toContain('# Creator-Briefing: Nova Buds Pro launch');
    const agreement = readFileSync(join(r.cwd, 'docs/agreement.md'), 'utf8');
    expect(agreement).toContain('# Vereinbarung im Überblick: Nova Buds Pro launch');
    // The same version as the English agreement: signatures bind the terms, whatever language they were read in.
    const english = await run(['render', SPEC, '--doc', 'agreement', '--out', '-', '--today', '2027-01-15']);
    expect(/`([0-9a-f]{64})`/.exec(agreement)?.[1]).toBe(/`([0-9a-f]{64})`/.exec(english.out)?.[1]);
    expect(readFileSync(join(r.cwd, 'docs/followup-2027-03-19.md'), 'utf8')).toBe(readFileSync(join(ROOT, 'test/golden/i18n/followup-product-launch.de.md'), 'utf8'));
  });

  it("refuses a language it has no catalog for (exit 2), and says when a creator's language falls back to English", async () => {
    const refused = await run(['render', SPEC, '--lang', 'it']);
    expect(refused.code).toBe(2);
    expect(refused.err).toBe('alignkit: --lang "it": documents can be written in en, fr, fr-CA, de, es\n');
    const dir = workdir();
    writeFileSync(join(dir, 'spec.campaign.yaml'), readFileSync(SPEC, 'utf8').replaceAll('language: en-CA', 'language: it-IT').replace('languages: [en-US, en-CA]', 'languages: [en-US, it-IT]'));
    const r = await run(['render', 'spec.campaign.yaml', '--doc', 'brief', '--party', 'jon-reyes', '--out', 'docs', '--today', '2027-01-15', '--force'], dir);
    expect(r.err).toContain('alignkit: brief-jon-reyes.md is in English: alignkit has no it-IT catalog (it writes en, fr, fr-CA, de, es)\n');
    expect(readFileSync(join(dir, 'docs/brief-jon-reyes.md'), 'utf8')).toContain('# Creator brief: Nova Buds Pro launch');
  });
});

describe('alignkit render', () => {
  it('refuses a PDF whose fonts cannot show a character of it (a name in Chinese), naming it, and writes nothing', async () => {
    const dir = workdir();
    writeFileSync(join(dir, 'cjk.campaign.yaml'), readFileSync(SPEC, 'utf8').replace('name: Maya Chen', 'name: 陳美雅 (Maya Chen)'));
    const r = await run(['render', 'cjk.campaign.yaml', '--format', 'md,pdf', '--doc', 'brief', '--party', 'maya-chen', '--out', 'docs', '--today', '2027-01-15'], dir);
    expect([r.code, r.out]).toEqual([2, '']);
    expect(r.err).toBe(
      'alignkit: cannot write brief-maya-chen.pdf: its fonts have no glyphs for 陳 美 雅 (first in "For: 陳美雅 (Maya Chen) (Maya Makes LLC)"); write this document as html or md, which show every character\n',
    );
    expect(existsSync(join(dir, 'docs'))).toBe(false);
    // Markdown and HTML show every character.
    expect((await run(['render', 'cjk.campaign.yaml', '--format', 'md,html', '--doc', 'brief', '--party', 'maya-chen', '--out', 'docs', '--today', '2027-01-15'], dir)).code).toBe(0);
    expect(readFileSync(join(dir, 'docs/brief-maya-chen.html'), 'utf8')).toContain('陳美雅 (Maya Chen)');
  });

  it('shows a folder outside the working directory as it was given, not as a climb out of it', async () => {
    const outside = workdir();
    const r = await run(['render', SPEC, '--doc', 'agreement', '--out', outside, '--today', '2027-01-15']);
    expect(r.code).toBe(0);
    expect(r.out).toBe(`wrote ${outside}/agreement.md\n`);
    const inside = await run(['render', SPEC, '--doc', 'agreement', '--out', join(r.cwd, 'docs'), '--today', '2027-01-15'], r.cwd);
    expect(inside.out).toBe('wrote docs/agreement.md\n');
  });

  it('writes every brief and the agreement into out/<campaign-id>/ and prints the paths', async () => {
    const r = await run(['render', SPEC]);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(r.out).toBe(['brief-maya-chen.md', 'brief-jon-reyes.md', 'brief-priya-nair.md', 'agreement.md'].map((f) => `wrote out/nova-buds-pro-launch/${f}\n`).join(''));
    expect(readFileSync(join(r.cwd, 'out/nova-buds-pro-launch/agreement.md'), 'utf8')).toBe(readFileSync(join(ROOT, 'test/golden/render/product-launch/agreement.md'), 'utf8'));
  });

  it('renders the follow-up with --followup, and rendering again replaces its own files', async () => {
    const dir = workdir();
    expect((await run(['render', SPEC, '--followup', FOLLOWUP, '--out', 'docs'], dir)).code).toBe(0);
    const again = await run(['render', SPEC, '--followup', FOLLOWUP, '--out', 'docs'], dir);
    expect(again.code).toBe(0);
    expect(readdirSync(join(dir, 'docs')).sort()).toEqual(['agreement.md', 'brief-jon-reyes.md', 'brief-maya-chen.md', 'brief-priya-nair.md', 'followup-2027-03-19.md']);
  });

  it('writes one document to standard output with --out -', async () => {
    const r = await run(['render', SPEC, '--doc', 'brief', '--party', 'maya-chen', '--out', '-']);
    expect(r.code).toBe(0);
    expect(r.out).toBe(readFileSync(join(ROOT, 'test/golden/render/product-launch/brief-maya-chen.md'), 'utf8'));
  });

  it('refuses --out - for more than one document', async () => {
    const r = await run(['render', SPEC, '--out', '-']);
    expect(r.code).toBe(2);
    expect(r.err).toBe('alignkit: --out - writes one document, but this would write 4; pick one with --doc agreement, --doc brief --party <id> or --doc followup, and one --format\n');
  });

  it('refuses a spec with lint errors, showing them, and writes nothing', async () => {
    const r = await run(['render', join(ROOT, MISALIGNED_EXAMPLE)]);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toContain('approval-chain-fits');
    expect(r.err).toMatch(/not rendering .*misaligned\.campaign\.yaml: fix the errors above, or pass --force to render drafts marked "DRAFT: not aligned"\n$/);
    expect(existsSync(join(r.cwd, 'out'))).toBe(false);
  });

  it('renders drafts with --force, every page marked', async () => {
    const r = await run(['render', join(ROOT, MISALIGNED_EXAMPLE), '--force']);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/rendered with --force despite \d+ errors; every page is marked "DRAFT: not aligned"/);
    const dir = join(r.cwd, 'out/nova-buds-pro-launch-draft');
    for (const f of readdirSync(dir)) expect(readFileSync(join(dir, f), 'utf8'), f).toContain('DRAFT: not aligned');
  });

  it('cannot render a spec that fails the schema, even with --force', async () => {
    const r = await run(['render', join(ROOT, 'test/fixtures/invalid/unknown-platform.campaign.yaml'), '--force']);
    expect(r.code).toBe(1);
    expect(r.err).toContain('it does not pass the schema');
  });

  it('never replaces a file it did not write, unless --force', async () => {
    const dir = workdir();
    mkdirSync(join(dir, 'out/nova-buds-pro-launch'), { recursive: true });
    writeFileSync(join(dir, 'out/nova-buds-pro-launch/agreement.md'), '# My notes\n');
    const r = await run(['render', SPEC], dir);
    expect(r.code).toBe(2);
    expect(r.err).toBe('alignkit: out/nova-buds-pro-launch/agreement.md exists and was not generated by alignkit; pass --force to replace it\n');
    expect(readFileSync(join(dir, 'out/nova-buds-pro-launch/agreement.md'), 'utf8')).toBe('# My notes\n');
    expect(readdirSync(join(dir, 'out/nova-buds-pro-launch')), 'nothing else was written either').toEqual(['agreement.md']);
    expect((await run(['render', SPEC, '--force'], dir)).code).toBe(0);
  });

  it('does not write through a symbolic link', async () => {
    const dir = workdir();
    mkdirSync(join(dir, 'out/nova-buds-pro-launch'), { recursive: true });
    writeFileSync(join(dir, 'outside.md'), 'keep\n');
    symlinkSync(join(dir, 'outside.md'), join(dir, 'out/nova-buds-pro-launch/agreement.md'));
    const r = await run(['render', SPEC, '--force'], dir);
    expect(r.code).toBe(2);
    expect(r.err).toContain('is a symbolic link');
    expect(readFileSync(join(dir, 'outside.md'), 'utf8')).toBe('keep\n');
  });

  it.each([
    [['--doc', 'memo'], '--doc "memo" is not a document; choose brief, agreement, followup or all'],
    [['--doc', 'followup'], '--doc followup needs --followup <file>, the follow-up to render (see docs/followup.md)'],
    [['--doc', 'agreement', '--party', 'maya-chen'], '--party picks whose brief to render; use it with --doc brief or all'],
    [['--party', 'maya-chan'], '"maya-chan" is not a creator'],
    [['--templates', 'nope'], '--templates nope: no such directory'],
  ])('rejects %j with exit 2', async (args, message) => {
    const r = await run(['render', SPEC, ...args]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
    expect(r.err.split('\n').length, 'one line').toBe(2);
  });

  it('reports a broken follow-up with file:line:col and exit 1', async () => {
    const dir = workdir();
    writeFileSync(join(dir, 'f.followup.yaml'), readFileSync(FOLLOWUP, 'utf8').replace('owner: tom-becker', 'owner: tom-beker'));
    const r = await run(['render', SPEC, '--followup', 'f.followup.yaml'], dir);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/f\.followup\.yaml\n\s+64:12\s+error\s+"tom-beker" is not a party in campaign nova-buds-pro-launch; did you mean "tom-becker"\?/);
  });
});

describe('templates', () => {
  it('lists every template and where it comes from', async () => {
    const r = await run(['render', '--list-templates']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^document brief\s+built-in\n/);
    expect(r.out).toMatch(/\npartial\s+draft\s+built-in\n/);
  });

  it('takes a document or partial from --templates, then .alignkit/templates/, file by file', async () => {
    const dir = workdir();
    mkdirSync(join(dir, 'mine/partials'), { recursive: true });
    mkdirSync(join(dir, '.alignkit/templates/partials'), { recursive: true });
    writeFileSync(join(dir, 'mine/agreement.md.hbs'), '{{> header}}\n\n# {{md campaign.name}} for {{list spec.campaign.markets}}\n\n{{> footer}}\n');
    writeFileSync(join(dir, 'mine/partials/footer.hbs'), 'Owner: {{md campaign.owner}}\n');
    writeFileSync(join(dir, '.alignkit/templates/partials/footer.hbs'), 'never used: mine/ wins\n');
    writeFileSync(join(dir, '.alignkit/templates/partials/header.hbs'), '<!-- Generated by alignkit (house style) -->\n');
    const list = await run(['render', '--list-templates', '--templates', 'mine'], dir);
    expect(list.out).toMatch(/document agreement\s+mine\/agreement\.md\.hbs/);
    expect(list.out).toMatch(/partial\s+footer\s+mine\/partials\/footer\.hbs/);
    expect(list.out).toMatch(/partial\s+header\s+\.alignkit\/templates\/partials\/header\.hbs/);
    const r = await run(['render', SPEC, '--doc', 'agreement', '--templates', 'mine', '--out', '-'], dir);
    expect(r).toMatchObject({ code: 0, err: '' });
    expect(r.out).toBe('<!-- Generated by alignkit (house style) -->\n\n# Nova Buds Pro launch for US and CA\n\nOwner: Ines Alvarez\n');
  });

  it.each([
    ['{{#each deliverables}}', /^alignkit: template mine\/agreement\.md\.hbs: line 1: syntax error \(unexpected end of file: a block is not closed\)\n$/],
    ['{{md campaign.nmae}}', /mine\/agreement\.md\.hbs: line 1, column 3: "nmae" is not a field here|the \{\{md\}\} helper was given a field that does not exist/],
    ['{{shout campaign.name}}', /unknown helper "shout"/],
    // A step before the last that is not there: a TypeError in Handlebars, with no position of its own.
    ['Owner\n\n{{campaign.name}} {{nope.deep.value}}', /^alignkit: template mine\/agreement\.md\.hbs: line 3, column 21: "nope" is not a field here\n$/],
    ['{{#each nope.items}}x{{/each}}', /^alignkit: template mine\/agreement\.md\.hbs: line 1, column 9: "nope" is not a field here\n$/],
  ])('reports a broken template %j as one line, exit 2, nothing written', async (source, message) => {
    const dir = workdir();
    mkdirSync(join(dir, 'mine'));
    writeFileSync(join(dir, 'mine/agreement.md.hbs'), source);
    const r = await run(['render', SPEC, '--templates', 'mine'], dir);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.err.split('\n').length).toBe(2);
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('refuses a document template alignkit does not render', async () => {
    const dir = workdir();
    mkdirSync(join(dir, 'mine'));
    writeFileSync(join(dir, 'mine/breif.md.hbs'), 'x');
    const r = await run(['render', SPEC, '--templates', 'mine'], dir);
    expect(r.code).toBe(2);
    expect(r.err).toContain('alignkit renders no document called "breif"');
  });
});
