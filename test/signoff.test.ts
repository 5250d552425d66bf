/**
 * The sign-off core: what the agreement hash covers (property tests over
 * random edits), that both YAML parsers give the same hash, and that the
 * ledger trusts nothing it cannot check.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { CORE_SCHEMA, load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { Document, parse, stringify } from 'yaml';
import { OUTSIDE_AGREEMENT } from '../src/generated/audience.js';
import { agreementHash, agreementTerms, canonicalTerms, NotCanonicalizable } from '../src/core/signoff/agreement.js';
import { followUpNameFor, ledgerNameFor } from '../src/core/spec/file-names.js';
import { isSigningTime, ledgerText, parseLedger, statementOf, type Ledger } from '../src/core/signoff/ledger.js';
import { signoffStatus } from '../src/core/signoff/status.js';
import type { CampaignSpec } from '../src/core/spec/model.js';
import { CLEAN_EXAMPLES, ROOT } from './helpers/paths.js';

const SEED = 20261122;
const SOURCE = readFileSync(join(ROOT, 'examples/product-launch.campaign.yaml'), 'utf8');
const DATA = parse(SOURCE) as Record<string, unknown>;
const HASH = agreementHash(DATA);

type Path = (string | number)[];

/** Every leaf of the data with its path. */
function leaves(node: unknown, path: Path = []): { path: Path; value: unknown }[] {
  if (Array.isArray(node)) return node.flatMap((item, i) => leaves(item, [...path, i]));
  if (node !== null && typeof node === 'object') return Object.entries(node).flatMap(([k, v]) => leaves(v, [...path, k]));
  return [{ path, value: node }];
}

function isOutside(path: Path): boolean {
  return OUTSIDE_AGREEMENT.some((outside) => outside.every((segment, i) => (segment === '*' ? typeof path[i] === 'number' : path[i] === segment)));
}

function setAt(data: unknown, path: Path, value: unknown): unknown {
  const copy = structuredClone(data) as Record<string | number, unknown>;
  let node = copy;
  for (const segment of path.slice(0, -1)) node = node[segment] as Record<string | number, unknown>;
  node[path.at(-1)!] = value;
  return copy;
}

function changed(value: unknown): unknown {
  if (typeof value === 'string') return `${value}x`;
  if (typeof value === 'number') return value + 1;
  if (typeof value === 'boolean') return !value;
  return 'changed';
}

/** The same data with every mapping's keys in a shuffled order. */
function shuffleKeys(node: unknown, random: () => number): unknown {
  if (Array.isArray(node)) return node.map((item) => shuffleKeys(item, random));
  if (node === null || typeof node !== 'object') return node;
  const entries = Object.entries(node).map(([k, v]) => [k, shuffleKeys(v, random)] as const);
  for (let i = entries.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [entries[i], entries[j]] = [entries[j]!, entries[i]!];
  }
  return Object.fromEntries(entries);
}

