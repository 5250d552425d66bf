/**
 * The program bundle's entry (dist/alignkit.cjs): what the launcher
 * (src/bin/alignkit.ts) and the code-cache build step call.
 */
export { main } from '../cli/program.js';
export { processIo } from '../cli/io.js';

/** The build step scripts/make-zone-table.mjs: this runtime's time zone data as a table (see core/time/zone-table.ts). */
export async function zoneTableForThisRuntime(): Promise<string | undefined> {
  const tzVersion = process.versions.tz;
  if (tzVersion === undefined) return undefined;
  const [{ IANAZone }, { TIME_ZONES }, { buildZoneTable }] = await Promise.all([import('luxon'), import('../core/spec/time-zones.js'), import('../core/time/zone-table.js')]);
  return buildZoneTable(TIME_ZONES, (zone) => { const z = IANAZone.create(zone); return (ms) => z.offset(ms); }, tzVersion);
}
