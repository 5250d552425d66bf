/**
 * The time zone database, asked one question: a zone's UTC offset at an instant. Wall times and instants are
 * converted from it here, the same way whichever runtime answers.
 *
 * Temporal (built into Node 26 and later) answers from the runtime's zone data without touching ICU's locale
 * data, which the first Intl formatter of a process loads (about 14 ms). Older Node asks Intl through Luxon.
 * Both read the same IANA data that Intl reads.
 */
import { luxon } from './luxon-loader.js';

/** The parts of Temporal used here; TypeScript's lib for Node 20 does not declare it. */
interface TemporalApi {
  Instant: { fromEpochMilliseconds(ms: number): { toZonedDateTimeISO(zone: string): { offsetNanoseconds: number } } };
}

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

/** Offset of `zone` at `instant` (epoch ms), in minutes east of UTC, from Temporal. */
export function temporalOffset(temporal: TemporalApi, instant: number, zone: string): number {
  return temporal.Instant.fromEpochMilliseconds(instant).toZonedDateTimeISO(zone).offsetNanoseconds / 60e9;
}

/** The same, from Intl through Luxon. */
export function intlOffset(instant: number, zone: string): number {
  return luxon().IANAZone.create(zone).offset(instant);
}

const temporal = (globalThis as { Temporal?: TemporalApi }).Temporal;

export const offsetMinutes: (instant: number, zone: string) => number = temporal ? (instant, zone) => temporalOffset(temporal, instant, zone) : intlOffset;

/** An offset in whole milliseconds: local mean time before 1900 has offsets in seconds (-4:56:02), a fraction of a minute. */
const offsetMs = (minutes: number) => Math.round(minutes * MINUTE_MS);

/** The wall time (epoch ms whose UTC fields are the clock on the wall) in `zone` at `instant`. */
export function wallOf(instant: number, zone: string): number {
  return instant + offsetMs(offsetMinutes(instant, zone));
}

/**
 * The instant a wall time in `zone` means, read as Temporal's "compatible" disambiguation and RFC 5545 read
 * it: a time the clocks skip (spring forward) moves forward by the gap, 02:30 becoming 03:30; a time they
 * show twice (fall back) is the first of the two. The offsets a day either side are the candidates, as in
 * Temporal's own algorithm, so the answer never depends on the date alignkit runs on.
 */
export function instantOf(wall: number, zone: string): number {
  const before = offsetMinutes(wall - DAY_MS, zone);
  const after = offsetMinutes(wall + DAY_MS, zone);
  let found: number | undefined;
  for (const offset of before === after ? [before] : [before, after]) {
    const instant = wall - offsetMs(offset);
    if (wallOf(instant, zone) === wall && (found === undefined || instant < found)) found = instant;
  }
  return found ?? wall - offsetMs(before);
}

/**
 * Whether `zone` keeps summer time at `instant`, as Luxon's isInDST says it: an offset above the one at the
 * same wall time on 1 January or in May. The calendar labels each VTIMEZONE rule DAYLIGHT or STANDARD by it.
 */
export function inDaylightTime(instant: number, zone: string): boolean {
  const offset = offsetMinutes(instant, zone);
  const wall = new Date(wallOf(instant, zone));
  const sameTimeOn = (month: number, day: number) =>
    offsetMinutes(instantOf(Date.UTC(wall.getUTCFullYear(), month, day, wall.getUTCHours(), wall.getUTCMinutes(), wall.getUTCSeconds(), wall.getUTCMilliseconds()), zone), zone);
  return offset > sameTimeOn(0, 1) || offset > sameTimeOn(4, wall.getUTCDate());
}
