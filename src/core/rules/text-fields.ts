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
  // One path stack, copied only for the strings that are kept: specs have thousands of nodes.
  const path: (string | number)[] = [];
  const walk = (node: unknown): void => {
    if (typeof node === 'string') {
      // Single tokens are ids, enum values, codes and dates, not prose.
      if (!TOKEN.test(node)) out.push({ pointer: encodePointer(path), segments: [...path], text: node });
      return;
    }
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i += 1) {
        path.push(i);
        walk(node[i]);
        path.pop();
      }
      return;
    }
    if (node !== null && typeof node === 'object') {
      for (const key of Object.keys(node)) {
        if (SKIP_KEYS.has(key)) continue;
        path.push(key);
        walk((node as Record<string, unknown>)[key]);
        path.pop();
      }
    }
  };
  walk(spec);
  cache.set(spec, out);
  return out;
}
