/**
 * Plain scalars where YAML readers disagree if they disagree anywhere: the special words, and every string of
 * up to four characters from the characters numbers are written with (54,000 of them). Shared by the tests that
 * hold the block reader and the fast path's js-yaml schema to js-yaml and `yaml`.
 */
const ALPHABET = ['0', '1', '8', 'b', 'o', 'x', 'e', 'E', '.', '-', '+', '_', 'a', 'f', 'n'];
const WORDS = [
  'inf',
  '.inf',
  '-.Inf',
  '+.INF',
  '.nan',
  '.NaN',
  '.NAN',
  'NaN',
  'null',
  'Null',
  'NULL',
  'nULL',
  '~',
  'true',
  'True',
  'TRUE',
  'tRUE',
  'false',
  'False',
  'FALSE',
  'yes',
  'on',
  '1e400',
  '-1e400',
  '0x1F',
  '0o17',
  '0o18',
  '0b102',
  '0b11',
  '9007199254740993',
  '1_000',
];

export function numberLikeScalars(): string[] {
  const scalars = [...WORDS];
  let level = [''];
  for (let length = 1; length <= 4; length += 1) {
    level = level.flatMap((prefix) => ALPHABET.map((c) => prefix + c));
    scalars.push(...level);
  }
  return scalars;
}
