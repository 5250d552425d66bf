/**
 * Runs the kickoff interview over a draft spec. Pure apart from the asker (a
 * terminal, an answers file, a test) and `save`, called after every answer so an
 * interrupted interview loses nothing. The same questions, checks and side
 * effects apply however the answers arrive.
 */
import { loadHolidays, loadHolidaysFor } from '../time/holiday-registry.js';
import { approvalEnd } from '../schedule/approval.js';
import { goLiveDate, occurrencesOf } from '../schedule/recurrence.js';
import { milestoneKind } from '../spec/milestone-kinds.js';
import { boundingClock, zonedInstant } from '../time/clock.js';
import { exactClock } from '../time/exact-clock.js';
import { parseZoned } from '../time/wall.js';
import { schemaProblems } from '../validate/campaign-schema.js';
import { isCalendarDate } from '../validate/formats.js';
import { deliverableJurisdictions } from '../spec/deliverable-facts.js';
import { acceptedBy, labelProfile } from '../spec/disclosure-labels.js';
import type { CampaignSpec, Deliverable } from '../spec/model.js';
import { placeholderPreset } from '../spec/placeholder-fields.js';
import { encodePointer } from '../spec/pointer.js';
import { isRecord } from '../spec/plain-data.js';
import { REFERENCES, copyListMemberships, dropFromReferenceLists, renameReferences, type ReferenceKind } from '../spec/references.js';
import { clone, addDays, daysBetween, deleteAt, dropPaidUseText, getAt, hasAt, replaceCurrency, replaceTimeZone, setAt, shiftDates, slugify, uniqueId, type Path, type Spec } from './draft.js';
import { fieldInfo, type FieldInfo } from './schema-field.js';
import { STEPS, STEP_COUNT, type FieldQuestion, type GroupQuestion, type Step, type ToggleQuestion } from './script.js';

export interface Choice {
  value: string;
  name: string;
}

interface AskedBase {
  /** Where the answer is kept in the draft's record of answers. */
  key: string;
  pointer: string;
  path: Path;
  step: { number: number; total: number; title: string };
  label: string;
  why: string;
}

/** A value for one field of the spec. */
export interface ValueAsk extends AskedBase {
  kind: 'value';
  help: string;
  input: FieldInfo['type'] | 'ordered';
  info: FieldInfo;
  choices?: Choice[];
  current: unknown;
  /** The suggestion follows from an earlier answer (an id from a name): an answers file may leave it out. */
  derived: boolean;
  /** The preset's stand-ins in `current` ("The Brand"): shown as what to replace, never offered as the answer. */
  standIns: string[];
  /** true, or why the value is refused: the linter's own schema message. */
  validate(value: unknown): true | string;
}

/** Which entries of a list to keep (indices). */
export interface KeepAsk extends AskedBase {
  kind: 'keep';
  noun: string;
  entries: string[];
  minimum: number;
}

/** Whether to add one more entry to a list that has `count`. */
export interface MoreAsk extends AskedBase {
  kind: 'more';
  noun: string;
  count: number;
}

/** Whether an optional block is part of the deal. */
export interface ToggleAsk extends AskedBase {
  kind: 'toggle';
  current: boolean;
}

export type Ask = ValueAsk | KeepAsk | MoreAsk | ToggleAsk;

export interface Asker {
  /** Called as each step begins: "Step 3 of 9: Approvals". */
  step?(step: { number: number; total: number; title: string; why: string }): void;
  ask(question: Ask): Promise<unknown>;
}

export interface InterviewState {
  preset: string;
  spec: Spec;
  /** Answers given so far, by key: what --resume skips. */
  answered: Record<string, unknown>;
  /**
   * `essentials` asks only what changes from campaign to campaign (and every stand-in), and leaves the
   * rest of the preset as it is, assumed; `full` (the default) asks every question.
   */
  depth?: InterviewDepth;
  /** Sections the team chose to go through in full after the essentials (the read-back). */
  sections?: string[];
  /** What kickoff changed in the preset's structure on its own, by deliverable id: kept with the draft, so a resumed interview still says it. */
  notices?: Record<string, string>;
}

export type InterviewDepth = 'essentials' | 'full';

/**
 * What changes from campaign to campaign: the essentials path asks these (and any field that still
 * holds a preset's stand-in), and nothing else.
 */
const ESSENTIAL_FIELDS: readonly RegExp[] = [
  /^\/campaign\/(name|product|category|markets|languages|currency|timezone|window\/(start|end)|owner)$/,
  /^\/parties\/\d+\/(name|organisation|contact\/email)$/,
  /^\/deliverables\/\d+\/(creator|platform|format|count|draft_due|go_live\/(at|window_start|window_end)|recurrence\/(frequency|interval|occurrences)|markets|tracking\/promo_code)$/,
  /^\/approvals\/(revision_rounds|stages\/\d+\/review_window\/hours)$/,
  /^\/compensation\/\d+\/amount\/amount$/,
  /^\/kpis\/\d+\/(target|baseline\/value)$/,
  /^\/usage_rights\/(organic\/days|paid\/(days|territories))$/,
  /^\/messaging\/claims\/\d+\/(text|substantiation)$/,
];

