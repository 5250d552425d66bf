/**
 * The runtime's time zone data as a plain table: for each zone, its UTC offset
 * at the start of the range and every change after it, to the minute.
 *
 * Why: the first time-zone-aware Intl.DateTimeFormat in a process costs about
 * 10 ms while ICU loads its data, and render, calendar and exact schedule
 * messages all need one. The build (scripts/make-zone-table.mjs) writes this
 * table from the same Node's ICU, with its tz database version; the exact
 * clock reads offsets from it when the versions match, and asks ICU otherwise
 * or outside the range. Luxon still does all the arithmetic.
 *
 * Format, one zone a line: `<zone> <offset> [<minute> <offset>]...`, minutes
 * since 1970 UTC; the first line is `# alignkit zone table <tz version> <from> <to>`.
 */

/** The instants the table covers: campaigns are planned well inside it. */
export const ZONE_TABLE_FROM = Date.UTC(2015, 0, 1);
export const ZONE_TABLE_TO = Date.UTC(2046, 0, 1);

const MINUTE_MS = 60_000;
/** Zones change offset at most a few times a year, never twice in a week: step a week, then bisect. */
const STEP_MS = 7 * 86_400_000;

/** Offsets (minutes east of UTC) of a zone and the instants (epoch ms) where each starts. */
export interface ZoneRow {
  /** starts[0] is the start of the range; offsets[i] holds from starts[i] until starts[i + 1]. */
  starts: number[];
  offsets: number[];
}

export function buildZoneRow(offsetAt: (ms: number) => number, from = ZONE_TABLE_FROM, to = ZONE_TABLE_TO): ZoneRow {
  const row: ZoneRow = { starts: [from], offsets: [offsetAt(from)] };
  let before = row.offsets[0]!;
  for (let t = from; t < to; t += STEP_MS) {
    const end = Math.min(t + STEP_MS, to);
    const after = offsetAt(end);
    if (after === before) continue;
    let lo = t;
    let hi = end;
    while (hi - lo > MINUTE_MS) {
      const mid = lo + Math.floor((hi - lo) / (2 * MINUTE_MS)) * MINUTE_MS;
      if (offsetAt(mid) === before) lo = mid;
      else hi = mid;
    }
    row.starts.push(hi);
    row.offsets.push(after);
    before = after;
  }
  return row;
}

/** The table for these zones, from a source of offsets (the runtime's ICU, through Luxon, at build time). */
export function buildZoneTable(zones: Iterable<string>, offsetsOf: (zone: string) => (ms: number) => number, tzVersion: string): string {
  const rows = new Map<string, ZoneRow>();
  for (const zone of zones) rows.set(zone, buildZoneRow(offsetsOf(zone)));
  return zoneTableText(rows, tzVersion);
}

export function zoneTableText(rows: ReadonlyMap<string, ZoneRow>, tzVersion: string): string {
  const lines = [`# alignkit zone table ${tzVersion} ${ZONE_TABLE_FROM / MINUTE_MS} ${ZONE_TABLE_TO / MINUTE_MS}`];
  for (const [zone, row] of [...rows].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const cells = [zone, String(row.offsets[0])];
    for (let i = 1; i < row.starts.length; i += 1) cells.push(String(row.starts[i]! / MINUTE_MS), String(row.offsets[i]));
    lines.push(cells.join(' '));
  }
  return `${lines.join('\n')}\n`;
}

/**
 * One zone's row from a table's text, or undefined: no such zone, a table for
 * another tz database version or range, or anything malformed.
 */
export function zoneRowFrom(text: string, zone: string, tzVersion: string | undefined): ZoneRow | undefined {
  const header = `# alignkit zone table ${tzVersion} ${ZONE_TABLE_FROM / MINUTE_MS} ${ZONE_TABLE_TO / MINUTE_MS}\n`;
  if (tzVersion === undefined || !text.startsWith(header)) return undefined;
  const at = text.indexOf(`\n${zone} `);
  if (at < 0) return undefined;
  const end = text.indexOf('\n', at + 1);
  const cells = text.slice(at + zone.length + 2, end < 0 ? undefined : end).split(' ').map(Number);
  if (cells.length % 2 !== 1 || cells.some((n) => !Number.isInteger(n))) return undefined;
  const row: ZoneRow = { starts: [ZONE_TABLE_FROM], offsets: [cells[0]!] };
  for (let i = 1; i < cells.length; i += 2) {
    const start = cells[i]! * MINUTE_MS;
    if (start <= row.starts[row.starts.length - 1]! || start >= ZONE_TABLE_TO) return undefined;
    row.starts.push(start);
    row.offsets.push(cells[i + 1]!);
  }
  return row;
}

/** The offset at an instant inside the table's range. */
export function offsetIn(row: ZoneRow, instant: number): number {
  let lo = 0;
  let hi = row.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (row.starts[mid]! <= instant) lo = mid;
    else hi = mid - 1;
  }
  return row.offsets[lo]!;
}
