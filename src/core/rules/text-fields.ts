/** Walks the free-text strings of a spec (ids, enums, emails and links are skipped). */
import { encodePointer } from '../spec/pointer.js';
import { walkSpec } from './helpers.js';

const SKIP_KEYS = new Set(['id', 'email', 'phone', 'handle', 'handles', 'affiliate_url', 'utm', 'references', 'promo_code', 'apiVersion', 'kind']);
const TOKEN = /^[A-Za-z0-9_.:+#@-]+$/;

export interface TextField {
  readonly pointer: string;
  readonly segments: (string | number)[];
  readonly text: string;
}

/** The pointer is built on first use: only fields with findings need one. */
class WalkedText implements TextField {
  #pointer: string | undefined;
  constructor(
    readonly segments: (string | number)[],
    readonly text: string,
  ) {}
  get pointer(): string {
    return (this.#pointer ??= encodePointer(this.segments));
  }
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
      if (typeof value === 'string' && !TOKEN.test(value)) out.push(new WalkedText(path.slice(), value));
    },
    SKIP_KEYS,
  );
  cache.set(spec, out);
  return out;
}