/** Lists whose entries the essentials path lets you keep, drop and add to: who takes part and what they make. */
const ESSENTIAL_LISTS = new Set(['/parties', '/deliverables']);

/** Where a question lives, so lint findings can send the user back to it. */
export interface AskedQuestion {
  pointer: string;
  label: string;
  step: number;
  stepTitle: string;
}

/** The platforms each ad mechanism runs on (none listed: any platform). */
const MECHANISM_PLATFORMS: Readonly<Record<string, readonly string[]>> = {
  spark_ads: ['tiktok'],
  partnership_ads: ['instagram', 'facebook'],
  thought_leader_ads: ['linkedin'],
  youtube_partnership_ads: ['youtube'],
};

const ID_LISTS: Readonly<Record<string, ReferenceKind>> = { parties: 'party', kpis: 'kpi', deliverables: 'deliverable', milestones: 'milestone' };

export class Interview {
  /** Every field question met so far, in order, including those answered in an earlier session. */
  readonly asked: AskedQuestion[] = [];
  /** The same questions by pointer (each is asked about once), for questionFor. */
  private readonly askedByPointer = new Map<string, AskedQuestion>();
  private readonly derived = new Set<string>();
  private readonly definitions = new Map<string, { question: FieldQuestion; path: Path; step: number; item?: Path }>();

  constructor(
    readonly state: InterviewState,
    private readonly asker: Asker,
    private readonly save: (state: InterviewState) => Promise<void>,
    private readonly preset: Spec,
    private readonly steps: readonly Step[] = STEPS,
  ) {}

  get spec(): Spec {
    return this.state.spec;
  }

  /** What kickoff changed in the preset's structure on its own, in this session or an earlier one, for the person to read after writing. */
  get notices(): string[] {
    return Object.values(this.state.notices ?? {});
  }

  /** The latest change to a deliverable's structure stands. */
  private notice(id: string, text: string): void {
    this.state.notices = { ...this.state.notices, [id]: text };
  }

  async run(): Promise<void> {
    // A preset or a resumed draft may already name a party's public holidays, which approval end dates count.
    await loadHolidaysFor(this.spec as { parties?: unknown[] });
    for (const [index, step] of this.steps.entries()) {
      this.asker.step?.({ number: index + 1, total: STEP_COUNT, title: step.title, why: step.why });
      for (const question of step.questions) {
        if (question.kind === 'field') await this.field(question, [], undefined, index);
        else if (question.kind === 'toggle') await this.toggle(question, index);
        else await this.group(question, index);
      }
    }
    this.deriveApprovalMilestones();
  }

  /**
   * A milestone that says all content is approved, with a date nobody stated, moves to when the approval
   * chain can end at the latest: the preset's date assumed a schedule the team has since changed.
   */
  private deriveApprovalMilestones(): void {
    const answered = (p: Path) => Object.hasOwn(this.state.answered, encodePointer(p));
    list(this.spec, ['milestones']).forEach((m, i) => {
      if (!isRecord(m) || typeof m.name !== 'string' || typeof m.at !== 'string' || milestoneKind({ name: m.name, ...(typeof m.kind === 'string' ? { kind: m.kind } : {}) }) !== 'all-approved') return;
      let moved: string;
      try {
        const spec = this.spec as unknown as CampaignSpec;
        // The bounding clock narrows the deliverables to those that may end last; the exact clock reads only those.
        // Every occurrence of a recurring deliverable: "all content" includes the last month's.
        const rough = spec.deliverables.flatMap((d) => occurrencesOf(d)).map(({ deliverable: d }) => ({ d, end: approvalEnd(boundingClock, spec, d) }));
        const floor = Math.max(...rough.map((r) => r.end.lo));
        let latest = Number.NEGATIVE_INFINITY;
        for (const { d } of rough.filter((r) => r.end.hi >= floor)) latest = Math.max(latest, approvalEnd(exactClock, spec, d).lo);
        if (!Number.isFinite(latest) || latest <= zonedInstant(exactClock, m.at).lo) return;
        moved = exactClock.format(latest, parseZoned(m.at).zone);
      } catch {
        // A draft the schema would refuse (an unknown zone, an impossible date; lint says where): nothing to derive from.
        return;
      }
      this.derive(['milestones', i, 'at'], moved, answered);
    });
  }

  /** Asks one field again (after lint found a problem with it), whatever was answered before. */
  async revisit(pointer: string): Promise<void> {
    await loadHolidaysFor(this.spec as { parties?: unknown[] });
    const found = this.definitions.get(pointer);
    if (!found) throw new Error(`no question for ${pointer}`);
    const item = found.item ? (getAt(this.spec, found.item) as Record<string, unknown>) : undefined;
    delete this.state.answered[pointer];
    await this.field(found.question, found.item ?? [], item, found.step, true);
    this.deriveApprovalMilestones();
  }

