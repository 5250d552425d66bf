/** The clocks behind schedule rules: wall-clock business hours, the bounding clock and the exact clock. */
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it, vi } from 'vitest';
import { offsetMinutes } from '../scripts/generate-zone-offsets.js';
import { TIME_ZONES } from '../src/core/spec/time-zones.js';
import { addCalendarHours, addZoneBusinessHours, boundingClock, zonedInstant } from '../src/core/time/clock.js';
import { exactClock } from '../src/core/time/exact-clock.js';
import { offsetChanges } from '../src/core/time/offset-changes.js';
import { inDaylightTime, instantOf, localTimeOffset, offsetMinutes as zoneOffset, resetZoneReader, tabledOffset, wallOf, zoneReader } from '../src/core/time/zone-offset.js';
import { publicHolidays } from '../src/core/time/public-holidays.js';
import { addMonths, formatWall, parseDate, parseZoned } from '../src/core/time/wall.js';
import { addWorkingHours as addBusinessHours, addWorkingHours, workingWeek } from '../src/core/time/working-time.js';
import { ZONE_OFFSET_RANGES } from '../src/generated/zone-offsets.js';

const wall = (s: string) => Date.UTC(+s.slice(0, 4), +s.slice(5, 7) - 1, +s.slice(8, 10), +s.slice(11, 13), +s.slice(14, 16));

describe('business hours', () => {
  it.each([
    ['2027-03-05T17:00', 48, '2027-03-09T17:00'], // Friday evening: the weekend does not count
    ['2027-03-06T10:00', 24, '2027-03-09T00:00'], // starting on a Saturday
    ['2027-03-08T09:00', 0, '2027-03-08T09:00'],
    ['2027-03-08T09:00', 120, '2027-03-15T09:00'], // five working days later; the weekend is skipped
  ])('%s + %i business hours = %s', (start, hours, end) => {
    expect(formatWall(addBusinessHours(wall(start), hours))).toBe(end);
  });

  it('counts exactly the time on days Date calls Monday to Friday, and stops as soon as it has enough, 1900 to 2100 (fast-check)', () => {
    const DAY = 86_400_000;
    const HOUR = 3_600_000;
    // The measure: time between two instants that falls on a weekday, asking Date for each day.
    const weekdayTime = (from: number, to: number) => {
      let total = 0;
      for (let day = Math.floor(from / DAY) * DAY; day < to; day += DAY) {
        const weekday = new Date(day).getUTCDay();
        if (weekday !== 0 && weekday !== 6) total += Math.max(0, Math.min(to, day + DAY) - Math.max(from, day));
      }
      return total;
    };
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2100, 0, 1) }).map((t) => t - (t % 60_000)),
        fc.integer({ min: 1, max: 400 }),
        (start, hours) => {
          const end = addBusinessHours(start, hours);
          expect(weekdayTime(start, end)).toBe(hours * HOUR);
          expect(weekdayTime(start, end - 60_000)).toBeLessThan(hours * HOUR);
        },
      ),
      { seed: 72027, numRuns: 2000 },
    );
  });
});

