import { github } from './github.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';
import type { Reporter } from './types.js';

/** Reporters by --format name, in the order --help lists them. */
export const REPORTERS: Readonly<Record<string, Reporter>> = { stylish, json, sarif, junit, github };
export const FORMAT_NAMES = Object.keys(REPORTERS);