describe('agreement hash', () => {
  it.each(CLEAN_EXAMPLES)('%s hashes the same whether js-yaml (fast path) or yaml (exact path) read it', (example) => {
    const text = readFileSync(join(ROOT, example), 'utf8');
    expect(agreementHash(load(text, { schema: CORE_SCHEMA }))).toBe(agreementHash(parse(text)));
  });

  it("is SHA-256 over RFC 8785 canonical JSON (the RFC's own number and key-order example)", () => {
    // RFC 8785 §3.2.2 and §3.2.3: numbers in ES6 form, keys sorted by UTF-16 code units.
    expect(canonicalTerms({ numbers: [333333333.33333329, 4.5, 2e-3, 0.000000000000000000000000001], '\u20ac': 'Euro', '\r': 'CR', '1': 'One' })).toBe(
      '{"\\r":"CR","1":"One","numbers":[333333333.3333333,4.5,0.002,1e-27],"€":"Euro"}',
    );
  });

  it('does not change when keys are reordered, the YAML is restyled or comments are edited', () => {
    fc.assert(
      fc.property(fc.integer(), fc.boolean(), fc.constantFrom('PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE') as fc.Arbitrary<'PLAIN' | 'QUOTE_DOUBLE' | 'QUOTE_SINGLE'>, (seed, flow, quoting) => {
        let state = seed >>> 0;
        const random = () => (state = (state * 1664525 + 1013904223) >>> 0) / 2 ** 32;
        const doc = new Document(shuffleKeys(DATA, random));
        doc.commentBefore = ` restyled with seed ${seed}`;
        const text = doc.toString({ defaultStringType: quoting, defaultKeyType: 'PLAIN', collectionStyle: flow ? 'flow' : 'block', lineWidth: 0 });
        expect(agreementHash(parse(text))).toBe(HASH);
      }),
      { seed: SEED, numRuns: 60 },
    );
  });

  const agreed = leaves(DATA).filter((l) => !isOutside(l.path));
  const outside = leaves(DATA).filter((l) => isOutside(l.path));

  it('changes when any single term changes', () => {
    expect(agreed.length).toBeGreaterThan(500);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: agreed.length - 1 }), (i) => {
        const { path, value } = agreed[i]!;
        expect(agreementHash(setAt(DATA, path, changed(value))), path.join('/')).not.toBe(HASH);
      }),
      { seed: SEED, numRuns: 400 },
    );
  });

  it('changes when an item is added to or removed from any list of terms', () => {
    const lists = agreed
      .map((l) => l.path)
      .filter((p) => typeof p.at(-1) === 'number')
      .map((p) => p.slice(0, -1));
    for (const path of lists) {
      const list = path.reduce<unknown>((node, segment) => (node as Record<string | number, unknown>)[segment], DATA) as unknown[];
      expect(agreementHash(setAt(DATA, path, list.slice(1))), path.join('/')).not.toBe(HASH);
    }
  });

  it('does not change for internal notes, the paid media plan or the decision log', () => {
    expect(outside.length).toBeGreaterThan(5);
    for (const { path, value } of outside) expect(agreementHash(setAt(DATA, path, changed(value))), path.join('/')).toBe(HASH);
    const withoutPlan = { ...DATA };
    delete withoutPlan.paid_media_plan;
    delete withoutPlan.decision_log;
    expect(agreementHash(withoutPlan)).toBe(HASH);
  });

  it('keeps the terms as written: no defaults are added and the input is not changed', () => {
    const before = structuredClone(DATA);
    const terms = agreementTerms(DATA) as Record<string, unknown>;
    expect(DATA).toEqual(before);
    expect(terms.decision_log).toBeUndefined();
    expect((terms.campaign as Record<string, unknown>).internal_notes).toBeUndefined();
    expect(terms.deliverables).toEqual(DATA.deliverables);
  });

  it('refuses numbers JSON cannot carry exactly', () => {
    expect(() => agreementHash({ ...DATA, x: Number.NaN })).toThrow(NotCanonicalizable);
    expect(() => agreementHash({ ...DATA, x: 2 ** 60 })).toThrow(/too large/);
  });
});

