/**
 * One walk of a spec for the rules that read all of it: the free-text strings
 * (ids, enums, emails and links are skipped) and every amount of money.
 *
 * The walk runs on every lint and almost never leads to a finding, so it keeps
 * no paths: the first time a rule asks for one, a second walk works them out.
 * No path is copied for the hundreds of values that are fine.
 */
import { encodePointer } from '../spec/pointer.js';

const SKIP_KEYS = new Set(['id', 'email', 'phone', 'handle', 'handles', 'affiliate_url', 'utm', 'references', 'promo_code', 'apiVersion', 'kind']);
const TOKEN = /^[A-Za-z0-9_.:+#@-]+$/;

type Segment = string | number;

export interface TextField {
  readonly pointer: string;
  readonly segments: Segment[];
  /** The top-level section the text is in (segments[0]). */
  readonly section: string;
  readonly text: string;
}

/** An `{ amount, currency }` anywhere in the spec. */
export interface MoneyField {
  readonly segments: Segment[];
  readonly amount: number;
  readonly currency: string;
}

/**
 * Walks a spec, calling `onText` for each free text and `onMoney` for each
 * amount, always in the same order. With `path`, keeps it up to date.
 */
function traverse(spec: object, onText: (text: string, section: string) => void, onMoney: (money: { amount: number; currency: string }) => void, path?: Segment[]): void {
  let section = '';
  const visit = (value: unknown, textsHere: boolean): void => {
    if (typeof value === 'string') {
      if (textsHere && !TOKEN.test(value)) onText(value, section);
      return;
    }
    if (value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i += 1) {
        path?.push(i);
        visit(value[i], textsHere);
        path?.pop();
      }
      return;
    }
    const record = value as Record<string, unknown>;
    if (typeof record.amount === 'number' && typeof record.currency === 'string') onMoney(record as { amount: number; currency: string });
    // for-in rather than Object.keys: no array per object, and V8 reads the values through its enum cache.
    // Specs are plain data (parsed YAML), so there are no inherited enumerable keys to skip.
    for (const key in record) {
      path?.push(key);
      visit(record[key], textsHere && !SKIP_KEYS.has(key));
      path?.pop();
    }
  };
  const root = spec as Record<string, unknown>;
  for (const key in root) {
    section = key;
    path?.push(key);
    visit(root[key], !SKIP_KEYS.has(key));
    path?.pop();
  }
}

/**
 * Every text's and amount's path, in walk order: worked out once per spec, the
 * first time a rule needs one (for a finding). A second walk rather than a
 * search by identity, because one YAML anchor can put the same object at two places.
 */
const pathCache = new WeakMap<object, { texts: Segment[][]; money: Segment[][] }>();

function pathsOf(spec: object): { texts: Segment[][]; money: Segment[][] } {
  let found = pathCache.get(spec);
  if (!found) {
    const paths = { texts: [] as Segment[][], money: [] as Segment[][] };
    const path: Segment[] = [];
    traverse(
      spec,
      () => paths.texts.push(path.slice()),
      () => paths.money.push(path.slice()),
      path,
    );
    pathCache.set(spec, (found = paths));
  }
  return found;
}

class WalkedText implements TextField {
  #pointer: string | undefined;
  constructor(
    private readonly spec: object,
    private readonly ordinal: number,
    readonly section: string,
    readonly text: string,
  ) {}
  get segments(): Segment[] {
    return pathsOf(this.spec).texts[this.ordinal]!;
  }
  get pointer(): string {
    return (this.#pointer ??= encodePointer(this.segments));
  }
}

class WalkedMoney implements MoneyField {
  constructor(
    private readonly spec: object,
    private readonly ordinal: number,
    readonly amount: number,
    readonly currency: string,
  ) {}
  get segments(): Segment[] {
    return pathsOf(this.spec).money[this.ordinal]!;
  }
}

interface Walked {
  texts: TextField[];
  money: MoneyField[];
}

const cache = new WeakMap<object, Walked>();

function walked(spec: object): Walked {
  let found = cache.get(spec);
  if (!found) {
    const walk: Walked = { texts: [], money: [] };
    traverse(
      spec,
      (text, section) => walk.texts.push(new WalkedText(spec, walk.texts.length, section, text)),
      (money) => walk.money.push(new WalkedMoney(spec, walk.money.length, money.amount, money.currency)),
    );
    cache.set(spec, (found = walk));
  }
  return found;
}

export function textFields(spec: object): TextField[] {
  return walked(spec).texts;
}

export function moneyFields(spec: object): MoneyField[] {
  return walked(spec).money;
}
