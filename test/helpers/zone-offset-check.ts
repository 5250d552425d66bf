/**
 * Run under each Node (test/node-versions.test.ts spawns it with tsx): alignkit's zone arithmetic against
 * other readings of the same data. Offsets from local time with TZ set (the reader of Node before 26) and, where
 * the runtime has it, from Temporal, against Intl's (through Luxon), for every accepted zone at random instants;
 * with Temporal, also wall times to instants against Temporal's own "compatible" disambiguation, at random wall
 * times and at every offset change 2025-2030, where a time is skipped or shown twice. Prints a JSON summary; a
 * mismatch is listed, never thrown.
 */
import { TIME_ZONES } from '../../src/core/spec/time-zones.js';
import { offsetChanges } from '../../src/core/time/offset-changes.js';
import { instantOf, intlOffset, localTimeOffset, offsetMinutes, tabledOffset, zoneReader } from '../../src/core/time/zone-offset.js';

interface Temporal {
  PlainDateTime: new (...fields: number[]) => { toZonedDateTime(zone: string, options: { disambiguation: 'compatible' }): { epochMilliseconds: number } };
}
const temporal = (globalThis as { Temporal?: Temporal }).Temporal;

let seed = 20270115;
const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const MINUTE = 60_000;
const FROM = Date.UTC(2000, 0, 1);
const TO = Date.UTC(2100, 0, 1);
const mismatches: string[] = [];
let checked = 0;

function compatible(wall: number, zone: string): number {
  const d = new Date(wall);
  return new temporal!.PlainDateTime(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes()).toZonedDateTime(zone, { disambiguation: 'compatible' })
    .epochMilliseconds;
}

function checkWall(wall: number, zone: string): void {
  checked += 1;
  const ours = instantOf(wall, zone);
  const theirs = compatible(wall, zone);
  if (ours !== theirs) mismatches.push(`${zone} wall ${new Date(wall).toISOString()}: ${new Date(ours).toISOString()} vs Temporal ${new Date(theirs).toISOString()}`);
}

/** Offsets of `reader` (named `label`) against Intl's for one zone at `count` random instants; `each` also runs at every instant. */
function compareWithIntl(zone: string, label: string, reader: (instant: number, zone: string) => number, each?: (instant: number) => void, count = 150, from = FROM, to = TO): void {
  for (let i = 0; i < count; i += 1) {
    const instant = from + Math.floor((random() * (to - from)) / MINUTE) * MINUTE;
    checked += 1;
    const a = reader(instant, zone);
    const b = intlOffset(instant, zone);
    if (a !== b) mismatches.push(`${zone} at ${new Date(instant).toISOString()}: ${label} ${a} vs Intl ${b}`);
    each?.(instant);
  }
}

const hostZone = process.env.TZ;
// The reader a command starts with (after many switches of TZ a process hands over to Intl: zone-offset.ts).
const firstReader = zoneReader();
if (!temporal) {
  for (const zone of TIME_ZONES) {
    compareWithIntl(zone, 'local time', localTimeOffset);
    // The year tables (one switch of TZ reads a zone's year): 20 instants in the years campaigns use, each year's table read anew.
    compareWithIntl(zone, 'local-time table', tabledOffset, undefined, 20, Date.UTC(2020, 0, 1), Date.UTC(2040, 0, 1));
  }
  if (process.env.TZ !== hostZone) mismatches.push(`TZ left at ${process.env.TZ}`);
  console.log(JSON.stringify({ temporal: false, reader: firstReader, zones: TIME_ZONES.size, checked, mismatches: mismatches.slice(0, 10), mismatchCount: mismatches.length }));
  process.exit(0);
}

for (const zone of TIME_ZONES) {
  compareWithIntl(zone, 'Temporal', offsetMinutes, (instant) => checkWall(instant, zone));
  const row = offsetChanges((ms) => offsetMinutes(ms, zone), Date.UTC(2025, 0, 1), Date.UTC(2030, 0, 1));
  row.starts.slice(1).forEach((start, i) => {
    for (const offset of [row.offsets[i]!, row.offsets[i + 1]!]) {
      for (const minutes of [-90, -30, -1, 0, 1, 30, 59, 90]) checkWall(start + offset * MINUTE + minutes * MINUTE, zone);
    }
  });
}
console.log(JSON.stringify({ temporal: true, reader: firstReader, zones: TIME_ZONES.size, checked, mismatches: mismatches.slice(0, 10), mismatchCount: mismatches.length }));
