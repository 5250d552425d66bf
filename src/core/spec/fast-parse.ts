/**
 * The fast path: block-yaml.ts (for the plain style alignkit writes) or
 * js-yaml read a typical spec ten to twenty times faster than `yaml`, but keep
 * no positions. It only decides "clean or not"; anything it doubts goes to the
 * exact path in yaml-document.ts.
 */
import { CORE_SCHEMA, load } from 'js-yaml';
import { readBlockYaml } from './block-yaml.js';

// Anchors and aliases go to the exact path, which caps alias expansion.
const ANCHOR_OR_ALIAS = /(?:^|[\s[\]{},])[&*][^\s[\]{},]/m;

export function fastParse(text: string): { ok: true; data: unknown } | { ok: false } {
  // Specs written the way alignkit writes them take the faster reader. It answers as js-yaml would,
  // or not at all, and never for text with anchors or aliases.
  const data = readBlockYaml(text);
  if (data !== undefined) return { ok: true, data };
  // indexOf first: most specs have neither character, and the regular expression costs more than the scan.
  if ((text.includes('&') || text.includes('*')) && ANCHOR_OR_ALIAS.test(text)) return { ok: false };
  try {
    return { ok: true, data: load(text, { schema: CORE_SCHEMA, json: false }) };
  } catch {
    return { ok: false };
  }
}
