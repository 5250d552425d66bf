/** Bad input never crashes, first part: the corpus's size and categories, the first half of the inputs, lone surrogates. See test/helpers/bad-input.ts. */
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS, corpusHalf, expectBadInputHandled, run } from './helpers/bad-input.js';
import { fixture } from './helpers/paths.js';

describe('bad input corpus', () => {
  it('has at least 200 committed files in every category the hardening issue names, and schedules that make no sense', () => {
    const names = readdirSync(CORPUS);
    expect(names.length).toBeGreaterThanOrEqual(200);
    const categories = new Set(names.map((n) => n.split('-')[0]));
    expect([...categories].sort()).toEqual(['cycle', 'date', 'enc', 'hostile', 'money', 'proto', 'ref', 'schedule', 'size', 'type', 'yaml', 'zone']);
  });

  it.each(corpusHalf(0))('%s: lint, render, calendar, status, sign, diff and kickoff answer with a documented exit code and a clean message', async (_name, path) => expectBadInputHandled(path));
});

describe('escaped lone surrogates', () => {
  it('are a lint finding at the string that holds one', async () => {
    const r = await run(['lint', fixture('bad/enc-escaped-surrogate-high.campaign.yaml'), '-f', 'json'], process.cwd());
    expect(r.code).toBe(1);
    const [finding] = JSON.parse(r.out).results[0].findings;
    expect(finding).toMatchObject({ ruleId: 'yaml-unsupported', line: 8, column: 9 });
    expect(finding.message).toContain('\\uD800');
  });

  it('in a follow-up stop render before a document holds a replacement character', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'alignkit-surrogate-'));
    copyFileSync(fixture('rules/base.campaign.yaml'), join(cwd, 'base.campaign.yaml'));
    const followup = readFileSync(join(process.cwd(), 'examples/product-launch.2027-03-19.followup.yaml'), 'utf8').replace(/^title: .*$/m, 'title: "Day-10 \\ud800 check-in"');
    writeFileSync(join(cwd, 'day-10.followup.yaml'), followup);
    const r = await run(['render', 'base.campaign.yaml', '--followup', 'day-10.followup.yaml'], cwd);
    expect(r.code).not.toBe(0);
    expect(r.out + r.err).toContain('day-10.followup.yaml');
    expect(r.out + r.err).toContain('\\uD800');
    expect(r.err).not.toMatch(/internal error/);
  });
});
