/**
 * A semantic diff of two agreements: lists of deliverables, parties, KPIs
 * and so on are matched by their ids (not by position), money is compared as
 * an amount in a currency, moved dates are measured in working days, and
 * changes to rights say whether they grant more or less. Each change is
 * classified as material (it changes what someone must do, deliver, pay,
 * approve or may use, so it needs a new sign-off) or cosmetic (wording and
 * contact details), and attributed to the parties it concerns.
 */
import { encodePointer } from '../spec/pointer.js';
import { sameValue } from '../spec/provenance.js';
import { amountText, englishNumber } from '../number-text.js';

export type ChangeKind = 'added' | 'removed' | 'changed';

export interface Change {
  /** JSON pointer into the new spec (into the old one for a removal). */
  pointer: string;
  /** Readable path: list items by their id, e.g. deliverables/maya-tiktok/draft_due. */
  path: string;
  /** The top-level section: deliverables, compensation, usage_rights, … */
  section: string;
  kind: ChangeKind;
  before?: unknown;
  after?: unknown;
  material: boolean;
  /** The parties it concerns; empty when it concerns everyone. */
  parties: string[];
  /** How much: "1 working day later", "+USD 500", "grants more". */
  note?: string;
}

/** Fields whose change is wording or contact details, not a term. */
const COSMETIC_KEYS = new Set(['name', 'title', 'description', 'email', 'phone', 'handle', 'handles', 'as_of', 'brief_notes']);
/** The fields that identify a list item, tried in this order. */
const ITEM_KEYS = ['id', 'creator', 'activity', 'level', 'name'] as const;
/** Sections where more means the brand may do more with the creator's work or the creator may do less. */
const GRANTS = new Set(['usage_rights', 'exclusivity']);

type Json = unknown;
type Item = Record<string, Json>;

function isObject(value: Json): value is Item {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function isMoney(value: Json): value is { amount: number; currency: string } {
  return isObject(value) && Object.keys(value).length === 2 && typeof value.amount === 'number' && typeof value.currency === 'string';
}

/** The field that identifies every item of both lists uniquely, if there is one. */
function itemKey(a: Json[], b: Json[]): string | undefined {
  const items = [...a, ...b];
  if (items.length === 0 || !items.every(isObject)) return undefined;
  return ITEM_KEYS.find((key) => {
    const unique = (list: Json[]) => {
      const values = list.map((item) => (item as Item)[key]);
      return values.every((v) => typeof v === 'string') && new Set(values).size === values.length;
    };
    return unique(a) && unique(b);
  });
}

// ---- dates ---------------------------------------------------------------------

const WHEN = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}:\d{2}))?(?: (\S+))?$/;

function civilDay(y: number, m: number, d: number): number {
  return Date.UTC(y, m - 1, d) / 86_400_000;
}

