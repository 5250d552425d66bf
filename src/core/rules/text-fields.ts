/**
 * One walk of a spec for the rules that read all of it: the free-text strings
 * (ids, enums, emails and links are skipped) and every amount of money.
 *
 * The walk runs on every lint and almost never leads to a finding, so it keeps
 * no paths: the first time a rule asks for one, a second walk works them out.
 * No path is copied for the hundreds of values that are fine.
 */
import { encodePointer } from '../spec/pointer.js';
import { specMemo } from './spec-memo.js';

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

/** One spec's walk. Paths are worked out on first use (for a finding), by a second walk rather than a search by identity, because one YAML anchor can put the same object at two places. */
class Walk {
  readonly texts: TextField[] = [];
  readonly money: MoneyField[] = [];
  #paths: { texts: Segment[][]; money: Segment[][] } | undefined;

  constructor(readonly spec: object) {
    traverse(
      spec,
      (text, section) => this.texts.push(new WalkedText(this, this.texts.length, section, text)),
      (money) => this.money.push(new WalkedMoney(this, this.money.length, money.amount, money.currency)),
    );
  }

  get paths(): { texts: Segment[][]; money: Segment[][] } {
    if (!this.#paths) {
      const paths = { texts: [] as Segment[][], money: [] as Segment[][] };
      const path: Segment[] = [];
      traverse(
        this.spec,
        () => paths.texts.push(path.slice()),
        () => paths.money.push(path.slice()),
        path,
      );
      this.#paths = paths;
    }
    return this.#paths;
  }
}

class WalkedText implements TextField {
  #pointer: string | undefined;
  constructor(
    private readonly walk: Walk,
    private readonly ordinal: number,
    readonly section: string,
    readonly text: string,
  ) {}
  get segments(): Segment[] {
    return this.walk.paths.texts[this.ordinal]!;
  }
  get pointer(): string {
    return (this.#pointer ??= encodePointer(this.segments));
  }
}

class WalkedMoney implements MoneyField {
  constructor(
    private readonly walk: Walk,
    private readonly ordinal: number,
    readonly amount: number,
    readonly currency: string,
  ) {}
  get segments(): Segment[] {
    return this.walk.paths.money[this.ordinal]!;
  }
}

function walked(spec: object): Walk {
  return specMemo('text-fields', spec, () => new Walk(spec));
}

export function textFields(spec: object): TextField[] {
  return walked(spec).texts;
}

export function moneyFields(spec: object): MoneyField[] {
  return walked(spec).money;
}
