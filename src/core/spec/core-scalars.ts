/**
 * What a plain scalar means under js-yaml's CORE schema (null, booleans,
 * integers, floats, else a string), written out so the block reader can type
 * scalars without loading js-yaml at start-up. The same rules as js-yaml 4's
 * types/null, bool, int and float, in that order; test/block-yaml.test.ts
 * compares the block reader with js-yaml on every YAML file in the repository
 * and on generated and mutated documents, so a difference shows there.
 */

const isDec = (c: number) => c >= 48 && c <= 57;
const isOct = (c: number) => c >= 48 && c <= 55;
const isHex = (c: number) => isDec(c) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);

function parseInteger(data: string): number {
  let value = data;
  let sign = 1;
  if (value[0] === '-' || value[0] === '+') {
    if (value[0] === '-') sign = -1;
    value = value.slice(1);
  }
  if (value === '0') return 0;
  if (value[0] === '0') {
    if (value[1] === 'b') return sign * Number.parseInt(value.slice(2), 2);
    if (value[1] === 'x') return sign * Number.parseInt(value.slice(2), 16);
    if (value[1] === 'o') return sign * Number.parseInt(value.slice(2), 8);
  }
  return sign * Number.parseInt(value, 10);
}

function isInteger(data: string): boolean {
  const max = data.length;
  if (max === 0) return false;
  let index = 0;
  if (data[0] === '-' || data[0] === '+') index += 1;
  if (data[index] === '0') {
    if (index + 1 === max) return true;
    const radix = data[index + 1];
    const digit = radix === 'b' ? (c: number) => c === 48 || c === 49 : radix === 'x' ? isHex : radix === 'o' ? isOct : undefined;
    if (digit) {
      if (index + 2 === max) return false;
      for (let i = index + 2; i < max; i += 1) if (!digit(data.charCodeAt(i))) return false;
      return Number.isFinite(parseInteger(data));
    }
  }
  if (index === max) return false;
  for (let i = index; i < max; i += 1) if (!isDec(data.charCodeAt(i))) return false;
  return Number.isFinite(parseInteger(data));
}

const FLOAT = /^(?:[-+]?(?:[0-9]+)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
const FLOAT_SPECIAL = /^(?:[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;

function isFloat(data: string): boolean {
  if (!FLOAT.test(data)) return false;
  return Number.isFinite(Number.parseFloat(data)) || FLOAT_SPECIAL.test(data);
}

function constructFloat(data: string): number {
  let value = data.toLowerCase();
  const sign = value[0] === '-' ? -1 : 1;
  if (value[0] === '+' || value[0] === '-') value = value.slice(1);
  if (value === '.inf') return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
  if (value === '.nan') return Number.NaN;
  return sign * Number.parseFloat(value);
}

/** The value of a plain scalar, as js-yaml's CORE schema resolves it. */
export function coreScalar(text: string): unknown {
  // An empty plain scalar is not null here: js-yaml's resolver says so too (an empty value is null by the composer, not the type).
  if (text === '~' || text === 'null' || text === 'Null' || text === 'NULL') return null;
  if (text === 'true' || text === 'True' || text === 'TRUE') return true;
  if (text === 'false' || text === 'False' || text === 'FALSE') return false;
  if (isInteger(text)) return parseInteger(text);
  if (isFloat(text)) return constructFloat(text);
  return text;
}
