import { mkdtempSync, readFileSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { render } from '@inquirer/testing';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { main } from '../src/cli/program.js';
import { promptFor } from '../src/terminal/kickoff-prompts.js';
import { answersAsker, overlayAnswers } from '../src/core/interview/answers.js';
import { addDays, clone, getAt, type Spec } from '../src/core/interview/draft.js';
import { Interview, type Ask, type Asker, type InterviewState, type ValueAsk } from '../src/core/interview/interview.js';
import { draftPath, writeDraft } from '../src/io/drafts.js';
import { PRESET_NAMES, presetSpec, startingSpec } from '../src/core/interview/presets.js';
import { specToYaml } from '../src/core/interview/spec-yaml.js';
import { lintSource } from '../src/core/lint.js';
import { schemaProblems } from '../src/core/validate/campaign-schema.js';
import { memoryIo } from './helpers/memory-io.js';
import { termsOf } from '../src/core/spec/provenance.js';

const ROOT = join(import.meta.dirname, '..');
const TODAY = '2026-11-22';

/** An asker that keeps every suggested answer and records what it was asked. */
function recordingAsker(reply: (q: Ask) => unknown = (q) => defaultReply(q)): Asker & { asked: Ask[] } {
  const asked: Ask[] = [];
  return {
    asked,
    async ask(q) {
      asked.push(q);
      return reply(q);
    },
  };
}

function defaultReply(q: Ask): unknown {
  if (q.kind === 'keep') return q.entries.map((_, i) => i);
  if (q.kind === 'more') return false;
  return q.current;
}

async function interviewOf(preset: string, asker: Asker, spec = startingSpec(preset, TODAY)) {
  const saves: string[] = [];
  const interview = new Interview({ preset, spec, answered: {} }, asker, async (s) => void saves.push(JSON.stringify(s.answered)), presetSpec(preset));
  await interview.run();
  return { interview, saves };
}

async function lintSpec(spec: Spec, today = TODAY) {
  const text = specToYaml(spec, { schemaRef: '../schemas/campaign.schema.json' });
  return lintSource('kickoff.campaign.yaml', new TextEncoder().encode(text), { today });
}

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'alignkit-kickoff-'));
}

async function run(cwd: string, args: string[], io = memoryIo({ cwd, today: TODAY })) {
  const code = await main(args, io);
  return { code, out: io.out(), err: io.err() };
}

describe('presets', () => {
  it.each(PRESET_NAMES)('%s lints clean from any start date it moves to, but for its stand-ins', async (name) => {
    for (const today of ['2026-11-22', '2027-06-03', '2028-02-27']) {
      const result = await lintSpec(startingSpec(name, today), today);
      // The stand-ins (names, contacts, messages) are for the team to replace: lint says so, and nothing else.
      expect(
        result.findings.filter((f) => f.ruleId !== 'no-placeholders').map((f) => `${f.ruleId}: ${f.message}`),
        `${name} from ${today}`,
      ).toEqual([]);
      expect(result.findings.filter((f) => f.ruleId === 'no-placeholders').length).toBeGreaterThan(5);
    }
  });

  it.each(PRESET_NAMES)('%s is written as the golden file says (what a person reads after kickoff --defaults)', async (name) => {
    const text = specToYaml(startingSpec(name, TODAY), { schemaRef: '../schemas/campaign.schema.json', heading: `Written by alignkit kickoff from the ${name} preset.` });
    await expect(text).toMatchFileSnapshot(`golden/kickoff/${name}.campaign.yaml`);
  });

  it('moves every date with the window and keeps weekdays and wall-clock times', () => {
    const anchor = presetSpec('product-launch');
    const moved = startingSpec('product-launch', TODAY);
    // The first Monday eight weeks after 2026-11-22 (a Sunday) is 2027-01-18: a whole number of weeks from the preset's Monday.
    expect(getAt(moved, ['campaign', 'window', 'start'])).toBe('2027-01-18');
    const before = String(getAt(anchor, ['deliverables', 0, 'draft_due']));
    const after = String(getAt(moved, ['deliverables', 0, 'draft_due']));
    expect(after.slice(10)).toBe(before.slice(10));
    expect(new Date(after.slice(0, 10)).getUTCDay()).toBe(new Date(before.slice(0, 10)).getUTCDay());
  });
});

