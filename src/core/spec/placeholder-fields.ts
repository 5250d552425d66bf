/**
 * The fields where a kickoff preset holds a stand-in for something only the
 * team can supply (a name, a contact, a claim, a code). `npm run generate`
 * collects the presets' values in these fields, and rule no-placeholders looks
 * for them in the same fields: "Brand Manager" is a stand-in as a name, and a
 * job title like any other as a title.
 */
import { PRESET_PLACEHOLDERS } from '../../generated/placeholders.js';

/** Any index of a list. */
const EACH_ITEM = 0;
/** Any key of a map that is a plain name ([a-z_]+): a contact's `email`, a handle's platform. */
const EACH_KEY = 1;

/** One step of a field's path: a key, one of several keys, or every item or key. */
type Step = string | readonly string[] | typeof EACH_ITEM | typeof EACH_KEY;

/** Read by the rule one path at a time, so it visits these few dozen values instead of the whole spec. */
const PLACEHOLDER_FIELDS: readonly (readonly Step[])[] = [
  ['campaign', 'product'],
  ['parties', EACH_ITEM, ['name', 'organisation']],
  ['parties', EACH_ITEM, 'contact', EACH_KEY],
  ['parties', EACH_ITEM, 'handles', EACH_KEY],
  ['messaging', 'key_messages', EACH_ITEM],
  ['messaging', 'claims', EACH_ITEM, ['text', 'substantiation']],
  ['messaging', 'mandatory', EACH_ITEM, 'value'],
  ['exclusivity', EACH_ITEM, ['categories', 'competitors'], EACH_ITEM],
  ['deliverables', EACH_ITEM, 'tracking', EACH_KEY],
];

const PLAIN_KEY = /^[a-z_]+$/;
const INDEX = /^\d+$/;

function stepMatches(step: Step, segment: string | number): boolean {
  if (step === EACH_ITEM) return typeof segment === 'number' || INDEX.test(segment);
  if (step === EACH_KEY) return typeof segment === 'string' && PLAIN_KEY.test(segment);
  return typeof step === 'string' ? segment === step : step.includes(String(segment));
}

export const isPlaceholderField = (path: readonly (string | number)[]): boolean =>
  PLACEHOLDER_FIELDS.some((field) => field.length === path.length && field.every((step, i) => stepMatches(step, path[i]!)));

/**
 * Calls `visit` with each value in a placeholder field of `data` and its path,
 * in the order of PLACEHOLDER_FIELDS. The path is reused between calls: copy
 * it to keep it.
 */
export function forEachPlaceholderField(data: unknown, visit: (path: readonly (string | number)[], value: unknown) => void): void {
  const path: (string | number)[] = [];
  const follow = (field: readonly Step[], at: number, node: unknown): void => {
    if (at === field.length) return visit(path, node);
    if (node === null || typeof node !== 'object') return;
    const step = field[at]!;
    if (step === EACH_ITEM) {
      if (!Array.isArray(node)) return;
      for (let i = 0; i < node.length; i += 1) {
        path.push(i);
        follow(field, at + 1, node[i]);
        path.pop();
      }
      return;
    }
    if (Array.isArray(node)) return;
    const record = node as Record<string, unknown>;
    const keys = step === EACH_KEY ? Object.keys(record) : typeof step === 'string' ? [step] : step;
    for (const key of keys) {
      if (step === EACH_KEY ? !PLAIN_KEY.test(key) : !Object.hasOwn(record, key)) continue;
      path.push(key);
      follow(field, at + 1, record[key]);
      path.pop();
    }
  };
  for (const field of PLACEHOLDER_FIELDS) follow(field, 0, data);
}

const LONGEST = Math.max(...[...PRESET_PLACEHOLDERS.keys()].map((value) => value.length));

/** The preset a value is a stand-in from (`product-launch`), when it is one in this field. */
export function placeholderPreset(path: readonly (string | number)[], value: unknown): string | undefined {
  // The value first: a map lookup rules out nearly every string before the field is looked at.
  if (typeof value !== 'string' || (value.length > LONGEST && value.trim().length > LONGEST)) return undefined;
  const origin = PRESET_PLACEHOLDERS.get(value.trim().toLowerCase());
  return origin !== undefined && isPlaceholderField(path) ? origin.split(':')[0] : undefined;
}
