/** .alignkit.yaml lookup, presets, severities, overrides and waivers, run through the CLI in-process. */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/program.js';
import { memoryIo } from './helpers/memory-io.js';
import { BASE } from './helpers/rule-tester.js';

/** A throwaway repository with the given files; returns its root. */
function repo(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'alignkit-config-'));
  mkdirSync(join(root, '.git'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

async function lint(cwd: string, ...args: string[]) {
  const io = memoryIo({ cwd });
  const code = await main(['lint', '--format', 'json', ...args], io);
  const report = io.out() ? JSON.parse(io.out()) : undefined;
  return { code, report, err: io.err() };
}

const rulesOf = (report: { results: { findings: { ruleId: string; line: number; suppressions?: unknown }[] }[] }) =>
  report.results.flatMap((r) => r.findings.map((f) => `${f.ruleId}${f.suppressions ? ' (waived)' : ''}`));

/** The base spec with a warning (messaging-focus) and an error (revision-terms). */
const MISALIGNED = BASE.replace('    - USD 149, launching 2027-03-08\n', '    - USD 149, launching 2027-03-08\n    - Three colours\n').replace(
  '  extra_round_fee: { amount: 500, currency: USD }\n',
  '',
);

describe('configuration', () => {
  it('runs the recommended preset without a configuration', async () => {
    const root = repo({ 'a.campaign.yaml': MISALIGNED });
    const r = await lint(root);
    expect(r.code).toBe(1);
    expect(rulesOf(r.report)).toEqual(['messaging-focus', 'revision-terms']);
  });

  it('finds .alignkit.yaml in a parent directory and applies severities', async () => {
    const root = repo({ '.alignkit.yaml': 'rules:\n  revision-terms: off\n  messaging-focus: error\n', 'specs/a.campaign.yaml': MISALIGNED });
    const r = await lint(join(root, 'specs'));
    expect(r.code).toBe(1);
    expect(r.report.results[0].findings.map((f: { ruleId: string; severity: string }) => `${f.ruleId}:${f.severity}`)).toEqual(['messaging-focus:error']);
  });

  it('stops looking at the repository root', async () => {
    const outer = mkdtempSync(join(tmpdir(), 'alignkit-outer-'));
    writeFileSync(join(outer, '.alignkit.yaml'), 'rules:\n  revision-terms: off\n');
    mkdirSync(join(outer, 'project', '.git'), { recursive: true });
    writeFileSync(join(outer, 'project', 'a.campaign.yaml'), MISALIGNED);
    expect(rulesOf((await lint(join(outer, 'project'))).report)).toContain('revision-terms');
  });

  it('strict turns every rule into an error; overrides apply per glob', async () => {
    const root = repo({
      '.alignkit.yaml': 'extends: strict\noverrides:\n  - files: "archive/**"\n    rules:\n      messaging-focus: off\n      revision-terms: warn\n',
      'live/a.campaign.yaml': MISALIGNED,
      'archive/b.campaign.yaml': MISALIGNED,
    });
    const r = await lint(root);
    const byFile = Object.fromEntries(r.report.results.map((x: { file: string; findings: { ruleId: string; severity: string }[] }) => [x.file, x.findings.map((f) => `${f.ruleId}:${f.severity}`)]));
    expect(byFile).toEqual({ 'archive/b.campaign.yaml': ['revision-terms:warning'], 'live/a.campaign.yaml': ['messaging-focus:error', 'revision-terms:error'] });
  });

  it('--config names a file explicitly', async () => {
    const root = repo({ 'ci/alignkit.yaml': 'rules:\n  messaging-focus: off\n  revision-terms: off\n', 'a.campaign.yaml': MISALIGNED });
    expect(await lint(root, '--config', 'ci/alignkit.yaml')).toMatchObject({ code: 0 });
  });

  it.each([
    ['rules:\n  revision-term: off\n', /\.alignkit\.yaml:2:3: .*revision-term.*revision-terms/],
    ['rules:\n  revision-terms: sometimes\n', /\.alignkit\.yaml:2:19: /],
    ['extends: lenient\n', /\.alignkit\.yaml:1:10: /],
    ['rules: [\n', /\.alignkit\.yaml:\d+:\d+: /],
    ['waivers:\n  - rule: revision-terms\n    reason: ok\n', /\.alignkit\.yaml:3:13: /],
  ])('a broken configuration is a usage error naming file:line:col: %j', async (config, message) => {
    const root = repo({ '.alignkit.yaml': config, 'a.campaign.yaml': MISALIGNED });
    const r = await lint(root);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.err).not.toMatch(/\n\s+at /);
  });

  it('never executes anything: a JavaScript config next to it is ignored', async () => {
    const root = repo({ '.alignkitrc.js': 'throw new Error("executed")', 'a.campaign.yaml': MISALIGNED });
    expect((await lint(root)).code).toBe(1);
  });
});

describe('waivers', () => {
  const WAIVED = MISALIGNED.replace(
    '  revision_rounds: 2\n',
    '  # alignkit-disable-next-line revision-terms -- Extra rounds are billed at the agency day rate (decision d-001)\n  revision_rounds: 2\n',
  );

  it('an inline waiver suppresses the finding on the next line and keeps it in the report', async () => {
    const root = repo({ 'a.campaign.yaml': WAIVED });
    const r = await lint(root);
    expect(rulesOf(r.report)).toEqual(['messaging-focus', 'revision-terms (waived)']);
    const waived = r.report.results[0].findings[1];
    expect(waived.suppressions).toEqual([{ kind: 'inSource', justification: 'Extra rounds are billed at the agency day rate (decision d-001)' }]);
    expect([r.report.errorCount, r.report.warningCount, r.report.suppressedCount]).toEqual([0, 1, 1]);
    expect(r.code).toBe(0);
  });

  it.each([
    ['no reason', '# alignkit-disable-next-line revision-terms', 'waiver-invalid', /gives no reason/],
    ['an unknown rule', '# alignkit-disable-next-line revision-term -- Agreed', 'waiver-invalid', /not a rule/],
    ['an expired date', '# alignkit-disable-next-line revision-terms -- Agreed with Leo (until 2027-01-01)', 'waiver-expired', /expired on 2027-01-01/],
    ['a date that does not exist', '# alignkit-disable-next-line revision-terms -- Agreed (until 2027-02-30)', 'waiver-invalid', /not a date/],
  ])('a waiver with %s is a finding and waives nothing', async (_name, comment, ruleId, message) => {
    const root = repo({ 'a.campaign.yaml': MISALIGNED.replace('  revision_rounds: 2\n', `  ${comment}\n  revision_rounds: 2\n`) });
    const r = await lint(root);
    const findings = r.report.results[0].findings as { ruleId: string; message: string; line: number }[];
    const waiver = findings.find((f) => f.ruleId === ruleId)!;
    expect(waiver.message).toMatch(message);
    expect(waiver.line).toBe(MISALIGNED.split('\n').indexOf('  revision_rounds: 2') + 1);
    expect(rulesOf(r.report)).toContain('revision-terms');
  });

  it('an unused waiver is a warning', async () => {
    const root = repo({ 'a.campaign.yaml': BASE.replace('  revision_rounds: 2\n', '  # alignkit-disable-next-line revision-terms -- Agreed\n  revision_rounds: 2\n') });
    expect(rulesOf((await lint(root)).report)).toEqual(['waiver-unused']);
  });

  it('configuration waivers apply by rule, file glob and pointer, and expire', async () => {
    const config = [
      'waivers:',
      '  - rule: revision-terms',
      '    files: "a.campaign.yaml"',
      '    reason: Extra rounds billed at the day rate',
      '  - rule: messaging-focus',
      '    pointer: /messaging/key_messages',
      '    reason: Four messages agreed with the CMO',
      '    until: "2027-01-01"',
      '',
    ].join('\n');
    const root = repo({ '.alignkit.yaml': config, 'a.campaign.yaml': MISALIGNED, 'b.campaign.yaml': MISALIGNED });
    const r = await lint(root);
    const byFile = Object.fromEntries(r.report.results.map((x: { file: string; findings: never[] }) => [x.file, rulesOf({ results: [x] })]));
    expect(byFile).toEqual({
      '.alignkit.yaml': ['waiver-expired'],
      'a.campaign.yaml': ['messaging-focus', 'revision-terms (waived)'],
      'b.campaign.yaml': ['messaging-focus', 'revision-terms'],
    });
    const expired = r.report.results[0].findings[0];
    expect([expired.line, expired.column]).toEqual([8, 12]);
  });
});

describe('--today', () => {
  it('makes date-relative rules reproducible', async () => {
    const root = repo({ 'a.campaign.yaml': BASE });
    expect(rulesOf((await lint(root, '--today', '2027-02-20')).report)).toEqual(['deadline-in-past', 'deadline-in-past', 'deadline-in-past']);
    expect(rulesOf((await lint(root, '--today', '2027-01-15')).report)).toEqual([]);
  });

  it('refuses a date that does not exist', async () => {
    const r = await lint(repo({ 'a.campaign.yaml': BASE }), '--today', '2027-02-30');
    expect([r.code, r.err]).toEqual([2, 'alignkit: --today "2027-02-30" is not a date; write YYYY-MM-DD\n']);
  });
});

describe('rules and explain', () => {
  it('lists every rule; --json is parseable', async () => {
    const io = memoryIo();
    expect(await main(['rules', '--json'], io)).toBe(0);
    const list = JSON.parse(io.out());
    expect(list.rules.length).toBeGreaterThanOrEqual(30);
    expect(list.rules.find((r: { id: string }) => r.id === 'approval-chain-fits')).toMatchObject({ severity: 'error', category: 'schedule' });
  });

  it('explains a rule with the generated page, and suggests a close id', async () => {
    const io = memoryIo();
    expect(await main(['explain', 'approval-chain-fits'], io)).toBe(0);
    expect(io.out()).toBe(readFileSync(join(__dirname, '..', 'docs/rules/approval-chain-fits.md'), 'utf8'));
    const bad = memoryIo();
    expect(await main(['explain', 'aproval-chain-fits'], bad)).toBe(2);
    expect(bad.err()).toContain('did you mean "approval-chain-fits"');
  });
});