/** Mon–Fri days from a to b: positive when b is later. Civil dates, so no time zone is needed. */
export function workingDaysBetween(a: number, b: number): number {
  const step = b >= a ? 1 : -1;
  let n = 0;
  for (let day = a; day !== b; day += step) {
    const next = day + step;
    const weekday = (next + 4) % 7; // 1970-01-01 was a Thursday (4)
    if (weekday !== 0 && weekday !== 6) n += step;
  }
  return n;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function movedNote(before: string, after: string): string | undefined {
  const a = WHEN.exec(before);
  const b = WHEN.exec(after);
  if (!a || !b) return undefined;
  const dayA = civilDay(Number(a[1]), Number(a[2]), Number(a[3]));
  const dayB = civilDay(Number(b[1]), Number(b[2]), Number(b[3]));
  const zone = a[5] !== b[5] ? ` (time zone ${a[5] ?? 'none'} → ${b[5] ?? 'none'})` : '';
  if (dayA === dayB) return a[4] !== b[4] ? `same day, ${a[4] ?? 'no time'} → ${b[4] ?? 'no time'}${zone}` : zone.trim() || undefined;
  const working = workingDaysBetween(dayA, dayB);
  const calendar = Math.abs(dayB - dayA);
  const direction = dayB > dayA ? 'later' : 'earlier';
  const workingText = working === 0 ? 'no working days' : plural(Math.abs(working), 'working day');
  return `${workingText} ${direction}, ${plural(calendar, 'calendar day')}${zone}`;
}

// ---- notes ---------------------------------------------------------------------

function moneyText(value: { amount: number; currency: string }): string {
  return amountText(value.amount, value.currency);
}

function noteFor(section: string, kind: ChangeKind, before: Json, after: Json): string | undefined {
  const grants = GRANTS.has(section);
  if (kind === 'added') return grants ? 'grants more' : undefined;
  if (kind === 'removed') return grants ? 'grants less' : undefined;
  if (isMoney(before) && isMoney(after) && before.currency === after.currency) {
    const delta = after.amount - before.amount;
    return `${delta > 0 ? '+' : '−'}${moneyText({ amount: Math.abs(delta), currency: after.currency })}`;
  }
  if (typeof before === 'string' && typeof after === 'string') return movedNote(before, after);
  if (typeof before === 'number' && typeof after === 'number') {
    const delta = after - before;
    const text = `${delta > 0 ? '+' : '−'}${englishNumber(Math.abs(delta), 4)}`;
    return grants ? `${text}, grants ${delta > 0 ? 'more' : 'less'}` : text;
  }
  if (typeof before === 'boolean' && typeof after === 'boolean' && grants) return after ? 'grants more' : 'grants less';
  return undefined;
}

// ---- walking -------------------------------------------------------------------

interface Place {
  pointer: (string | number)[];
  path: string[];
  /** The mapping keys on the way (not the ids of list items): what decides material or cosmetic. */
  fields: string[];
  section: string;
  parties: string[];
}

function creatorsWithBonusOn(terms: Item, kpi: string): string[] {
  const compensation = Array.isArray(terms.compensation) ? terms.compensation : [];
  return compensation.filter((c) => isObject(c) && Array.isArray(c.bonuses) && c.bonuses.some((b) => isObject(b) && b.kpi === kpi)).map((c) => String((c as Item).creator));
}

function approversOf(...versions: Item[]): string[] {
  return versions.flatMap((terms) => {
    const stages = isObject(terms.approvals) && Array.isArray(terms.approvals.stages) ? terms.approvals.stages : [];
    return stages.filter(isObject).map((stage) => String(stage.approver));
  });
}

/** Who a list item concerns. */
function partiesOfItem(section: string, items: Json[], terms: { before: Item; after: Item }): string[] {
  const ids = new Set<string>();
  for (const item of items) {
    if (!isObject(item)) continue;
    if (section === 'deliverables' || section === 'compensation') ids.add(String(item.creator));
    // A panel's or an episode's guests appear in it: its dates and specs are theirs too.
    if (section === 'deliverables' && Array.isArray(item.co_creators)) for (const id of item.co_creators) ids.add(String(id));
    // A deliverable's dates and specs are also what its approvers review against.
    if (section === 'deliverables') for (const id of approversOf(terms.before, terms.after)) ids.add(id);
    if (section === 'parties') ids.add(String(item.id));
    if (section === 'raci') {
      for (const key of ['accountable', 'responsible', 'consulted', 'informed']) {
        for (const id of [item[key]].flat()) if (typeof id === 'string') ids.add(id);
      }
    }
    if (section === 'kpis') {
      if (typeof item.owner === 'string') ids.add(item.owner);
      for (const c of [...creatorsWithBonusOn(terms.before, String(item.id)), ...creatorsWithBonusOn(terms.after, String(item.id))]) ids.add(c);
    }
    if (section === 'exclusivity' && Array.isArray(item.creators)) for (const id of item.creators) ids.add(String(id));
  }
  return [...ids].sort();
}

function pushChange(out: Change[], place: Place, kind: ChangeKind, before: Json, after: Json, removedPointer?: (string | number)[]): void {
  const cosmetic = place.fields.some((f) => COSMETIC_KEYS.has(f)) || (place.fields[0] === 'parties' && place.fields.includes('contact'));
  out.push({
    pointer: encodePointer(removedPointer ?? place.pointer),
    path: place.path.join('/'),
    section: place.section,
    kind,
    ...(kind !== 'added' ? { before } : {}),
    ...(kind !== 'removed' ? { after } : {}),
    material: !cosmetic,
    parties: place.parties,
    ...(noteFor(place.section, kind, before, after) ? { note: noteFor(place.section, kind, before, after)! } : {}),
  });
}

function walk(before: Json, after: Json, place: Place, out: Change[], terms: { before: Item; after: Item }, oldPointer: (string | number)[]): void {
  if (sameValue(before, after)) return;
  if (before === undefined) return pushChange(out, place, 'added', before, after);
  if (after === undefined) return pushChange(out, place, 'removed', before, after, oldPointer);
  if (isMoney(before) || isMoney(after)) return pushChange(out, place, 'changed', before, after);
  if (isObject(before) && isObject(after)) {
    const keys = [...Object.keys(before), ...Object.keys(after).filter((k) => !Object.hasOwn(before, k))];
    for (const key of keys) {
      walk(before[key], after[key], { ...place, pointer: [...place.pointer, key], path: [...place.path, key], fields: [...place.fields, key] }, out, terms, [...oldPointer, key]);
    }
    return;
  }
  if (Array.isArray(before) && Array.isArray(after)) return walkList(before, after, place, out, terms, oldPointer);
  pushChange(out, place, 'changed', before, after);
}

function walkList(before: Json[], after: Json[], place: Place, out: Change[], terms: { before: Item; after: Item }, oldPointer: (string | number)[]): void {
  const key = itemKey(before, after);
  const scoped = (items: Json[]) => (place.path.length === 1 ? partiesOfItem(place.section, items, terms) : place.parties);
  if (key) {
    const ids = (list: Json[]) => list.map((item) => String((item as Item)[key]));
    const oldIds = ids(before);
    const newIds = ids(after);
    for (const [i, id] of oldIds.entries()) {
      if (newIds.includes(id)) continue;
      pushChange(out, { ...place, pointer: [...place.pointer, i], path: [...place.path, id], parties: scoped([before[i]]) }, 'removed', before[i], undefined, [...oldPointer, i]);
    }
    for (const [j, id] of newIds.entries()) {
      const i = oldIds.indexOf(id);
      const child = { ...place, pointer: [...place.pointer, j], path: [...place.path, id], parties: scoped(i < 0 ? [after[j]] : [before[i], after[j]]) };
      walk(i < 0 ? undefined : before[i], after[j], child, out, terms, [...oldPointer, i < 0 ? j : i]);
    }
    return;
  }
  if ([...before, ...after].every((v) => v === null || typeof v !== 'object')) {
    // A list of plain values is a set: report what left and what joined, not positions.
    for (const [i, value] of before.entries())
      if (!after.some((v) => sameValue(v, value))) pushChange(out, { ...place, pointer: [...place.pointer, i] }, 'removed', value, undefined, [...oldPointer, i]);
    for (const [j, value] of after.entries()) if (!before.some((v) => sameValue(v, value))) pushChange(out, { ...place, pointer: [...place.pointer, j] }, 'added', undefined, value);
    return;
  }
  const length = Math.max(before.length, after.length);
  for (let i = 0; i < length; i++) {
    walk(before[i], after[i], { ...place, pointer: [...place.pointer, i], path: [...place.path, String(i + 1)], parties: scoped([before[i], after[i]]) }, out, terms, [...oldPointer, i]);
  }
}

/** Every difference between two agreements (the terms, see agreementTerms), in document order. */
export function diffAgreements(before: unknown, after: unknown): Change[] {
  const terms = { before: isObject(before) ? before : {}, after: isObject(after) ? after : {} };
  const out: Change[] = [];
  const sections = [...Object.keys(terms.after), ...Object.keys(terms.before).filter((k) => !Object.hasOwn(terms.after, k))];
  for (const section of sections) {
    walk(terms.before[section], terms.after[section], { pointer: [section], path: [section], fields: [section], section, parties: [] }, out, terms, [section]);
  }
  return out;
}

/** The changes that concern a party: those naming them and those that concern everyone. */
export function changesFor(changes: readonly Change[], party: string): Change[] {
  return changes.filter((c) => c.parties.length === 0 || c.parties.includes(party));
}
