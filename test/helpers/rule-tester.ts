/**
 * A strict, table-driven rule tester (after ESLint's RuleTester). Each case
 * edits the rule base spec (test/fixtures/rules/base.campaign.yaml, which is
 * clean under every rule) by exact text replacement, lints it with only the
 * rule under test, and compares every finding's rule id, line and column with
 * positions found by searching the edited text: never with alignkit's own
 * locator. Each case runs on the fast and the exact path, and with the
 * bounding and the exact clock; all four must agree.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintSource } from '../../src/core/lint.js';
import { RULES_BY_ID } from '../../src/core/rules/index.js';
import { parse } from 'yaml';
import type { SignoffContext } from '../../src/core/rules/types.js';
import { agreementHash, agreementTerms } from '../../src/core/signoff/agreement.js';
import type { LedgerSignature } from '../../src/core/signoff/ledger.js';
import type { CampaignSpec } from '../../src/core/spec/model.js';
import { fixture } from './paths.js';

export const BASE_PATH = fixture('rules/base.campaign.yaml');
export const BASE = readFileSync(BASE_PATH, 'utf8');
export const TODAY = '2027-01-15';

/** [text, replacement]: the text must occur exactly once (or once after `after`). */
export type Edit = [string, string] | { from: string; to: string; after: string };

export interface ExpectedFinding {
  /** The finding starts where this text starts... */
  at: string;
  /** ...searching from the end of the first occurrence of this text. */
  after?: string;
  message?: RegExp;
  hint?: RegExp;
}

export interface ValidCase {
  name: string;
  edits?: Edit[];
  today?: string;
  /** Parties who signed the unedited base spec: the case then runs with a sign-off ledger. */
  signedBy?: string[];
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedFinding[];
}

function occurrences(text: string, part: string): number {
  let n = 0;
  for (let i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) n += 1;
  return n;
}

export function applyEdits(edits: Edit[] = []): string {
  let text = BASE;
  for (const edit of edits) {
    if (Array.isArray(edit)) {
      const [from, to] = edit;
      if (occurrences(text, from) !== 1) throw new Error(`edit: ${JSON.stringify(from)} occurs ${occurrences(text, from)} times`);
      text = text.replace(from, () => to);
    } else {
      const anchor = text.indexOf(edit.after);
      const at = anchor < 0 ? -1 : text.indexOf(edit.from, anchor);
      if (at < 0) throw new Error(`edit: ${JSON.stringify(edit.from)} not found after ${JSON.stringify(edit.after)}`);
      text = text.slice(0, at) + edit.to + text.slice(at + edit.from.length);
    }
  }
  return text;
}

export function positionOf(text: string, expected: ExpectedFinding): { line: number; column: number } {
  const anchor = expected.after === undefined ? 0 : text.indexOf(expected.after);
  if (anchor < 0) throw new Error(`expected: anchor ${JSON.stringify(expected.after)} not found`);
  const from = expected.after === undefined ? 0 : anchor + expected.after.length;
  const index = text.indexOf(expected.at, from);
  if (index < 0) throw new Error(`expected: ${JSON.stringify(expected.at)} not found`);
  if (expected.after === undefined && occurrences(text, expected.at) !== 1) throw new Error(`expected: ${JSON.stringify(expected.at)} is ambiguous; add "after"`);
  const before = text.slice(0, index).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

/** Who has to sign the base spec (Accountable in its RACI or holding sign_contract), in party order. */
export const BASE_SIGNATORIES = ['ines-alvarez', 'dana-whitfield', 'leo-park', 'maya-chen', 'jon-reyes', 'kim-osei', 'priya-nair'];

/** A ledger in which each of `parties` signed the unedited base spec. */
export function baseLedger(parties: readonly string[]): SignoffContext {
  const data = parse(BASE);
  const hash = agreementHash(data);
  const signatures: LedgerSignature[] = parties.map((party, i) => ({
    party,
    signer: `Signer ${i + 1}`,
    at: `2027-01-2${i % 10}T10:00:00Z`,
    agreement: hash,
    algorithm: 'sha256',
    canonicalization: 'RFC8785',
    spec_version: 'alignkit/v1',
  }));
  return { ledger: { campaign: (data as CampaignSpec).campaign.id, signatures, agreements: [{ hash, terms: agreementTerms(data) }] }, hashOf: agreementHash };
}

async function findingsOf(ruleId: string, text: string, today: string, signedBy?: string[]) {
  const rule = RULES_BY_ID.get(ruleId)!;
  const runs = [];
  const signoff = signedBy ? { signoff: baseLedger(signedBy) } : {};
  for (const exactOnly of [false, true]) {
    for (const exactClock of [false, true]) {
      const result = await lintSource('case.campaign.yaml', new TextEncoder().encode(text), { rules: [{ rule, severity: rule.severity }], today, exactOnly, exactClock, ...signoff });
      runs.push(result.findings.map((f) => ({ ruleId: f.ruleId, line: f.line, column: f.column, message: f.message, hint: f.hint })));
    }
  }
  for (const run of runs.slice(1)) expect(run, 'fast/exact path and bounding/exact clock disagree').toEqual(runs[0]);
  return runs[0]!;
}

export function ruleTester(ruleId: string, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  if (!RULES_BY_ID.has(ruleId)) throw new Error(`no rule ${ruleId} in the registry`);
  if (cases.valid.length < 1 || cases.invalid.length < 2) throw new Error(`${ruleId}: a rule needs at least one valid and two invalid cases`);
  for (const c of cases.invalid) if (c.errors.length === 0) throw new Error(`${ruleId} / ${c.name}: an invalid case must list its findings`);

  describe(ruleId, () => {
    it.each(cases.valid.map((c) => [c.name, c] as const))('valid: %s', async (_name, c) => {
      expect(await findingsOf(ruleId, applyEdits(c.edits), c.today ?? TODAY, c.signedBy)).toEqual([]);
    });
    it.each(cases.invalid.map((c) => [c.name, c] as const))('invalid: %s', async (_name, c) => {
      const text = applyEdits(c.edits);
      const actual = await findingsOf(ruleId, text, c.today ?? TODAY, c.signedBy);
      const expected = c.errors.map((e) => ({ ruleId, ...positionOf(text, e) }));
      expect(actual.map(({ ruleId: id, line, column }) => ({ ruleId: id, line, column }))).toEqual(expected);
      c.errors.forEach((e, i) => {
        if (e.message) expect(actual[i]!.message).toMatch(e.message);
        if (e.hint) expect(actual[i]!.hint).toMatch(e.hint);
      });
    });
  });
}
