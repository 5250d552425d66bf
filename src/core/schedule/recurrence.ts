/**
 * Recurring deliverables: a deliverable with `recurrence` stands for several
 * occurrences, each with its own draft and go-live. `draft_due` and `go_live`
 * give the first; each later one goes live on the day the recurrence names,
 * at the same wall-clock time, with the draft the same number of days before.
 * The schedule rules, the briefs and the calendar read the occurrences, so a
 * monthly post in September is checked against the campaign's end like the
 * first one in March.
 */
import { goLiveStart } from '../spec/deliverable-facts.js';
import type { CampaignSpec, Deliverable } from '../spec/model.js';
import { WEEKDAYS } from '../spec/vocabulary.js';
import { addDays, addMonths, daysBetween, parseDate } from '../time/wall.js';

/** One occurrence: the deliverable as it stands for that date, `count` its share of the total. */
export interface Occurrence {
  deliverable: Deliverable;
  /** 1 for the first (as written), 2 for the next... */
  number: number;
  of: number;
}

const ORDINALS = ['first', 'second', 'third', 'fourth'] as const;

/** The day a deliverable first goes live (the opening day of a go-live window), YYYY-MM-DD. */
export function goLiveDate(d: Deliverable): string {
  return goLiveStart(d).slice(0, 10);
}

/** Day of the week of a date, 0 Monday ... 6 Sunday. */
const weekdayOf = (date: string) => (new Date(parseDate(date)).getUTCDay() + 6) % 7;

function lastDayOfMonth(date: string): string {
  return addDays(addMonths(`${date.slice(0, 8)}01`, 1), -1);
}

/** The go-live date that `day` names in the month of `anyDayOfMonth`. */
function dayInMonth(anyDayOfMonth: string, day: string): string {
  const first = `${anyDayOfMonth.slice(0, 8)}01`;
  const last = lastDayOfMonth(first);
  if (day === 'first_business_day') {
    let d = first;
    while (weekdayOf(d) > 4) d = addDays(d, 1);
    return d;
  }
  if (day === 'last_business_day') {
    let d = last;
    while (weekdayOf(d) > 4) d = addDays(d, -1);
    return d;
  }
  if (day.startsWith('day_')) return `${first.slice(0, 8)}${day.slice(4).padStart(2, '0')}`;
  const [ordinal, weekday] = day.split('_') as [string, (typeof WEEKDAYS)[number]];
  const wanted = WEEKDAYS.indexOf(weekday);
  if (ordinal === 'last') {
    let d = last;
    while (weekdayOf(d) !== wanted) d = addDays(d, -1);
    return d;
  }
  let d = first;
  while (weekdayOf(d) !== wanted) d = addDays(d, 1);
  return addDays(d, 7 * ORDINALS.indexOf(ordinal as (typeof ORDINALS)[number]));
}

/** "2027-03-15T18:00 Europe/London" moved by whole days, its wall-clock time and zone kept. */
function shiftZoned(zoned: string, days: number): string {
  return `${addDays(zoned.slice(0, 10), days)}${zoned.slice(10)}`;
}

/** The go-live date of occurrence `index` (0 for the first, as written). */
function occurrenceDate(d: Deliverable & { recurrence: NonNullable<Deliverable['recurrence']> }, index: number): string {
  const first = goLiveDate(d);
  if (index === 0) return first;
  const { frequency, interval = 1, day } = d.recurrence;
  if (frequency === 'weekly') return addDays(first, 7 * interval * index);
  const month = addMonths(`${first.slice(0, 8)}01`, interval * index);
  if (day) return dayInMonth(month, day);
  // The first go-live's day of the month, or the month's last day when it has fewer days.
  const last = lastDayOfMonth(month);
  const sameDay = `${month.slice(0, 8)}${first.slice(8)}`;
  return sameDay > last ? last : sameDay;
}

/** Whether the first go-live falls on the day a monthly recurrence names (the later ones do by construction). */
export function firstOnNamedDay(d: Deliverable): boolean {
  const day = d.recurrence?.frequency === 'monthly' ? d.recurrence.day : undefined;
  if (!day) return true;
  const first = goLiveDate(d);
  return dayInMonth(first, day) === first;
}