  /** Asks every question of a top-level section again, at any depth (the read-back's "go through"). */
  goThrough(section: string): void {
    const prefix = `/${section}`;
    for (const key of Object.keys(this.state.answered)) if (key === prefix || key.startsWith(`${prefix}/`) || key.startsWith(`${prefix}#`)) delete this.state.answered[key];
    this.state.sections = [...new Set([...(this.state.sections ?? []), section])];
  }

  /** The question to go back to for a finding at `pointer`: the deepest one at or above it, else the first below it. */
  questionFor(pointer: string): AskedQuestion | undefined {
    // The pointer itself, then its ancestors, deepest first: a lookup per level instead of a pass over every
    // question for every finding (quadratic in a spec with thousands of deliverables).
    for (let end = pointer.length; end >= 0; end = end === 0 ? -1 : pointer.lastIndexOf('/', end - 1)) {
      const found = this.askedByPointer.get(pointer.slice(0, end));
      if (found) return found;
    }
    return this.asked.find((q) => q.pointer.startsWith(`${pointer}/`));
  }

  private stepInfo(index: number) {
    return { number: index + 1, total: STEP_COUNT, title: this.steps[index]!.title };
  }

  private async field(question: FieldQuestion, base: Path, item: Record<string, unknown> | undefined, step: number, force = false): Promise<void> {
    if (!force && question.when && !question.when(this.spec, item)) return;
    const path = [...base, ...question.path];
    const pointer = encodePointer(path);
    const label = this.labelOf(question, path);
    if (!this.definitions.has(pointer)) {
      this.definitions.set(pointer, { question, path, step, ...(base.length ? { item: base } : {}) });
      const asked = { pointer, label, step: step + 1, stepTitle: this.steps[step]!.title };
      this.asked.push(asked);
      this.askedByPointer.set(pointer, asked);
    }
    if (Object.hasOwn(this.state.answered, pointer)) return;
    if (!force && !this.asksField(pointer, path)) return;
    const ask = this.valueAsk(question, path, step);
    const value = await this.asker.ask(ask);
    // The holiday calendars load only for a spec that names one (1.5 MB of data): from this answer on, it does.
    if (path.at(-1) === 'holidays' && typeof value === 'string') await loadHolidays();
    this.apply(path, value);
    this.state.answered[pointer] = clone(value);
    await this.save(this.state);
  }

  /**
   * A question's label, naming its subject when it belongs to one entry of a list: "Responsible
   * [brief_signoff]", "Disclosure labels [maya-tiktok]", "Fee [maya-chen]". Ten "Responsible" questions
   * in a row are otherwise ten guesses.
   */
  private labelOf(question: FieldQuestion, path: Path): string {
    const label = question.label ?? fieldInfo(path).title;
    const index = path.findIndex((segment) => typeof segment === 'number');
    if (index < 0) return label;
    const entry = getAt(this.spec, path.slice(0, index + 1));
    const subject = (isRecord(entry) ? subjectOf(entry) : undefined) ?? `${String(path[index - 1])} ${Number(path[index]) + 1}`;
    return `${label} [${subject}]`;
  }

  /** The question for one field, with its choices and the linter's check. */
  valueAsk(question: FieldQuestion, path: Path, step: number): ValueAsk {
    const pointer = encodePointer(path);
    const info = fieldInfo(path);
    const reference = referenceAt(path);
    const choices = reference ? this.choicesFor(reference.kind, question.roles) : info.choices?.map((c) => ({ value: c, name: c }));
    const input: ValueAsk['input'] = reference ? (question.ordered ? 'ordered' : reference.multiple ? 'choices' : 'choice') : info.type;
    return {
      kind: 'value',
      key: pointer,
      pointer,
      path,
      step: this.stepInfo(step),
      label: this.labelOf(question, path),
      why: question.why,
      help: info.description,
      input,
      info,
      ...(choices ? { choices } : {}),
      current: clone(getAt(this.spec, path)),
      derived: this.derived.has(pointer),
      standIns: standInsOf(path, getAt(this.spec, path)),
      validate: (value) => this.check(path, value, reference?.kind, choices),
    };
  }

  private async toggle(question: ToggleQuestion, step: number): Promise<void> {
    const pointer = encodePointer(question.path);
    const key = `${pointer}#toggle`;
    if (Object.hasOwn(this.state.answered, key)) return;
    const on = (await this.asker.ask({
      kind: 'toggle',
      key,
      pointer,
      path: question.path,
      step: this.stepInfo(step),
      label: question.label,
      why: question.why,
      current: hasAt(this.spec, question.path),
    })) as boolean;
    if (!on) {
      deleteAt(this.spec, question.path);
      // The preset's own words about paid use go with its paid terms; text the team wrote or changed stays.
      if (pointer === '/usage_rights/paid') dropPaidUseText(this.spec, (p) => Object.hasOwn(this.state.answered, encodePointer(p)) || getAt(this.preset, p) !== getAt(this.spec, p));
    } else if (!hasAt(this.spec, question.path) && hasAt(this.preset, question.path)) setAt(this.spec, question.path, clone(getAt(this.preset, question.path)));
    this.state.answered[key] = on;
    await this.save(this.state);
  }

