/**
 * iCalendar (RFC 5545) output. Deterministic: no "now" anywhere (DTSTAMP is
 * the campaign's first day), stable UIDs, events in a fixed order. Every zoned
 * time carries its TZID, with a VTIMEZONE built from the runtime's time zone
 * data for the years the events span, so any client computes the same instant.
 */
import { offsetChanges } from '../time/offset-changes.js';
import { inDaylightTime, offsetMinutes } from '../time/zone-offset.js';
import type { CalendarEvent, EventTime } from './events.js';

const PRODUCT = '-//alignkit//alignkit calendar//EN';

/** TEXT values escape backslash, semicolon, comma and line breaks (RFC 5545 3.3.11); controls are dropped. */
export function escapeText(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r?\n|\r/g, '\\n');
}

const ASCII = /^[\x00-\x7f]*$/;

/** The UTF-8 length of one code point (a lone surrogate is written as U+FFFD, three octets). */
const utf8Octets = (codePoint: number) => (codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4);

/** Lines longer than 75 octets are folded (RFC 5545 3.1), never inside a UTF-8 sequence. */
export function fold(line: string): string {
  // Most lines are ASCII, where a character is an octet: cut by length (a calendar has thousands of lines).
  if (ASCII.test(line)) {
    if (line.length <= 75) return line;
    const cut = [line.slice(0, 75)];
    for (let at = 75; at < line.length; at += 74) cut.push(line.slice(at, at + 74));
    return cut.join('\r\n ');
  }
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = utf8Octets(ch.codePointAt(0)!);
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const compact = (wall: string) => `${wall.replace(/[-:]/g, '')}${wall.length === 16 ? '00' : ''}`;

function timeProperty(name: string, t: EventTime): string {
  return t.kind === 'date' ? `${name};VALUE=DATE:${t.date.replace(/-/g, '')}` : `${name};TZID=${t.zone}:${compact(t.wall)}`;
}

function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
}

interface Transition {
  /** Local time of the onset, on the clock before the change. */
  onset: string;
  from: number;
  to: number;
  dst: boolean;
}

/** 20270314T020000 for an epoch-ms value read as wall time. */
function compactWall(wall: number): string {
  return new Date(wall).toISOString().slice(0, 19).replace(/[-:]/g, '');
}

/** Offset changes of `zone` between two instants, to the minute. */
function transitions(zone: string, startMs: number, endMs: number): Transition[] {
  const row = offsetChanges((ms) => offsetMinutes(ms, zone), startMs, endMs);
  return row.starts.slice(1).map((start, i) => ({
    onset: compactWall(start + row.offsets[i]! * 60_000),
    from: row.offsets[i]!,
    to: row.offsets[i + 1]!,
    dst: inDaylightTime(start, zone),
  }));
}

function vtimezone(zone: string, fromYear: number, toYear: number): string[] {
  const start = Date.UTC(fromYear, 0, 1);
  const end = Date.UTC(toYear + 1, 0, 1);
  const first = offsetMinutes(start, zone);
  const lines = ['BEGIN:VTIMEZONE', `TZID:${zone}`];
  // The offset in force from the start of the range, so times before the first change resolve too.
  const base: Transition = { onset: `${fromYear}0101T000000`, from: first, to: first, dst: inDaylightTime(start, zone) };
  for (const t of [base, ...transitions(zone, start, end)]) {
    const kind = t.dst ? 'DAYLIGHT' : 'STANDARD';
    lines.push(`BEGIN:${kind}`, `DTSTART:${t.onset}`, `TZOFFSETFROM:${offsetText(t.from)}`, `TZOFFSETTO:${offsetText(t.to)}`, `END:${kind}`);
  }
  lines.push('END:VTIMEZONE');
  return lines;
}

function yearOf(t: EventTime): number {
  return Number((t.kind === 'date' ? t.date : t.wall).slice(0, 4));
}

/** What an earlier calendar at the same path said of each event: its SEQUENCE and its content. */
export type PreviousEvents = ReadonlyMap<string, { sequence: number; content: string }>;

/**
 * The events of a calendar this function wrote before, by UID. Anything it
 * cannot read counts as no calendar: sequences start again at 0.
 */
export function previousEvents(ics: string): PreviousEvents {
  const events = new Map<string, { sequence: number; content: string }>();
  const lines = ics.replace(/\r\n[ \t]/g, '').split(/\r?\n/);
  let current: string[] | undefined;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') current = [];
    else if (line === 'END:VEVENT' && current) {
      const uid = current.find((l) => l.startsWith('UID:'))?.slice(4);
      const sequence = Number(current.find((l) => l.startsWith('SEQUENCE:'))?.slice(9) ?? 0);
      if (uid !== undefined && Number.isSafeInteger(sequence) && sequence >= 0) events.set(uid, { sequence, content: eventContent(current) });
      current = undefined;
    } else current?.push(line);
  }
  return events;
}

/** An event's lines without the ones that say when and how often it was written. */
function eventContent(lines: readonly string[]): string {
  return lines.filter((l) => !l.startsWith('DTSTAMP:') && !l.startsWith('SEQUENCE:')).join('\n');
}

/**
 * Writes the calendar. SEQUENCE tells calendar apps that an event they have
 * changed: it is the earlier calendar's number for an event whose content is
 * the same, one more when the content changed (a moved deadline), and 0 for a
 * new event, so the same spec and the same earlier file give the same bytes.
 */
export function toIcs(events: readonly CalendarEvent[], options: { name: string; stamp: string; previous?: PreviousEvents }): string {
  const zones = new Map<string, { from: number; to: number }>();
  for (const e of events) {
    for (const t of [e.start, e.end]) {
      if (t?.kind !== 'zoned') continue;
      const range = zones.get(t.zone);
      const year = yearOf(t);
      zones.set(t.zone, { from: Math.min(range?.from ?? year, year), to: Math.max(range?.to ?? year, year) });
    }
  }
  // No METHOD: it is for iTIP scheduling messages, and METHOD:PUBLISH needs an ORGANIZER (RFC 5546), which a
  // campaign calendar has no one to be. A file without it is imported as a plain calendar everywhere.
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${PRODUCT}`, 'CALSCALE:GREGORIAN', `X-WR-CALNAME:${escapeText(options.name)}`];
  for (const zone of [...zones.keys()].sort()) {
    const range = zones.get(zone)!;
    lines.push(...vtimezone(zone, range.from, range.to));
  }
  const stamp = `${options.stamp.replace(/-/g, '')}T000000Z`;
  for (const e of events) {
    const body = [timeProperty('DTSTART', e.start)];
    if (e.end) body.push(timeProperty('DTEND', e.end));
    else if (e.duration) body.push(`DURATION:${e.duration}`);
    if (e.rrule) body.push(`RRULE:${e.rrule}`);
    body.push(`SUMMARY:${escapeText(e.summary)}`, `DESCRIPTION:${escapeText(e.description)}`, 'TRANSP:TRANSPARENT');
    const content = eventContent([`UID:${e.uid}`, ...body]);
    const before = options.previous?.get(e.uid);
    const sequence = before === undefined ? 0 : before.content === content ? before.sequence : before.sequence + 1;
    lines.push('BEGIN:VEVENT', `UID:${e.uid}`, `DTSTAMP:${stamp}`, `SEQUENCE:${sequence}`, ...body, 'END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