/** Every occurrence of a deliverable: itself alone when it does not recur. */
export function occurrencesOf(d: Deliverable): Occurrence[] {
  const { recurrence, ...once } = d;
  if (!recurrence) return [{ deliverable: d, number: 1, of: 1 }];
  const of = recurrence.occurrences;
  // Each occurrence is a one-off deliverable: no recurrence of its own, its share of the pieces.
  const share = Math.max(1, Math.round(d.count / of));
  const first = goLiveDate(d);
  return Array.from({ length: of }, (_, index) => {
    if (index === 0) return { deliverable: { ...once, count: share }, number: 1, of };
    const days = daysBetween(first, occurrenceDate(d as Deliverable & { recurrence: typeof recurrence }, index));
    const go_live = d.go_live.at ? { at: shiftZoned(d.go_live.at, days) } : { window_start: shiftZoned(d.go_live.window_start!, days), window_end: shiftZoned(d.go_live.window_end!, days) };
    return { deliverable: { ...once, count: share, draft_due: shiftZoned(d.draft_due, days), go_live }, number: index + 1, of };
  });
}

/** How an occurrence is named where its deliverable's id is: "ella-reels (3/6)"; the first and only one by its id alone. */
export function occurrenceLabel(o: Occurrence): string {
  return o.of === 1 ? o.deliverable.id : `${o.deliverable.id} (${o.number}/${o.of})`;
}

/**
 * The spec with every recurring deliverable laid out as its occurrences, for the
 * schedule rules, and the way back from a finding on an occurrence to the field
 * a person changes: the deliverable's own field, or its `recurrence` for a date
 * that only the recurrence gives.
 */
export interface OccurrenceSpec {
  spec: CampaignSpec;
  /**
   * Findings on the occurrences, pointed at the fields of the spec. The same finding on several occurrences of
   * one deliverable (a go-live at 03:00 every week) becomes one that lists them, at the earliest one's field.
   */
  inSpec<T extends { pointer: string; message: string }>(findings: readonly T[]): T[];
}

const LABEL = / \((\d+)\/(\d+)\)/;

export function withOccurrences(spec: CampaignSpec): OccurrenceSpec | undefined {
  if (!spec.deliverables.some((d) => d.recurrence)) return undefined;
  const origin: { index: number; number: number }[] = [];
  const deliverables: Deliverable[] = [];
  spec.deliverables.forEach((d, index) => {
    for (const o of occurrencesOf(d)) {
      origin.push({ index, number: o.number });
      // Named by occurrence in the rules' messages; the schedule rules look nothing up by deliverable id.
      deliverables.push(o.of === 1 ? o.deliverable : { ...o.deliverable, id: occurrenceLabel(o) });
    }
  });
  const pointerInSpec = (pointer: string): string => {
    const match = /^\/deliverables\/(\d+)(\/.*)?$/.exec(pointer);
    const from = match ? origin[Number(match[1])] : undefined;
    if (!match || !from) return pointer;
    const rest = match[2] ?? '';
    if (from.number > 1 && /^\/(?:draft_due|go_live)(?:\/|$)/.test(rest)) return `/deliverables/${from.index}/recurrence`;
    return `/deliverables/${from.index}${rest}`;
  };
  return {
    spec: { ...spec, deliverables },
    inSpec(findings) {
      const groups = new Map<string, { finding: (typeof findings)[number]; numbers: number[]; of: number }>();
      for (const finding of findings) {
        const match = /^\/deliverables\/(\d+)/.exec(finding.pointer);
        const from = match ? origin[Number(match[1])] : undefined;
        const label = LABEL.exec(finding.message);
        // One finding per deliverable and wording, whichever occurrence it came from.
        const key = from && label ? `${from.index}\u0000${finding.message.replace(LABEL, '')}` : `\u0000${pointerInSpec(finding.pointer)}\u0000${finding.message}`;
        const group = groups.get(key);
        if (group) {
          if (label) group.numbers.push(Number(label[1]));
        } else {
          groups.set(key, { finding: { ...finding, pointer: pointerInSpec(finding.pointer) }, numbers: label ? [Number(label[1])] : [], of: label ? Number(label[2]) : 0 });
        }
      }
      return [...groups.values()].map(({ finding, numbers, of }) => {
        if (numbers.length < 2) return finding;
        const which = numbers.length === of ? `(all ${of} occurrences)` : `(occurrences ${numbers.slice(0, -1).join(', ')} and ${numbers.at(-1)} of ${of})`;
        return { ...finding, message: finding.message.replace(LABEL, ` ${which}`) };
      });
    },
  };
}
