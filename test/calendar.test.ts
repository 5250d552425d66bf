/**
 * The .ics output against ical.js, libical and python icalendar: it parses,
 * passes libical's restriction check, every zoned time resolves to the right
 * instant through our VTIMEZONEs (including across DST and in zones with
 * half-hour offsets), recurring meetings expand alike, lines follow RFC 5545,
 * and the file is the same bytes every time.
 */
import fc from 'fast-check';
import ICAL from 'ical.js';
import { DateTime } from 'luxon';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/program.js';
import { campaignEvents, eventsFor, type CalendarEvent } from '../src/core/calendar/events.js';
import { escapeText, fold, toIcs } from '../src/core/calendar/ics.js';
import { memoryIo } from './helpers/memory-io.js';
import { ROOT } from './helpers/paths.js';
import { loadSpec } from './helpers/render.js';

const SPEC_PATH = 'examples/product-launch.campaign.yaml';

interface Parsed {
  uid: string;
  summary: string;
  start: ICAL.Time;
  end: ICAL.Time | null;
}

/** Parses with ical.js, registering the file's own VTIMEZONEs, as a calendar client does. */
function parseIcs(text: string): Parsed[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  ICAL.TimezoneService.reset();
  for (const tz of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
  return calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    return { uid: event.uid, summary: event.summary, start: event.startDate, end: component.hasProperty('dtend') ? event.endDate : null };
  });
}

function instant(wall: string, zone: string): number {
  return DateTime.fromISO(wall, { zone }).toMillis();
}

describe('calendar', () => {
  const spec = loadSpec(SPEC_PATH);
  const ics = toIcs(campaignEvents(spec), { name: spec.campaign.name, stamp: spec.campaign.window.start });

  it('matches its golden file and is the same bytes every run', async () => {
    await expect(ics).toMatchFileSnapshot('golden/calendar/product-launch.ics');
    expect(toIcs(campaignEvents(loadSpec(SPEC_PATH)), { name: spec.campaign.name, stamp: spec.campaign.window.start })).toBe(ics);
  });

  it('follows RFC 5545 line rules: CRLF, at most 75 octets, a DTSTAMP that is not "now"', () => {
    const lines = ics.split('\r\n');
    expect(lines.at(-1)).toBe('');
    for (const line of lines) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(ics).not.toMatch(/[^\r]\n/);
    expect(new Set(ics.match(/^DTSTAMP:.*$/gm))).toEqual(new Set(['DTSTAMP:20270308T000000Z']));
  });

  it('parses with ical.js, every event with a unique UID, every zoned time at the right instant', () => {
    const events = campaignEvents(spec);
    const parsed = parseIcs(ics);
    expect(parsed.map((e) => e.uid)).toEqual(events.map((e) => e.uid));
    expect(new Set(parsed.map((e) => e.uid)).size).toBe(parsed.length);
    for (const [i, e] of events.entries()) {
      const p = parsed[i]!;
      if (e.start.kind === 'zoned') {
        expect(p.start.zone?.tzid, e.uid).toBe(e.start.zone);
        expect(p.start.toUnixTime() * 1000, e.uid).toBe(instant(e.start.wall, e.start.zone));
      } else {
        expect(p.start.isDate, e.uid).toBe(true);
        expect(p.start.toString(), e.uid).toBe(e.start.date);
      }
    }
    const draft = parsed.find((e) => e.uid === 'nova-buds-pro-launch.deliverable.maya-tiktok.draft-due@alignkit')!;
    expect(new Date(draft.start.toUnixTime() * 1000).toISOString()).toBe('2027-02-20T01:00:00.000Z');
  });

  it('holds every dated commitment of the spec', () => {
    const uids = campaignEvents(spec).map((e) => e.uid.replace('nova-buds-pro-launch.', '').replace('@alignkit', ''));
    for (const expected of [
      'deliverable.maya-tiktok.draft-due',
      'deliverable.maya-tiktok.review-1',
      'deliverable.maya-tiktok.review-2',
      'deliverable.maya-tiktok.go-live',
      'deliverable.jon-reel.paid-rights-end',
      'deliverable.priya-integration.organic-rights-end',
      'deliverable.priya-integration.live-until',
      'check-in.day-7',
      'check-in.day-10',
      'wrap-report',
      'exclusivity-1.end',
      'formal-review',
      'milestone.all-approved',
      'campaign-window',
      'meeting-1',
      'meeting-2',
    ]) {
      expect(uids).toContain(expected);
    }
  });

  it('resolves times across daylight saving changes and in unusual zones', () => {
    const cases: [string, string][] = [
      ['2027-03-20T12:00', 'America/New_York'],
      ['2027-11-07T01:30', 'America/New_York'],
      ['2027-03-28T09:00', 'Europe/Berlin'],
      ['2027-10-31T12:00', 'Europe/Berlin'],
      ['2027-04-04T10:00', 'Australia/Sydney'],
      ['2027-06-01T10:00', 'Asia/Kolkata'],
      ['2027-06-01T10:00', 'Asia/Kathmandu'],
      ['2028-01-15T08:00', 'America/Sao_Paulo'],
    ];
    const events: CalendarEvent[] = cases.map(([wall, zone], i) => ({ uid: `t${i}@x`, summary: 's', description: 'd', start: { kind: 'zoned', wall, zone }, parties: [] }));
    const parsed = parseIcs(toIcs(events, { name: 'zones', stamp: '2027-01-01' }));
    cases.forEach(([wall, zone], i) => expect(parsed[i]!.start.toUnixTime() * 1000, `${wall} ${zone}`).toBe(instant(wall, zone)));
  });

  it('escapes text so no value breaks the file', () => {
    expect(escapeText('a;b,c\\d\ne\u001b[31m')).toBe('a\\;b\\,c\\\\d\\ne[31m');
    const hostile = 'Launch; "quotes", back\\slash\nnew line and ünïcödé that runs well past the seventy-five octet limit of a line';
    const parsed = parseIcs(toIcs([{ uid: 'h@x', summary: hostile, description: hostile, start: { kind: 'date', date: '2027-03-01' }, parties: [] }], { name: hostile, stamp: '2027-01-01' }));
    expect(parsed[0]!.summary).toBe(hostile);
  });

  it('keeps only the events of one party with --party', () => {
    const maya = eventsFor(campaignEvents(spec), 'maya-chen').map((e) => e.uid);
    expect(maya.some((u) => u.includes('maya-tiktok.go-live'))).toBe(true);
    expect(maya.some((u) => u.includes('jon-reel'))).toBe(false);
    expect(maya.some((u) => u.includes('check-in'))).toBe(true);
  });
});