describe('the interview', () => {
  it('asks in kickoff order: objective and KPI, deliverables, approvals, rights, claims, pre-mortem, RACI', async () => {
    const steps: string[] = [];
    const asker = recordingAsker();
    asker.step = (s) => steps.push(`${s.number}/${s.total} ${s.title}`);
    await interviewOf('product-launch', asker);
    expect(steps).toEqual([
      '1/9 Campaign and parties',
      '2/9 Objective and the primary KPI',
      '3/9 Deliverables and mandatory elements',
      '4/9 Approvals',
      '5/9 Rights, exclusivity and payment',
      '6/9 Claims and disclosure',
      '7/9 Pre-mortem',
      '8/9 RACI, cadence and crisis contacts',
    ]);
    expect(asker.asked.every((q) => q.why.length > 10)).toBe(true);
  });

  it('takes help text and choices from the schema, and offers party and KPI references as lists', async () => {
    const asker = recordingAsker();
    await interviewOf('product-launch', asker);
    const byPointer = new Map(asker.asked.filter((q): q is ValueAsk => q.kind === 'value').map((q) => [q.pointer, q]));
    const category = byPointer.get('/campaign/category')!;
    expect(category.input).toBe('choice');
    expect(category.choices?.map((c) => c.value)).toContain('financial_promotion');
    expect(category.help).toMatch(/regulated/i);
    const owner = byPointer.get('/campaign/owner')!;
    expect(owner.choices?.map((c) => c.value)).toEqual(['brand-lead', 'brand-manager', 'legal', 'agency-lead', 'agency-manager', 'creator-1', 'creator-2']);
    expect(byPointer.get('/deliverables/0/creator')!.choices?.map((c) => c.value)).toEqual(['creator-1', 'creator-2']);
    expect(byPointer.get('/objectives/0/kpis')!.input).toBe('choices');
    expect(byPointer.get('/objectives/0/kpis')!.choices?.map((c) => c.value)).toEqual(['views-total', 'er-views', 'code-sales']);
    expect(byPointer.get('/communication/escalation_path')!.input).toBe('ordered');
  });

  it("refuses a value with the linter's own schema message", async () => {
    const asker = recordingAsker();
    await interviewOf('product-launch', asker);
    const q = asker.asked.find((a): a is ValueAsk => a.kind === 'value' && a.pointer === '/deliverables/0/draft_due')!;
    expect(q.validate('2027-02-30T17:00 America/New_York')).toMatch(/date/i);
    expect(q.validate('next Friday')).not.toBe(true);
    expect(q.validate('2027-01-04T17:00 America/New_York')).toBe(true);
    const markets = asker.asked.find((a): a is ValueAsk => a.kind === 'value' && a.pointer === '/campaign/markets')!;
    expect(markets.validate(['XX'])).not.toBe(true);
  });

  it('asks conditional questions only when they apply: regulated categories and engagement-rate basis', async () => {
    const plain = recordingAsker();
    await interviewOf('product-launch', plain);
    const pointers = (a: { asked: Ask[] }) => a.asked.map((q) => q.pointer);
    expect(pointers(plain)).not.toContain('/compliance/regulated/min_talent_age');
    expect(pointers(plain)).toContain('/kpis/1/basis');
    expect(pointers(plain)).not.toContain('/kpis/0/basis');
    const alcohol = recordingAsker((q) => (q.pointer === '/campaign/category' ? 'alcohol' : defaultReply(q)));
    await interviewOf('product-launch', alcohol);
    expect(pointers(alcohol)).toEqual(expect.arrayContaining(['/compliance/regulated/min_talent_age', '/compliance/regulated/responsibility_message']));
    const noPaid = recordingAsker((q) => (q.kind === 'toggle' ? false : defaultReply(q)));
    const { interview } = await interviewOf('product-launch', noPaid);
    expect(pointers(noPaid)).not.toContain('/usage_rights/paid/days');
    expect(getAt(interview.spec, ['usage_rights', 'paid'])).toBeUndefined();
  });

  it('names a party after its person and renames every reference to it', async () => {
    const asker = recordingAsker((q) => (q.pointer === '/parties/0/name' ? 'Ines Alvarez' : defaultReply(q)));
    const { interview } = await interviewOf('product-launch', asker);
    const spec = interview.spec;
    expect(getAt(spec, ['parties', 0, 'id'])).toBe('ines-alvarez');
    expect(getAt(spec, ['campaign', 'owner'])).toBe('ines-alvarez');
    expect(getAt(spec, ['parties', 1, 'backup'])).toBe('ines-alvarez');
    expect(JSON.stringify(spec)).not.toContain('"brand-lead"');
    expect((await lintSpec(spec)).findings.filter((f) => f.ruleId !== 'no-placeholders')).toEqual([]);
  });

  it('adds entries copied from the previous one (joining the same RACI lists) and removes entries with what hangs on them', async () => {
    let added = false;
    const asker = recordingAsker((q) => {
      if (q.kind === 'more' && q.pointer === '/parties' && !added) return (added = true);
      if (q.pointer === '/parties/7/name') return 'Priya Nair';
      if (q.kind === 'keep' && q.pointer === '/parties') return q.entries.map((_, i) => i);
      return defaultReply(q);
    });
    const { interview } = await interviewOf('product-launch', asker);
    expect(getAt(interview.spec, ['parties', 7, 'id'])).toBe('priya-nair');
    expect(getAt(interview.spec, ['parties', 7, 'role'])).toBe('creator');
    // Shape is copied; identity is not: the new creator's email is asked afresh, never the previous creator's.
    const previous = getAt(interview.spec, ['parties', 6]) as Record<string, unknown>;
    expect(getAt(interview.spec, ['parties', 7, 'timezone'])).toBe(previous.timezone);
    expect(getAt(interview.spec, ['parties', 7, 'contact', 'email'])).not.toBe(getAt(previous, ['contact', 'email']));
    expect(asker.asked.some((q) => q.pointer === '/parties/7/contact/email' && q.kind === 'value' && q.current === undefined)).toBe(true);
    const posting = (interview.spec.raci as { activity: string; responsible: string[] }[]).find((r) => r.activity === 'posting')!;
    expect(posting.responsible).toContain('priya-nair');

    const drop = recordingAsker((q) => (q.kind === 'keep' && q.pointer === '/parties' ? [0, 1, 2, 3, 4, 5] : defaultReply(q)));
    const { interview: dropped } = await interviewOf('product-launch', drop);
    const spec = dropped.spec;
    expect(JSON.stringify(spec)).not.toContain('creator-2');
    expect((spec.deliverables as unknown[]).length).toBe(1);
    expect((spec.compensation as unknown[]).length).toBe(1);
    expect((await lintSpec(spec)).findings.filter((f) => f.severity === 'error' && f.ruleId !== 'no-placeholders')).toEqual([]);
  });

  it('the essentials path asks a 3-creator, 2-market campaign in 88 prompts (89 with the read-back), each essential or a stand-in to replace', async () => {
    let parties = 0;
    let deliverables = 0;
    const asker = recordingAsker((q) => {
      if (q.kind === 'more') return q.pointer === '/parties' ? parties++ === 0 : q.pointer === '/deliverables' ? deliverables++ === 0 : false;
      if (q.pointer === '/campaign/markets') return ['CA', 'US'];
      return defaultReply(q);
    });
    const spec = startingSpec('product-launch', TODAY);
    const interview = new Interview({ preset: 'product-launch', spec, answered: {}, depth: 'essentials' }, asker, async () => {}, presetSpec('product-launch'));
    await interview.run();
    expect(asker.asked.length).toBe(88);
    expect((interview.spec.parties as { role: string }[]).filter((p) => p.role === 'creator')).toHaveLength(3);
    const sections = new Set(asker.asked.map((q) => q.pointer.split('/')[1]));
    expect([...sections].sort()).toEqual(['approvals', 'campaign', 'compensation', 'deliverables', 'exclusivity', 'kpis', 'messaging', 'parties', 'usage_rights']);
    // Outside the essentials only stand-ins are asked (the preset's exclusivity category, its key messages).
    for (const q of asker.asked.filter((a) => a.kind === 'value' && ['exclusivity', 'messaging'].includes(a.pointer.split('/')[1]!))) {
      expect((q as ValueAsk).standIns.length > 0 || q.pointer.startsWith('/messaging/claims/'), q.pointer).toBe(true);
    }
  });

  it("moves the preset's schedule with the window start, but never a date the user gave", async () => {
    const asker = recordingAsker((q) => {
      if (q.pointer === '/deliverables/0/draft_due') return '2027-02-10T17:00 America/New_York';
      return defaultReply(q);
    });
    const spec = startingSpec('product-launch', TODAY);
    const interview = new Interview(
      { preset: 'product-launch', spec, answered: { '/deliverables/0/draft_due': '2027-01-04T17:00 America/New_York' } },
      asker,
      async () => {},
      presetSpec('product-launch'),
    );
    setAnswer(spec, ['deliverables', 0, 'draft_due'], '2027-01-04T17:00 America/New_York');
    const reply = recordingAsker((q) => (q.pointer === '/campaign/window/start' ? '2027-02-15' : defaultReply(q)));
    const moving = new Interview(interview.state, reply, async () => {}, presetSpec('product-launch'));
    await moving.run();
    expect(getAt(spec, ['campaign', 'window', 'start'])).toBe('2027-02-15');
    expect(getAt(spec, ['campaign', 'window', 'end'])).toBe(addDays('2027-02-28', 28));
    expect(getAt(spec, ['deliverables', 0, 'draft_due'])).toBe('2027-01-04T17:00 America/New_York');
    expect(getAt(spec, ['deliverables', 1, 'draft_due'])).toBe('2027-01-29T17:00 America/New_York');
  });

  it('saves after every answer, and a resumed interview asks only what is left', async () => {
    const asker = recordingAsker();
    const { saves } = await interviewOf('ambassador-program', asker);
    expect(saves.length).toBe(asker.asked.length);
    const state = { preset: 'ambassador-program', spec: startingSpec('ambassador-program', TODAY), answered: {} as Record<string, unknown> };
    let n = 0;
    const stopper: Asker = {
      async ask(q) {
        if (n++ === 20) throw Object.assign(new Error('User force closed the prompt with SIGINT'), { name: 'ExitPromptError' });
        return q.pointer === '/campaign/name' ? 'Summer Ambassadors' : defaultReply(q);
      },
    };
    await expect(new Interview(state, stopper, async () => {}, presetSpec('ambassador-program')).run()).rejects.toThrow(/SIGINT/);
    expect(Object.keys(state.answered)).toHaveLength(20);
    const rest = recordingAsker();
    await new Interview(state, rest, async () => {}, presetSpec('ambassador-program')).run();
    expect(rest.asked.length).toBe(asker.asked.length - 20);
    expect(rest.asked.map((q) => q.pointer)).not.toContain('/campaign/name');
    expect(getAt(state.spec, ['campaign', 'name'])).toBe('Summer Ambassadors');
  });

  it('sends each lint finding back to the question that sets the field', async () => {
    const { interview } = await interviewOf('product-launch', recordingAsker());
    expect(interview.questionFor('/deliverables/1/go_live/at')).toMatchObject({ pointer: '/deliverables/1/go_live/at', step: 3 });
    expect(interview.questionFor('/kpis/0/baseline')).toMatchObject({ pointer: '/kpis/0/baseline/value' });
    expect(interview.questionFor('/approvals/stages/1/review_window/hours')?.stepTitle).toBe('Approvals');
  });
});

