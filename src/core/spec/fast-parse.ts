/**
 * The fast path: block-yaml.ts (for the plain style alignkit writes) or
 * js-yaml read a typical spec ten to twenty times faster than `yaml`, but keep
 * no positions. It only decides "clean or not"; anything it doubts goes to the
 * exact path in yaml-document.ts.
 */
import type { Schema } from 'js-yaml';
import { readBlockYaml } from './block-yaml.js';
import { yaml12CoreSchema } from './yaml12-schema.js';

let schema: Schema | undefined;

// Anchors and aliases go to the exact path, which caps alias expansion.
const ANCHOR_OR_ALIAS = /(?:^|[\s[\]{},])[&*][^\s[\]{},]/m;

export type FastParse = { ok: true; data: unknown } | { ok: false };

const MAX_IMPLICIT_KEY = 1024;

function hasLineLongerThan(text: string, length: number): boolean {
  if (text.length <= length) return false;
  let start = 0;
  for (let end = text.indexOf('\n'); ; end = text.indexOf('\n', start)) {
    if ((end < 0 ? text.length : end) - start > length) return true;
    if (end < 0) return false;
    start = end + 1;
  }
}

/** The block reader alone: specs written the way alignkit writes them, answered as js-yaml would, or not at all. */
export function fastParseBlock(text: string): FastParse {
  const data = readBlockYaml(text);
  return data === undefined ? { ok: false } : { ok: true, data };
}

export async function fastParse(text: string): Promise<FastParse> {
  const block = fastParseBlock(text);
  if (block.ok) return block;
  // indexOf first: most specs have neither character, and the regular expression costs more than the scan.
  if ((text.includes('&') || text.includes('*')) && ANCHOR_OR_ALIAS.test(text)) return { ok: false };
  // YAML allows an implicit key of at most 1024 characters, and `yaml` says so; js-yaml reads a longer one.
  if (hasLineLongerThan(text, MAX_IMPLICIT_KEY)) return { ok: false };
  // Loaded here, not at start-up: the block reader answers for nearly every spec, and js-yaml's set-up costs a clean lint about 2 ms.
  const jsYaml = await import('js-yaml');
  schema ??= yaml12CoreSchema(jsYaml);
  try {
    return { ok: true, data: jsYaml.load(text, { schema, json: false }) };
  } catch {
    return { ok: false };
  }
}