  private get full(): boolean {
    return (this.state.depth ?? 'full') === 'full';
  }

  private inChosenSection(pointer: string): boolean {
    return (this.state.sections ?? []).some((section) => pointer === `/${section}` || pointer.startsWith(`/${section}/`));
  }

  /** Whether this depth asks the field: always in full; in essentials, what changes per campaign and every stand-in. */
  private asksField(pointer: string, path: Path): boolean {
    if (this.full || this.inChosenSection(pointer) || ESSENTIAL_FIELDS.some((field) => field.test(pointer))) return true;
    return standInsOf(path, getAt(this.spec, path)).length > 0;
  }

  private async group(group: GroupQuestion, step: number): Promise<void> {
    if (group.when && !group.when(this.spec)) return;
    const pointer = encodePointer(group.path);
    const list = () => (getAt(this.spec, group.path) as Record<string, unknown>[] | undefined) ?? [];
    // The essentials path keeps the preset's other lists as they are (their fields with stand-ins are still asked).
    const fixed = group.fixed || !(this.full || ESSENTIAL_LISTS.has(pointer) || this.inChosenSection(pointer));
    if (!fixed) await this.keep(group, step, list());
    for (let i = 0; ; i += 1) {
      if (i >= list().length) {
        if (fixed) break;
        const key = `${pointer}#more:${i}`;
        let more = this.state.answered[key] as boolean | undefined;
        if (more === undefined) {
          more = (await this.asker.ask({
            kind: 'more',
            key,
            pointer,
            path: group.path,
            step: this.stepInfo(step),
            label: `Add another ${group.noun}?`,
            why: group.why,
            noun: group.noun,
            count: i,
          })) as boolean;
          if (more) this.addEntry(group.path);
          this.state.answered[key] = more;
          await this.save(this.state);
        }
        if (!more || i >= list().length) break;
      }
      for (const question of group.fields) await this.field(question, [...group.path, i], list()[i], step);
    }
  }

  private async keep(group: GroupQuestion, step: number, entries: Record<string, unknown>[]): Promise<void> {
    const pointer = encodePointer(group.path);
    const key = `${pointer}#keep`;
    if (Object.hasOwn(this.state.answered, key) || entries.length === 0) return;
    const required = fieldInfo(group.path).required;
    const kept = (await this.asker.ask({
      kind: 'keep',
      key,
      pointer,
      path: group.path,
      step: this.stepInfo(step),
      label: `Which ${group.noun} entries apply to this campaign?`,
      why: group.why,
      noun: group.noun,
      entries: entries.map(describeEntry),
      minimum: required ? 1 : 0,
    })) as number[];
    const keepSet = new Set(kept);
    for (let i = entries.length - 1; i >= 0; i -= 1) if (!keepSet.has(i)) this.removeEntry(group.path, i);
    if (!required && list(this.spec, group.path).length === 0) deleteAt(this.spec, group.path);
    this.state.answered[key] = [...keepSet].sort((a, b) => a - b);
    await this.save(this.state);
  }

  /**
   * A new entry starts as a copy of the one before it (its shape: format, counts, windows), with an id
   * of its own and none of its identity: a copied email, phone, handle, promo code, tracking link or
   * fee owner would be someone else's, so those are asked afresh.
   */
  private addEntry(path: Path): void {
    const entries = list(this.spec, path);
    const template = (entries[entries.length - 1] ?? list(this.preset, path)[0] ?? {}) as Record<string, unknown>;
    const entry = withoutIdentity(encodePointer(path), clone(template) as Record<string, unknown>);
    if (typeof entry.id === 'string') entry.id = uniqueId(entry.id, new Set(entries.map((e) => String((e as Record<string, unknown>).id))));
    if (!hasAt(this.spec, path)) setAt(this.spec, path, []);
    list(this.spec, path).push(entry);
    const kind = path.length === 1 ? ID_LISTS[String(path[0])] : undefined;
    if (kind && typeof template.id === 'string' && typeof entry.id === 'string' && entries.includes(template)) copyListMemberships(this.spec, kind, template.id, entry.id);
  }

  private removeEntry(path: Path, index: number): void {
    const entries = list(this.spec, path);
    const removed = entries[index] as Record<string, unknown>;
    entries.splice(index, 1);
    const kind = path.length === 1 ? ID_LISTS[String(path[0])] : undefined;
    if (kind && typeof removed.id === 'string') removeReferencesTo(this.spec, kind, removed.id);
  }

  private choicesFor(kind: ReferenceKind, roles?: readonly string[]): Choice[] {
    const entries = list(this.spec, [kind === 'party' ? 'parties' : `${kind}s`]) as Record<string, unknown>[];
    return entries.filter((e) => kind !== 'party' || !roles || roles.includes(String(e.role))).map((e) => ({ value: String(e.id), name: choiceName(kind, e) }));
  }

