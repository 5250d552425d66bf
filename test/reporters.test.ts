/**
 * Machine formats checked with third-party validators: SARIF against the
 * official 2.1.0 schema (ajv-draft-04) and Microsoft's SARIF Multitool with
 * its GitHub rules, JUnit with fast-xml-parser, GitHub
 * workflow commands against the escaping of actions/toolkit. Goldens pin
 * what a person or a CI system reads.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/program.js';
import { toFileResult, type FileResult } from '../src/core/finding.js';
import { lintSource } from '../src/core/lint.js';
import { allRuleMeta } from '../src/core/rules/meta.js';
import { escapeData, escapeProperty, github } from '../src/reporters/github.js';
import { junit } from '../src/reporters/junit.js';
import { sarif } from '../src/reporters/sarif.js';
import type { LintReport, ReportContext } from '../src/reporters/types.js';
import { memoryIo } from './helpers/memory-io.js';
import { ROOT } from './helpers/paths.js';
import { BASE, TODAY } from './helpers/rule-tester.js';

const require = createRequire(import.meta.url);
const SARIF_SCHEMA = require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json') as object;

const MISALIGNED = BASE.replace('  extra_round_fee: { amount: 500, currency: USD }\n', '')
  .replace('    - USD 149, launching 2027-03-08\n', '    - USD 149, launching 2027-03-08\n    - Three colours\n')
  .replace('morality: mutual', '  # alignkit-disable-next-line termination-terms -- The creator side asked for a creator-only clause\n  morality: creator_only'.slice(2));

async function report(files: [string, string][]): Promise<LintReport> {
  const results: FileResult[] = [];
  for (const [name, text] of files) results.push(await lintSource(name, new TextEncoder().encode(text), { today: TODAY }));
  const sum = (k: 'errorCount' | 'warningCount' | 'suppressedCount') => results.reduce((n, r) => n + r[k], 0);
  return { results, errorCount: sum('errorCount'), warningCount: sum('warningCount'), suppressedCount: sum('suppressedCount'), maxWarnings: -1 };
}

const CONTEXT: ReportContext = { color: 0, version: '0.0.0-test', rules: allRuleMeta() };
const FILES: [string, string][] = [
  ['campaigns/spring launch.campaign.yaml', MISALIGNED],
  ['campaigns/clean.campaign.yaml', BASE],
];

describe('sarif', () => {
  it('validates against the official SARIF 2.1.0 schema', async () => {
    // ajv-draft-04 is CommonJS; require() gives its class without ESM interop guesswork.
    const AjvDraft04 = (require('ajv-draft-04') as { default: new (options: object) => Ajv }).default;
    const ajv = new AjvDraft04({ strict: false, unicodeRegExp: false, allErrors: true });
    addFormats.default(ajv);
    const validate = ajv.compile(SARIF_SCHEMA);
    const log = JSON.parse(sarif(await report(FILES), CONTEXT));
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
  });

  it('has rule metadata, repo-relative URIs, regions, levels, suppressions and fingerprints', async () => {
    const log = JSON.parse(sarif(await report(FILES), CONTEXT));
    const run = log.runs[0];
    const ids = run.tool.driver.rules.map((r: { id: string }) => r.id);
    expect(ids).toContain('approval-chain-fits');
    expect(ids).toContain('schema');
    const results = run.results as {
      ruleId: string;
      ruleIndex: number;
      level: string;
      suppressions?: unknown[];
      locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region: { startLine: number } } }[];
      partialFingerprints: Record<string, string>;
    }[];
    // The waived termination-terms finding is left out: GitHub ignores `suppressions` and would open an alert.
    expect(results.map((r) => `${r.ruleId}:${r.level}${r.suppressions ? ':suppressed' : ''}`)).toEqual(['messaging-focus:warning', 'revision-terms:error']);
    for (const r of results) {
      expect(ids[r.ruleIndex]).toBe(r.ruleId);
      expect(r.locations[0]!.physicalLocation.artifactLocation).toEqual({ uri: 'campaigns/spring%20launch.campaign.yaml', uriBaseId: '%SRCROOT%' });
      expect(r.partialFingerprints['alignkit/v2']).toMatch(/^[0-9a-f]{32}$/);
    }
    for (const rule of run.tool.driver.rules) {
      expect(rule.fullDescription.text.length, rule.id).toBeGreaterThan(rule.shortDescription.text.length);
      expect(rule.help.text, rule.id).toContain(rule.shortDescription.text);
      expect(rule.name, rule.id).not.toBe(rule.id);
    }
  });

  it('keeps waived findings, marked suppressed, when asked to', async () => {
    const log = JSON.parse(sarif(await report(FILES), { ...CONTEXT, sarif: { cwd: '/repo', root: '/repo', includeSuppressed: true } }));
    expect(log.runs[0].results.map((r: { ruleId: string; suppressions?: unknown[] }) => `${r.ruleId}${r.suppressions ? ':suppressed' : ''}`)).toEqual([
      'messaging-focus',
      'revision-terms',
      'termination-terms:suppressed',
    ]);
  });

  it('writes URIs relative to the repository root, wherever lint ran', async () => {
    const uris = (cwd: string, root: string) =>
      report(FILES).then((r) =>
        JSON.parse(sarif(r, { ...CONTEXT, sarif: { cwd, root, includeSuppressed: false } })).runs[0].results.map(
          (x: { locations: { physicalLocation: { artifactLocation: unknown } }[] }) => x.locations[0]!.physicalLocation.artifactLocation,
        ),
      );
    expect(await uris('/repo/marketing', '/repo')).toEqual([
      { uri: 'marketing/campaigns/spring%20launch.campaign.yaml', uriBaseId: '%SRCROOT%' },
      { uri: 'marketing/campaigns/spring%20launch.campaign.yaml', uriBaseId: '%SRCROOT%' },
    ]);
    // Outside the root there is nothing to be relative to: an absolute file URI.
    expect((await uris('/elsewhere', '/repo'))[0]).toEqual({ uri: 'file:///elsewhere/campaigns/spring%20launch.campaign.yaml' });
  });

  it('gives two findings at one pointer different fingerprints', async () => {
    const twice = toFileResult('a.campaign.yaml', [
      { ruleId: 'schema', severity: 'error', message: 'first', file: 'a.campaign.yaml', pointer: '/kpis/0', line: 3, column: 5, endLine: 3, endColumn: 9 },
      { ruleId: 'schema', severity: 'error', message: 'second', file: 'a.campaign.yaml', pointer: '/kpis/0', line: 3, column: 5, endLine: 3, endColumn: 9 },
      { ruleId: 'schema', severity: 'error', message: 'second', file: 'a.campaign.yaml', pointer: '/kpis/0', line: 3, column: 5, endLine: 3, endColumn: 9 },
    ]);
    const log = JSON.parse(sarif({ results: [twice], errorCount: 3, warningCount: 0, suppressedCount: 0, maxWarnings: -1 }, CONTEXT));
    const prints = log.runs[0].results.map((r: { partialFingerprints: Record<string, string> }) => r.partialFingerprints['alignkit/v2']);
    expect(new Set(prints).size).toBe(3);
  });

  it("passes Microsoft's SARIF Multitool with its GitHub rules, for every example and broken fixture", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'alignkit-sarif-'));
    const io = memoryIo({ cwd: ROOT, today: TODAY });
    expect(await main(['lint', 'examples', 'test/fixtures/invalid', '-f', `sarif:${join(dir, 'lint.sarif')}`], io)).toBe(1);
    const tool = require.resolve('@microsoft/sarif-multitool-linux/Sarif.Multitool');
    // SARIF2006 (help URIs answer an HTTP GET) is a note-level rule, which --level leaves out anyway; it still
    // runs, and without a network its DNS retries took 10 of this test's 12 seconds.
    const config = join(dir, 'multitool.xml');
    writeFileSync(config, '<Properties><Properties Key="SARIF2006.UrisShouldBeReachable.Options"><Property Key="RuleEnabled" Value="Disabled" /></Properties></Properties>\n');
    const r = spawnSync(tool, ['validate', join(dir, 'lint.sarif'), '--config', config, '--rule-kind', 'Gh;Sarif', '--level', 'Error;Warning', '--output', join(dir, 'validation.sarif')], {
      encoding: 'utf8',
      env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1' },
    });
    expect(r.status, r.stdout + r.stderr).toBe(0);
    const problems = JSON.parse(readFileSync(join(dir, 'validation.sarif'), 'utf8')).runs[0].results.map(
      (x: { ruleId: string; message: { arguments?: string[] } }) => `${x.ruleId} ${x.message.arguments?.join(' | ')}`,
    );
    expect(problems).toEqual([]);
  }, 60_000);

  it('keeps fingerprints when lines move', async () => {
    const fingerprints = async (text: string) =>
      (JSON.parse(sarif(await report([['a.campaign.yaml', text]]), CONTEXT)).runs[0].results as { partialFingerprints: Record<string, string> }[]).map((r) => r.partialFingerprints['alignkit/v2']);
    const moved = MISALIGNED.replace('kind: Campaign\n', 'kind: Campaign\n# a new comment\n# and another\n');
    expect(await fingerprints(moved)).toEqual(await fingerprints(MISALIGNED));
  });

  it('matches the golden file', async () => {
    await expect(sarif(await report(FILES), { ...CONTEXT, rules: CONTEXT.rules.filter((r) => ['messaging-focus', 'revision-terms', 'termination-terms'].includes(r.id)) })).toMatchFileSnapshot(
      'golden/lint.sarif.json',
    );
  });
});

describe('junit', () => {
  it('is well-formed XML with one suite per file and one case per finding', async () => {
    const xml = junit(await report(FILES), CONTEXT);
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['testsuite', 'testcase'].includes(name) }).parse(xml);
    const suites = doc.testsuites.testsuite as { '@_name': string; '@_failures': string; testcase: { failure?: unknown; skipped?: unknown }[] }[];
    expect(suites.map((s) => [s['@_name'], s['@_failures'], s.testcase.length])).toEqual([
      ['campaigns/spring launch.campaign.yaml', '2', 3],
      ['campaigns/clean.campaign.yaml', '0', 1],
    ]);
    expect(suites[0]!.testcase.filter((c) => c.skipped !== undefined)).toHaveLength(1);
    await expect(xml).toMatchFileSnapshot('golden/lint.junit.xml');
  });

  it('names each case by rule and pointer, so names stay when lines move; file and line are attributes', async () => {
    const names = (xml: string) =>
      new XMLParser({ ignoreAttributes: false, isArray: (n) => ['testsuite', 'testcase'].includes(n) }).parse(xml).testsuites.testsuite[0].testcase as {
        '@_name': string;
        '@_line': string;
        '@_file': string;
      }[];
    const before = names(junit(await report(FILES.slice(0, 1)), CONTEXT));
    const moved = names(junit(await report([[FILES[0]![0], `# a comment that moves every line\n\n${FILES[0]![1]}`]]), CONTEXT));
    expect(moved.map((c) => c['@_name'])).toEqual(before.map((c) => c['@_name']));
    expect(moved.map((c) => Number(c['@_line']))).toEqual(before.map((c) => Number(c['@_line']) + 2));
    expect(before[0]!['@_file']).toBe(FILES[0]![0]);
    expect(before.every((c) => /^[a-z-]+ (\/\S*|\(whole file\))( #\d+)?$/.test(c['@_name']))).toBe(true);
    expect(new Set(before.map((c) => c['@_name'])).size).toBe(before.length);
  });

  it('survives hostile text: markup, quotes and control characters', async () => {
    const hostile = BASE.replace('name: Nova Buds Pro launch', 'name: Nova <b>&"\'</b> \u0007 launch').replace('  extra_round_fee: { amount: 500, currency: USD }\n', '');
    const xml = junit(await report([['<evil>&"file".campaign.yaml', hostile]]), CONTEXT);
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false }).parse(xml);
    expect(doc.testsuites.testsuite['@_name']).toBe('<evil>&"file".campaign.yaml');
  });
});

describe('github', () => {
  it('escapes data and properties as actions/toolkit does', () => {
    expect(escapeData('50% done\r\nnext')).toBe('50%25 done%0D%0Anext');
    expect(escapeProperty('a:b,c%d\n')).toBe('a%3Ab%2Cc%25d%0A');
  });

  it('never lets a message start a new workflow command', async () => {
    // Labels are echoed in disclosure-label-accepted messages, for US and for CA.
    const hostile = BASE.replace('labels: ["Ad"]', 'labels: ["Werbung\\r\\n::error file=pwned::owned %0A"]');
    const out = github(await report([['a,b:c.campaign.yaml', hostile]]), CONTEXT);
    const commands = out.split('\n').filter((l) => l.startsWith('::'));
    expect(commands).toHaveLength(2);
    expect(commands[0]).toContain('Werbung%0D%0A::error file=pwned::owned %250A');
    for (const c of commands) expect(c).toMatch(/^::(error|warning) file=a%2Cb%3Ac\.campaign\.yaml,line=\d+,endLine=\d+,col=\d+,endColumn=\d+,title=alignkit [a-z-]+::[^\n]*$/);
  });

  it('annotates, then prints the full report (GitHub shows only 10 annotations per level)', async () => {
    await expect(github(await report(FILES), CONTEXT)).toMatchFileSnapshot('golden/lint.github.txt');
  });
});
