/**
 * The approval chain in time: the draft goes through every stage, each in its
 * approver's calendar; each revision round adds the creator's turnaround and a
 * re-review. Shared by the approval-chain-fits rule, the documents and the calendar.
 */
import type { ApprovalStage, CampaignSpec, Deliverable } from '../spec/model.js';
import { addCalendarHours, addZoneBusinessHours, zonedInstant, type Clock, type Interval } from '../time/clock.js';
import { publicHolidays } from '../time/holiday-registry.js';
import { HOUR_MS } from '../time/wall.js';
import { defaultWorkingHoursStated, defaultWorkingWeek, isV1 } from '../spec/version.js';
import { addWorkingHours, workingWeek, type HolidayTest, type WorkingWeek } from '../time/working-time.js';

/**
 * The approver's working week: the one they state, else the spec version's default (Monday to Friday
 * 09:00-17:00; every hour of Monday to Friday in a v1 spec). A stated week with no working time in it (a day
 * that ends before it starts) counts as not stated: rule working-time-valid reports it at its field, and the
 * schedule stays computable for every other rule and document.
 */
function approverWeek(spec: CampaignSpec, approver: string): WorkingWeek {
  const stated = spec.parties.find((p) => p.id === approver)?.working_hours;
  const fallback = defaultWorkingWeek(spec);
  const week = stated ? workingWeek(stated) : fallback;
  return week.days.size === 0 || week.end <= week.start ? fallback : week;
}

/** The approver's working time: their working week and their public holidays. */
export function approverTime(spec: CampaignSpec, approver: string): { week: WorkingWeek; isHoliday?: HolidayTest } {
  const party = spec.parties.find((p) => p.id === approver);
  const week = approverWeek(spec, approver);
  const region = party?.holidays;
  if (!region) return { week };
  const holidays = publicHolidays();
  return { week, isHoliday: (date) => holidays.inYear(region, Number(date.slice(0, 4))).has(date) };
}

const SHORT_DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** Days of the week as ranges, Monday first: [1,2,3,4,5] → "Mon-Fri"; [0,1,2,3,4] → "Sun-Thu". */
export function dayRanges(days: ReadonlySet<number>, name: (day: number) => string = (d) => SHORT_DAYS[d]!): string {
  const order = [1, 2, 3, 4, 5, 6, 0];
  // Start a range at a worked day whose day before is not worked, so Sunday-Thursday reads as one range.
  const start = order.findIndex((d) => days.has(d) && !days.has((d + 6) % 7));
  const rotated = start < 0 ? order : [...order.slice(start), ...order.slice(0, start)];
  const ranges: string[] = [];
  for (let i = 0; i < rotated.length; i += 1) {
    if (!days.has(rotated[i]!)) continue;
    let j = i;
    while (j + 1 < rotated.length && days.has(rotated[j + 1]!)) j += 1;
    ranges.push(j === i ? name(rotated[i]!) : `${name(rotated[i]!)}-${name(rotated[j]!)}`);
    i = j;
  }
  return ranges.join(', ');
}

/**
 * The approver's working time in words ("Mon-Fri 09:00-17:00, US public holidays off"): what they state, or in a
 * v2 spec the default working day; '' for a v1 spec's approver who states neither (every weekday hour counts).
 */
export function workingTimeText(spec: CampaignSpec, approver: string): string {
  const party = spec.parties.find((p) => p.id === approver);
  const parts: string[] = [];
  const hours = party?.working_hours ?? (isV1(spec) ? undefined : defaultWorkingHoursStated(spec));
  if (hours) parts.push(`${dayRanges(workingWeek(hours).days)} ${hours.start}-${hours.end}`);
  if (party?.holidays) parts.push(`${party.holidays} public holidays off`);
  return parts.join(', ');
}

