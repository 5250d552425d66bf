/**
 * Rendered documents: golden files for every example and document, checked
 * with markdownlint and remark-gfm (every table keeps its columns, no empty
 * section), Mermaid's own parser for the timeline, and redaction: a brief
 * never receives another creator's fee or an internal field.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { redact } from '../src/core/render/redact.js';
import { documentLanguage } from '../src/core/i18n/language.js';
import { loadHolidaysFor } from '../src/core/time/holiday-registry.js';
import { briefLanguage, documentData, planDocuments } from '../src/core/render/render.js';
import { textFields } from '../src/core/rules/text-fields.js';
import type { CampaignSpec, Money } from '../src/core/spec/model.js';
import { isValidCampaign } from '../src/core/validate/fast-check.js';
import { AUDIENCE_MARKS } from '../src/generated/audience.js';
import { blockShape, emptySections, markdownlintProblems, nodesOf, parseMarkdown, tableProblems } from './helpers/markdown-oracle.js';
import { CLEAN_EXAMPLES, MISALIGNED_EXAMPLE } from './helpers/paths.js';
import { FOLLOWUP_EXAMPLE, findingsOf, loadFollowUp, loadSpec, renderSpec, type Rendered } from './helpers/render.js';
import { hostileString } from './helpers/hostile.js';

const stem = (path: string) => path.replace(/^examples\//, '').replace(/\.campaign\.yaml$/, '');

async function renderExample(path: string): Promise<Rendered[]> {
  const spec = loadSpec(path);
  const followup = path.includes('product-launch') ? loadFollowUp(FOLLOWUP_EXAMPLE, spec) : undefined;
  return renderSpec(spec, path, await findingsOf(path), { followup });
}

async function structureProblems(doc: Rendered): Promise<string[]> {
  const tree = parseMarkdown(doc.content);
  return [...(await markdownlintProblems(doc.fileName, doc.content)), ...tableProblems(tree), ...emptySections(tree)];
}

describe.each(CLEAN_EXAMPLES)('%s', (path) => {
  it('renders every document as in its golden file, valid under markdownlint and remark-gfm', async () => {
    const docs = await renderExample(path);
    expect(docs.map((d) => d.fileName)).toContain('agreement.md');
    for (const doc of docs) {
      await expect(doc.content).toMatchFileSnapshot(`golden/render/${stem(path)}/${doc.fileName}`);
      expect(await structureProblems(doc), doc.fileName).toEqual([]);
      expect(doc.content, 'no raw YAML and no leftover Handlebars').not.toMatch(/\{\{|\}\}|^[a-z_]+: /m);
    }
  });

  it("writes one brief per creator, each with only the deliverables that creator makes or appears in, and that creator's fee", async () => {
    const spec = loadSpec(path);
    const creators = spec.parties.filter((p) => p.role === 'creator');
    const briefs = (await renderExample(path)).filter((d) => d.fileName.startsWith('brief-'));
    expect(briefs.map((d) => d.fileName).sort()).toEqual(creators.map((c) => `brief-${c.id}.md`).sort());
    for (const creator of creators) {
      const brief = briefs.find((d) => d.fileName === `brief-${creator.id}.md`)!.content;
      // Amounts as the brief's language writes them (EUR 7,500 in English, 7.500 EUR in German).
      // Documents write every space as a plain one (markdown.ts, plainLine), Intl's no-break spaces too.
      const language = documentLanguage(briefLanguage(spec, creator.id).locale);
      const moneyText = (money: Money) => language.money(money).replace(/\s/g, ' ');
      for (const d of spec.deliverables) expect(brief.includes(`\`${d.id}\``), `${creator.id} / ${d.id}`).toBe(d.creator === creator.id || (d.co_creators ?? []).includes(creator.id));
      for (const c of spec.compensation) {
        if (c.creator === creator.id) expect(brief).toContain(moneyText(c.amount));
        else if (!spec.compensation.some((own) => own.creator === creator.id && own.amount.amount === c.amount.amount)) expect(brief).not.toContain(moneyText(c.amount));
      }
    }
  });
});

describe('approval terms in documents', () => {
  it("shows stages that review in parallel under one step, the re-review window, and an approver's working week and holidays", async () => {
    const spec = loadSpec('examples/product-launch.campaign.yaml');
    spec.approvals.stages[1] = { ...spec.approvals.stages[1]!, parallel_with_previous: true };
    spec.approvals.re_review_window = { hours: 24, basis: 'business' };
    spec.parties = spec.parties.map((p) =>
      p.id === spec.approvals.stages[1]!.approver ? { ...p, working_hours: { days: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'], start: '09:00', end: '17:00' }, holidays: 'US' } : p,
    );
    // As the commands do (commands/gate.ts): the holiday calendars are loaded for a spec that names one.
    await loadHolidaysFor(spec);
    const agreement = renderSpec(spec, 'examples/product-launch.campaign.yaml', [], { documents: ['agreement'] })[0]!.content;
    const rows = agreement.split('\n').filter((line) => /^\| [12] \| .* hours? /.test(line));
    expect(rows.map((r) => r.split(' | ')[0])).toEqual(['| 1', '| 1']);
    expect(rows[1]).toContain('business hours (Mon-Fri 09:00-17:00, America/New_York, US public holidays off)');
    expect(agreement).toContain('- Each revised draft is checked again within 24 business hours (Mon-Fri 09:00-17:00, America/New_York, US public holidays off).');
  });
});

describe('payment terms in documents', () => {
  it("says what a bonus's threshold is measured on, and when production starts for the kill fee and whether payments made count towards it", () => {
    const spec = loadSpec('examples/product-launch.campaign.yaml');
    const maya = spec.compensation.find((c) => c.creator === 'maya-chen')!;
    maya.bonuses = maya.bonuses!.map((b) => ({ ...b, scope: 'per_post' as const }));
    maya.kill_fee = { ...maya.kill_fee, production_starts: 'product_received' as const };
    const brief = renderSpec(spec, 'examples/product-launch.campaign.yaml', [], { documents: ['brief'] }).find((d) => d.fileName === 'brief-maya-chen.md')!.content;
    expect(brief).toMatch(/^- USD 1,500 when .* reaches 600 on a single post \(paid for each post that reaches it\) \(at most USD 3,000 in total\)$/m);
    expect(brief).toContain('If the brand cancels: 50 % of the fee before production starts, 100 % after. Production starts when the product is received. Payments already made count towards it.');
  });
});

describe('redaction', () => {
  it('the schema marks internal and per-party fields', () => {
    expect(AUDIENCE_MARKS.map((m) => `${m.path.join('.')}:${m.audience}`)).toEqual(['campaign.internal_notes:internal', 'compensation.*:party', 'paid_media_plan.*:internal', 'assumed:internal']);
  });

  it.each(CLEAN_EXAMPLES)("gives a brief no internal field and no other creator's compensation: %s", async (path) => {
    const spec = loadSpec(path);
    const secrets = [spec.campaign.internal_notes, ...(spec.paid_media_plan ?? []).map((f) => f.id)].filter((s): s is string => Boolean(s));
    expect(secrets.length, 'the examples carry internal fields to test with').toBeGreaterThan(0);
    for (const planned of planDocuments(spec, { documents: ['brief', 'agreement'] })) {
      const data = JSON.stringify(documentData(spec, planned, { source: path, findings: [] }));
      for (const secret of secrets) expect(data.includes(secret), `${planned.fileName} leaks ${secret}`).toBe(false);
      if (planned.document === 'brief') {
        const others = spec.compensation.filter((c) => c.creator !== planned.party);
        for (const c of others) expect(data).not.toContain(`"creator":"${c.creator}","model"`);
      }
    }
  });

  it('removes every marked field whatever else the spec holds', () => {
    const spec = loadSpec('examples/product-launch.campaign.yaml');
    const brief = redact(spec, { kind: 'party', party: 'maya-chen' });
    expect(brief.campaign.internal_notes).toBeUndefined();
    expect(brief.paid_media_plan).toEqual([]);
    expect(brief.compensation.map((c) => c.creator)).toEqual(['maya-chen']);
    expect(spec.compensation.length, 'the input is not changed').toBe(3);
    const agreement = redact(spec, { kind: 'agreement' });
    expect(agreement.compensation.length).toBe(3);
    expect(agreement.paid_media_plan).toEqual([]);
  });
});

describe('follow-up', () => {
  it('reports unknown parties and KPIs with their line', async () => {
    const { checkFollowUp } = await import('../src/core/followup.js');
    const spec = loadSpec('examples/product-launch.campaign.yaml');
    const text = `apiVersion: alignkit/v1
kind: FollowUp
campaign: other-campaign
date: "2027-03-19"
type: check_in
attendees: [ines-alvarez, ines-alvares]
kpi_actuals:
  - { kpi: view-total, value: 1, as_of: "2027-03-18", source: insights }
decisions: []
action_items: []
`;
    const checked = checkFollowUp('f.followup.yaml', new TextEncoder().encode(text), spec);
    expect(checked.followup).toBeUndefined();
    expect(checked.result.findings.map((f) => `${f.line}:${f.column} ${f.message}`)).toEqual([
      '3:11 This follow-up is about campaign "other-campaign", but the spec is campaign "nova-buds-pro-launch".',
      '6:27 "ines-alvares" is not a party in campaign nova-buds-pro-launch; did you mean "ines-alvarez"?',
      '8:12 "view-total" is not a KPI in campaign nova-buds-pro-launch; did you mean "views-total"?',
    ]);
  });

  it('reports schema problems at their line', async () => {
    const { checkFollowUp } = await import('../src/core/followup.js');
    const spec = loadSpec('examples/product-launch.campaign.yaml');
    const checked = checkFollowUp('f.yaml', new TextEncoder().encode('apiVersion: alignkit/v1\nkind: FollowUp\ncampaign: nova-buds-pro-launch\ndate: "2027-02-30"\n'), spec);
    expect(checked.result.findings.map((f) => `${f.line} ${f.ruleId}`)).toContain('4 schema');
  });
});

describe('drafts', () => {
  it('marks every page of a spec with errors "DRAFT: not aligned" and lists the findings (golden)', async () => {
    const findings = await findingsOf(MISALIGNED_EXAMPLE);
    expect(findings.some((f) => f.severity === 'error')).toBe(true);
    const docs = renderSpec(loadSpec(MISALIGNED_EXAMPLE), MISALIGNED_EXAMPLE, findings);
    for (const doc of docs) {
      expect(doc.content, doc.fileName).toContain('**DRAFT: not aligned.**');
      expect(await structureProblems(doc), doc.fileName).toEqual([]);
    }
    await expect(docs.find((d) => d.fileName === 'agreement.md')!.content).toMatchFileSnapshot('golden/render/misaligned/agreement.md');
  });

  it('lists warnings as open questions in the agreement', async () => {
    const path = 'examples/product-launch.campaign.yaml';
    const text = (await import('node:fs'))
      .readFileSync(`${process.cwd()}/${path}`, 'utf8')
      .replace('      - Net sentiment positive\n', '      - Net sentiment positive\n      - Reasonable revisions as discussed\n');
    const findings = await findingsOf(path, text);
    expect(findings.filter((f) => f.severity === 'warning').length).toBeGreaterThan(0);
    const agreement = renderSpec(loadSpec(path), path, findings, { documents: ['agreement'] })[0]!.content;
    expect(agreement).toContain('## Open questions');
    expect(agreement).not.toContain('DRAFT');
  });
});

describe('terms not yet confirmed', () => {
  const path = 'examples/product-launch.campaign.yaml';
  const assumed = [
    'assumed:',
    '  /campaign/internal_notes: "Budget of USD 96,000 approved by the CMO on 2027-01-12; agency fee is 15 % of creator fees."',
    '  /approvals/revision_rounds: 2',
    '  /deliverables/0/duration_s: { min: 20, max: 45 }',
    '  /deliverables/1/language: en-CA',
    '  /compensation/0/amount/amount: 14000',
    '',
  ].join('\n');

  it("the agreement lists every assumed term it shows, and never an internal one (golden); briefs only their creator's", async () => {
    const text = `${(await import('node:fs')).readFileSync(`${process.cwd()}/${path}`, 'utf8')}\n${assumed}`;
    const spec = (await import('yaml')).parse(text) as CampaignSpec;
    const findings = await findingsOf(path, text);
    expect(findings.map((f) => f.ruleId)).toEqual(['assumptions-confirmed', 'assumptions-confirmed', 'assumptions-confirmed', 'assumptions-confirmed']);
    const docs = renderSpec(spec, path, findings);
    const agreement = docs.find((d) => d.fileName === 'agreement.md')!.content;
    await expect(agreement).toMatchFileSnapshot('golden/render/assumed/agreement.md');
    expect(await structureProblems(docs.find((d) => d.fileName === 'agreement.md')!)).toEqual([]);
    expect(agreement).not.toContain('## Open questions');
    expect(agreement).not.toContain('Budget of USD');
    const maya = docs.find((d) => d.fileName === 'brief-maya-chen.md')!;
    await expect(maya.content).toMatchFileSnapshot('golden/render/assumed/brief-maya-chen.md');
    expect(await structureProblems(maya)).toEqual([]);
    const section = (doc: string) => doc.slice(doc.indexOf('## Not yet confirmed'));
    expect(section(maya.content)).toContain('(maya-tiktok).duration_s | { min: 20, max: 45 } |');
    expect(section(maya.content)).toContain('(maya-chen).amount.amount | 14000 |');
    expect(section(maya.content)).not.toContain('deliverables\\[1\\]');
    const jon = docs.find((d) => d.fileName === 'brief-jon-reyes.md')!.content;
    expect(section(jon)).toContain('deliverables\\[1\\]');
    expect(section(jon)).not.toContain('maya');
    expect(section(jon)).toContain('approvals.revision_rounds');
    expect(section(jon)).not.toContain('14000');
    const priya = docs.find((d) => d.fileName === 'brief-priya-nair.md')!.content;
    expect(priya).toContain('> 1 of the terms in this brief are not confirmed yet');
  });

  it("a co-creator's brief lists the unconfirmed terms of the deliverable they appear in; a creator listed among their own co-creators is named once", async () => {
    const original = (await import('node:fs')).readFileSync(`${process.cwd()}/${path}`, 'utf8');
    const text = `${original.replace('    creator: jon-reyes\n    platform: instagram\n    format: reel', '    creator: jon-reyes\n    co_creators: [priya-nair, jon-reyes]\n    platform: instagram\n    format: reel')}\n${assumed}`;
    const docs = renderSpec((await import('yaml')).parse(text) as CampaignSpec, path, await findingsOf(path, text));
    const priya = docs.find((d) => d.fileName === 'brief-priya-nair.md')!.content;
    expect(priya).toContain('| Appearing | Jon Reyes posts it; Priya Nair appears in it |');
    expect(priya.slice(priya.indexOf('## Not yet confirmed'))).toContain('(jon-reel).language | en-CA |');
  });
});

describe('timeline', () => {
  it.each(CLEAN_EXAMPLES)('is a gantt chart Mermaid itself parses: %s', async (path) => {
    const agreement = renderSpec(loadSpec(path), path, [], { documents: ['agreement'] })[0]!.content;
    const blocks = nodesOf(parseMarkdown(agreement), 'code').filter((c) => c.lang === 'mermaid');
    expect(blocks).toHaveLength(1);
    const mermaid = await loadMermaid();
    await expect(mermaid.parse(blocks[0]!.value)).resolves.toMatchObject({ diagramType: 'gantt' });
    await expect(mermaid.parse(`${blocks[0]!.value}\n    }{`), 'a syntax error is caught, so the parser really ran').rejects.toThrow(/Parse error/);
  });

  it('draws bars through their last day and go-live windows as bars, as Mermaid computes them', async () => {
    const path = 'examples/product-launch.campaign.yaml';
    const spec = loadSpec(path);
    const agreement = renderSpec(spec, path, [], { documents: ['agreement'] })[0]!.content;
    const source = nodesOf(parseMarkdown(agreement), 'code').find((c) => c.lang === 'mermaid')!.value;
    const mermaid = await loadMermaid();
    const diagram = await mermaid.mermaidAPI.getDiagramFromText(source);
    const tasks = (diagram.db as unknown as { getTasks(): { id: string; startTime: Date; endTime: Date }[] }).getTasks();
    // Mermaid's end is exclusive: the last day a bar covers is the day before it.
    const lastDay = (id: string) => {
      const end = tasks.find((t) => t.id === id)!.endTime;
      return new Date(end.getFullYear(), end.getMonth(), end.getDate() - 1).toLocaleDateString('en-CA');
    };
    expect(lastDay('w-campaign')).toBe(spec.campaign.window.end);
    const windowed = spec.deliverables.find((d) => d.go_live.window_end !== undefined)!;
    expect(lastDay(`g-${windowed.id}`)).toBe(windowed.go_live.window_end!.slice(0, 10));
  });
});

let mermaidModule: typeof import('mermaid').default | undefined;
// Test files share globals (isolate: false); libraries elsewhere take a global `window` to mean a browser.
afterAll(() => {
  delete (globalThis as { window?: unknown }).window;
  delete (globalThis as { document?: unknown }).document;
});
/** Mermaid needs a DOM even to parse (ecosystem notes): jsdom's window, set before the import. */
async function loadMermaid(): Promise<typeof import('mermaid').default> {
  if (mermaidModule) return mermaidModule;
  const { JSDOM } = await import('jsdom');
  const dom = new JSDOM('<!doctype html><html><body></body></html>');
  Object.assign(globalThis, { window: dom.window, document: dom.window.document });
  mermaidModule = (await import('mermaid')).default;
  return mermaidModule;
}

