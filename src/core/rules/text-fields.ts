/** Walks the free-text strings of a spec (ids, enums, emails and links are skipped). */
import { encodePointer } from '../spec/pointer.js';
import { walkSpec } from './helpers.js';

const SKIP_KEYS = new Set(['id', 'email', 'phone', 'handle', 'handles', 'affiliate_url', 'utm', 'references', 'promo_code', 'apiVersion', 'kind']);
const TOKEN = /^[A-Za-z0-9_.:+#@-]+$/;

export interface TextField {
  pointer: string;
  segments: (string | number)[];
  text: string;
}

// Three rules read the same texts; walk each spec once.
const cache = new WeakMap<object, TextField[]>();

export function textFields(spec: object): TextField[] {
  const cached = cache.get(spec);
  if (cached) return cached;
  const out: TextField[] = [];
  walkSpec(
    spec,
    (value, path) => {
      // Single tokens are ids, enum values, codes and dates, not prose.
      if (typeof value === 'string' && !TOKEN.test(value)) out.push({ pointer: encodePointer(path), segments: [...path], text: value });
    },
    SKIP_KEYS,
  );
  cache.set(spec, out);
  return out;
}
