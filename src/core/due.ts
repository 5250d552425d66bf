/**
 * What is due, across campaigns: every dated commitment of a spec (the same
 * ones its calendar holds, meetings aside) and every open action item of its
 * follow-ups, with who owes it, its deadline on the owner's clock, and how
 * late it is. Pure: "today" is given, so the same inputs give the same list.
 *
 * A spec records plans, not completions: a deadline that has passed is listed
 * as overdue for `since` days (long enough to check that it happened), then
 * dropped. Follow-up action items are overdue until a follow-up marks them
 * done or dropped, however long that takes.
 */
import { campaignEvents, type CalendarEvent } from './calendar/events.js';
import type { CampaignSpec } from './spec/model.js';
import { exactClock } from './time/exact-clock.js';
import { addDays, daysBetween, formatDate, parseZoned } from './time/wall.js';
import type { AlignkitFollowUp as FollowUp } from '../generated/followup.types.js';

export interface DueOptions {
  /** YYYY-MM-DD */
  today: string;
  /** Days ahead to list what falls due (today included). */
  within: number;
  /** Days back to keep listing a passed deadline as overdue. */
  since: number;
  party?: string;
}

export interface DueItem {
  campaign: string;
  campaignName: string;
  /** The spec as shown to the user. */
  file: string;
  what: string;
  owner: string;
  ownerName: string;
  /** Whom it is owed to: the campaign owner; empty for the campaign owner's own items. */
  to: string;
  /** The deadline on the owner's clock: "2027-02-19 17:00 America/Los_Angeles", or a date for whole-day items. */
  deadline: string;
  /** The owner's calendar date of the deadline. */
  date: string;
  status: 'overdue' | 'due';
  /** Days late (overdue) or days left (due); 0 is today. */
  days: number;
  /** The calendar event it comes from (its UID), or the follow-up action item. */
  source: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A deadline on a zone's clock: its date and its text. */
function onClock(instant: number, zone: string): { date: string; text: string } {
  const wall = exactClock.wallAt(instant, zone).lo;
  const d = new Date(wall);
  return { date: formatDate(wall), text: `${formatDate(wall)} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())} ${zone}` };
}

/** When an event is due: a timed one at its (end or) start, a whole-day one on its last day. */
function deadlineOf(e: CalendarEvent, ownerZone: string): { date: string; text: string } {
  const at = e.end ?? e.start;
  if (at.kind === 'date') {
    const last = e.end ? addDays(at.date, -1) : at.date;
    return { date: last, text: last };
  }
  const instant = exactClock.instant(parseZoned(`${at.wall} ${at.zone}`).wall, at.zone).lo;
  return onClock(instant, ownerZone);
}

function classify(date: string, options: DueOptions): { status: DueItem['status']; days: number } | undefined {
  const offset = daysBetween(options.today, date);
  if (offset < 0 && -offset <= options.since) return { status: 'overdue', days: -offset };
  if (offset >= 0 && offset < options.within) return { status: 'due', days: offset };
  return undefined;
}

/** Action items of the follow-ups whose latest update is not done or dropped. */
function openActions(followups: readonly FollowUp[]): { from: string; id: string; action: string; owner: string; due: string }[] {
  const sorted = [...followups].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const latest = new Map<string, string>();
  for (const f of sorted) for (const u of f.action_updates ?? []) latest.set(`${u.followup}/${u.id}`, u.status);
  return sorted.flatMap((f) =>
    f.action_items.filter((a) => !['done', 'dropped'].includes(latest.get(`${f.date}/${a.id}`) ?? '')).map((a) => ({ from: f.date, id: a.id, action: a.action, owner: a.owner, due: a.due })),
  );
}

export function dueItems(spec: CampaignSpec, file: string, followups: readonly FollowUp[], options: DueOptions): DueItem[] {
  const parties = new Map(spec.parties.map((p) => [p.id, p]));
  const zoneOf = (id: string) => parties.get(id)?.timezone ?? spec.campaign.timezone;
  const nameOf = (id: string) => parties.get(id)?.name ?? id;
  const owner = spec.campaign.owner;
  const base = { campaign: spec.campaign.id, campaignName: spec.campaign.name, file };
  const items: DueItem[] = [];
  const push = (who: string, what: string, deadline: { date: string; text: string }, source: string) => {
    if (options.party !== undefined && who !== options.party) return;
    const when = classify(deadline.date, options);
    if (!when) return;
    items.push({ ...base, what, owner: who, ownerName: nameOf(who), to: who === owner ? '' : nameOf(owner), deadline: deadline.text, date: deadline.date, ...when, source });
  };
  for (const e of campaignEvents(spec)) {
    if (e.rrule || e.owner === undefined) continue;
    push(e.owner, e.summary, deadlineOf(e, zoneOf(e.owner)), e.uid);
  }
  for (const a of openActions(followups)) {
    const { wall, zone } = parseZoned(a.due);
    push(a.owner, `Action from the ${a.from} follow-up: ${a.action}`, onClock(exactClock.instant(wall, zone).lo, zoneOf(a.owner)), `${a.from}/${a.id}`);
  }
  return items;
}

/** Overdue first, the longest overdue at the top; then by date, campaign and what. */
export function sortDue(items: readonly DueItem[]): DueItem[] {
  return [...items].sort((a, b) => {
    if (a.status !== b.status) return a.status === 'overdue' ? -1 : 1;
    // A whole-day item is due by the end of its day: after the timed ones of that day.
    const key = (i: DueItem) => `${i.date} ${i.deadline.length === 10 ? '24:00' : i.deadline.slice(11)}`;
    if (key(a) !== key(b)) return key(a) < key(b) ? -1 : 1;
    return a.campaign < b.campaign ? -1 : a.campaign > b.campaign ? 1 : a.what < b.what ? -1 : a.what > b.what ? 1 : 0;
  });
}
