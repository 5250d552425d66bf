/**
 * The exact clock: Luxon with the runtime's IANA time zone data. Loaded only
 * when a schedule rule, a document or the calendar needs it.
 *
 * Offsets come from the zone table (zone-table.ts) when the command line gave
 * one for this Node's tz database (zone-source.ts), and from ICU otherwise or
 * outside the table's range: the same numbers, without ICU's start-up cost.
 */
import { DateTime, FixedOffsetZone, IANAZone, Settings, Zone, type ZoneOffsetFormat, type ZoneOffsetOptions } from 'luxon';
import type { Clock } from './clock.js';
import { formatWall } from './wall.js';
import { zoneTableSource } from './zone-source.js';
import { offsetIn, ZONE_TABLE_FROM, ZONE_TABLE_TO, zoneRowFrom, type ZoneRow } from './zone-table.js';

// Luxon would otherwise ask ICU for the system locale (and load its data) on the first DateTime.
// alignkit formats dates itself; the locale never shows.
Settings.defaultLocale = 'en-US';

/** An IANA zone whose offsets come from the zone table inside its range, and from ICU outside it. */
class TableZone extends Zone {
  #icu: IANAZone | undefined;

  constructor(
    private readonly zoneName: string,
    private readonly row: ZoneRow,
  ) {
    super();
  }

  private get icu(): IANAZone {
    return (this.#icu ??= IANAZone.create(this.zoneName));
  }

  override get type(): string {
    return 'iana';
  }

  override get name(): string {
    return this.zoneName;
  }

  override get isUniversal(): boolean {
    return false;
  }

  override offsetName(ts: number, options: ZoneOffsetOptions): string {
    return this.icu.offsetName(ts, options) ?? '';
  }

  override formatOffset(ts: number, format: ZoneOffsetFormat): string {
    return FixedOffsetZone.instance(this.offset(ts)).formatOffset(ts, format);
  }

  override offset(ts: number): number {
    return ts >= ZONE_TABLE_FROM && ts < ZONE_TABLE_TO ? offsetIn(this.row, ts) : this.icu.offset(ts);
  }

  override equals(other: Zone): boolean {
    return other.type === 'iana' && other.name === this.zoneName;
  }

  override get isValid(): true {
    return true;
  }
}

const zones = new Map<string, Zone | string>();
let zonesFor = -1;

/** The zone Luxon should use for an IANA name: the table's, or the name itself (ICU). */
export function zoneFor(name: string): Zone | string {
  const { read, generation } = zoneTableSource();
  if (generation !== zonesFor) {
    zones.clear();
    zonesFor = generation;
  }
  let zone = zones.get(name);
  if (zone === undefined) {
    const text = read?.();
    const row = text === undefined ? undefined : zoneRowFrom(text, name, process.versions.tz);
    zone = row ? new TableZone(name, row) : name;
    zones.set(name, zone);
  }
  return zone;
}

function toInstant(wall: number, zone: string): number {
  const w = new Date(wall);
  // Luxon resolves a wall time that falls in a spring-forward gap to the later side, like the platforms do.
  return DateTime.fromObject(
    { year: w.getUTCFullYear(), month: w.getUTCMonth() + 1, day: w.getUTCDate(), hour: w.getUTCHours(), minute: w.getUTCMinutes() },
    { zone: zoneFor(zone) },
  ).toMillis();
}

function toWall(instant: number, zone: string): number {
  const d = DateTime.fromMillis(instant, { zone: zoneFor(zone) });
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
