/**
 * Wall-clock time: what a clock on the wall in some time zone shows, held as
 * milliseconds since 1970-01-01T00:00 as if that zone were UTC. Calendar logic
 * (weekdays, business hours, adding days) works on wall time and needs no time
 * zone data; turning wall time into an instant is the clocks' job (clock.ts).
 */
export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;

export interface ZonedWall {
  wall: number;
  zone: string;
}

/** The number written with `count` digits from `from`, or -1 when any of them is not a digit. */
function digitsAt(value: string, from: number, count: number): number {
  let n = 0;
  for (let i = from; i < from + count; i += 1) {
    const digit = value.charCodeAt(i) - 48;
    if (!(digit >= 0 && digit <= 9)) return -1;
    n = n * 10 + digit;
  }
  return n;
}

/** Date.UTC, except that years 0-99 stay themselves instead of meaning 1900-1999. */
function utc(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): number {
  if (year >= 100) return Date.UTC(year, month - 1, day, hour, minute, second);
  const date = new Date(Date.UTC(2000, month - 1, day, hour, minute, second));
  date.setUTCFullYear(year);
  return date.getTime();
}

// Read by position rather than with a regular expression: schedule rules parse these on every lint.

/** "2027-03-04T17:00 America/New_York" or "2027-03-04T17:00:30 America/New_York" (already schema-checked) → wall time and zone. */
export function parseZoned(value: string): ZonedWall {
  const year = digitsAt(value, 0, 4);
  const month = digitsAt(value, 5, 2);
  const day = digitsAt(value, 8, 2);
  const hour = digitsAt(value, 11, 2);
  const minute = digitsAt(value, 14, 2);
  const withSeconds = value.charCodeAt(16) === 58; // ':'
  const second = withSeconds ? digitsAt(value, 17, 2) : 0;
  const space = withSeconds ? 19 : 16;
  const laidOut = value[4] === '-' && value[7] === '-' && value[10] === 'T' && value[13] === ':' && value.charCodeAt(space) === 32;
  if (!laidOut || year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0 || space + 1 >= value.length || value.includes(' ', space + 1)) {
    throw new RangeError(`not a zoned date-time: ${value}`);
  }
  return { wall: utc(year, month, day, hour, minute, second), zone: value.slice(space + 1) };
}

/** "2027-03-04" → the wall time of its midnight. */
export function parseDate(value: string): number {
  const year = digitsAt(value, 0, 4);
  const month = digitsAt(value, 5, 2);
  const day = digitsAt(value, 8, 2);
  if (value.length !== 10 || value[4] !== '-' || value[7] !== '-' || year < 0 || month < 0 || day < 0) throw new RangeError(`not a date: ${value}`);
  return utc(year, month, day);
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

/** The same day `months` calendar months later, or the month's last day when it has no such day (31 Jan + 1 month: 28 Feb). */
export function addMonths(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const lastDay = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(Math.min(day, lastDay)).padStart(2, '0')}`;
}
