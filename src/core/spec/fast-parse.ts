/**
 * The fast path: js-yaml parses a typical spec about ten times faster than
 * `yaml`, but keeps no positions. It only decides "clean or not"; anything it
 * doubts goes to the exact path in yaml-document.ts.
 */
import { CORE_SCHEMA, load } from 'js-yaml';

// Anchors and aliases go to the exact path, which caps alias expansion.
const ANCHOR_OR_ALIAS = /(?:^|[\s[\]{},])[&*][^\s[\]{},]/m;

export function fastParse(text: string): { ok: true; data: unknown } | { ok: false } {
  // indexOf first: most specs have neither character, and the regular expression costs more than the scan.
  if ((text.includes('&') || text.includes('*')) && ANCHOR_OR_ALIAS.test(text)) return { ok: false };
  try {
    return { ok: true, data: load(text, { schema: CORE_SCHEMA, json: false }) };
  } catch {
    return { ok: false };
  }
}
