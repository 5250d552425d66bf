/**
 * Luxon, for the Node versions without Temporal. The build replaces this module with one that loads the
 * Luxon chunk on the first call (scripts/bundle.mjs, lazyLuxon), so a run on Node 26 or later never reads it.
 */
import * as luxonModule from 'luxon';

export const luxon = (): typeof luxonModule => luxonModule;
