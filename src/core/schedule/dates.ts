/**
 * The dates a spec implies but does not write down: first and last post,
 * check-ins, the wrap report, KPI windows and when granted rights run out.
 * Dates are YYYY-MM-DD on the wall clock where the time was written; periods
 * of N days include their first day, so they end on day N (as the rules count).
 */
import { goLiveEnd, goLiveStart } from '../spec/deliverable-facts.js';
import type { CampaignSpec, Deliverable, KPI } from '../spec/model.js';
import { addDays, addMonths, daysBetween, formatDate, parseZoned } from '../time/wall.js';
import { occurrencesOf } from './recurrence.js';

export function dateOf(zoned: string): string {
  return formatDate(parseZoned(zoned).wall);
}

export function firstPostDate(spec: CampaignSpec): string {
  return spec.deliverables.map((d) => dateOf(goLiveStart(d))).sort()[0]!;
}

export function lastPostDate(spec: CampaignSpec): string {
  return spec.deliverables
    .map((d) => dateOf(goLiveEnd(lastOccurrence(d))))
    .sort()
    .at(-1)!;
}

export function checkInDates(spec: CampaignSpec): { days: number; date: string }[] {
  const first = firstPostDate(spec);
  return [...spec.communication.check_ins_days_after_first_post].sort((a, b) => a - b).map((days) => ({ days, date: addDays(first, days) }));
}

/** When the wrap report is due, as the spec states it: a date, or a number of days after the campaign ends. */
export interface WrapReportTerm {
  due: string;
  /** Days from the campaign's end to the due date (negative when the date comes first). */
  daysAfterEnd: number;
  /** The field that states it. */
  field: 'wrap_report_due' | 'wrap_report_due_days';
}

export function wrapReportTerm(spec: CampaignSpec): WrapReportTerm {
  const { wrap_report_due: date, wrap_report_due_days: days } = spec.communication;
  const end = spec.campaign.window.end;
  if (date !== undefined) return { due: date, daysAfterEnd: daysBetween(end, date), field: 'wrap_report_due' };
  return { due: addDays(end, days!), daysAfterEnd: days!, field: 'wrap_report_due_days' };
}

export function wrapReportDue(spec: CampaignSpec): string {
  return wrapReportTerm(spec).due;
}

/** A KPI's measurement window as dates; "N days after each post" runs from the first post to N days after the last. */
export function kpiWindow(spec: CampaignSpec, kpi: KPI): { start: string; end: string } {
  if (kpi.window.start !== undefined && kpi.window.end !== undefined) return { start: kpi.window.start, end: kpi.window.end };
  return { start: firstPostDate(spec), end: addDays(lastPostDate(spec), kpi.window.days_after_post ?? 0) };
}

/**
 * The last day a deliverable must stay live, counting its minimum live days from the end of its go-live;
 * for a recurring deliverable, from its last occurrence's.
 */
export function liveUntil(d: Deliverable): string {
  return addDays(dateOf(goLiveEnd(lastOccurrence(d))), d.min_live_days - 1);
}

/** A deliverable as its last occurrence: itself when it does not recur. Rights and live periods of a recurring one run from its last. */
export function lastOccurrence(d: Deliverable): Deliverable {
  return d.recurrence ? occurrencesOf(d).at(-1)!.deliverable : d;
}

/** The last day the brand may repost a deliverable organically, if organic rights are granted. */
export function organicRightsEnd(spec: CampaignSpec, d: Deliverable): string | undefined {
  const organic = spec.usage_rights.organic;
  if (!organic) return undefined;
  const from = dateOf(goLiveStart(lastOccurrence(d)));
  // A period includes its first day: 180 days from 9 March end on day 180; 12 months from 9 March end the day before 9 March.
  return organic.months !== undefined ? addDays(addMonths(from, organic.months), -1) : addDays(from, organic.days! - 1);
}

/**
 * The last day paid use is allowed. Counted from go-live, or from the first day
 * of spend in the paid media plan (falling back to go-live when no flight
 * promotes the deliverable).
 */
export function paidRightsEnd(spec: CampaignSpec, d: Deliverable): string | undefined {
  const paid = spec.usage_rights.paid;
  if (!paid) return undefined;
  const flights = (spec.paid_media_plan ?? [])
    .filter((f) => f.deliverables.includes(d.id))
    .map((f) => f.start)
    .sort();
  const from = paid.start === 'first_spend' && flights[0] ? flights[0] : dateOf(goLiveStart(lastOccurrence(d)));
  return addDays(from, paid.days - 1);
}
