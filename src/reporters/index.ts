import { json } from './json.js';
import { stylish } from './stylish.js';
import type { Reporter } from './types.js';

/** Reporters by --format name, in the order --help lists them. */
export const REPORTERS: Readonly<Record<string, Reporter>> = { stylish, json };
export const FORMAT_NAMES = Object.keys(REPORTERS);
