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

/**
 * Answers already worked out, by zone and time: a schedule asks for the same few times over and over (every
 * deliverable drafted on one day passes the same stages), and Luxon asks Intl for each. Bounded, so a run over
 * thousands of specs does not keep every answer.
 */
const known = new Map<string, number>();
const KNOWN_AT_MOST = 20_000;

function remembered(kind: 'i' | 'w', zone: string, at: number, work: (at: number, zone: string) => number): number {
  const key = `${kind}${at} ${zone}`;
  let answer = known.get(key);
  if (answer === undefined) {
    if (known.size >= KNOWN_AT_MOST) known.clear();
    answer = work(at, zone);
    known.set(key, answer);
  }
  return answer;
}

export const exactClock: Clock = {
  exact: true,
  instant(wall, zone) {
    const at = remembered('i', zone, wall, toInstant);
    return { lo: at, hi: at };
  },
  wallAt(instant, zone) {
    const wall = remembered('w', zone, instant, toWall);
    return { lo: wall, hi: wall };
  },
  format(instant, zone) {
    return `${formatWall(toWall(instant, zone))} ${zone}`;
  },
};
