/**
 * The fields where a kickoff preset holds a stand-in for something only the
 * team can supply (a name, a contact, a claim, a code). `npm run generate`
 * collects the presets' values in these fields, and rule no-placeholders looks
 * for them in the same fields: "Brand Manager" is a stand-in as a name, and a
 * job title like any other as a title.
 */
import { PRESET_PLACEHOLDERS } from '../../generated/placeholders.js';

export const PLACEHOLDER_FIELDS: readonly RegExp[] = [
  /^campaign\/product$/,
  /^parties\/\d+\/(name|organisation)$/,
  /^parties\/\d+\/contact\/[a-z_]+$/,
  /^parties\/\d+\/handles\/[a-z_]+$/,
  /^messaging\/key_messages\/\d+$/,
  /^messaging\/claims\/\d+\/(text|substantiation)$/,
  /^messaging\/mandatory\/\d+\/value$/,
  /^exclusivity\/\d+\/(categories|competitors)\/\d+$/,
  /^deliverables\/\d+\/tracking\/[a-z_]+$/,
];

/** The top-level sections any of those fields is in: the rest of a spec holds no stand-in. */
export const PLACEHOLDER_SECTIONS: ReadonlySet<string> = new Set(PLACEHOLDER_FIELDS.map((field) => /^\^([a-z_]+)/.exec(field.source)![1]!));

const LONGEST = Math.max(...[...PRESET_PLACEHOLDERS.keys()].map((value) => value.length));

export const isPlaceholderField = (path: readonly (string | number)[]): boolean => {
  const joined = path.join('/');
  return PLACEHOLDER_FIELDS.some((field) => field.test(joined));
};

/** The preset a value is a stand-in from (`product-launch`), when it is one in this field. */
export function placeholderPreset(path: readonly (string | number)[], value: unknown): string | undefined {
  // The value first: a map lookup rules out nearly every string before the field patterns run.
  if (typeof value !== 'string' || (value.length > LONGEST && value.trim().length > LONGEST)) return undefined;
  const origin = PRESET_PLACEHOLDERS.get(value.trim().toLowerCase());
  return origin !== undefined && isPlaceholderField(path) ? origin.split(':')[0] : undefined;
}