describe('calendar months', () => {
  it.each([
    ['2027-03-09', 12, '2028-03-09'],
    ['2027-01-31', 1, '2027-02-28'], // no 31 February: the month's last day
    ['2028-01-31', 1, '2028-02-29'], // a leap year
    ['2027-11-15', 3, '2028-02-15'], // across a year
    ['2027-03-31', 6, '2027-09-30'],
    ['2100-01-29', 1, '2100-02-28'], // 2100 is not a leap year
  ])('%s + %i months = %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });
});

describe('working hours', () => {
  const officeWeek = workingWeek({ days: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'], start: '09:00', end: '17:00' });
  const usHolidays = (date: string) => publicHolidays.inYear('US', Number(date.slice(0, 4))).has(date);

  it.each([
    ['2027-03-04T17:00', 8, '2027-03-05T17:00'], // 1 business day from Thursday 17:00 ends Friday 17:00
    ['2027-03-06T10:00', 2, '2027-03-08T11:00'], // a review starting on a Saturday starts on Monday 09:00
    ['2027-03-08T07:30', 1, '2027-03-08T10:00'], // before the day starts
    ['2027-03-08T16:00', 3, '2027-03-09T11:00'], // across the end of the day
    ['2027-03-05T17:00', 48, '2027-03-15T17:00'], // 48 working hours are six working days
  ])('%s + %i working hours (Mon-Fri 09:00-17:00) = %s', (start, hours, end) => {
    expect(formatWall(addWorkingHours(wall(start), hours, officeWeek))).toBe(end);
  });

  it('skips public holidays of the calendar it is given (US: Memorial Day, 31 May 2027)', () => {
    expect(formatWall(addWorkingHours(wall('2027-05-28T17:00'), 8, officeWeek))).toBe('2027-05-31T17:00');
    expect(formatWall(addWorkingHours(wall('2027-05-28T17:00'), 8, officeWeek, usHolidays))).toBe('2027-06-01T17:00');
    expect(publicHolidays.knows('US')).toBe(true);
    expect(publicHolidays.knows('DE-BE')).toBe(true);
    expect(publicHolidays.knows('XX')).toBe(false);
    expect(publicHolidays.nameOf('DE-BE')).toBe('Berlin (Germany)');
  });

  it('a Sunday-to-Thursday week and a half-day week', () => {
    const gulf = workingWeek({ days: ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday'], start: '08:00', end: '16:00' });
    expect(formatWall(addWorkingHours(wall('2027-03-04T15:00'), 2, gulf))).toBe('2027-03-07T09:00');
    expect(() => addWorkingHours(0, 1, workingWeek({ days: [], start: '09:00', end: '17:00' }))).toThrow(RangeError);
  });

  it('counts exactly the time inside working hours on working days that are not holidays, and stops as soon as it has enough (fast-check)', () => {
    const DAY = 86_400_000;
    const MIN = 60_000;
    const names = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2035, 0, 1) }).map((t) => t - (t % MIN)),
        fc.integer({ min: 1, max: 200 }),
        fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 7 }),
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 1, max: 24 }),
        fc.boolean(),
        (start, hours, days, from, length, holidays) => {
          const to = Math.min(24, from + length);
          const week = workingWeek({ days: days.map((d) => names[d]!), start: `${String(from).padStart(2, '0')}:00`, end: `${String(to).padStart(2, '0')}:00` });
          const off = holidays ? usHolidays : () => false;
          // The measure: working time between two instants, asking Date for each day's weekday and date.
          const worked = (a: number, b: number) => {
            let total = 0;
            for (let day = Math.floor(a / DAY) * DAY; day < b; day += DAY) {
              const date = new Date(day);
              if (!days.includes(date.getUTCDay()) || off(date.toISOString().slice(0, 10))) continue;
              total += Math.max(0, Math.min(b, day + to * 3_600_000) - Math.max(a, day + from * 3_600_000));
            }
            return total;
          };
          const end = addWorkingHours(start, hours, week, off);
          expect(worked(start, end)).toBe(hours * 3_600_000);
          expect(worked(start, end - MIN)).toBeLessThan(hours * 3_600_000);
        },
      ),
      { seed: 12027, numRuns: 500 },
    );
  });
});