describe('hostile text', () => {
  const path = 'examples/product-launch.campaign.yaml';
  const base = loadSpec(path);
  const setField = (spec: unknown, segments: (string | number)[], value: string) => {
    let node = spec as Record<string | number, unknown>;
    for (const segment of segments.slice(0, -1)) node = node[segment] as Record<string | number, unknown>;
    node[segments.at(-1)!] = value;
  };
  // Free text only: fields where the schema still accepts arbitrary characters (not zones, dates or times).
  const fields = textFields(base).filter((f) => {
    const spec = structuredClone(base);
    setField(spec, f.segments, `${f.text} <|\`*_#>`);
    return isValidCampaign(spec);
  });
  // The block structure as remark-gfm reads it (headings, tables, code blocks, lists), and no table row with
  // another cell count than its header.
  const expected = renderSpec(base, path).map((d) => ({ fileName: d.fileName, content: d.content, shape: blockShape(d.content) }));

  it('in any text field never changes the structure of any document', () => {
    expect(fields.length).toBeGreaterThan(100);
    expect(expected.every((d) => d.shape.tableProblems.length === 0 && d.shape.tables.length > 0)).toBe(true);
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(fields.length - 1), hostileString), { minLength: 1, maxLength: 12 }), (edits) => {
        const spec = structuredClone(base) as unknown as Record<string, unknown>;
        for (const [index, hostile] of edits) setField(spec, fields[index]!.segments, `${fields[index]!.text} ${hostile}`);
        const docs = renderSpec(spec as unknown as CampaignSpec, path);
        for (const [i, doc] of docs.entries()) {
          // A document the edits did not reach is the base's, already parsed.
          if (doc.content === expected[i]!.content) continue;
          expect(blockShape(doc.content), doc.fileName).toEqual(expected[i]!.shape);
        }
      }),
      { seed: 20261122, numRuns: 60 },
    );
    // 60 cases take about 5 s alone; a loaded machine (CI with other work) must not fail it on time.
  }, 120_000);
});