function reviewStage(clock: Clock, from: Interval, stage: ApprovalStage, spec: CampaignSpec): Interval {
  const { hours, basis } = stage.review_window;
  if (basis === 'calendar') return addCalendarHours(from, hours);
  const { week, isHoliday } = approverTime(spec, stage.approver);
  return addZoneBusinessHours(clock, from, hours, stage.timezone, week, isHoliday);
}

const later = (a: Interval, b: Interval): Interval => ({ lo: Math.max(a.lo, b.lo), hi: Math.max(a.hi, b.hi) });

/**
 * Each stage's window on one pass through the stages: a stage starts when the one before it ends, unless it
 * reviews at the same time (`parallel_with_previous`), when it starts with it and the two end when the slower does.
 */
function pass(clock: Clock, from: Interval, stages: readonly ApprovalStage[], spec: CampaignSpec): { stage: ApprovalStage; opens: Interval; closes: Interval }[] {
  const out: { stage: ApprovalStage; opens: Interval; closes: Interval }[] = [];
  let groupStart = from;
  let groupEnd = from;
  for (const stage of stages) {
    if (!stage.parallel_with_previous || out.length === 0) groupStart = groupEnd;
    const closes = reviewStage(clock, groupStart, stage, spec);
    groupEnd = stage.parallel_with_previous && out.length > 0 ? later(groupEnd, closes) : closes;
    out.push({ stage, opens: groupStart, closes });
  }
  return out;
}

export function review(clock: Clock, from: Interval, stages: readonly ApprovalStage[], spec: CampaignSpec): Interval {
  return pass(clock, from, stages, spec).reduce((end, s) => later(end, s.closes), from);
}

/** How long a stage's window lasts from a Monday 00:00, in hours on the clock: 16 working hours of a 09:00-17:00 week take 41. */
export function typicalLength(stage: ApprovalStage, spec: CampaignSpec): number {
  const { hours, basis } = stage.review_window;
  if (basis === 'calendar') return hours;
  const monday = Date.UTC(2027, 0, 4);
  return (addWorkingHours(monday, hours, approverWeek(spec, stage.approver)) - monday) / HOUR_MS;
}

/**
 * The stage a revision goes back to: the one whose window lasts longest, so the estimate is never optimistic.
 * Lengths are compared as time on the clock, so 16 working hours of a 09:00-17:00 week outlast 24 business hours of whole weekdays.
 */
export function reReviewStage(stages: readonly ApprovalStage[], spec: CampaignSpec): ApprovalStage {
  const longest = stages.reduce((a, s) => (typicalLength(s, spec) > typicalLength(a, spec) ? s : a));
  // A stated re-review window (revisions are checked faster than first drafts) replaces the stage's own.
  const again = spec.approvals.re_review_window;
  return again ? { ...longest, review_window: again } : longest;
}

/** When each stage's review window opens and closes on the first pass, if the draft arrives on time. */
export function stageClosings(clock: Clock, spec: CampaignSpec, d: Deliverable): { stage: ApprovalStage; opens: Interval; closes: Interval }[] {
  return pass(clock, zonedInstant(clock, d.draft_due), spec.approvals.stages, spec);
}

/** When the first review pass ends (every stage once, no revision), if the draft arrives on time. */
export function firstPassEnd(clock: Clock, spec: CampaignSpec, d: Deliverable): Interval {
  return review(clock, zonedInstant(clock, d.draft_due), spec.approvals.stages, spec);
}

/** When the last approval can land, with every revision round used. */
export function approvalEnd(clock: Clock, spec: CampaignSpec, d: Deliverable): Interval {
  const { stages, revision_rounds: rounds, creator_turnaround_h: turnaround } = spec.approvals;
  let t = review(clock, zonedInstant(clock, d.draft_due), stages, spec);
  const again = [reReviewStage(stages, spec)];
  for (let round = 0; round < rounds; round += 1) t = review(clock, addCalendarHours(t, turnaround), again, spec);
  return t;
}