  /** The linter's verdict on the spec with this one value changed. */
  private check(path: Path, value: unknown, kind: ReferenceKind | undefined, choices: Choice[] | undefined): true | string {
    if (kind && choices) {
      const allowed = new Set(choices.map((c) => c.value));
      const values = Array.isArray(value) ? value : [value];
      const unknown = values.find((v) => !allowed.has(String(v)));
      if (unknown !== undefined) return `"${String(unknown)}" is not one of: ${[...allowed].join(', ')}`;
    }
    const standIn = standInsOf(path, value)[0];
    if (standIn !== undefined) return `"${standIn}" is the preset's stand-in; type the real value`;
    const trial = clone(this.spec);
    setAt(trial, path, value);
    const pointer = encodePointer(path);
    const problem = schemaProblems(trial).find((p) => p.pointer === pointer || p.pointer.startsWith(`${pointer}/`));
    return problem ? problem.message + (problem.hint ? ` ${problem.hint}` : '') : true;
  }

  /** Sets an answer, and keeps the rest of the draft consistent with it. */
  private apply(path: Path, value: unknown): void {
    const before = getAt(this.spec, path);
    setAt(this.spec, path, clone(value));
    const answered = (p: Path) => Object.hasOwn(this.state.answered, encodePointer(p)) || encodePointer(p) === encodePointer(path);
    const [head, index, leaf] = path;
    if (path.length === 3 && typeof index === 'number' && leaf === 'id' && typeof head === 'string' && ID_LISTS[head]) {
      if (typeof before === 'string' && typeof value === 'string' && before !== value) renameReferences(this.spec, ID_LISTS[head], before, String(value));
    } else if (head === 'parties' && typeof index === 'number' && leaf === 'name' && path.length === 3 && before !== value && !answered(['parties', index, 'id'])) {
      // A party's id follows its name until someone sets it: references are chosen, never typed.
      const party = list(this.spec, ['parties'])[index] as Record<string, unknown>;
      const others = new Set(
        list(this.spec, ['parties'])
          .filter((_, i) => i !== index)
          .map((p) => String((p as Record<string, unknown>).id)),
      );
      const id = uniqueId(slugify(String(value)), others);
      if (id !== party.id) {
        renameReferences(this.spec, 'party', String(party.id), id);
        party.id = id;
      }
    } else if (encodePointer(path) === '/campaign/name' && before !== value && !answered(['campaign', 'id'])) {
      setAt(this.spec, ['campaign', 'id'], slugify(String(value)));
      this.derived.add('/campaign/id');
    } else if (encodePointer(path) === '/campaign/window/start' && typeof before === 'string' && typeof value === 'string' && isCalendarDate(before) && isCalendarDate(value)) {
      shiftDates(this.spec, daysBetween(before, value), answered);
    } else if (encodePointer(path) === '/campaign/window/end' && typeof before === 'string' && typeof value === 'string' && isCalendarDate(before) && isCalendarDate(value) && before !== value) {
      this.deriveFromWindowEnd(before, value, answered);
    } else if (encodePointer(path) === '/campaign/timezone' && typeof before === 'string' && typeof value === 'string') {
      replaceTimeZone(this.spec, before, String(value), answered);
    } else if (encodePointer(path) === '/campaign/currency' && typeof before === 'string' && typeof value === 'string') {
      replaceCurrency(this.spec, before, String(value), answered);
    } else if (encodePointer(path) === '/campaign/markets' && Array.isArray(value)) {
      this.deriveFromMarkets(value.map(String), answered);
    } else if (encodePointer(path) === '/campaign/languages' && Array.isArray(value)) {
      this.deriveFromLanguages(value.map(String), answered);
    } else if (head === 'deliverables' && typeof index === 'number' && (leaf === 'platform' || leaf === 'creator') && path.length === 3 && before !== value) {
      this.deriveFromDeliverable(index, answered);
    } else if (head === 'deliverables' && typeof index === 'number' && (leaf === 'markets' || leaf === 'language') && path.length === 3) {
      // Only this deliverable's labels can change: doing all of them on every answer made a 2,000-deliverable answers file take seconds.
      this.deriveLabels(answered, index);
    } else if (head === 'deliverables' && typeof index === 'number' && (leaf === 'count' || leaf === 'go_live')) {
      this.deriveRecurrence(index, answered);
    }
  }

