/**
 * The exact clock: Luxon with the runtime's IANA time zone data. Loaded only
 * when a schedule rule, a document or the calendar needs it.
 */
import { DateTime, Settings } from 'luxon';
import type { Clock } from './clock.js';
import { formatWall } from './wall.js';

// Luxon would otherwise ask ICU for the system locale (and load its data) on the first DateTime.
// alignkit formats dates itself; the locale never shows.
Settings.defaultLocale = 'en-US';

function toInstant(wall: number, zone: string): number {
  const w = new Date(wall);
  // Luxon resolves a wall time that falls in a spring-forward gap to the later side, like the platforms do.
  return DateTime.fromObject({ year: w.getUTCFullYear(), month: w.getUTCMonth() + 1, day: w.getUTCDate(), hour: w.getUTCHours(), minute: w.getUTCMinutes() }, { zone }).toMillis();
}

function toWall(instant: number, zone: string): number {
  const d = DateTime.fromMillis(instant, { zone });
  return Date.UTC(d.year, d.month - 1, d.day, d.hour, d.minute, d.second, d.millisecond);
}

export const exactClock: Clock = {
  exact: true,
  instant(wall, zone) {
    const at = toInstant(wall, zone);
    return { lo: at, hi: at };
  },
  wallAt(instant, zone) {
    const wall = toWall(instant, zone);
    return { lo: wall, hi: wall };
  },
  format(instant, zone) {
    return `${formatWall(toWall(instant, zone))} ${zone}`;
  },
};