/** A valid answer that differs from the suggestion, to prove the answers file reaches the question. */
function alternative(q: ValueAsk): unknown {
  const current = q.current;
  if (q.choices && q.input === 'choice') return q.choices.find((c) => c.value !== current)?.value ?? current;
  if (q.choices && (q.input === 'choices' || q.input === 'ordered')) {
    const values = q.choices.map((c) => c.value);
    const now = (current as string[] | undefined) ?? [];
    return now.length > 1 ? now.slice(0, 1) : values.filter((v) => !now.includes(v)).slice(0, 1);
  }
  if (q.input === 'boolean') return !current;
  if (q.input === 'integer' || q.input === 'number') {
    const n = Number(current ?? 0);
    return q.info.maximum !== undefined && n + 1 > q.info.maximum ? n - 1 : n + 1;
  }
  if (q.input === 'list') {
    const list = (current as unknown[]) ?? [];
    if (q.pointer.endsWith('check_ins_days_after_first_post')) return [8, 10];
    if (q.pointer.match(/markets|territories|jurisdictions/)) return [...list, 'GB'];
    if (q.pointer.endsWith('languages')) return [...list, 'en-GB'];
    return [...list, 'One more, stated exactly'];
  }
  const text = String(current ?? '');
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return addDays(text, q.pointer.endsWith('/end') || q.pointer.endsWith('/to') ? 1 : -1);
  if (/^\d{4}-\d{2}-\d{2}T/.test(text)) return `${addDays(text.slice(0, 10), -1)}${text.slice(10)}`;
  if (/^\d{2}:\d{2}$/.test(text)) return text === '09:00' ? '10:00' : '09:00';
  if (text.includes('@')) return `x${text}`;
  if (q.pointer.endsWith('phone')) return `${text.slice(0, -1)}${text.endsWith('9') ? '8' : '9'}`;
  if (q.pointer.endsWith('timezone')) return text === 'Europe/Berlin' ? 'Europe/Paris' : 'Europe/Berlin';
  if (q.pointer.endsWith('currency')) return 'EUR';
  if (q.pointer.endsWith('/language')) return 'en-GB';
  if (/^[a-z0-9-]+$/.test(text) && q.pointer.endsWith('id')) return `${text}-x`;
  return `${text} (as answered)`;
}

function setAnswer(target: Spec, path: readonly (string | number)[], value: unknown): void {
  let node = target as Record<string | number, unknown>;
  path.slice(0, -1).forEach((segment, i) => {
    node[segment] ??= typeof path[i + 1] === 'number' ? [] : {};
    node = node[segment] as Record<string | number, unknown>;
  });
  node[path[path.length - 1]!] = value;
}

describe('answers files', () => {
  it.each(PRESET_NAMES)('reach every question of the %s interview', async (preset) => {
    const asker = recordingAsker();
    await interviewOf(preset, asker);
    const questions = asker.asked.filter((q): q is ValueAsk => q.kind === 'value');
    expect(questions.length).toBeGreaterThan(100);
    // One interview per question would be ~300 interviews per preset; questions are tried in batches of
    // eight answers at once, and any that does not land in its batch is tried again alone, so every
    // question is still checked and a failure is reported for the question itself.
    const tryAnswers = async (batch: ValueAsk[]) => {
      const answers: Spec = {};
      const values = batch.map((q) => alternative(q));
      batch.forEach((q, i) => setAnswer(answers, q.path, clone(values[i])));
      const { interview } = await interviewOf(preset, answersAsker(answers, true));
      overlayAnswers(interview.spec, answers);
      const problems = schemaProblems(interview.spec);
      return batch.map((q, i) => {
        const landed = getAt(interview.spec, q.path);
        const refused = problems.filter((p) => p.pointer === q.pointer || p.pointer.startsWith(`${q.pointer}/`));
        return refused.length > 0 || JSON.stringify(landed) !== JSON.stringify(values[i])
          ? `${q.pointer}: wanted ${JSON.stringify(values[i])}, got ${JSON.stringify(landed)} ${refused.map((p) => p.message).join('; ')}`
          : undefined;
      });
    };
    const unreachable: string[] = [];
    for (let start = 0; start < questions.length; start += 8) {
      const batch = questions.slice(start, start + 8);
      const verdicts = await tryAnswers(batch);
      for (const [i, verdict] of verdicts.entries()) {
        if (verdict === undefined) continue;
        const [alone] = await tryAnswers([batch[i]!]);
        if (alone !== undefined) unreachable.push(alone);
      }
    }
    expect(unreachable).toEqual([]);
  });

  it('without --defaults, lists the questions the file leaves open', async () => {
    const from = answersAsker({ campaign: { name: 'Spring' } }, false);
    await interviewOf('product-launch', from);
    expect(from.missing).toContain('/campaign/product');
    expect(from.missing).not.toContain('/campaign/name');
  });

  it('never writes __proto__ from a file into the spec', () => {
    const spec: Spec = { campaign: { name: 'x' } };
    overlayAnswers(spec, JSON.parse('{"__proto__": {"polluted": true}, "campaign": {"__proto__": {"polluted": true}}}') as Spec);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(spec.campaign)).toBe(Object.prototype);
  });
});

