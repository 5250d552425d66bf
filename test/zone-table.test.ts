/**
 * The zone table (src/core/time/zone-table.ts) against ICU through Luxon, and
 * the exact clock with and without it: the same offsets, instants and wall
 * times, so the table only changes speed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { IANAZone } from 'luxon';
import { afterEach, describe, expect, it } from 'vitest';
import { TIME_ZONES } from '../src/core/spec/time-zones.js';
import { exactClock } from '../src/core/time/exact-clock.js';
import { useZoneTable } from '../src/core/time/zone-source.js';
import { buildZoneTable, offsetIn, ZONE_TABLE_FROM, ZONE_TABLE_TO, zoneRowFrom } from '../src/core/time/zone-table.js';
import { ROOT } from './helpers/paths.js';

const SEED = Number(process.env.FUZZ_SEED ?? 72027);
const TZ = process.versions.tz!;
const ZONES = [...TIME_ZONES].sort();
const icuOffset = (zone: string) => {
  const z = IANAZone.create(zone);
  return (ms: number) => z.offset(ms);
};
const TABLE = buildZoneTable(ZONES, icuOffset, TZ);

afterEach(() => useZoneTable(undefined));

describe('the zone table', () => {
  it('has every zone a spec may name, for this Node\'s tz database', () => {
    expect(TABLE.startsWith(`# alignkit zone table ${TZ} `)).toBe(true);
    for (const zone of ZONES) expect(zoneRowFrom(TABLE, zone, TZ), zone).toBeDefined();
  });

  it('gives ICU\'s offset on both sides of every change it lists', () => {
    for (const zone of ZONES) {
      const row = zoneRowFrom(TABLE, zone, TZ)!;
      const icu = icuOffset(zone);
      for (const start of row.starts.slice(1)) {
        expect(offsetIn(row, start - 60_000), `${zone} before ${new Date(start).toISOString()}`).toBe(icu(start - 60_000));
        expect(offsetIn(row, start), `${zone} at ${new Date(start).toISOString()}`).toBe(icu(start));
      }
    }
  });

  it('gives ICU\'s offset at any instant in its range (fast-check)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), fc.integer({ min: ZONE_TABLE_FROM, max: ZONE_TABLE_TO - 1 }), (zone, instant) => {
        expect(offsetIn(zoneRowFrom(TABLE, zone, TZ)!, instant)).toBe(icuOffset(zone)(instant));
      }),
      { seed: SEED, numRuns: 20_000 },
    );
  });

  it('is not used for another tz database version, an unknown zone or a damaged file', () => {
    expect(zoneRowFrom(TABLE, 'Europe/Berlin', '1999z')).toBeUndefined();
    expect(zoneRowFrom(TABLE, 'Europe/Berlin', undefined)).toBeUndefined();
    expect(zoneRowFrom(TABLE, 'Mars/Olympus_Mons', TZ)).toBeUndefined();
    const header = TABLE.slice(0, TABLE.indexOf('\n') + 1);
    expect(zoneRowFrom(`${header}Europe/Berlin 60 x 120\n`, 'Europe/Berlin', TZ)).toBeUndefined();
    expect(zoneRowFrom(`${header}Europe/Berlin 60 28000000 120 27000000 60\n`, 'Europe/Berlin', TZ)).toBeUndefined();
    expect(zoneRowFrom(`${header}Europe/Berlin 60 28000000\n`, 'Europe/Berlin', TZ)).toBeUndefined();
    expect(zoneRowFrom('garbage', 'Europe/Berlin', TZ)).toBeUndefined();
  });

  it('is what the build wrote into dist/ for this Node', () => {
    expect(readFileSync(join(ROOT, 'dist', 'zone-table.txt'), 'utf8')).toBe(TABLE);
  });
});

describe('the exact clock with the zone table', () => {
  // Zones with DST gaps and overlaps, half-hour and 45-minute offsets, abolished and moved DST.
  const zones = ['America/New_York', 'Europe/Berlin', 'Australia/Lord_Howe', 'Pacific/Chatham', 'Asia/Kathmandu', 'America/Sao_Paulo', 'Africa/Casablanca', 'Europe/Dublin', 'America/Nuuk', 'Pacific/Apia'];
  const wall = fc.integer({ min: Date.UTC(2016, 0, 1), max: Date.UTC(2045, 0, 1) }).map((ms) => ms - (ms % 60_000));

  it('turns wall times into the same instants, and instants into the same wall times (fast-check)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...zones), wall, (zone, at) => {
        useZoneTable(undefined);
        const icu = { instant: exactClock.instant(at, zone).lo, wall: exactClock.wallAt(at, zone).lo };
        useZoneTable(() => TABLE);
        expect({ instant: exactClock.instant(at, zone).lo, wall: exactClock.wallAt(at, zone).lo }).toEqual(icu);
      }),
      { seed: SEED, numRuns: 4000 },
    );
  });

  it('resolves a time in a spring-forward gap to the later side, as before', () => {
    useZoneTable(() => TABLE);
    // 2027-03-14 02:30 does not exist in New York: the clocks jump from 02:00 to 03:00.
    expect(new Date(exactClock.instant(Date.UTC(2027, 2, 14, 2, 30), 'America/New_York').lo).toISOString()).toBe('2027-03-14T07:30:00.000Z');
  });
});
