/**
 * Every dated commitment in a spec as a calendar event: drafts, review
 * windows closing, go-lives, check-ins, the wrap report, when rights and
 * exclusivity run out, the formal review. Pure, and ordered by time, so the
 * same spec always gives the same events.
 */
import { appearingCreators } from '../spec/deliverable-facts.js';
import { occurrenceLabel, occurrencesOf } from '../schedule/recurrence.js';
import { stageClosings } from '../schedule/approval.js';
import { checkInDates, firstPostDate, liveUntil, organicRightsEnd, paidRightsEnd, wrapReportTerm } from '../schedule/dates.js';
import type { CampaignSpec, Meeting } from '../spec/model.js';
import { exactClock } from '../time/exact-clock.js';
import { addDays, formatWall, parseDate, parseZoned } from '../time/wall.js';

/** A point or span in a zone ("2027-02-19T17:00" wall time), or whole days. */
export type EventTime = { kind: 'zoned'; wall: string; zone: string } | { kind: 'date'; date: string };

export interface CalendarEvent {
  /** Stable across runs and edits of other events: campaign, kind and the ids involved. */
  uid: string;
  summary: string;
  description: string;
  start: EventTime;
  /** For spans; whole-day events end the day after their last day (exclusive), as iCalendar counts. */
  end?: EventTime;
  /** For timed events without an end: how long they show, as an RFC 5545 duration (PT30M). */
  duration?: string;
  /** A recurring meeting: the RFC 5545 recurrence rule of its series. */
  rrule?: string;
  /** The parties the event concerns; `--party` keeps the events that name it. */
  parties: string[];
  /** Who owes it (the creator for a draft, the approver for a review): what `alignkit due` groups by. */
  owner?: string;
}

function zoned(value: string): EventTime {
  const { wall, zone } = parseZoned(value);
  return { kind: 'zoned', wall: formatWall(wall), zone };
}

function instantIn(instant: number, zone: string): EventTime {
  return { kind: 'zoned', wall: formatWall(exactClock.wallAt(instant, zone).lo), zone };
}

function day(date: string): EventTime {
  return { kind: 'date', date };
}

/** A deadline or a go-live is a moment; it shows as half an hour so calendar apps draw it, without blocking time (TRANSP). */
const MOMENT = 'PT30M';
/** What a meeting without `duration_min` is shown as; its description says the spec does not state it. */
const UNSTATED_MEETING_MINUTES = 30;

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;
const RRULE_DAY = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;

/** The first date on or after `from` that falls on the weekday. */
function firstWeekdayOnOrAfter(from: string, day: (typeof WEEKDAYS)[number]): string {
  const shift = (WEEKDAYS.indexOf(day) - new Date(parseDate(from)).getUTCDay() + 7) % 7;
  return addDays(from, shift);
}

/**
 * A recurring meeting as one event with a recurrence rule, from its first
 * occurrence on or after `from` until the end of `until` in its zone. A
 * monthly meeting keeps the weekday of the month of its first occurrence
 * ("the second Tuesday"), as calendar apps offer it.
 */
function meetingSeries(m: Meeting, from: string, until: string): { start: EventTime; rrule: string; duration: string } {
  const first = m.frequency === 'daily' ? from : firstWeekdayOnOrAfter(from, m.day);
  const byDay = RRULE_DAY[WEEKDAYS.indexOf(m.day)]!;
  const nth = Math.ceil(Number(first.slice(8, 10)) / 7);
  const pattern = {
    daily: 'FREQ=DAILY',
    weekly: `FREQ=WEEKLY;BYDAY=${byDay}`,
    biweekly: `FREQ=WEEKLY;INTERVAL=2;BYDAY=${byDay}`,
    monthly: `FREQ=MONTHLY;BYDAY=${nth === 5 ? -1 : nth}${byDay}`,
  }[m.frequency];
  // With a zoned start, UNTIL is in UTC (RFC 5545 3.3.10): the last minute of `until` in the meeting's zone.
  const lastMinute = exactClock.instant(parseDate(until) + 86_340_000, m.timezone).lo;
  const untilUtc = new Date(lastMinute).toISOString().slice(0, 19).replace(/[-:]/g, '');
  return { start: { kind: 'zoned', wall: `${first}T${m.time}`, zone: m.timezone }, rrule: `${pattern};UNTIL=${untilUtc}Z`, duration: `PT${m.duration_min ?? UNSTATED_MEETING_MINUTES}M` };
}

