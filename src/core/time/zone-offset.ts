/**
 * The time zone database, asked one question: a zone's UTC offset at an instant. Wall times and instants are
 * converted from it here, the same way whichever runtime answers.
 *
 * Three readers of the same IANA data, picked once per process:
 * - Temporal (built into Node 26 and later) answers from the runtime's zone data without touching ICU's
 *   locale data, which the first Intl formatter of a process loads (12-20 ms).
 * - On older Node, the Date object's local time with `process.env.TZ` pointed at the zone: Node resets V8's
 *   and ICU's time zone when TZ is assigned, and local time then reads the zone from the same ICU data Intl
 *   reads, without the locale data. A probe checks once that the runtime does this (two zones, three known
 *   offsets); TZ is set only for a reading and always put back, so local time outside it is the machine's.
 *   A switch costs about 0.05-0.08 ms with its way back, so a zone's offset changes in a year (1980-2199) are
 *   read with one switch into a table that answers every later question of that year; other instants take a
 *   switch each. After SWITCHES_BEFORE_INTL switches (a spec with hundreds of zone-years, or of times before
 *   1980) Intl's one-time cost is the smaller one, and Intl answers from then on.
 * - Else Intl through Luxon.
 */
import { luxon } from './luxon-loader.js';
import { type OffsetChanges, offsetChanges } from './offset-changes.js';

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

/**
 * The offset of local time at `instant`, in minutes and exact to the millisecond (local mean time before 1900
 * has offsets in seconds, which getTimezoneOffset rounds): the local calendar fields read back as UTC.
 */
function localOffset(instant: number): number {
  const local = new Date(instant);
  const wall = new Date(0);
  wall.setUTCFullYear(local.getFullYear(), local.getMonth(), local.getDate());
  wall.setUTCHours(local.getHours(), local.getMinutes(), local.getSeconds(), local.getMilliseconds());
  return (wall.getTime() - instant) / MINUTE_MS;
}

/** Switches of TZ after which Intl's one-time cost (ICU's locale data, 16-20 ms) is the smaller one. */
const SWITCHES_BEFORE_INTL = 250;
let switches = 0;

/** Runs `work` with TZ set to `zone` (unless it already is), then puts TZ back as it was. */
function withTz<T>(zone: string, work: () => T): T {
  const env = process.env;
  const before = env.TZ;
  if (before === zone) return work();
  switches += 1;
  env.TZ = zone;
  try {
    return work();
  } finally {
    if (before === undefined) delete env.TZ;
    else env.TZ = before;
  }
}

/** The offset of `zone` at `instant` from local time, with one switch of TZ. */
export function localTimeOffset(instant: number, zone: string): number {
  return withTz(zone, () => localOffset(instant));
}

/**
 * The years whose offset changes are read into a table: every offset since 1980 is in whole minutes and
 * changes at a whole minute, which is what offsetChanges finds; local mean time (offsets in seconds) is older.
 */
const TABLE_FROM = Date.UTC(1980, 0, 1);
const TABLE_TO = Date.UTC(2200, 0, 1);

/** A zone's offset changes within one UTC year, [from, to). */
interface YearTable extends OffsetChanges {
  from: number;
  to: number;
}
const yearTables = new Map<string, YearTable>();
let lastZone = '';
let lastTable: YearTable = { from: 0, to: 0, starts: [], offsets: [] };

/** The same offset as `localTimeOffset`, from the zone's table of the instant's year, read with one switch of TZ the first time. */
export function tabledOffset(instant: number, zone: string): number {
  let table = lastTable;
  if (zone !== lastZone || instant < table.from || instant >= table.to) {
    if (instant < TABLE_FROM || instant >= TABLE_TO) return localTimeOffset(instant, zone);
    const year = new Date(instant).getUTCFullYear();
    const key = `${year} ${zone}`;
    let found = yearTables.get(key);
    if (found === undefined) {
      const from = Date.UTC(year, 0, 1);
      const to = Date.UTC(year + 1, 0, 1);
      found = { from, to, ...withTz(zone, () => offsetChanges(localOffset, from, to)) };
      yearTables.set(key, found);
    }
    lastZone = zone;
    lastTable = table = found;
  }
  const { starts, offsets } = table;
  let i = starts.length - 1;
  while (starts[i]! > instant) i -= 1;
  return offsets[i]!;
}

/** Whether setting TZ changes what local time reads: New York in January and July, and Kolkata (+5:30). */
function localTimeFollowsTz(): boolean {
  try {
    return (
      withTz('America/New_York', () => localOffset(Date.UTC(2027, 0, 15, 12)) === -300 && localOffset(Date.UTC(2027, 6, 15, 12)) === -240) &&
      withTz('Asia/Kolkata', () => localOffset(Date.UTC(2027, 0, 15, 12)) === 330)
    );
  } catch {
    return false;
  }
}

type Reader = 'temporal' | 'local time' | 'intl';

const temporal = (globalThis as { Temporal?: TemporalApi }).Temporal;
let chosen: Reader | undefined;

/**
 * Which reader answers in this process; asked on the first question, so a run that asks none probes nothing.
 * All three read the same data and answer alike (test/time.test.ts, test/helpers/zone-offset-check.ts).
 */
export function zoneReader(): Reader {
  chosen ??= temporal ? 'temporal' : localTimeFollowsTz() ? 'local time' : 'intl';
  if (chosen === 'local time' && switches > SWITCHES_BEFORE_INTL) chosen = 'intl';
  return chosen;
}

/** Back to the first question's choice, for a process that runs many commands (the test suite) and checks the readers one by one. */
export function resetZoneReader(): void {
  chosen = undefined;
  switches = 0;
}

export function offsetMinutes(instant: number, zone: string): number {
  const reader = zoneReader();
  if (reader === 'temporal') return temporalOffset(temporal!, instant, zone);
  return reader === 'local time' ? tabledOffset(instant, zone) : intlOffset(instant, zone);
}

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