describe('question prompts (@inquirer/testing)', () => {
  async function asked(preset: string, pointer: string): Promise<ValueAsk> {
    const asker = recordingAsker();
    await interviewOf(preset, asker);
    return asker.asked.find((q): q is ValueAsk => q.kind === 'value' && q.pointer === pointer)!;
  }

  it("an enum is a select of the schema's values, the current one preselected", async () => {
    const q = await asked('product-launch', '/approvals/on_missed_review');
    const { prompt, config, toValue } = promptFor(q);
    const { answer, events, getScreen } = await render(prompt as never, config as never);
    expect(getScreen()).toContain('deemed_approved');
    events.keypress('down');
    events.keypress('enter');
    expect(toValue(await answer)).toBe('go_live_moves');
  });

  it('a party reference is chosen from the parties, by name', async () => {
    const q = await asked('product-launch', '/campaign/owner');
    const { prompt, config, toValue } = promptFor(q);
    const { answer, events, getScreen } = await render(prompt as never, config as never);
    expect(getScreen()).toContain('Brand Lead (brand, The Brand)');
    events.keypress('down');
    events.keypress('enter');
    expect(toValue(await answer)).toBe('brand-manager');
  });

  it("a typed date is checked with the schema's message before it is accepted", async () => {
    const q = await asked('product-launch', '/campaign/window/end');
    const { prompt, config, toValue } = promptFor(q);
    const { answer, events, getScreen, nextRender } = await render(prompt as never, config as never);
    events.keypress({ name: 'backspace', ctrl: false } as never);
    for (let i = 0; i < 12; i += 1) events.keypress('backspace');
    events.type('2027-02-30');
    events.keypress('enter');
    await nextRender();
    expect(getScreen()).toMatch(/date/i);
    for (let i = 0; i < 10; i += 1) events.keypress('backspace');
    events.type('2027-03-07');
    events.keypress('enter');
    expect(toValue(await answer)).toBe('2027-03-07');
  });

  it('a number is typed and returned as a number; a list is split on its separator', async () => {
    const rounds = await asked('product-launch', '/approvals/revision_rounds');
    const r = promptFor(rounds);
    const one = await render(r.prompt as never, r.config as never);
    one.events.keypress('backspace');
    one.events.type('3');
    one.events.keypress('enter');
    expect(r.toValue(await one.answer)).toBe(3);
    const messages = await asked('product-launch', '/messaging/key_messages');
    const m = promptFor({ ...messages, current: ['Lasts 40 h', 'USD 149'], standIns: [] });
    expect(String(m.config.default)).toBe('Lasts 40 h | USD 149');
    expect(m.toValue('Lasts 40 h, with the case | USD 149')).toEqual(['Lasts 40 h, with the case', 'USD 149']);
  });

  it("a field with nothing to suggest shows the schema's example as the expected form", async () => {
    const q = await asked('product-launch', '/parties/1/contact/email');
    const { config } = promptFor({ ...q, current: undefined, standIns: [] });
    expect(config.message).toBe('Email [brand-manager] (e.g. maya@example.com)');
    expect(promptFor({ ...q, current: 'tom@glowlabs.com', standIns: [] }).config.message).toBe('Email [brand-manager]');
  });

  it("a preset's stand-in is shown as what to replace, is not what Enter keeps, and is refused when typed", async () => {
    const q = await asked('product-launch', '/parties/1/contact/email');
    expect(q.standIns).toEqual([String(q.current)]);
    const { prompt, config } = promptFor(q);
    expect(config.message).toBe(`Email [brand-manager] (replace the preset's "${String(q.current)}")`);
    expect(config.default).toBe('');
    const screen = await render(prompt as never, config as never);
    screen.events.type(String(q.current));
    screen.events.keypress('enter');
    await screen.nextRender();
    expect(screen.getScreen()).toContain("is the preset's stand-in; type the real value");
    // The prompt still waits for a real value: close it, or it rejects when the worker exits (an unhandled error).
    (screen.answer as unknown as { cancel(): void }).cancel();
    await expect(screen.answer).rejects.toThrow(/cancel/i);
    const messages = await asked('product-launch', '/messaging/key_messages');
    expect(promptFor(messages).config.default).toBe('');
    expect(messages.validate(['Lasts 40 h', String((messages.current as string[])[0])])).toMatch(/is the preset's stand-in/);
  });

  it('a question about one entry of a list names it: the RACI activity, the deliverable, the creator of a fee', async () => {
    const asker = recordingAsker();
    await interviewOf('product-launch', asker);
    const labels = new Map(asker.asked.filter((q) => q.kind === 'value').map((q) => [q.pointer, q.label]));
    expect(labels.get('/raci/0/responsible')).toBe('Responsible [brief_signoff]');
    expect(labels.get('/raci/1/accountable')).toMatch(/^Accountable \[[a-z_]+\]$/);
    expect(labels.get('/deliverables/0/disclosure/labels')).toMatch(/ \[creator-1-tiktok\]$/);
    expect(labels.get('/compensation/1/amount/amount')).toBe('Fee [creator-2]');
    // Every question inside a list names its entry.
    for (const [pointer, label] of labels) if (/\/\d+(\/|$)/.test(pointer)) expect(label, pointer).toMatch(/ \[[^\]]+\]$/);
  });

  it('a list of authorities is a checkbox with the current ones ticked', async () => {
    const q = await asked('product-launch', '/parties/1/authority');
    const { prompt, config, toValue } = promptFor(q);
    const { answer, events, getScreen } = await render(prompt as never, config as never);
    expect(getScreen()).toMatch(/◉ approve_content/);
    events.keypress('enter');
    expect(toValue(await answer)).toEqual(['approve_content', 'pause_content']);
  });
});