  /**
   * A recurring deliverable the team did not describe (the preset's monthly reel) fits the campaign as it
   * now stands: no more occurrences than go live by the window's end, and a count that shares out evenly
   * over them (the preset's pieces per occurrence, or the count the team stated). When only one fits, it
   * stops recurring. It never grows: more occurrences are the team's to state.
   */
  private deriveRecurrence(index: number, answered: (p: Path) => boolean): void {
    const d = list(this.spec, ['deliverables'])[index];
    const at = (...rest: Path) => ['deliverables', index, 'recurrence', ...rest];
    if (!isRecord(d) || !isRecord(d.recurrence) || ['frequency', 'interval', 'occurrences', 'day'].some((k) => answered(at(k))) || answered(at())) return;
    const end = getAt(this.spec, ['campaign', 'window', 'end']);
    const { occurrences } = d.recurrence;
    const count = d.count;
    if (
      typeof end !== 'string' ||
      !isCalendarDate(end) ||
      typeof occurrences !== 'number' ||
      !Number.isInteger(occurrences) ||
      occurrences < 2 ||
      typeof count !== 'number' ||
      !Number.isInteger(count)
    )
      return;
    let fitting: number;
    try {
      fitting = Math.max(1, occurrencesOf(d as unknown as Deliverable).filter((o) => goLiveDate(o.deliverable) <= end).length);
    } catch {
      return; // dates not well formed yet: lint will say so
    }
    const perOccurrence = count / occurrences;
    let wanted = fitting;
    let newCount = count;
    if (!answered(['deliverables', index, 'count']) && Number.isInteger(perOccurrence)) newCount = perOccurrence * fitting;
    else while (count % wanted !== 0) wanted -= 1;
    if (wanted === occurrences && newCount === count) return;
    this.derive(['deliverables', index, 'count'], newCount, answered);
    const id = String(d.id);
    if (wanted > 1) {
      this.derive(at('occurrences'), wanted, answered);
      this.notice(id, `${id}: ${wanted} of the preset's ${occurrences} occurrences go live by ${end}, ${newCount} pieces in all (assumed).`);
    } else {
      deleteAt(this.spec, at());
      for (const pointer of [...this.derived]) if (pointer.startsWith(`/deliverables/${index}/recurrence/`)) this.derived.delete(pointer);
      this.notice(
        id,
        fitting > 1
          ? `${id} no longer recurs: ${count} pieces cannot be shared over the ${fitting} occurrences that go live by ${end}, so all go live on its one date (assumed).`
          : `${id} no longer recurs: only its first occurrence goes live by ${end} (assumed).`,
      );
    }
  }

  /**
   * Each deliverable's disclosure labels are accepted in every market it runs in: a label a market does
   * not accept gives way to that market's plain one (#ad, #werbung, #publicité), one per market.
   */
  private deriveLabels(answered: (p: Path) => boolean, only?: number): void {
    // The draft is not validated yet (an answers file may hold anything): derive only from well-formed values.
    const strings = (value: unknown): value is string[] => Array.isArray(value) && value.every((v) => typeof v === 'string');
    const campaignMarkets = getAt(this.spec, ['campaign', 'markets']);
    const jurisdictions = getAt(this.spec, ['compliance', 'jurisdictions']);
    if (!strings(campaignMarkets) || !strings(jurisdictions)) return;
    const spec = this.spec as unknown as CampaignSpec;
    (list(this.spec, ['deliverables']) as Deliverable[]).forEach((d, i) => {
      if (only !== undefined && i !== only) return;
      const labels = isRecord(d) && isRecord(d.disclosure) ? d.disclosure.labels : undefined;
      if (!strings(labels) || (d.markets !== undefined && !strings(d.markets))) return;
      const language = typeof d.language === 'string' ? d.language : undefined;
      const profiles = deliverableJurisdictions(spec, d).flatMap((m) => labelProfile(m, language) ?? []);
      const fits = profiles.every((profile) => labels.some((label) => acceptedBy(profile, label)));
      if (fits) return;
      const plain = profiles.map((profile) => profile.accepted.find((a) => a.startsWith('#')) ?? profile.accepted[0]!);
      this.derive(['deliverables', i, 'disclosure', 'labels'], [...new Set(plain)], answered);
    });
  }

  /**
   * A KPI measured to the end of the campaign (or a set time after it) still is when the end moves, and
   * the formal review, a wrap report date and exclusivity keep their distance from the end: a shorter campaign
   * is not measured, reported, bound and renewed on the old dates.
   */
  private deriveFromWindowEnd(before: string, after: string, answered: (p: Path) => boolean): void {
    const shift = daysBetween(before, after);
    list(this.spec, ['kpis']).forEach((k, i) => {
      const end = isRecord(k) && isRecord(k.window) ? k.window.end : undefined;
      if (typeof end === 'string' && isCalendarDate(end) && end >= before) this.derive(['kpis', i, 'window', 'end'], addDays(end, shift), answered);
    });
    const review = getAt(this.spec, ['communication', 'formal_review', 'date']);
    if (typeof review === 'string' && isCalendarDate(review) && review > before) this.derive(['communication', 'formal_review', 'date'], addDays(review, shift), answered);
    list(this.spec, ['deliverables']).forEach((_, i) => this.deriveRecurrence(i, answered));
    const wrap = getAt(this.spec, ['communication', 'wrap_report_due']);
    if (typeof wrap === 'string' && isCalendarDate(wrap) && wrap > before) this.derive(['communication', 'wrap_report_due'], addDays(wrap, shift), answered);
    // Exclusivity that runs to the end, or a tail past it, keeps that tail: it does not outlast the wrap report of a shorter campaign.
    list(this.spec, ['exclusivity']).forEach((e, i) => {
      const to = isRecord(e) ? e.to : undefined;
      const from = isRecord(e) ? e.from : undefined;
      if (typeof to !== 'string' || !isCalendarDate(to) || to < before) return;
      const moved = addDays(to, shift);
      if (typeof from !== 'string' || moved >= from) this.derive(['exclusivity', i, 'to'], moved, answered);
    });
  }

