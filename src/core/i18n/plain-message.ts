/** A message with nothing for ICU to do but fill `{name}` placeholders: no plural, select, number format or quoting. */
const PLAIN = /^(?:[^{}']|'(?![{}'#|])|\{\w+\})*$/;

export function isPlainMessage(source: string): boolean {
  return PLAIN.test(source);
}
