// Writes dist/zone-table.txt: this Node's time zone offsets 2015-2045 for every
// zone a spec may name, tagged with its tz database version. The exact clock
// reads offsets from it instead of starting ICU (about 10 ms a run), and only
// while the running Node has the same tz version (see src/core/time/zone-table.ts).
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const DIST = new URL('../dist', import.meta.url).pathname;
const require = createRequire(import.meta.url);
const { createBundleLoader, loadProgram, ZONE_TABLE_FILE } = require(join(DIST, 'bin', 'alignkit.js'));

const text = await loadProgram(createBundleLoader(DIST), DIST).zoneTableForThisRuntime();
if (text !== undefined) writeFileSync(join(DIST, ZONE_TABLE_FILE), text);