  /** Exclusivity covers the platforms its creators publish on, and no other. */
  private deriveExclusivityPlatforms(answered: (p: Path) => boolean): void {
    const deliverables = list(this.spec, ['deliverables']).filter(isRecord);
    list(this.spec, ['exclusivity']).forEach((e, i) => {
      if (!isRecord(e)) return;
      const creators = e.creators;
      if (!Array.isArray(creators) || !Array.isArray(e.platforms)) return;
      const platforms = [...new Set(deliverables.filter((d) => creators.includes(d.creator)).map((d) => String(d.platform)))];
      if (platforms.length > 0) this.derive(['exclusivity', i, 'platforms'], platforms, answered);
    });
  }

  /** Sets a value that follows from an earlier answer, unless someone answered it already. */
  private derive(path: Path, value: unknown, answered: (p: Path) => boolean): void {
    if (answered(path) || !hasAt(this.spec, path)) return;
    setAt(this.spec, path, value);
    this.derived.add(encodePointer(path));
  }

  /** Markets decide the law that applies, where claims may be made and where paid use may run. */
  private deriveFromMarkets(markets: string[], answered: (p: Path) => boolean): void {
    this.derive(['compliance', 'jurisdictions'], [...markets], answered);
    list(this.spec, ['messaging', 'claims']).forEach((_, i) => this.derive(['messaging', 'claims', i, 'markets'], [...markets], answered));
    this.derive(['usage_rights', 'paid', 'territories'], [...markets], answered);
    list(this.spec, ['deliverables']).forEach((d, i) => {
      const own = isRecord(d) ? d.markets : undefined;
      if (Array.isArray(own))
        this.derive(['deliverables', i, 'markets'], own.filter((m) => markets.includes(String(m))).length > 0 ? own.filter((m) => markets.includes(String(m))) : [...markets], answered);
    });
    this.deriveLabels(answered);
  }

  /** A deliverable is made in one of the campaign's languages: one it no longer lists becomes the first. */
  private deriveFromLanguages(languages: string[], answered: (p: Path) => boolean): void {
    if (languages.length === 0) return;
    list(this.spec, ['deliverables']).forEach((d, i) => {
      const language = isRecord(d) ? d.language : undefined;
      if (typeof language === 'string' && !languages.includes(language)) this.derive(['deliverables', i, 'language'], languages[0], answered);
    });
  }

  /**
   * A deliverable's id names its creator and platform until someone sets it (`maya-chen-tiktok`), and the
   * paid-use mechanisms keep only those of platforms still in the campaign.
   */
  private deriveFromDeliverable(index: number, answered: (p: Path) => boolean): void {
    const deliverables = list(this.spec, ['deliverables']) as Record<string, unknown>[];
    const d = deliverables[index]!;
    if (deliverables.some((e) => !isRecord(e))) return;
    if (!answered(['deliverables', index, 'id']) && typeof d.id === 'string' && typeof d.creator === 'string' && typeof d.platform === 'string') {
      const others = new Set(deliverables.filter((_, i) => i !== index).map((e) => String(e.id)));
      const id = uniqueId(slugify(`${d.creator}-${d.platform}`), others);
      if (id !== d.id) {
        renameReferences(this.spec, 'deliverable', d.id, id);
        d.id = id;
      }
    }
    this.deriveExclusivityPlatforms(answered);
    const platforms = new Set(deliverables.map((e) => String(e.platform)));
    const mechanisms = getAt(this.spec, ['usage_rights', 'paid', 'mechanisms']);
    if (Array.isArray(mechanisms)) {
      const kept = mechanisms.filter((m) => (MECHANISM_PLATFORMS[String(m)] ?? []).length === 0 || MECHANISM_PLATFORMS[String(m)]!.some((p) => platforms.has(p)));
      if (kept.length > 0 && kept.length < mechanisms.length) this.derive(['usage_rights', 'paid', 'mechanisms'], kept, answered);
    }
  }
}

/** Per list, the fields of an entry that belong to one person or one account, never copied into a new entry. */
const IDENTITY_FIELDS: Readonly<Record<string, readonly (readonly string[])[]>> = {
  '/parties': [['contact', 'email'], ['contact', 'phone'], ['handles']],
  '/deliverables': [['tracking']],
  '/compensation': [['creator']],
};

function withoutIdentity(listPointer: string, entry: Record<string, unknown>): Record<string, unknown> {
  for (const field of IDENTITY_FIELDS[listPointer] ?? []) deleteAt(entry, field);
  return entry;
}

/** The preset stand-ins in a value (itself, or the items of a list). */
export function standInsOf(path: Path, value: unknown): string[] {
  const items: [Path, unknown][] = Array.isArray(value) ? value.map((v, i) => [[...path, i], v]) : [[path, value]];
  return items.filter(([p, v]) => placeholderPreset(p, v) !== undefined).map(([, v]) => String(v));
}