function sortKey(e: CalendarEvent): string {
  return e.start.kind === 'date' ? e.start.date : e.start.wall;
}

export function campaignEvents(spec: CampaignSpec): CalendarEvent[] {
  const id = spec.campaign.id;
  const everyone = spec.parties.map((p) => p.id);
  const names = new Map(spec.parties.map((p) => [p.id, p.name]));
  const name = (party: string) => names.get(party) ?? party;
  const approvers = spec.approvals.stages.map((s) => s.approver);
  const brandSide = spec.parties.filter((p) => p.role !== 'creator').map((p) => p.id);
  const events: CalendarEvent[] = [];
  const add = (e: Omit<CalendarEvent, 'uid' | 'parties'> & { key: string; parties: readonly string[] }) => {
    const { key, ...rest } = e;
    events.push({ ...rest, uid: `${id}.${key}@alignkit`, parties: [...new Set(rest.parties)].sort() });
  };

  add({
    key: 'campaign-window',
    summary: `${spec.campaign.name}: campaign window`,
    description: `Content may go live from ${spec.campaign.window.start} to ${spec.campaign.window.end}.`,
    start: day(spec.campaign.window.start),
    end: day(addDays(spec.campaign.window.end, 1)),
    parties: everyone,
  });
  for (const m of spec.milestones ?? []) {
    add({ key: `milestone.${m.id}`, summary: m.name, description: `Milestone owner: ${name(m.owner)}.`, start: zoned(m.at), duration: MOMENT, parties: everyone, owner: m.owner });
  }
  // A recurring deliverable's events come once per occurrence; the first keeps the keys a one-off has.
  for (const o of spec.deliverables.flatMap(occurrencesOf)) {
    const d = o.deliverable;
    const key = o.number === 1 ? d.id : `${d.id}.${o.number}`;
    const label = occurrenceLabel(o);
    const concerned = [...appearingCreators(d), ...approvers, spec.campaign.owner];
    add({
      key: `deliverable.${key}.draft-due`,
      summary: `First draft due: ${label}`,
      description: `${name(d.creator)} sends the first draft of ${label}.`,
      start: zoned(d.draft_due),
      duration: MOMENT,
      parties: concerned,
      owner: d.creator,
    });
    for (const [i, { stage, closes }] of stageClosings(exactClock, spec, d).entries()) {
      add({
        key: `deliverable.${key}.review-${i + 1}`,
        summary: `${stage.name} closes: ${label}`,
        description: `${name(stage.approver)} has reviewed the first draft of ${label} by now (${stage.review_window.hours} ${stage.review_window.basis} hours).`,
        start: instantIn(closes.lo, stage.timezone),
        duration: MOMENT,
        parties: [d.creator, stage.approver, spec.campaign.owner],
        owner: stage.approver,
      });
    }
    if (d.go_live.at) {
      add({
        key: `deliverable.${key}.go-live`,
        summary: `Goes live: ${label}`,
        description: `${name(d.creator)} publishes ${label}.`,
        start: zoned(d.go_live.at),
        duration: MOMENT,
        parties: concerned,
        owner: d.creator,
      });
    } else {
      add({
        key: `deliverable.${key}.go-live`,
        summary: `Go-live window: ${label}`,
        description: `${name(d.creator)} publishes ${label} within this window.`,
        start: zoned(d.go_live.window_start!),
        end: zoned(d.go_live.window_end!),
        parties: concerned,
        owner: d.creator,
      });
    }
    add({
      key: `deliverable.${key}.live-until`,
      summary: `Last required day live: ${label}`,
      description: `${label} stays live at least until the end of this day (${d.min_live_days} days).`,
      start: day(liveUntil(d)),
      end: day(addDays(liveUntil(d), 1)),
      parties: [d.creator, spec.campaign.owner],
      owner: d.creator,
    });
    const organic = organicRightsEnd(spec, d);
    if (organic)
      add({
        key: `deliverable.${key}.organic-rights-end`,
        summary: `Organic reposting rights end: ${label}`,
        description: `Last day the brand may repost ${label} on its own channels.`,
        start: day(organic),
        end: day(addDays(organic, 1)),
        parties: [d.creator, ...brandSide],
        owner: spec.campaign.owner,
      });
    const paid = paidRightsEnd(spec, d);
    if (paid)
      add({
        key: `deliverable.${key}.paid-rights-end`,
        summary: `Paid usage rights end: ${label}`,
        description: `Last day the brand may run ${label} in paid ads.`,
        start: day(paid),
        end: day(addDays(paid, 1)),
        parties: [d.creator, ...brandSide],
        owner: spec.campaign.owner,
      });
  }
  for (const c of checkInDates(spec)) {
    add({
      key: `check-in.day-${c.days}`,
      summary: `Performance check-in (day ${c.days})`,
      description: `Compare KPI actuals with targets, ${c.days} days after the first post (${firstPostDate(spec)}).`,
      start: day(c.date),
      end: day(addDays(c.date, 1)),
      parties: everyone,
      owner: spec.campaign.owner,
    });
  }
  const wrapTerm = wrapReportTerm(spec);
  const wrap = wrapTerm.due;
  const reporting = spec.raci.filter((r) => r.activity === 'reporting').flatMap((r) => [...r.responsible, r.accountable]);
  add({
    key: 'wrap-report',
    summary: 'Wrap report due',
    description: wrapTerm.field === 'wrap_report_due' ? `The wrap report is due on ${wrap}.` : `The wrap report is due ${wrapTerm.daysAfterEnd} days after the campaign ends.`,
    start: day(wrap),
    end: day(addDays(wrap, 1)),
    parties: [...reporting, spec.campaign.owner],
    owner: reporting[0] ?? spec.campaign.owner,
  });
  for (const [i, e] of (spec.exclusivity ?? []).entries()) {
    add({
      key: `exclusivity-${i + 1}.end`,
      summary: 'Exclusivity ends',
      description: `Last day of exclusivity for ${e.creators.map(name).join(', ')}.`,
      start: day(e.to),
      end: day(addDays(e.to, 1)),
      parties: [...e.creators, spec.campaign.owner],
      owner: spec.campaign.owner,
    });
  }
  const review = spec.communication.formal_review;
  if (review) {
    add({
      key: 'formal-review',
      summary: 'Formal review and renewal decision',
      description: `Criteria: ${[...(review.kpi_criteria ?? []).map((c) => `KPI ${c.kpi} meets its target (if missed: ${c.if_missed})`), ...review.criteria].join('; ')}.`,
      start: day(review.date),
      end: day(addDays(review.date, 1)),
      parties: everyone,
      owner: spec.campaign.owner,
    });
  }
  // Meetings run from the first dated commitment to the wrap report.
  const firstDate = events.map((e) => (e.start.kind === 'date' ? e.start.date : e.start.wall.slice(0, 10))).sort()[0]!;
  for (const [i, m] of spec.communication.cadence.entries()) {
    const series = meetingSeries(m, firstDate, wrap);
    const length = m.duration_min === undefined ? ` The spec does not say how long it is; shown as ${UNSTATED_MEETING_MINUTES} minutes.` : '';
    add({
      key: `meeting-${i + 1}`,
      summary: m.name,
      description: `${m.frequency[0]!.toUpperCase()}${m.frequency.slice(1)} with ${m.attendees.map(name).join(', ')}, until the wrap report (${wrap}).${length}`,
      ...series,
      parties: m.attendees,
    });
  }
  return events.sort((a, b) => (sortKey(a) < sortKey(b) ? -1 : sortKey(a) > sortKey(b) ? 1 : a.uid < b.uid ? -1 : a.uid > b.uid ? 1 : 0));
}

export function eventsFor(events: readonly CalendarEvent[], party: string | undefined): CalendarEvent[] {
  return party === undefined ? [...events] : events.filter((e) => e.parties.includes(party));
}
