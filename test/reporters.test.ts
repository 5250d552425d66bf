/**
 * Machine formats checked with third-party validators: SARIF against the
 * official 2.1.0 schema (ajv-draft-04), JUnit with fast-xml-parser, GitHub
 * workflow commands against the escaping of actions/toolkit. Goldens pin
 * what a person or a CI system reads.
 */
import { createRequire } from 'node:module';
import type { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import type { FileResult } from '../src/core/finding.js';
import { lintSource } from '../src/core/lint.js';
import { allRuleMeta } from '../src/core/rules/meta.js';
import { escapeData, escapeProperty, github } from '../src/reporters/github.js';
import { junit } from '../src/reporters/junit.js';
import { sarif } from '../src/reporters/sarif.js';
import type { LintReport, ReportContext } from '../src/reporters/types.js';
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
    const results = run.results as { ruleId: string; ruleIndex: number; level: string; suppressions?: unknown[]; locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region: { startLine: number } } }[]; partialFingerprints: Record<string, string> }[];
    expect(results.map((r) => `${r.ruleId}:${r.level}${r.suppressions ? ':suppressed' : ''}`)).toEqual(['messaging-focus:warning', 'revision-terms:error', 'termination-terms:warning:suppressed']);
    for (const r of results) {
      expect(ids[r.ruleIndex]).toBe(r.ruleId);
      expect(r.locations[0]!.physicalLocation.artifactLocation).toEqual({ uri: 'campaigns/spring%20launch.campaign.yaml', uriBaseId: '%SRCROOT%' });
      expect(r.partialFingerprints['alignkit/v1']).toMatch(/^[0-9a-f]{32}$/);
    }
  });

  it('keeps fingerprints when lines move', async () => {
    const fingerprints = async (text: string) =>
      (JSON.parse(sarif(await report([['a.campaign.yaml', text]]), CONTEXT)).runs[0].results as { partialFingerprints: Record<string, string> }[]).map((r) => r.partialFingerprints['alignkit/v1']);
    const moved = MISALIGNED.replace('kind: Campaign\n', 'kind: Campaign\n# a new comment\n# and another\n');
    expect(await fingerprints(moved)).toEqual(await fingerprints(MISALIGNED));
  });

  it('matches the golden file', async () => {
    await expect(sarif(await report(FILES), { ...CONTEXT, rules: CONTEXT.rules.filter((r) => ['messaging-focus', 'revision-terms', 'termination-terms'].includes(r.id)) })).toMatchFileSnapshot('golden/lint.sarif.json');
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