function list(spec: unknown, path: Path): unknown[] {
  const value = getAt(spec, path);
  return Array.isArray(value) ? value : [];
}

/**
 * Removing a party removes what only makes sense with them (their deliverables,
 * fees, backups) and takes them off every list; an owner or approver who is
 * gone stays, for lint to point at.
 */
export function removeReferencesTo(spec: Spec, kind: ReferenceKind, id: string): void {
  dropFromReferenceLists(spec, kind, id);
  const filter = (path: Path, keep: (entry: Record<string, unknown>) => boolean) => {
    const entries = getAt(spec, path);
    if (Array.isArray(entries))
      setAt(
        spec,
        path,
        entries.filter((e) => !isRecord(e) || keep(e)),
      );
  };
  if (kind === 'party') {
    for (const d of list(spec, ['deliverables']) as Record<string, unknown>[]) if (d.creator === id) removeReferencesTo(spec, 'deliverable', String(d.id));
    filter(['deliverables'], (d) => d.creator !== id);
    filter(['compensation'], (c) => c.creator !== id);
    filter(['contingency', 'backups'], (b) => b.for !== id && b.replacement !== id);
    filter(['contingency', 'pause_rights'], (p) => p.holder !== id);
    filter(['exclusivity'], (e) => !Array.isArray(e.creators) || e.creators.length > 0);
    for (const p of list(spec, ['parties']) as Record<string, unknown>[]) if (p.backup === id) delete p.backup;
  } else if (kind === 'deliverable') {
    filter(['messaging', 'mandatory'], (m) => !Array.isArray(m.applies_to) || m.applies_to.length > 0);
  } else if (kind === 'kpi') {
    for (const c of list(spec, ['compensation']) as Record<string, unknown>[]) {
      if (Array.isArray(c.bonuses)) c.bonuses = c.bonuses.filter((b) => !isRecord(b) || b.kpi !== id);
      if (Array.isArray(c.bonuses) && c.bonuses.length === 0) delete c.bonuses;
    }
  }
}

/** Whether a path names an entry by id, and of what kind; `multiple` for a list of ids. */
export function referenceAt(path: Path): { kind: ReferenceKind; multiple: boolean } | undefined {
  const matches = (pattern: readonly string[]) => pattern.length === path.length && pattern.every((p, i) => (p === '*' ? typeof path[i] === 'number' : p === path[i]));
  for (const [kind, pattern] of REFERENCES) {
    if (matches(pattern)) return { kind, multiple: false };
    if (pattern[pattern.length - 1] === '*' && matches(pattern.slice(0, -1))) return { kind, multiple: true };
  }
  return undefined;
}

function choiceName(kind: ReferenceKind, entry: Record<string, unknown>): string {
  if (kind === 'party') return `${String(entry.name)} (${String(entry.role).replace(/_/g, ' ')}, ${String(entry.organisation)})`;
  if (kind === 'deliverable') return `${String(entry.id)}: ${String(entry.count)} × ${String(entry.platform)} ${String(entry.format).replace(/_/g, ' ')}`;
  return `${String(entry.id)}: ${String(entry.name ?? '')}`;
}

/** What names a list entry in a prompt: its id, else what it is about. */
function subjectOf(entry: Record<string, unknown>): string | undefined {
  for (const key of ['id', 'activity', 'creator', 'for', 'level', 'name', 'type']) {
    const value = entry[key];
    if (typeof value === 'string' && value.length > 0) return value;
  }
  return undefined;
}

function describeEntry(entry: Record<string, unknown>): string {
  for (const key of ['name', 'description', 'text', 'id', 'creator', 'activity', 'level', 'type']) {
    const value = entry[key];
    if (typeof value === 'string') {
      const extra = key !== 'id' && typeof entry.id === 'string' ? ` [${entry.id}]` : '';
      return `${value}${extra}`;
    }
  }
  return JSON.stringify(entry).slice(0, 60);
}

/**
 * The interview's question for a field anywhere in a spec (for --edit), or a
 * plain one made from the schema when the interview does not ask it.
 */
export function questionForPath(path: Path, steps: readonly Step[] = STEPS): { question: FieldQuestion; step: number } {
  const same = (a: Path, b: Path) => a.length === b.length && a.every((x, i) => x === b[i]);
  for (const [index, step] of steps.entries()) {
    for (const q of step.questions) {
      if (q.kind === 'field' && same(q.path, path)) return { question: q, step: index };
      if (q.kind !== 'group') continue;
      const head = path.slice(0, q.path.length);
      if (!same(head, q.path) || typeof path[q.path.length] !== 'number') continue;
      const rest = path.slice(q.path.length + 1);
      const inner = q.fields.find((f) => same(f.path, rest));
      if (inner) return { question: inner, step: index };
    }
  }
  return { question: { kind: 'field', path, why: fieldInfo(path).description }, step: 0 };
}