describe('line folding (RFC 5545 3.1)', () => {
  it('keeps every line within 75 octets, never splits a character, and unfolds to the line it was given', () => {
    const piece = fc.oneof(fc.string({ maxLength: 90 }), fc.string({ unit: 'binary', maxLength: 60 }), fc.constantFrom('é', '€', '😀', '\ud800', 'x'.repeat(74), 'DESCRIPTION:'));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
        const line = pieces.join('');
        const folded = fold(line);
        expect(folded.replaceAll('\r\n ', '')).toBe(line);
        const physical = folded.split('\r\n ');
        // Node's UTF-8 encoder counts the octets; a lone surrogate is written as U+FFFD, three of them.
        physical.forEach((part, i) => expect(Buffer.byteLength(part)).toBeLessThanOrEqual(i === 0 ? 75 : 74));
        // Cut only between code points: no part ends in a high surrogate whose low half starts the next.
        physical.slice(0, -1).forEach((part, i) => expect(/[\ud800-\udbff]$/.test(part) && /^[\udc00-\udfff]/.test(physical[i + 1]!)).toBe(false));
        // Full lines: a part is only cut short when the next character would not fit.
        physical.slice(0, -1).forEach((part, i) => expect(Buffer.byteLength(part) + Buffer.byteLength(String.fromCodePoint(physical[i + 1]!.codePointAt(0)!))).toBeGreaterThan(i === 0 ? 75 : 74));
      }),
      { seed: 20261207, numRuns: 2000 },
    );
  });
});

describe('alignkit calendar', () => {
  it('writes out/<campaign-id>/calendar.ics and says how many events', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'alignkit-cal-'));
    const io = memoryIo({ cwd });
    expect(await main(['calendar', join(ROOT, SPEC_PATH)], io)).toBe(0);
    expect(io.out()).toMatch(/^wrote out\/nova-buds-pro-launch\/calendar\.ics \(\d+ events\)\n$/);
    expect(readFileSync(join(cwd, 'out/nova-buds-pro-launch/calendar.ics'), 'utf8')).toBe(readFileSync(join(ROOT, 'test/golden/calendar/product-launch.ics'), 'utf8'));
  });

  it('names the party file and rejects an unknown party', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'alignkit-cal-'));
    const io = memoryIo({ cwd });
    expect(await main(['calendar', join(ROOT, SPEC_PATH), '--party', 'maya-chen'], io)).toBe(0);
    expect(io.out()).toMatch(/calendar-maya-chen\.ics/);
    const bad = memoryIo({ cwd });
    expect(await main(['calendar', join(ROOT, SPEC_PATH), '--party', 'maya-chan'], bad)).toBe(2);
    expect(bad.err()).toContain('did you mean "maya-chen"?');
  });
});

/** libical's restriction check and python icalendar, through test/helpers/ics-validate.py. */
const PYTHON = '/usr/bin/python3';
const VALIDATOR = join(ROOT, 'test/helpers/ics-validate.py');
const systemValidators = spawnSync(PYTHON, ['-c', 'import gi, icalendar; gi.require_version("ICalGLib", "3.0")'], { encoding: 'utf8' }).status === 0;
if (!systemValidators && process.env.CI) throw new Error('CI must check calendars with libical and python icalendar: apt-get install python3-icalendar python3-gi gir1.2-ical-3.0');

