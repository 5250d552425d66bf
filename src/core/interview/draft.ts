/**
 * The spec being written during a kickoff, and the edits the interview makes to
 * it: values by path, ids from names, dates moved with the campaign window.
 */
import { paidUseStatements } from '../spec/paid-use-text.js';
import { isCalendarDate, isZonedDateTime } from '../validate/formats.js';
import { isRecord } from '../spec/plain-data.js';

export type Path = readonly (string | number)[];
export type Spec = Record<string, unknown>;

/** Keys that would reach Object.prototype if copied from an answers file. */
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export function isUnsafeKey(key: string): boolean {
  return UNSAFE_KEYS.has(key);
}

export function getAt(root: unknown, path: Path): unknown {
  let node = root;
  for (const segment of path) {
    if (Array.isArray(node) && typeof segment === 'number') node = node[segment];
    else if (isRecord(node) && typeof segment === 'string' && Object.hasOwn(node, segment)) node = node[segment];
    else return undefined;
  }
  return node;
}

export function hasAt(root: unknown, path: Path): boolean {
  if (path.length === 0) return true;
  const parent = getAt(root, path.slice(0, -1));
  const last = path[path.length - 1]!;
  if (Array.isArray(parent)) return typeof last === 'number' && last < parent.length;
  return isRecord(parent) && typeof last === 'string' && Object.hasOwn(parent, last);
}

/** Sets a value, creating the mappings on the way; never writes an unsafe key. */
export function setAt(root: Spec, path: Path, value: unknown): void {
  let node: unknown = root;
  path.forEach((segment, i) => {
    if (typeof segment === 'string' && isUnsafeKey(segment)) throw new Error(`refusing to write the key ${segment}`);
    const last = i === path.length - 1;
    const container = node as Record<string | number, unknown>;
    if (last) {
      container[segment] = value;
      return;
    }
    if (container[segment] === undefined || container[segment] === null || typeof container[segment] !== 'object') {
      container[segment] = typeof path[i + 1] === 'number' ? [] : {};
    }
    node = container[segment];
  });
}

export function deleteAt(root: Spec, path: Path): void {
  const parent = getAt(root, path.slice(0, -1));
  const last = path[path.length - 1]!;
  if (Array.isArray(parent) && typeof last === 'number') parent.splice(last, 1);
  else if (isRecord(parent) && typeof last === 'string') delete parent[last];
}

export function clone<T>(value: T): T {
  return structuredClone(value);
}

/** `Maya Chen` → `maya-chen`: the id format the schema accepts. */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/, '');
  return /^[a-z]/.test(slug) ? slug : `x-${slug || 'item'}`;
}

/** `base`, or `base-2`, `base-3`, … whichever is not taken. */
export function uniqueId(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n += 1) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

// ---- dates ---------------------------------------------------------------------

const DAY_MS = 86_400_000;

function toDays(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS;
}

function fromDays(days: number): string {
  return new Date(days * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return fromDays(toDays(date) + days);
}

export function daysBetween(from: string, to: string): number {
  return toDays(to) - toDays(from);
}

/** The first Monday at least `leadDays` after `today`: a kickoff's default window start. */
export function defaultWindowStart(today: string, leadDays = 56): string {
  const earliest = toDays(today) + leadDays;
  const weekday = (new Date(earliest * DAY_MS).getUTCDay() + 6) % 7; // Monday = 0
  return fromDays(earliest + ((7 - weekday) % 7));
}

/** Every path below `root` whose value is a string, with the value. */
function* stringLeaves(node: unknown, path: (string | number)[] = []): Generator<[string, (string | number)[]]> {
  if (typeof node === 'string') yield [node, path];
  else if (Array.isArray(node)) for (let i = 0; i < node.length; i += 1) yield* stringLeaves(node[i], [...path, i]);
  else if (isRecord(node)) for (const [k, v] of Object.entries(node)) yield* stringLeaves(v, [...path, k]);
}

/**
 * Moves every calendar date and zoned date-time by `days`, except at the given
 * pointers (answers the user gave). Wall-clock times stay as they are: a 17:00
 * deadline stays a 17:00 deadline.
 */
export function shiftDates(spec: Spec, days: number, keep: (path: Path) => boolean): void {
  if (days === 0) return;
  for (const [value, path] of [...stringLeaves(spec)]) {
    if (keep(path)) continue;
    if (isCalendarDate(value)) setAt(spec, path, addDays(value, days));
    else if (isZonedDateTime(value)) setAt(spec, path, `${addDays(value.slice(0, 10), days)}${value.slice(10)}`);
  }
}

/**
 * Replaces one time zone with another wherever it stands alone or ends a zoned
 * date-time, except at the given pointers: answering the campaign's time zone
 * moves the preset's schedule into it.
 */
export function replaceTimeZone(spec: Spec, from: string, to: string, keep: (path: Path) => boolean): void {
  if (from === to) return;
  for (const [value, path] of [...stringLeaves(spec)]) {
    if (keep(path)) continue;
    if (value === from) setAt(spec, path, to);
    else if (isZonedDateTime(value) && value.endsWith(` ${from}`)) setAt(spec, path, `${value.slice(0, -from.length)}${to}`);
  }
}

/**
 * Takes statements of paid use out of the free text, except at the given
 * pointers: once the team grants no paid use, the preset's "Which posts are
 * boosted" is no longer a term of theirs. A list entry that states it goes; in
 * other text, the sentences that state it go when some other sentence remains.
 */
export function dropPaidUseText(spec: Spec, keep: (path: Path) => boolean): void {
  // Last leaf first, so that removing a list entry never moves one still to be looked at.
  for (const [value, path] of [...stringLeaves(spec)].reverse()) {
    if (keep(path)) continue;
    const sentences = [...new Map(paidUseStatements(value).map((s) => [s.sentenceStart, s])).values()];
    if (sentences.length === 0) continue;
    const parent = getAt(spec, path.slice(0, -1));
    const last = path[path.length - 1];
    if (Array.isArray(parent) && typeof last === 'number') {
      parent.splice(last, 1);
      continue;
    }
    let text = value;
    for (const s of sentences.reverse()) text = text.slice(0, s.sentenceStart) + text.slice(s.sentenceEnd + 1);
    text = text.replace(/\s+/g, ' ').trim();
    if (text !== '') setAt(spec, path, text);
  }
}

/** Replaces the currency of every amount of money, except at the given pointers. */
export function replaceCurrency(spec: Spec, from: string, to: string, keep: (path: Path) => boolean): void {
  if (from === to) return;
  for (const [value, path] of [...stringLeaves(spec)]) {
    if (path[path.length - 1] === 'currency' && value === from && path.length > 1 && !keep(path)) setAt(spec, path, to);
  }
}