describe('ledger', () => {
  const terms = agreementTerms(DATA);
  const ledger: Ledger = {
    campaign: 'nova-buds-pro-launch',
    signatures: [{ party: 'ines-alvarez', signer: 'Ines Alvarez', at: '2027-01-20T10:00:00-05:00', agreement: HASH, algorithm: 'sha256', canonicalization: 'RFC8785', spec_version: 'alignkit/v1' }],
    agreements: [{ hash: HASH, terms }],
  };
  const text = ledgerText(ledger, 'product-launch.campaign.yaml');

  it('is named after the spec', () => {
    expect(ledgerNameFor('spring.campaign.yaml')).toBe('spring.signoff.yaml');
    expect(ledgerNameFor('spring.campaign.yml')).toBe('spring.signoff.yaml');
    expect(ledgerNameFor('spring.yaml')).toBe('spring.signoff.yaml');
    expect(ledgerNameFor('spring')).toBe('spring.signoff.yaml');
    expect(followUpNameFor('spring.campaign.yaml', '2027-03-19')).toBe('spring.2027-03-19.followup.yaml');
  });

  it('reads back exactly what was written', () => {
    expect(parseLedger('l.yaml', text)).toMatchObject({ ledger, findings: [], signatureIndex: [0] });
    expect(text.startsWith('# Sign-off ledger for product-launch.campaign.yaml')).toBe(true);
  });

  it('reads a ledger as sign wrote it without the exact parser, and answers as the exact parser would, positions included', () => {
    // A document-start marker sends the same ledger down the exact path (the quick reader gives up on it).
    const exactOnly = text.replace('apiVersion:', '---\napiVersion:');
    const quick = parseLedger('l.yaml', text);
    const exact = parseLedger('l.yaml', exactOnly);
    expect(quick.ledger).toEqual(exact.ledger);
    expect(quick.signatureIndex).toEqual(exact.signatureIndex);
    // The one line added before it shifts every position by one.
    const at = quick.locate!('/signatures/0/at');
    expect(at.line).toBe(text.split('\n').findIndex((l) => l.trim().startsWith('at: 2027-01-20T10:00:00-05:00')) + 1);
    expect(exact.locate!('/signatures/0/at')).toEqual({ ...at, line: at.line + 1, ...(at.endLine === undefined ? {} : { endLine: at.endLine + 1 }) });
  });

  it('does not trust a stored copy edited after signing, nor the signatures on it, and says where', () => {
    const tampered = text.replace('draft_due: 2027-02-19T17:00 America/Los_Angeles', 'draft_due: 2027-02-26T17:00 America/Los_Angeles');
    expect(tampered).not.toBe(text);
    const parsed = parseLedger('l.yaml', tampered);
    expect(parsed.ledger).toEqual({ ...ledger, signatures: [], agreements: [] });
    expect(parsed.findings.map((f) => [f.line > 1, f.message])).toEqual([
      [true, expect.stringMatching(/stored copy of version [0-9a-f]{12} does not match its hash/)],
      [true, expect.stringMatching(/No trusted copy of version/)],
    ]);
    const termsLine = tampered.split('\n').findIndex((l) => l.trim() === 'terms:') + 1;
    expect(parsed.findings[0]!.line).toBe(termsLine);
  });

  it('does not trust a signature whose hash was edited to match the current spec', () => {
    const parsed = parseLedger('l.yaml', text.replace(`agreement: ${HASH}`, `agreement: ${'a'.repeat(64)}`));
    expect(parsed.ledger!.signatures).toEqual([]);
    expect(parsed.findings[0]!.message).toMatch(/No trusted copy of version aaaaaaaaaaaa/);
  });

  it.each([
    ['not YAML', 'signatures: [\n', /YAML syntax error/],
    ['another kind of file', 'apiVersion: alignkit/v1\nkind: Campaign\n', /not an alignkit sign-off ledger/],
    ['an empty file', '', /not an alignkit sign-off ledger/],
    ['no campaign', 'apiVersion: alignkit/v1\nkind: SignOffLedger\n', /which campaign/],
    ['signatures not a list', 'apiVersion: alignkit/v1\nkind: SignOffLedger\ncampaign: c\nsignatures: 3\n', /Expected a list/],
  ])('reports %s with a position instead of trusting it', (_name, source, message) => {
    const parsed = parseLedger('l.yaml', source);
    expect(parsed.ledger).toBeUndefined();
    expect(parsed.findings[0]!.message).toMatch(message);
    expect(parsed.findings[0]!.line).toBeGreaterThanOrEqual(1);
  });

  it.each([
    ['a time without offset', (t: string) => t.replace('at: 2027-01-20T10:00:00-05:00', 'at: 2027-01-20T10:00:00'), /not a date and time with an offset/],
    ['an impossible date', (t: string) => t.replace('at: 2027-01-20T10:00:00-05:00', 'at: 2027-02-30T10:00:00Z'), /not a date and time/],
    ['another algorithm', (t: string) => t.replace('algorithm: sha256', 'algorithm: md5'), /md5\/RFC8785/],
    ['a missing signer', (t: string) => t.replace('    signer: Ines Alvarez\n', ''), /no valid `signer`/],
    ['a half SSH block', (t: string) => t.replace('    spec_version: alignkit/v1\n', '    spec_version: alignkit/v1\n    ssh: { public_key: x }\n'), /SSH signature needs/],
  ])('leaves out a signature with %s', (_name, edit, message) => {
    const parsed = parseLedger('l.yaml', edit(text));
    expect(parsed.ledger!.signatures).toEqual([]);
    expect(parsed.findings).toHaveLength(1);
    expect(parsed.findings[0]!.message).toMatch(message);
  });

  it('checks signing times strictly', () => {
    expect(isSigningTime('2027-01-20T10:00:00Z')).toBe(true);
    expect(isSigningTime('2027-01-20T10:00:00.123+05:30')).toBe(true);
    for (const bad of ['2027-01-20', '2027-01-20T10:00Z', '2027-01-20T24:00:00Z', '2027-13-01T10:00:00Z', '2027-01-20T10:00:00+25:00', '2027-01-20 10:00:00Z']) {
      expect(isSigningTime(bad), bad).toBe(false);
    }
  });

  it('signs a statement naming campaign, party, signer, time and version', () => {
    expect(statementOf('c', ledger.signatures[0]!)).toBe(`alignkit sign-off\ncampaign: c\nparty: ines-alvarez\nsigner: Ines Alvarez\nat: 2027-01-20T10:00:00-05:00\nagreement: sha256:${HASH}\n`);
  });
});

