/**
 * chalk, for a report in colour. The build replaces this module with one that loads chalk's chunk on the first
 * call (scripts/bundle.mjs, lazyChalk), so a run without colour (CI, a pipe, NO_COLOR) never reads it.
 */
import * as chalkModule from 'chalk';

export const chalk = (): typeof chalkModule => chalkModule;