describe('exact clock', () => {
  it('resolves zone offsets, including daylight saving', () => {
    expect(new Date(zonedInstant(exactClock, '2027-03-04T17:00 America/New_York').lo).toISOString()).toBe('2027-03-04T22:00:00.000Z');
    expect(new Date(zonedInstant(exactClock, '2027-07-04T17:00 America/New_York').lo).toISOString()).toBe('2027-07-04T21:00:00.000Z');
    // 02:30 does not exist on 2027-03-14 in New York; it is read as 03:30 EDT.
    expect(new Date(zonedInstant(exactClock, '2027-03-14T02:30 America/New_York').lo).toISOString()).toBe('2027-03-14T07:30:00.000Z');
    expect(exactClock.format(Date.UTC(2027, 2, 4, 22), 'Asia/Kolkata')).toBe('2027-03-05T03:30 Asia/Kolkata');
  });

  it("reads every zone's offsets and summer time as Luxon does, at each change 2024-2030 and between them", () => {
    let checked = 0;
    for (const zone of TIME_ZONES) {
      const from = Date.UTC(2024, 0, 1);
      // As the calendar steps through a zone's offsets.
      const row = offsetChanges((ms) => zoneOffset(ms, zone), from, Date.UTC(2031, 0, 1));
      for (const at of [from, ...row.starts.slice(1), ...row.starts.slice(1).map((s) => s - 60_000)]) {
        const luxon = DateTime.fromMillis(at, { zone });
        // The reader this process uses, and local time with TZ set, one switch a question and from the year's
        // table, whichever the process uses (the suite runs long enough to pass Intl's break-even).
        expect([zoneOffset(at, zone), localTimeOffset(at, zone), tabledOffset(at, zone), inDaylightTime(at, zone), wallOf(at, zone)], `${zone} at ${new Date(at).toISOString()}`).toEqual([
          luxon.offset,
          luxon.offset,
          luxon.offset,
          luxon.isInDST,
          Date.UTC(luxon.year, luxon.month - 1, luxon.day, luxon.hour, luxon.minute),
        ]);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(4000);
  });

  it('reads zones from local time with TZ set where the runtime has no Temporal, and always puts TZ back', () => {
    // Linux Node before 26 follows TZ (the probe in zone-offset.ts); Node 26 answers through Temporal. The suite
    // is one long process: start from the first question, as a command does.
    resetZoneReader();
    expect(zoneReader()).toBe((globalThis as { Temporal?: unknown }).Temporal ? 'temporal' : 'local time');
    const host = process.env.TZ;
    const localNoon = () => new Date(Date.UTC(2027, 6, 1, 12)).getHours();
    const hostNoon = localNoon();
    try {
      for (const before of [undefined, 'Asia/Tokyo']) {
        if (before === undefined) delete process.env.TZ;
        else process.env.TZ = before;
        const localBefore = localNoon();
        expect(wallOf(Date.UTC(2027, 6, 1, 12), 'America/Los_Angeles')).toBe(Date.UTC(2027, 6, 1, 5));
        expect(instantOf(Date.UTC(2027, 0, 1, 9), 'Australia/Sydney')).toBe(Date.UTC(2026, 11, 31, 22));
        expect(inDaylightTime(Date.UTC(2027, 6, 1), 'Europe/London')).toBe(true);
        // Zones in turn, from tables, one switch a question (before 1980) and the zone TZ already holds.
        const answers = [
          zoneOffset(Date.UTC(2031, 0, 1), 'Europe/Berlin'),
          zoneOffset(Date.UTC(2031, 0, 1), 'Asia/Kolkata'),
          zoneOffset(Date.UTC(2031, 6, 1), 'Europe/Berlin'),
          zoneOffset(Date.UTC(1950, 6, 1), 'Europe/Berlin'),
          zoneOffset(Date.UTC(2031, 6, 1), before ?? 'Europe/Berlin'),
        ];
        expect(answers).toEqual([60, 330, 120, 60, before ? 540 : 120]);
        expect(process.env.TZ).toBe(before);
        expect(localNoon()).toBe(localBefore);
      }
    } finally {
      if (host === undefined) delete process.env.TZ;
      else process.env.TZ = host;
    }
    expect(localNoon()).toBe(hostNoon);
  });

  it('hands over to Intl after 250 switches of TZ (a spec with hundreds of times before 1980), with the same answers', () => {
    resetZoneReader();
    const localTime = zoneReader() === 'local time';
    const zones = ['Europe/Berlin', 'America/Chicago', 'Asia/Tokyo'];
    // Before 1980 each question is a switch of TZ of its own (no year tables); these zones kept whole minutes then.
    const at = (i: number) => Date.UTC(1900 + (i % 80), i % 12, 1 + (i % 28), i % 24);
    const answers = Array.from({ length: 300 }, (_, i) => wallOf(at(i), zones[i % 3]!));
    try {
      expect(zoneReader()).toBe(localTime ? 'intl' : 'temporal');
      expect(answers).toEqual(Array.from({ length: 300 }, (_, i) => wallOf(at(i), zones[i % 3]!)));
      const luxon = (i: number) => DateTime.fromMillis(at(i), { zone: zones[i % 3] });
      expect(answers).toEqual(Array.from({ length: 300 }, (_, i) => Date.UTC(luxon(i).year, luxon(i).month - 1, luxon(i).day, luxon(i).hour, luxon(i).minute)));
    } finally {
      resetZoneReader();
    }
  });

  it('keeps offsets in seconds exact (local mean time before 1900: New York ran 4:56:02 behind UTC)', () => {
    const wall = Date.UTC(1850, 5, 1, 12, 0);
    expect(new Date(zonedInstant(exactClock, '1850-06-01T12:00 America/New_York').lo).toISOString()).toBe('1850-06-01T16:56:02.000Z');
    expect(wallOf(Date.UTC(1850, 5, 1, 16, 56, 2), 'America/New_York')).toBe(wall);
  });

  it('reads a time the clocks show twice as the first of the two, whatever the date it runs on', () => {
    // Luxon guessed from the offset in force on the day it ran: in December these were read an hour later.
    const repeated: [string, string][] = [
      ['2027-11-07T01:30 America/New_York', '2027-11-07T05:30:00.000Z'],
      ['2029-10-28T01:24 Europe/London', '2029-10-28T00:24:00.000Z'],
      ['2028-04-02T02:15 Australia/Sydney', '2028-04-01T15:15:00.000Z'],
    ];
    try {
      for (const now of [Date.UTC(2026, 11, 7), Date.UTC(2027, 6, 1)]) {
        vi.useFakeTimers({ now, toFake: ['Date'] });
        for (const [text, instant] of repeated) expect(new Date(zonedInstant(exactClock, text).lo).toISOString(), `${text} on ${new Date(now).toISOString()}`).toBe(instant);
      }
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('bounding clock', () => {
  it("this machine's time zone data lies inside the generated offset table", () => {
    const outside: string[] = [];
    for (const zone of TIME_ZONES) {
      const [min, max] = ZONE_OFFSET_RANGES[zone]!;
      for (let t = Date.UTC(2000, 0, 15); t < Date.UTC(2041, 0, 1); t += 30 * 86_400_000) {
        const offset = offsetMinutes(zone, t);
        if (offset < min || offset > max) {
          outside.push(`${zone} ${new Date(t).toISOString().slice(0, 10)} ${offset}`);
          break;
        }
      }
    }
    expect(outside).toEqual([]);
  });

  it('always contains the exact answer', () => {
    const zones = [...TIME_ZONES];
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2026, 0, 1) / 60_000, max: Date.UTC(2030, 0, 1) / 60_000 }),
        fc.constantFrom(...zones),
        fc.constantFrom(...zones),
        fc.integer({ min: 0, max: 200 }),
        fc.integer({ min: 0, max: 200 }),
        (minute, zoneA, zoneB, business, calendar) => {
          const text = `${formatWall(minute * 60_000)} ${zoneA}`;
          const run = (clock: typeof exactClock) => addZoneBusinessHours(clock, addCalendarHours(zonedInstant(clock, text), calendar), business, zoneB);
          const exact = run(exactClock).lo;
          const bound = run(boundingClock);
          return bound.lo <= exact && exact <= bound.hi;
        },
      ),
      { seed: 20261122, numRuns: 2000 },
    );
    expect(parseZoned('2027-03-04T17:00 America/New_York').zone).toBe('America/New_York');
  });
});

describe('reading wall times', () => {
  it('reads every valid date and zoned date-time, with or without seconds, as Date.UTC on the written fields (fast-check)', () => {
    const two = (n: number) => String(n).padStart(2, '0');
    fc.assert(
      fc.property(
        fc.record({
          year: fc.integer({ min: 100, max: 9999 }),
          month: fc.integer({ min: 1, max: 12 }),
          day: fc.integer({ min: 1, max: 28 }),
          hour: fc.integer({ min: 0, max: 23 }),
          minute: fc.integer({ min: 0, max: 59 }),
          second: fc.option(fc.integer({ min: 0, max: 59 })),
          zone: fc.constantFrom(...TIME_ZONES),
        }),
        ({ year, month, day, hour, minute, second, zone }) => {
          const date = `${String(year).padStart(4, '0')}-${two(month)}-${two(day)}`;
          const value = `${date}T${two(hour)}:${two(minute)}${second === null ? '' : `:${two(second)}`} ${zone}`;
          expect(parseZoned(value)).toEqual({ wall: Date.UTC(year, month - 1, day, hour, minute, second ?? 0), zone });
          expect(parseDate(date)).toBe(Date.UTC(year, month - 1, day));
        },
      ),
      { seed: 72027, numRuns: 3000 },
    );
  });

  it('keeps years below 100 as written (Date.UTC would read 0099 as 1999)', () => {
    expect(formatWall(parseZoned('0099-03-04T17:00 UTC').wall)).toBe('0099-03-04T17:00');
    expect(new Date(parseDate('0001-01-01')).getUTCFullYear()).toBe(1);
  });

  it('refuses what is not laid out as a date or a zoned date-time', () => {
    for (const bad of ['2027-03-04 17:00 UTC', '2027-03-04T17:00', '2027-03-04T17:00 ', '2027-03-04T17:00 A B', '2027-3-04T17:00 UTC', '2027-03-04T17:0x UTC', '2027-03-04T17:00:3 UTC']) {
      expect(() => parseZoned(bad), bad).toThrow(RangeError);
    }
    for (const bad of ['2027-03-4', '2027-03-044', '2027/03/04', 'x027-03-04']) expect(() => parseDate(bad), bad).toThrow(RangeError);
  });
});
