/** `alignkit diff`: the semantic diff, its Markdown and JSON (golden, checked with markdownlint and remark-gfm), git revisions and --since-signoff. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { main } from '../src/cli/program.js';
import { diffAgreements, workingDaysBetween } from '../src/core/diff/semantic-diff.js';
import { agreementTerms } from '../src/core/signoff/agreement.js';
import { markdownlintProblems, parseMarkdown, tableProblems } from './helpers/markdown-oracle.js';
import { memoryIo } from './helpers/memory-io.js';
import { ROOT } from './helpers/paths.js';

const ORIGINAL = readFileSync(join(ROOT, 'examples/product-launch.campaign.yaml'), 'utf8');

/** The kind of renegotiation that happens in week two, as text edits of the example. */
const EDITS: [string, string][] = [
  ['draft_due: 2027-02-19T17:00 America/Los_Angeles', 'draft_due: 2027-02-24T17:00 America/Los_Angeles'],
  ['    amount: { amount: 14000, currency: USD }', '    amount: { amount: 15500, currency: USD }'],
  ['    channels: [instagram, tiktok, youtube]\n    days: 180', '    channels: [instagram, tiktok, youtube, facebook]\n    days: 365'],
  ['      phone: +1 212 555 0187', '      phone: +1 212 555 0100'],
  ['  internal_notes: Budget of USD 96,000', '  internal_notes: Budget of USD 99,000'],
];

function changedText(): string {
  let text = ORIGINAL;
  for (const [from, to] of EDITS) {
    expect(text.split(from)).toHaveLength(2);
    text = text.replace(from, to);
  }
  return text;
}

function workdir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'alignkit-diff-'));
  writeFileSync(join(dir, 'old.campaign.yaml'), ORIGINAL);
  writeFileSync(join(dir, 'new.campaign.yaml'), changedText());
  return dir;
}

async function run(cwd: string, ...args: string[]) {
  const io = memoryIo({ cwd });
  const code = await main(args, io);
  return { code, out: io.out(), err: io.err() };
}

describe('semantic diff', () => {
  it('counts working days Monday to Friday in either direction', () => {
    const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
    expect(workingDaysBetween(day('2027-02-19'), day('2027-02-22'))).toBe(1); // Fri → Mon
    expect(workingDaysBetween(day('2027-02-22'), day('2027-02-19'))).toBe(-1);
    expect(workingDaysBetween(day('2027-02-15'), day('2027-02-22'))).toBe(5);
    expect(workingDaysBetween(day('2027-02-20'), day('2027-02-21'))).toBe(0); // Sat → Sun
    expect(workingDaysBetween(day('2027-02-19'), day('2027-02-19'))).toBe(0);
  });

  it('classifies each change, measures it and names the parties it concerns', () => {
    const changes = diffAgreements(agreementTerms(parse(ORIGINAL)), agreementTerms(parse(changedText())));
    expect(changes.map((c) => [c.path, c.kind, c.material, c.note ?? '', c.parties.join(' ')])).toEqual([
      ['parties/ines-alvarez/contact/phone', 'changed', false, '', 'ines-alvarez'],
      ['deliverables/maya-tiktok/draft_due', 'changed', true, '3 working days later, 5 calendar days', 'ines-alvarez maya-chen sara-lind'],
      ['compensation/maya-chen/amount', 'changed', true, '+USD 1,500', 'maya-chen'],
      ['usage_rights/organic/channels', 'added', true, 'grants more', ''],
      ['usage_rights/organic/days', 'changed', true, '+185, grants more', ''],
    ]);
    expect(changes[1]!.pointer).toBe('/deliverables/0/draft_due');
  });

  it("names a deliverable's co-creators among the parties a change to it concerns", () => {
    const panel = ORIGINAL.replace(
      '    creator: jon-reyes\n    platform: instagram\n    format: reel',
      '    creator: jon-reyes\n    co_creators: [priya-nair]\n    platform: instagram\n    format: reel',
    );
    const moved = panel.replace('at: 2027-03-10T12:00 America/Toronto', 'at: 2027-03-11T12:00 America/Toronto');
    const changes = diffAgreements(agreementTerms(parse(panel)), agreementTerms(parse(moved)));
    expect(changes.map((c) => [c.path, c.material, c.parties.includes('priya-nair'), c.parties.includes('jon-reyes')])).toEqual([['deliverables/jon-reel/go_live/at', true, true, true]]);
  });

  it('matches list items by id, so reordering is no change and a removal names the item', () => {
    const before = parse(ORIGINAL);
    const reordered = { ...before, deliverables: [...before.deliverables].reverse(), parties: [...before.parties].reverse() };
    expect(diffAgreements(agreementTerms(before), agreementTerms(reordered))).toEqual([]);
    const removed = { ...before, deliverables: before.deliverables.filter((d: { id: string }) => d.id !== 'jon-reel') };
    expect(diffAgreements(agreementTerms(before), agreementTerms(removed)).map((c) => [c.path, c.kind, c.material, c.pointer, c.parties.join(' ')])).toEqual([
      ['deliverables/jon-reel', 'removed', true, '/deliverables/1', 'ines-alvarez jon-reyes sara-lind'],
    ]);
  });

  it('says when rights or exclusivity grant less, and tracks RACI and KPI redefinitions', () => {
    const before = parse(ORIGINAL);
    const after = structuredClone(before);
    after.usage_rights.paid.days = 30;
    after.usage_rights.paid.territories = ['US'];
    after.raci.find((r: { activity: string }) => r.activity === 'content_review').accountable = 'leo-park';
    after.kpis[0].basis = 'impressions';
    const changes = diffAgreements(agreementTerms(before), agreementTerms(after));
    expect(changes.map((c) => [c.path, c.kind, c.note ?? ''])).toEqual([
      ['raci/content_review/accountable', 'changed', ''],
      ['kpis/views-total/basis', 'added', ''],
      ['usage_rights/paid/days', 'changed', '−30, grants less'],
      ['usage_rights/paid/territories', 'removed', 'grants less'],
    ]);
    expect(changes.every((c) => c.material)).toBe(true);
    expect(changes[0]!.parties).toEqual(expect.arrayContaining(['ines-alvarez', 'leo-park']));
  });
});