describe('sign-off status', () => {
  const spec = DATA as unknown as CampaignSpec;
  const signature = (party: string, agreement: string) => ({
    party,
    signer: party,
    at: '2027-01-20T10:00:00Z',
    agreement,
    algorithm: 'sha256' as const,
    canonicalization: 'RFC8785' as const,
    spec_version: 'alignkit/v1',
  });
  const required = ['ines-alvarez', 'dana-whitfield', 'leo-park', 'maya-chen', 'jon-reyes', 'kim-osei', 'priya-nair'];

  it('is LOCKED only when every signatory signed the current hash', () => {
    const all: Ledger = { campaign: 'nova-buds-pro-launch', signatures: required.map((p) => signature(p, HASH)), agreements: [{ hash: HASH, terms: agreementTerms(DATA) }] };
    const status = signoffStatus(spec, HASH, all);
    expect(status.locked).toBe(true);
    expect(status.lastLocked).toBe(HASH);
    const missingOne = signoffStatus(spec, HASH, { ...all, signatures: all.signatures.slice(1) });
    expect(missingOne.locked).toBe(false);
    expect(missingOne.signatories[0]!.state).toBe('missing');
    expect(missingOne.lastLocked).toBeUndefined();
  });

  it('marks signatures on an earlier version stale and remembers the last locked version', () => {
    const changedData = setAt(DATA, ['deliverables', 0, 'count'], (DATA.deliverables as { count: number }[])[0]!.count + 1);
    const now = agreementHash(changedData);
    const all: Ledger = {
      campaign: 'nova-buds-pro-launch',
      signatures: [...required.map((p) => signature(p, HASH)), signature('ines-alvarez', now), signature('tom-becker', now)],
      agreements: [
        { hash: HASH, terms: agreementTerms(DATA) },
        { hash: now, terms: agreementTerms(changedData) },
      ],
    };
    const status = signoffStatus(changedData as CampaignSpec, now, all);
    expect(status.locked).toBe(false);
    expect(status.signatories.map((r) => r.state)).toEqual(['signed', 'stale', 'stale', 'stale', 'stale', 'stale', 'stale']);
    expect(status.others.map((s) => s.party)).toEqual(['tom-becker']);
    expect(status.lastLocked).toBe(HASH);
  });

  it('round-trips through YAML (the ledger writer) without changing a hash', () => {
    expect(agreementHash(parse(stringify(agreementTerms(DATA))))).toBe(HASH);
  });
});
