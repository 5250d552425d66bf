/**
 * Every rule's documented examples (`docs.bad` and `docs.good`, printed by
 * `alignkit explain` and in docs/rules/) are executed: each is a fragment of a
 * spec, laid over the rule base spec (test/fixtures/rules/base.campaign.yaml,
 * clean under every rule); the bad one must make the rule report, the good one
 * must not. A list entry in a fragment updates the base entry with the same
 * key (id, creator, activity, party or kpi), or is a new entry with the fields
 * the schema requires taken from the base's first one, so a fragment shows only
 * what matters. A fragment list with no entry the base has, or whose entries
 * have no key, is the whole list; `key: ~` leaves the base's value out. A line `# alignkit lint --today <date>` in a
 * fragment sets the day it is linted on, and `# Signed in <ledger> by everyone
 * [but <party>]` who signed the base spec (for the sign-off rules). The fragments use
 * the ids of the product-launch example, which the base spec is built from.
 */
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { lintSource } from '../../src/core/lint.js';
import { RULES } from '../../src/core/rules/index.js';
import schema from '../../schemas/campaign.schema.json' with { type: 'json' };
import { BASE, baseLedger, BASE_SIGNATORIES, TODAY } from '../helpers/rule-tester.js';

type Json = unknown;
const KEYS = ['id', 'creator', 'activity', 'party', 'kpi'] as const;

function isRecord(value: Json): value is Record<string, Json> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function keyOf(item: Json): string | undefined {
  if (!isRecord(item)) return undefined;
  const key = KEYS.find((k) => typeof item[k] === 'string');
  return key === undefined ? undefined : `${key}=${String(item[key])}`;
}

type Schema = { $ref?: string; allOf?: Schema[]; properties?: Record<string, Schema>; items?: Schema; required?: string[] };

function resolved(node: Schema | undefined): Schema {
  if (!node) return {};
  if (node.$ref) return resolved((schema as { definitions: Record<string, Schema> }).definitions[node.$ref.replace('#/definitions/', '')]);
  const parts = [node, ...(node.allOf ?? []).map(resolved)];
  return { properties: Object.assign({}, ...parts.map((p) => p.properties ?? {})), items: parts.find((p) => p.items)?.items, required: parts.flatMap((p) => p.required ?? []) };
}

/** A new list entry: only the fields the schema requires, taken from the base's first entry, under the fragment's. */
function newEntry(template: Json, itemSchema: Schema, fragment: Json): Json {
  const required = new Set(resolved(itemSchema).required ?? []);
  const bare = isRecord(template) ? Object.fromEntries(Object.entries(template).filter(([k]) => required.has(k))) : template;
  return overlay(structuredClone(bare), fragment, itemSchema);
}

/** Fields that are one shape or another (a go-live time or a window; KPI dates or days after posting): a fragment's replaces the base's. */
const ONE_OF = new Set(['go_live', 'window']);

function overlay(base: Json, fragment: Json, at: Schema = schema as Schema): Json {
  const here = resolved(at);
  if (isRecord(base) && isRecord(fragment)) {
    const out: Record<string, Json> = { ...base };
    for (const [k, v] of Object.entries(fragment)) {
      // `key: ~` in a fragment: the base's value is left out (an example of something not agreed).
      if (v === null) delete out[k];
      else out[k] = ONE_OF.has(k) ? v : overlay(base[k], v, here.properties?.[k]);
    }
    return out;
  }
  if (Array.isArray(base) && Array.isArray(fragment) && fragment.every(isRecord) && base.length > 0) {
    if (fragment.every((item) => keyOf(item) !== undefined)) {
      // Entries none of which the base has are the whole list; entries it has are updates to it.
      const updates = fragment.some((item) => base.some((b) => keyOf(b) === keyOf(item)));
      const out = updates ? [...base] : [];
      const seen = new Set<string>();
      for (const item of fragment) {
        const key = keyOf(item)!;
        // A key the fragment repeats (a duplicate id, two rows for one activity) is a new entry each time.
        const at = seen.has(key) ? -1 : out.findIndex((b) => keyOf(b) === key);
        seen.add(key);
        if (at >= 0) out[at] = overlay(out[at], item, here.items);
        else out.push(newEntry(base[0], here.items ?? {}, item));
      }
      return out;
    }
    // A list without keys (approval stages, exclusivity periods): the fragment's list is the whole list.
    return fragment;
  }
  return fragment;
}

/** A documented fragment over the base spec, as a file. Fragments that are a bare list are deliverables. */
function specWith(fragment: string): string {
  const parsed = (parse(fragment) ?? {}) as Json;
  return stringify(overlay(parse(BASE), Array.isArray(parsed) ? { deliverables: parsed } : parsed), { lineWidth: 0 });
}

function todayOf(fragment: string): string {
  return /^# alignkit lint --today (\d{4}-\d{2}-\d{2})$/m.exec(fragment)?.[1] ?? TODAY;
}

/** `# Signed in <ledger> by everyone[ but <party>]`: the sign-off rules' examples say who signed the base spec. */
function signedBy(fragment: string): string[] | undefined {
  const m = /^# Signed in \S+ by everyone(?: but ([a-z0-9-]+))?/m.exec(fragment);
  return m ? BASE_SIGNATORIES.filter((p) => p !== m[1]) : undefined;
}

async function findingsOf(ruleId: string, fragment: string): Promise<string[]> {
  const rule = RULES.find((r) => r.id === ruleId)!;
  const signers = signedBy(fragment);
  const signoff = signers ? { signoff: baseLedger(signers) } : {};
  const text = specWith(fragment);
  const today = todayOf(fragment);
  const result = await lintSource('docs.campaign.yaml', new TextEncoder().encode(text), { rules: [{ rule, severity: rule.severity }], today, ...signoff });
  // Every finding says how to fix it, under the message (stylish) or as `hint` (JSON).
  expect(
    result.findings.filter((f) => f.ruleId === ruleId && !f.hint).map((f) => f.message),
    'findings without a hint',
  ).toEqual([]);
  return result.findings.map((f) => `${f.ruleId} ${f.line}:${f.column} ${f.message}`);
}

describe.each(RULES.map((r) => [r.id, r] as const))('%s docs', (id, rule) => {
  it('the bad example makes the rule report', async () => {
    const findings = await findingsOf(id, rule.docs.bad);
    expect(findings.filter((f) => f.startsWith(`${id} `)).length, findings.join('\n')).toBeGreaterThan(0);
  });
  it('the good example passes the rule', async () => {
    expect(await findingsOf(id, rule.docs.good)).toEqual([]);
  });
});