describe('alignkit diff', () => {
  it('writes Markdown a marketing lead can paste into a follow-up (golden; markdownlint and GFM clean)', async () => {
    const r = await run(workdir(), 'diff', 'old.campaign.yaml', 'new.campaign.yaml');
    expect(r).toMatchObject({ code: 0, err: '' });
    await expect(r.out).toMatchFileSnapshot(join(ROOT, 'test/golden/diff/product-launch.md'));
    expect(await markdownlintProblems('diff.md', r.out)).toEqual([]);
    expect(tableProblems(parseMarkdown(r.out))).toEqual([]);
  });

  it('writes the same facts as JSON (golden), with the changes for each party', async () => {
    const r = await run(workdir(), 'diff', 'old.campaign.yaml', 'new.campaign.yaml', '--format', 'json');
    expect(r.code).toBe(0);
    await expect(r.out).toMatchFileSnapshot(join(ROOT, 'test/golden/diff/product-launch.json'));
    const json = JSON.parse(r.out);
    expect([json.material, json.cosmetic]).toEqual([4, 1]);
    expect(json.parties['maya-chen']).toEqual([1, 2, 3, 4]);
    expect(json.parties['jon-reyes']).toEqual([3, 4]);
  });

  it('says so when nothing in the agreement changed, even if internal notes did', async () => {
    const dir = workdir();
    writeFileSync(join(dir, 'new.campaign.yaml'), ORIGINAL.replace('Budget of USD 96,000', 'Budget of USD 90,000').replace('# Nova Buds', '# Reworded comment: Nova Buds'));
    const r = await run(dir, 'diff', 'old.campaign.yaml', 'new.campaign.yaml', '--exit-code');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^# No changes to the agreement: Nova Buds Pro launch\n/);
  });

  it('--exit-code exits 1 on material changes', async () => {
    expect((await run(workdir(), 'diff', 'old.campaign.yaml', 'new.campaign.yaml', '--exit-code')).code).toBe(1);
  });

  it.each([
    [['diff', 'old.campaign.yaml'], /give two versions to compare/],
    [['diff', 'old.campaign.yaml', 'missing.campaign.yaml'], /cannot read missing\.campaign\.yaml: no such file or directory/],
    [['diff', 'old.campaign.yaml', 'new.campaign.yaml', '--format', 'html'], /--format "html" is not a format; choose markdown or json/],
    [['diff', '--since-signoff', 'old.campaign.yaml'], /no sign-off recorded for old\.campaign\.yaml yet/],
    [['diff', 'git:nope', 'new.campaign.yaml'], /"git:nope" is not git:<rev>:<path>/],
  ])('%j exits 2 with one line', async (args, message) => {
    const r = await run(workdir(), ...args);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.err.trim().split('\n')).toHaveLength(1);
  });

  it('refuses a side that fails the schema, naming file:line:col', async () => {
    const dir = workdir();
    writeFileSync(join(dir, 'new.campaign.yaml'), ORIGINAL.replace('  currency: USD\n  timezone', '  currency: 12\n  timezone'));
    const r = await run(dir, 'diff', 'old.campaign.yaml', 'new.campaign.yaml');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^alignkit: new\.campaign\.yaml:14:13: .*\(diff compares specs that pass the schema; run alignkit lint new\.campaign\.yaml\)\n$/);
  });
});