describe('alignkit kickoff (in-process)', () => {
  it('refuses to ask questions without a terminal, or in CI, and says what to do instead', async () => {
    const dir = tempDir();
    const notty = await run(dir, ['kickoff']);
    expect(notty.code).toBe(2);
    expect(notty.err).toMatch(/standard input is not a terminal.*--answers <file>.*--defaults/);
    const ci = await run(dir, ['kickoff'], Object.assign(memoryIo({ cwd: dir, env: { CI: 'true' } }), { stdinIsTTY: true }));
    expect(ci.code).toBe(2);
    expect(ci.err).toContain('CI is set');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('--defaults writes a commented spec whose only findings are its stand-ins and assumed terms, the same bytes every time', async () => {
    const dir = tempDir();
    const first = await run(dir, ['kickoff', '--defaults', '--preset', 'b2b-thought-leadership', '--out', 'a.campaign.yaml']);
    expect(first.code).toBe(1);
    expect(first.err).toContain('no-placeholders');
    expect(first.out).toMatch(
      /Wrote a\.campaign\.yaml: \d+ errors and 0 warnings to settle, besides the assumed values\.\n\d+ values were assumed \(kept from the preset or derived\), not stated; they are listed under "assumed:" at the end of the file\. Go through them with the team: alignkit confirm a\.campaign\.yaml\n/,
    );
    const again = tempDir();
    await run(again, ['kickoff', '--defaults', '--preset', 'b2b-thought-leadership', '--out', 'a.campaign.yaml']);
    const text = readFileSync(join(dir, 'a.campaign.yaml'), 'utf8');
    expect(readFileSync(join(again, 'a.campaign.yaml'), 'utf8')).toBe(text);
    expect(text.split('\n')[0]).toMatch(/^# yaml-language-server: \$schema=.*schemas\/campaign\.schema\.json$/);
    expect(text).toContain('# Deliverables: ');
    expect(text.indexOf('\ncampaign:')).toBeLessThan(text.indexOf('\nparties:'));
    expect(existsSync(join(dir, '.alignkit', 'drafts', 'b2b-thought-leadership.yaml'))).toBe(false);
    const lint = await run(dir, ['lint', 'a.campaign.yaml', '--today', TODAY, '--format', 'json']);
    expect(lint.code).toBe(1);
    const findings = (JSON.parse(lint.out) as { results: { findings: { ruleId: string }[] }[] }).results[0]!.findings;
    expect(new Set(findings.map((f) => f.ruleId))).toEqual(new Set(['assumptions-confirmed', 'no-placeholders']));
    // Nothing was stated: every term of the written spec is listed as assumed.
    const written = parse(text) as Record<string, unknown>;
    expect(Object.keys(written.assumed as object)).toEqual(termsOf(written).map(([pointer]) => pointer));
  });

  it('never overwrites a file without --force', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'mine.campaign.yaml'), 'keep me\n');
    const refused = await run(dir, ['kickoff', '--defaults', '--out', 'mine.campaign.yaml']);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('mine.campaign.yaml already exists; pass --force');
    expect(readFileSync(join(dir, 'mine.campaign.yaml'), 'utf8')).toBe('keep me\n');
    // Written (with the preset's stand-ins still to replace: exit 1), over the file --force names.
    expect((await run(dir, ['kickoff', '--defaults', '--out', 'mine.campaign.yaml', '--force'])).code).toBe(1);
    expect(readFileSync(join(dir, 'mine.campaign.yaml'), 'utf8')).toContain('apiVersion: alignkit/v2');
  });

  it('refuses --out - before asking anything: the spec must be a file the next commands read', async () => {
    const dir = tempDir();
    const r = await run(dir, ['kickoff', '--defaults', '--out', '-']);
    expect(r).toMatchObject({ code: 2, out: '' });
    expect(r.err).toBe('alignkit: kickoff writes the spec to a file that confirm, render and sign then read; give --out a file name, e.g. --out spring.campaign.yaml\n');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('reports a refused answer at its line and column in the answers file, and writes nothing', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'answers.yaml'), 'campaign:\n  name: Spring\n  window:\n    start: "2027-02-30"\n');
    const r = await run(dir, ['kickoff', '--answers', 'answers.yaml', '--defaults']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^answers\.yaml:4:12: .*date/m);
    expect(readdirSync(dir).filter((f) => f.endsWith('.campaign.yaml'))).toEqual([]);
  });

  it('reports a misspelt field or a list where a mapping belongs in the answers file itself, and writes nothing', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'typo.yaml'), 'campaign:\n  name: Spring\n  nmae: typo\n');
    const typo = await run(dir, ['kickoff', '--answers', 'typo.yaml', '--defaults']);
    expect(typo.code).toBe(2);
    expect(typo.err).toMatch(/^typo\.yaml:3:3: `campaign` has an unknown field `nmae`; did you mean `name`\?/m);
    writeFileSync(join(dir, 'list.yaml'), '- campaign\n');
    const list = await run(dir, ['kickoff', '--answers', 'list.yaml', '--defaults']);
    expect(list.code).toBe(2);
    expect(list.err).toMatch(/^alignkit: list\.yaml:1:1: an answers file is a mapping/);
    writeFileSync(join(dir, 'proto.yaml'), 'campaign:\n  __proto__: { polluted: true }\n');
    const proto = await run(dir, ['kickoff', '--answers', 'proto.yaml', '--defaults']);
    expect(proto.code).toBe(2);
    expect(proto.err).toMatch(/proto\.yaml:2:\d+: the key "__proto__" is not allowed/);
    expect(readdirSync(dir).filter((f) => f.endsWith('.campaign.yaml'))).toEqual([]);
  });

  it('names a file that is not kickoff answers at all (a wrap answers file) once, before what it leaves out', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'wrap.yaml'), readFileSync(join(ROOT, 'examples/product-launch.wrap.answers.yaml')));
    const r = await run(dir, ['kickoff', '--answers', 'wrap.yaml']);
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      'alignkit: wrap.yaml: none of its fields (date, prepared_by, summary, kpi_actuals, …) is a section of a campaign spec; kickoff --answers takes a partial campaign spec (see README "Kickoff")\n',
    );
    writeFileSync(join(dir, 'mixed.yaml'), 'campaign:\n  name: Spring\nfoo: 1\n');
    const mixed = await run(dir, ['kickoff', '--answers', 'mixed.yaml']);
    expect(mixed.code).toBe(2);
    expect(mixed.err).toMatch(
      /^mixed\.yaml:3:1: The spec has an unknown field `foo` \(Known fields here: apiVersion, kind, campaign, .*\)\nalignkit: one answer in mixed\.yaml refused; nothing was written\n$/,
    );
    expect(readdirSync(dir).filter((f) => f.endsWith('.campaign.yaml'))).toEqual([]);
  });

  it('lists unanswered questions unless --defaults, and rejects a bad preset with a suggestion', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'answers.yaml'), 'campaign:\n  name: Spring\n');
    const r = await run(dir, ['kickoff', '--answers', 'answers.yaml']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/all but \d+ questions: \/campaign\/product/);
    expect(r.err).toContain('--defaults');
    const preset = await run(dir, ['kickoff', '--defaults', '--preset', 'product-lunch']);
    expect(preset.code).toBe(2);
    expect(preset.err).toContain('did you mean "product-launch"');
  });

  it('writes what an answers file says, names the file after the campaign, and shows findings with the question to revisit', async () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'answers.yaml'),
      stringify({
        campaign: { name: 'Spring Glow', product: 'Glow Serum 30 ml', category: 'beauty' },
        parties: [{ name: 'Ines Alvarez' }, {}, {}, {}, {}, {}, {}],
        approvals: { revision_rounds: 9 },
      }),
    );
    const r = await run(dir, ['kickoff', '--answers', 'answers.yaml', '--defaults']);
    const spec = parse(readFileSync(join(dir, 'spring-glow.campaign.yaml'), 'utf8')) as Spec;
    expect(getAt(spec, ['campaign', 'owner'])).toBe('ines-alvarez');
    expect(getAt(spec, ['approvals', 'revision_rounds'])).toBe(9);
    expect(r.code).toBe(r.err.includes('error') ? 1 : 0);
    // What the file says is stated; what --defaults kept from the preset, or derived from an answer, is assumed.
    const assumed = spec.assumed as Record<string, unknown>;
    for (const stated of ['/campaign/name', '/campaign/product', '/campaign/category', '/parties/0/name', '/approvals/revision_rounds']) expect(assumed).not.toHaveProperty([stated]);
    expect(assumed['/campaign/currency']).toBe(getAt(spec, ['campaign', 'currency']));
    expect(assumed['/approvals/creator_turnaround_h']).toBe(getAt(spec, ['approvals', 'creator_turnaround_h']));
    expect(assumed['/parties/1/name']).toBe(getAt(spec, ['parties', 1, 'name']));
  });

  it("takes the file's choice where the schema takes one of two groups of fields, and drops the preset's other one: a whole example spec as the answers file lints clean", async () => {
    const dir = tempDir();
    // The example gives go-live windows and a wrap report date; the preset it starts from has go-live times and
    // a number of days. Kept side by side, each pair made a spec the schema refuses, and kickoff refused the file.
    const example = readFileSync(join(ROOT, 'examples/product-launch.campaign.yaml'), 'utf8');
    writeFileSync(join(dir, 'answers.yaml'), example);
    const r = await run(dir, ['kickoff', '--answers', 'answers.yaml', '--defaults', '--out', 'c.campaign.yaml']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const given = parse(example) as Spec;
    const spec = parse(readFileSync(join(dir, 'c.campaign.yaml'), 'utf8')) as Spec;
    expect(getAt(spec, ['deliverables', 0, 'go_live'])).toEqual(getAt(given, ['deliverables', 0, 'go_live']));
    expect(getAt(spec, ['communication', 'wrap_report_due'])).toBe(getAt(given, ['communication', 'wrap_report_due']));
    expect(getAt(spec, ['communication', 'wrap_report_due_days'])).toBeUndefined();
    expect(Object.keys(spec.assumed as object).some((pointer) => /go_live|wrap_report/.test(pointer))).toBe(false);
    // A file that gives both alternatives keeps both, and is refused at the field, as before.
    const both = example.replace('  wrap_report_due: "2027-05-17"', '  wrap_report_due: "2027-05-17"\n  wrap_report_due_days: 30');
    writeFileSync(join(dir, 'both.yaml'), both);
    const refused = await run(dir, ['kickoff', '--answers', 'both.yaml', '--defaults', '--out', 'd.campaign.yaml']);
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/both\.yaml:\d+:\d+: `communication` must give either `wrap_report_due_days` or `wrap_report_due`/);
  });

  it('derives defaults from earlier answers (law, claim markets, paid territories, languages, ids, ad mechanisms) and lists them as assumed', async () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'answers.yaml'),
      stringify({
        campaign: { name: 'Glow Canada', markets: ['CA'], languages: ['en-CA', 'fr-CA'] },
        deliverables: [{ platform: 'instagram', format: 'reel' }, {}],
      }),
    );
    await run(dir, ['kickoff', '--answers', 'answers.yaml', '--defaults']);
    const spec = parse(readFileSync(join(dir, 'glow-canada.campaign.yaml'), 'utf8')) as Spec;
    expect(getAt(spec, ['compliance', 'jurisdictions'])).toEqual(['CA']);
    expect(getAt(spec, ['messaging', 'claims', 0, 'markets'])).toEqual(['CA']);
    expect(getAt(spec, ['usage_rights', 'paid', 'territories'])).toEqual(['CA']);
    expect((spec.deliverables as { language: string }[]).map((d) => d.language)).toEqual(['en-CA', 'en-CA']);
    expect((spec.deliverables as { id: string }[]).map((d) => d.id)).toEqual(['creator-1-instagram', 'creator-2-reel']);
    // No TikTok deliverable is left, so no Spark Ads.
    expect(getAt(spec, ['usage_rights', 'paid', 'mechanisms'])).toEqual(['partnership_ads']);
    const assumed = spec.assumed as Record<string, unknown>;
    expect(assumed['/compliance/jurisdictions']).toEqual(['CA']);
    expect(assumed['/deliverables/0/language']).toBe('en-CA');
    expect(assumed['/usage_rights/paid/mechanisms']).toEqual(['partnership_ads']);
    expect(assumed).not.toHaveProperty(['/campaign/markets']);
  });

  it("derives disclosure labels from the markets and exclusivity platforms from the creators' platforms", async () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'answers.yaml'),
      stringify({ campaign: { name: 'Glow DACH', markets: ['DE', 'AT'], languages: ['de-DE'] }, deliverables: [{}, { platform: 'youtube', format: 'dedicated_video' }] }),
    );
    await run(dir, ['kickoff', '--answers', 'answers.yaml', '--defaults']);
    const spec = parse(readFileSync(join(dir, 'glow-dach.campaign.yaml'), 'utf8')) as Spec;
    // "#ad" is not enough in Germany: the German regulators' word replaces it.
    expect((spec.deliverables as { disclosure: { labels: string[] } }[]).map((d) => d.disclosure.labels)).toEqual([['#werbung'], ['#werbung']]);
    expect(getAt(spec, ['exclusivity', 0, 'platforms'])).toEqual(['tiktok', 'youtube']);
    const assumed = spec.assumed as Record<string, unknown>;
    expect(assumed['/deliverables/0/disclosure/labels']).toEqual(['#werbung']);
    expect(assumed['/exclusivity/0/platforms']).toEqual(['tiktok', 'youtube']);
  });

  it('moves an "All content approved" milestone nobody stated to when the approval chain can end, and lists it as assumed', async () => {
    const approvedAt = async (rounds: number) => {
      const dir = tempDir();
      writeFileSync(join(dir, 'answers.yaml'), stringify({ campaign: { name: 'Round Three' }, approvals: { revision_rounds: rounds } }));
      await run(dir, ['kickoff', '--answers', 'answers.yaml', '--defaults', '--preset', 'product-launch', '--out', 'x.campaign.yaml']);
      const text = readFileSync(join(dir, 'x.campaign.yaml'), 'utf8');
      const spec = parse(text) as Spec;
      const index = (getAt(spec, ['milestones']) as { id: string }[]).findIndex((m) => m.id === 'all-approved');
      const at = getAt(spec, ['milestones', index, 'at']) as string;
      const findings = (await lintSource('x.campaign.yaml', new TextEncoder().encode(text), { today: TODAY })).findings;
      return { at, assumed: (spec.assumed as Record<string, unknown>)[`/milestones/${index}/at`], mismatched: findings.filter((f) => f.ruleId === 'milestones-match-approvals') };
    };
    const two = await approvedAt(2);
    const three = await approvedAt(3);
    // A third round makes the chain longer: the milestone follows it, stays assumed, and lint agrees with it.
    expect(three.at > two.at).toBe(true);
    expect(three.assumed).toBe(three.at);
    expect([...two.mismatched, ...three.mismatched]).toEqual([]);
  });

  it("no paid use takes the preset's words about paid use with its paid terms, and keeps text the team wrote", async () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'answers.yaml'),
      stringify({
        campaign: { name: 'Ledger Voices' },
        usage_rights: { paid: false },
        creative_autonomy: { decided_together: ['Posting date and time within the go-live window', 'Which posts are boosted as Thought Leader Ads'] },
      }),
    );
    await run(dir, ['kickoff', '--answers', 'answers.yaml', '--defaults', '--preset', 'b2b-thought-leadership', '--out', 'x.campaign.yaml']);
    const spec = parse(readFileSync(join(dir, 'x.campaign.yaml'), 'utf8')) as Spec;
    // Stated in the answers file: kept as written, so lint reports the contradiction at it.
    expect(getAt(spec, ['creative_autonomy', 'decided_together'])).toEqual(['Posting date and time within the go-live window', 'Which posts are boosted as Thought Leader Ads']);
    // The preset's mitigation keeps its organic sentence and loses the paid one.
    const risks = getAt(spec, ['contingency', 'risks']) as { id: string; mitigation: string }[];
    expect(risks.find((r) => r.id === 'under-delivery')?.mitigation).toBe('Re-share the best-performing post from the company page at the day-10 check-in.');
    const text = readFileSync(join(dir, 'x.campaign.yaml'), 'utf8');
    const paidText = (await lintSource('x.campaign.yaml', new TextEncoder().encode(text), { today: TODAY })).findings.filter((f) => f.ruleId === 'paid-use-in-text');
    expect(paidText.map((f) => f.pointer)).toEqual(['/creative_autonomy/decided_together/1']);
  });

  it("a preset's monthly deliverables fit a shorter window: fewer occurrences and pieces, all assumed; a stated count that does not share out ends the recurrence", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'short.yaml'), stringify({ campaign: { name: 'Spring ambassadors', window: { start: '2027-03-08', end: '2027-05-31' } } }));
    const shortRun = await run(dir, ['kickoff', '--answers', 'short.yaml', '--defaults', '--preset', 'ambassador-program', '--out', 'short.campaign.yaml']);
    // What kickoff changed in the preset's structure is said on screen too, not only listed as assumed.
    expect(shortRun.out).toContain("creator-1-reels: 3 of the preset's 6 occurrences go live by 2027-05-31, 3 pieces in all (assumed).\n");
    expect(shortRun.out).toContain("creator-2-videos: 2 of the preset's 3 occurrences go live by 2027-05-31, 2 pieces in all (assumed).\n");
    const short = parse(readFileSync(join(dir, 'short.campaign.yaml'), 'utf8')) as Spec;
    // Reels go live on the 9th of March, April and May; the two-monthly videos on 10 March and 10 May.
    expect(getAt(short, ['deliverables', 0, 'recurrence'])).toEqual({ frequency: 'monthly', occurrences: 3 });
    expect(getAt(short, ['deliverables', 0, 'count'])).toBe(3);
    expect(getAt(short, ['deliverables', 1, 'recurrence'])).toEqual({ frequency: 'monthly', interval: 2, occurrences: 2 });
    expect(getAt(short, ['deliverables', 1, 'count'])).toBe(2);
    for (const pointer of ['/deliverables/0/recurrence/occurrences', '/deliverables/0/count', '/deliverables/1/count']) expect(Object.keys(short.assumed as object)).toContain(pointer);
    const shortText = readFileSync(join(dir, 'short.campaign.yaml'), 'utf8');
    const schedule = (await lintSource('short.campaign.yaml', new TextEncoder().encode(shortText), { today: TODAY })).findings.filter((f) => /recurrence|go-live|approval/.test(f.ruleId));
    expect(schedule).toEqual([]);

    writeFileSync(join(dir, 'three.yaml'), stringify({ campaign: { name: 'Spring ambassadors', window: { start: '2027-03-08', end: '2027-04-30' } }, deliverables: [{ count: 3 }, {}] }));
    const threeRun = await run(dir, ['kickoff', '--answers', 'three.yaml', '--defaults', '--preset', 'ambassador-program', '--out', 'three.campaign.yaml']);
    expect(threeRun.out).toContain('creator-1-reels no longer recurs: 3 pieces cannot be shared over the 2 occurrences that go live by 2027-04-30, so all go live on its one date (assumed).\n');
    expect(threeRun.out).toContain('creator-2-videos no longer recurs: only its first occurrence goes live by 2027-04-30 (assumed).\n');
    const three = parse(readFileSync(join(dir, 'three.campaign.yaml'), 'utf8')) as Spec;
    // Three reels cannot be shared over the two months that fit: one go-live, as stated; the videos fit once.
    expect(getAt(three, ['deliverables', 0, 'recurrence'])).toBeUndefined();
    expect(getAt(three, ['deliverables', 0, 'count'])).toBe(3);
    expect(getAt(three, ['deliverables', 1, 'recurrence'])).toBeUndefined();
    expect(getAt(three, ['deliverables', 1, 'count'])).toBe(1);
  });

  it("a resumed interview still says what kickoff changed in the preset's structure in the session before", async () => {
    const dir = tempDir();
    const answers = answersAsker({ campaign: { name: 'Spring ambassadors', window: { start: '2027-03-08', end: '2027-04-30' } }, deliverables: [{ count: 3 }, {}] }, true);
    const interrupt = Object.assign(new Error('interrupted'), { name: 'ExitPromptError' });
    // The person stops (Ctrl-C) as the approvals begin, after the deliverables were fitted to the window.
    const asker: Asker = {
      ask: (question) => answers.ask(question),
      step: (step) => {
        if (step.title === 'Approvals') throw interrupt;
      },
    };
    const state: InterviewState = { preset: 'ambassador-program', spec: startingSpec('ambassador-program', TODAY), answered: {} };
    await expect(new Interview(state, asker, async () => {}, presetSpec('ambassador-program')).run()).rejects.toBe(interrupt);
    writeDraft(draftPath(dir, 'spring-ambassadors'), { state, out: 'spring.campaign.yaml' });

    const resumed = await run(dir, ['kickoff', '--resume', '--defaults']);
    expect(resumed.out).toContain('Wrote spring.campaign.yaml');
    expect(resumed.out).toContain('creator-1-reels no longer recurs: 3 pieces cannot be shared over the 2 occurrences that go live by 2027-04-30, so all go live on its one date (assumed).\n');
    expect(resumed.out).toContain('creator-2-videos no longer recurs: only its first occurrence goes live by 2027-04-30 (assumed).\n');
  });

  it.each(PRESET_NAMES)("README's answers example with --preset %s: KPI windows and the review follow the shorter window, no error but stand-ins", async (preset) => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const example = /```yaml\n# kickoff-answers\.yaml\n([\s\S]*?)```/.exec(readme)![1]!;
    const dir = tempDir();
    writeFileSync(join(dir, 'kickoff-answers.yaml'), example);
    await run(dir, ['kickoff', '--answers', 'kickoff-answers.yaml', '--defaults', '--preset', preset, '--out', 'x.campaign.yaml']);
    const text = readFileSync(join(dir, 'x.campaign.yaml'), 'utf8');
    const errors = (await lintSource('x.campaign.yaml', new TextEncoder().encode(text), { today: TODAY })).findings.filter((f) => f.severity === 'error' && f.ruleId !== 'no-placeholders');
    expect(errors.map((f) => `${f.ruleId}: ${f.message}`)).toEqual([]);
  });

  it('a finding on a field no question asks says how to change it: the --edit command for that field', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'answers.yaml'), stringify({ campaign: { name: 'Spring Glow' }, deliverables: [{ brief_notes: 'Post at 6pm on launch day' }, {}] }));
    const r = await run(dir, ['kickoff', '--answers', 'answers.yaml', '--defaults']);
    expect(r.code).toBe(1);
    expect(r.err).toContain('times-have-time-zones');
    expect(r.err).toContain('No question sets these; change them in the file, or with:\n  alignkit kickoff --edit /deliverables/0/brief_notes spring-glow.campaign.yaml\n');
  });

  it('an answers file of the wrong shapes is refused with its place, never an internal error (defaults derive only from well-formed values)', async () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'answers.yaml'),
      'campaign: { markets: CA, languages: en-CA, window: { end: 2027-05-01 } }\ndeliverables: [null, { markets: CA, platform: 7 }]\nkpis: [null]\nexclusivity: [null]\n',
    );
    const r = await run(dir, ['kickoff', '--answers', 'answers.yaml', '--defaults']);
    expect(r.code).toBe(2);
    expect(r.err).not.toMatch(/internal error|TypeError/);
    expect(r.err).toMatch(/^answers\.yaml:1:22: `campaign.markets` must be a list/m);
    expect(readdirSync(dir)).toEqual(['answers.yaml']);
  });

  it('--resume without a draft, or with several, says which to name', async () => {
    const dir = tempDir();
    expect((await run(dir, ['kickoff', '--resume', '--defaults'])).err).toContain('no kickoff draft to resume');
  });
});