interface Validation {
  restrictionsOk: boolean;
  libicalErrors: string[];
  occurrences: Record<string, string[]>;
  events: { uid: string; sequence: number; start: string; minutes: number | null; rrule: string | null }[];
  method: string;
}

function validate(file: string): Validation {
  const r = spawnSync(PYTHON, [VALIDATOR, file], { encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as Validation;
}

describe.skipIf(!systemValidators)('calendar files, read by libical and python icalendar', () => {
  const examples = ['product-launch', 'ambassador-program', 'b2b-thought-leadership'];

  it.each(examples)("%s: passes libical's restriction check, with every event readable and given a length", async (example) => {
    const cwd = mkdtempSync(join(tmpdir(), 'alignkit-cal-'));
    expect(await main(['calendar', join(ROOT, `examples/${example}.campaign.yaml`), '--out', 'calendar.ics', '--today', '2027-01-15'], memoryIo({ cwd }))).toBe(0);
    const result = validate(join(cwd, 'calendar.ics'));
    expect(result.libicalErrors).toEqual([]);
    expect(result.restrictionsOk).toBe(true);
    expect(result.method).toBe('');
    const spec = loadSpec(`examples/${example}.campaign.yaml`);
    expect(result.events.map((e) => e.uid)).toEqual(campaignEvents(spec).map((e) => e.uid));
    for (const e of result.events) expect(e.minutes, e.uid).toBeGreaterThan(0);
  });

  it('has each recurring meeting as one event with a rule that libical and ical.js expand alike, until the wrap report', () => {
    const spec = loadSpec(SPEC_PATH);
    const dir = mkdtempSync(join(tmpdir(), 'alignkit-cal-'));
    const file = join(dir, 'calendar.ics');
    const text = toIcs(campaignEvents(spec), { name: spec.campaign.name, stamp: spec.campaign.window.start });
    writeFileSync(file, text);
    const result = validate(file);
    const meetings = result.events.filter((e) => e.rrule !== null);
    expect(meetings.map((m) => [m.uid, m.rrule, m.minutes])).toEqual([
      ['nova-buds-pro-launch.meeting-1@alignkit', 'FREQ=WEEKLY;UNTIL=20270518T035900Z;BYDAY=TU', 30],
      ['nova-buds-pro-launch.meeting-2@alignkit', 'FREQ=WEEKLY;UNTIL=20270518T065900Z;INTERVAL=2;BYDAY=TH', 20],
    ]);
    const calendar = new ICAL.Component(ICAL.parse(text));
    ICAL.TimezoneService.reset();
    for (const tz of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
    for (const component of calendar.getAllSubcomponents('vevent').filter((c) => c.hasProperty('rrule'))) {
      const event = new ICAL.Event(component);
      const iterator = event.iterator();
      const fromIcalJs: string[] = [];
      for (let next = iterator.next(); next; next = iterator.next()) fromIcalJs.push(next.convertToZone(ICAL.Timezone.utcTimezone).toICALString());
      expect(fromIcalJs, event.uid).toEqual(result.occurrences[event.uid]);
      // Tuesdays 13:00 in New York: 18:00 UTC in winter, 17:00 once daylight saving starts on 14 March.
      if (event.uid.endsWith('meeting-1@alignkit')) expect([fromIcalJs[0], fromIcalJs[4], fromIcalJs.at(-1)]).toEqual(['20270216T180000Z', '20270316T170000Z', '20270511T170000Z']);
    }
  });

  it('numbers revisions: a moved deadline gets SEQUENCE 1 on the next run, the other events keep 0, and a run with no change writes the same bytes', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'alignkit-cal-'));
    const original = readFileSync(join(ROOT, SPEC_PATH), 'utf8');
    writeFileSync(join(cwd, 'launch.campaign.yaml'), original);
    const write = async () => {
      expect(await main(['calendar', 'launch.campaign.yaml', '--today', '2027-01-15'], memoryIo({ cwd }))).toBe(0);
      return readFileSync(join(cwd, 'out/nova-buds-pro-launch/calendar.ics'), 'utf8');
    };
    const first = await write();
    expect(await write()).toBe(first);
    writeFileSync(join(cwd, 'launch.campaign.yaml'), original.replace('draft_due: 2027-02-19T17:00 America/Los_Angeles', 'draft_due: 2027-02-18T17:00 America/Los_Angeles'));
    await write();
    const moved = validate(join(cwd, 'out/nova-buds-pro-launch/calendar.ics'))
      .events.filter((e) => e.sequence > 0)
      .map((e) => `${e.uid} ${e.sequence} ${e.start}`);
    expect(moved).toContain('nova-buds-pro-launch.deliverable.maya-tiktok.draft-due@alignkit 1 2027-02-18T17:00:00-08:00');
    expect(moved.every((line) => line.includes('maya-tiktok'))).toBe(true);
    const again = await write();
    expect(await write()).toBe(again);
  });
});
