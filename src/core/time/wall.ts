/**
 * Wall-clock time: what a clock on the wall in some time zone shows, held as
 * milliseconds since 1970-01-01T00:00 as if that zone were UTC. Calendar logic
 * (weekdays, business hours, adding days) works on wall time and needs no time
 * zone data; turning wall time into an instant is the clocks' job (clock.ts).
 */
export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;

const ZONED = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}) (\S+)$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface ZonedWall {
  wall: number;
  zone: string;
}

/** "2027-03-04T17:00 America/New_York" (already schema-checked) → wall time and zone. */
export function parseZoned(value: string): ZonedWall {
  const m = ZONED.exec(value);
  if (!m) throw new RangeError(`not a zoned date-time: ${value}`);
  return { wall: Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!), zone: m[6]! };
}

/** "2027-03-04" → the wall time of its midnight. */
export function parseDate(value: string): number {
  const m = DATE.exec(value);
  if (!m) throw new RangeError(`not a date: ${value}`);
  return Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!);
}

export function formatDate(wall: number): string {
  return new Date(wall).toISOString().slice(0, 10);
}

export function formatWall(wall: number): string {
  return new Date(wall).toISOString().slice(0, 16);
}

/** Whole days from `a` to `b` (dates as YYYY-MM-DD). */
export function daysBetween(a: string, b: string): number {
  return Math.round((parseDate(b) - parseDate(a)) / DAY_MS);
}

export function addDays(date: string, days: number): string {
  return formatDate(parseDate(date) + days * DAY_MS);
}

/** Saturday or Sunday. Arithmetic, not a Date: business-hour loops call this for every day they cross. */
function isWeekend(wall: number): boolean {
  // 1970-01-01 was a Thursday (4, counting Sunday as 0).
  const day = (((Math.floor(wall / DAY_MS) + 4) % 7) + 7) % 7;
  return day === 0 || day === 6;
}

/**
 * The wall time at which `hours` business hours have passed since `start`.
 * Business hours are the hours of Monday to Friday on the approver's wall
 * clock, so "48 business hours" means two working days, as practitioners use
 * it: a review that starts on Friday at 17:00 with 48 business hours ends on
 * Tuesday at 17:00. Daylight-saving changes fall on weekends in most zones;
 * elsewhere the count may differ from elapsed time by the one changed hour.
 */
export function addBusinessHours(start: number, hours: number): number {
  let remaining = hours * HOUR_MS;
  let t = start;
  while (remaining > 0) {
    const nextMidnight = Math.floor(t / DAY_MS) * DAY_MS + DAY_MS; // floor: right before 1970 too
    if (isWeekend(t)) {
      t = nextMidnight;
      continue;
    }
    const step = Math.min(remaining, nextMidnight - t);
    t += step;
    remaining -= step;
  }
  return t;
}
