/**
 * Luxon, for a runtime with neither Temporal nor a local time that follows TZ (zone-offset.ts). The build
 * replaces this module with one that loads the Luxon chunk on the first call (scripts/bundle.mjs, lazyLuxon),
 * so a run that reads zones another way never reads it.
 */
import * as luxonModule from 'luxon';

export const luxon = (): typeof luxonModule => luxonModule;
