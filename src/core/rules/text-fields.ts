/**
 * One walk of a spec for the rules that read all of it: the free-text strings
 * (ids, enums, emails and links are skipped) and every amount of money.
 */
import { encodePointer } from '../spec/pointer.js';

const SKIP_KEYS = new Set(['id', 'email', 'phone', 'handle', 'handles', 'affiliate_url', 'utm', 'references', 'promo_code', 'apiVersion', 'kind']);
const TOKEN = /^[A-Za-z0-9_.:+#@-]+$/;

export interface TextField {
  readonly pointer: string;
  readonly segments: (string | number)[];
  /** The top-level section the text is in (segments[0]). */
  readonly section: string;
  readonly text: string;
}

/** The pointer is built on first use: only fields with findings need one. */
class WalkedText implements TextField {
  #pointer: string | undefined;
  readonly section: string;
  constructor(
    readonly segments: (string | number)[],
    readonly text: string,
  ) {
    this.section = String(segments[0]);
  }
  get pointer(): string {
    return (this.#pointer ??= encodePointer(this.segments));
  }
}

/** An `{ amount, currency }` anywhere in the spec. */
export interface MoneyField {
  readonly segments: (string | number)[];
  readonly amount: number;
  readonly currency: string;
}

interface Walked {
  texts: TextField[];
  money: MoneyField[];
}

// Four rules read these; walk each spec once, without a callback per node (this runs on every lint).
const cache = new WeakMap<object, Walked>();

function walk(spec: object): Walked {
  const walked: Walked = { texts: [], money: [] };
  const path: (string | number)[] = [];
  const visit = (value: unknown, textsHere: boolean): void => {
    if (typeof value === 'string') {
      // Single tokens are ids, enum values, codes and dates, not prose.
      if (textsHere && !TOKEN.test(value)) walked.texts.push(new WalkedText(path.slice(), value));
      return;
    }
    if (value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i += 1) {
        path.push(i);
        visit(value[i], textsHere);
        path.pop();
      }
      return;
    }
    const record = value as Record<string, unknown>;
    if (typeof record.amount === 'number' && typeof record.currency === 'string') walked.money.push({ segments: path.slice(), amount: record.amount, currency: record.currency });
    // for-in rather than Object.keys: no array per object, and V8 reads the values through its enum cache.
    // Specs are plain data (parsed YAML), so there are no inherited enumerable keys to skip.
    for (const key in record) {
      path.push(key);
      visit(record[key], textsHere && !SKIP_KEYS.has(key));
      path.pop();
    }
  };
  visit(spec, true);
  return walked;
}

function walked(spec: object): Walked {
  let found = cache.get(spec);
  if (!found) cache.set(spec, (found = walk(spec)));
  return found;
}

export function textFields(spec: object): TextField[] {
  return walked(spec).texts;
}

export function moneyFields(spec: object): MoneyField[] {
  return walked(spec).money;
}
