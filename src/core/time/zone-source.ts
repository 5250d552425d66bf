/**
 * Where the exact clock finds the zone table (zone-table.ts): the command line
 * sets a reader for each run; tests and other callers leave it unset, and the
 * exact clock asks ICU. Kept apart from exact-clock.ts so that setting it
 * does not load the date library.
 */
let reader: (() => string | undefined) | undefined;
let generation = 0;

export function useZoneTable(read: (() => string | undefined) | undefined): void {
  reader = read;
  generation += 1;
}

/** The current reader, and a number that changes whenever it is replaced. */
export function zoneTableSource(): { read: (() => string | undefined) | undefined; generation: number } {
  return { read: reader, generation };
}
