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

export const isPlaceholderField = (path: readonly (string | number)[]): boolean => {
  const joined = path.join('/');
  return PLACEHOLDER_FIELDS.some((field) => field.test(joined));
};

/** The preset a value is a stand-in from (`product-launch`), when it is one in this field. */
export function placeholderPreset(path: readonly (string | number)[], value: unknown): string | undefined {
  if (typeof value !== 'string' || !isPlaceholderField(path)) return undefined;
  return PRESET_PLACEHOLDERS.get(value.trim().toLowerCase())?.split(':')[0];
}