const hasGit = spawnSync('git', ['--version']).status === 0;

describe.skipIf(!hasGit)('alignkit diff with git revisions', () => {
  function repo(): string {
    const dir = mkdtempSync(join(tmpdir(), 'alignkit-git-'));
    const git = (...args: string[]) => expect(spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd: dir }).status).toBe(0);
    git('init', '-q');
    writeFileSync(join(dir, 'spring.campaign.yaml'), ORIGINAL);
    git('add', '.');
    git('commit', '-q', '-m', 'kickoff');
    writeFileSync(join(dir, 'spring.campaign.yaml'), changedText());
    git('commit', '-q', '-am', 'week two');
    return dir;
  }

  it('compares two revisions, and a revision with the working tree', async () => {
    const dir = repo();
    const revisions = await run(dir, 'diff', 'git:HEAD~1:spring.campaign.yaml', 'git:HEAD:spring.campaign.yaml', '--format', 'json');
    expect(revisions.code).toBe(0);
    expect(JSON.parse(revisions.out).material).toBe(4);
    const worktree = await run(dir, 'diff', 'git:HEAD~1:spring.campaign.yaml', 'spring.campaign.yaml');
    expect(worktree.out).toMatch(/From `git:HEAD~1:spring\.campaign\.yaml` \(version `[0-9a-f]{12}`\) to `spring\.campaign\.yaml`/);
    expect(worktree.out).toContain(
      '| `deliverables/maya-tiktok/draft_due` | changed | 2027-02-19T17:00 America/Los_Angeles | 2027-02-24T17:00 America/Los_Angeles | 3 working days later, 5 calendar days |',
    );
  });

  it('reports an unknown revision or path in one line', async () => {
    const dir = repo();
    const r = await run(dir, 'diff', 'git:no-such-rev:spring.campaign.yaml', 'spring.campaign.yaml');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^alignkit: git:no-such-rev:spring\.campaign\.yaml: .+\n$/);
  });
});

describe('alignkit diff --since-signoff', () => {
  it('compares with the last locked version: the moved deadline is material', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'alignkit-diff-'));
    writeFileSync(join(dir, 'spring.campaign.yaml'), ORIGINAL);
    for (const party of ['ines-alvarez', 'dana-whitfield', 'leo-park', 'maya-chen', 'jon-reyes', 'kim-osei', 'priya-nair']) {
      expect((await run(dir, 'sign', 'spring.campaign.yaml', '--party', party, '--name', party, '--at', '2027-01-20T10:00:00Z')).code).toBe(0);
    }
    writeFileSync(join(dir, 'spring.campaign.yaml'), changedText());
    const r = await run(dir, 'diff', '--since-signoff', 'spring.campaign.yaml');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/From the last locked sign-off \(version `[0-9a-f]{12}`\) to `spring\.campaign\.yaml`/);
    expect(r.out).toMatch(/\*\*4 material changes\*\* need a new sign-off/);
    expect(r.out).toContain('`deliverables/maya-tiktok/draft_due`');
  });

  it('before any version is locked, compares with the last signed one and says so', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'alignkit-diff-'));
    writeFileSync(join(dir, 'spring.campaign.yaml'), ORIGINAL);
    expect((await run(dir, 'sign', 'spring.campaign.yaml', '--party', 'ines-alvarez', '--name', 'Ines Alvarez', '--at', '2027-01-20T10:00:00Z')).code).toBe(0);
    writeFileSync(join(dir, 'spring.campaign.yaml'), changedText());
    const r = await run(dir, 'diff', '--since-signoff', 'spring.campaign.yaml');
    expect(r.out).toMatch(/^From the last signed version, never locked \(version `[0-9a-f]{12}`\) to `spring\.campaign\.yaml` \(version `[0-9a-f]{12}`\)\.$/m);
  });
});