describe('alignkit kickoff --edit', () => {
  it('changes one value and leaves every other byte of a commented, hand-formatted spec as it was', async () => {
    const dir = tempDir();
    const original = readFileSync(join(ROOT, 'examples', 'product-launch.campaign.yaml'), 'utf8');
    writeFileSync(join(dir, 'spring.campaign.yaml'), original);
    writeFileSync(join(dir, 'value.yaml'), 'deliverables:\n  - {}\n  - {}\n  - draft_due: 2027-02-18T17:00 America/Toronto\n');
    const r = await run(dir, ['kickoff', '--edit', '/deliverables/2/draft_due', 'spring.campaign.yaml', '--answers', 'value.yaml', '--today', '2027-01-15']);
    expect(r.code).toBe(0);
    const edited = readFileSync(join(dir, 'spring.campaign.yaml'), 'utf8');
    const a = original.split('\n');
    const b = edited.split('\n');
    expect(b.length).toBe(a.length);
    const changed = a.flatMap((line, i) => (line === b[i] ? [] : [[line, b[i]]]));
    expect(changed).toEqual([['    draft_due: 2027-0219T17:00 America/Toronto'.replace('2027-0219', '2027-02-19'), '    draft_due: 2027-02-18T17:00 America/Toronto']]);
  });

  it('keeps a byte-order mark, and reads files the way lint does (UTF-16 and duplicate keys refused with line:col)', async () => {
    const dir = tempDir();
    const original = `\ufeff${readFileSync(join(ROOT, 'examples', 'product-launch.campaign.yaml'), 'utf8')}`;
    writeFileSync(join(dir, 's.campaign.yaml'), original);
    writeFileSync(join(dir, 'v.yaml'), 'approvals:\n  revision_rounds: 1\n');
    expect((await run(dir, ['kickoff', '--edit', '/approvals/revision_rounds', 's.campaign.yaml', '--answers', 'v.yaml', '--today', '2027-01-15'])).code).toBe(0);
    expect(readFileSync(join(dir, 's.campaign.yaml'), 'utf8')).toBe(original.replace('revision_rounds: 2', 'revision_rounds: 1'));
    // The same value again: said so, and the file is not written.
    const again = await run(dir, ['kickoff', '--edit', '/approvals/revision_rounds', 's.campaign.yaml', '--answers', 'v.yaml', '--today', '2027-01-15']);
    expect(again.code).toBe(0);
    expect(again.out).toBe('s.campaign.yaml: /approvals/revision_rounds is already 1; nothing changed.\n');
    expect(readFileSync(join(dir, 's.campaign.yaml'), 'utf8')).toBe(original.replace('revision_rounds: 2', 'revision_rounds: 1'));
    writeFileSync(join(dir, 'utf16.yaml'), Buffer.from('\ufeffcampaign: {}\n', 'utf16le'));
    const utf16 = await run(dir, ['kickoff', '--answers', 'utf16.yaml', '--defaults']);
    expect(utf16.code).toBe(2);
    expect(utf16.err).toBe('alignkit: utf16.yaml:1:1: the file is UTF-16; save it as UTF-8\n');
    writeFileSync(join(dir, 'dup.yaml'), 'campaign:\n  name: A\n  name: B\n');
    const dup = await run(dir, ['kickoff', '--answers', 'dup.yaml', '--defaults']);
    expect(dup.code).toBe(2);
    expect(dup.err).toMatch(/^alignkit: dup\.yaml:3:3: `name` appears twice/);
  });

  it('refuses a pointer that is not there, a list, a group of fields and a value the schema refuses, and leaves the file alone', async () => {
    const dir = tempDir();
    const original = readFileSync(join(ROOT, 'examples', 'product-launch.campaign.yaml'), 'utf8');
    writeFileSync(join(dir, 's.campaign.yaml'), original);
    writeFileSync(join(dir, 'v.yaml'), 'approvals:\n  revision_rounds: -1\ncampaign:\n  markets: [US]\n  window: { start: "2027-03-08", end: "2027-04-18" }\n  nope: 1\n');
    const missing = await run(dir, ['kickoff', '--edit', '/campaign/nope', 's.campaign.yaml', '--answers', 'v.yaml']);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('/campaign/nope is not in the file');
    const list = await run(dir, ['kickoff', '--edit', '/campaign/markets', 's.campaign.yaml', '--answers', 'v.yaml']);
    expect(list.code).toBe(2);
    expect(list.err).toMatch(/--edit changes one value, e\.g\. \/campaign\/markets\/0/);
    const group = await run(dir, ['kickoff', '--edit', '/campaign/window', 's.campaign.yaml', '--answers', 'v.yaml']);
    expect(group.code).toBe(2);
    expect(group.err).toBe('alignkit: /campaign/window is a group of fields; --edit changes one value, e.g. /campaign/window/start\n');
    const bad = await run(dir, ['kickoff', '--edit', '/approvals/revision_rounds', 's.campaign.yaml', '--answers', 'v.yaml']);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/^alignkit: v\.yaml:2:20: /m);
    const notty = await run(dir, ['kickoff', '--edit', '/approvals/revision_rounds', 's.campaign.yaml']);
    expect(notty.code).toBe(2);
    expect(readFileSync(join(dir, 's.campaign.yaml'), 'utf8')).toBe(original);
  });
});
