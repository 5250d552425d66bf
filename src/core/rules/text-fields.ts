/** Walks the free-text strings of a spec (ids, enums, emails and links are skipped). */
import { encodePointer } from '../spec/pointer.js';

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
  const walk = (node: unknown, segments: (string | number)[]): void => {
    if (typeof node === 'string') {
      // Single tokens are ids, enum values, codes and dates, not prose.
      if (!TOKEN.test(node)) out.push({ pointer: encodePointer(segments), segments, text: node });
      return;
    }
    if (Array.isArray(node)) {
      node.forEach((item, i) => walk(item, [...segments, i]));
      return;
    }
    if (node !== null && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) if (!SKIP_KEYS.has(key)) walk(value, [...segments, key]);
    }
  };
  walk(spec, []);
  cache.set(spec, out);
  return out;
}
