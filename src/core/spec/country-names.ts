/**
 * The countries a sentence names, as ISO codes: English names, and the codes teams write for them ("UK", "US",
 * "USA", "DE"). A two-letter code counts only in capitals, and not the ones that are also words or departments
 * in an English brief (IT, IN, AT, ES, NO, PT); "CA" is read as Canada, as in "US and CA".
 */
const NAMES: readonly [string, string][] = [
  ['united states of america|united states|u\\.s\\.a\\.|u\\.s\\.', 'US'],
  ['united kingdom|great britain|britain|england|scotland|wales|northern ireland', 'GB'],
  ['canada', 'CA'],
  ['mexico', 'MX'],
  ['brazil', 'BR'],
  ['germany', 'DE'],
  ['france', 'FR'],
  ['spain', 'ES'],
  ['italy', 'IT'],
  ['netherlands|holland', 'NL'],
  ['belgium', 'BE'],
  ['austria', 'AT'],
  ['switzerland', 'CH'],
  ['ireland', 'IE'],
  ['sweden', 'SE'],
  ['norway', 'NO'],
  ['denmark', 'DK'],
  ['finland', 'FI'],
  ['poland', 'PL'],
  ['portugal', 'PT'],
  ['australia', 'AU'],
  ['new zealand', 'NZ'],
  ['japan', 'JP'],
  ['south korea|korea', 'KR'],
  ['india', 'IN'],
  ['singapore', 'SG'],
  ['united arab emirates', 'AE'],
  ['south africa', 'ZA'],
];

const CODES: Readonly<Record<string, string>> = {
  US: 'US',
  USA: 'US',
  UK: 'GB',
  GB: 'GB',
  CA: 'CA',
  MX: 'MX',
  DE: 'DE',
  FR: 'FR',
  NL: 'NL',
  BE: 'BE',
  CH: 'CH',
  IE: 'IE',
  SE: 'SE',
  DK: 'DK',
  FI: 'FI',
  PL: 'PL',
  AU: 'AU',
  NZ: 'NZ',
  JP: 'JP',
  KR: 'KR',
  SG: 'SG',
  UAE: 'AE',
  AE: 'AE',
  ZA: 'ZA',
};

// Longer names first within each alternation (northern ireland before ireland: NAMES lists GB's before IE's).
const BY_NAME = new RegExp(`(?<![\\w.])(?:${NAMES.map(([names]) => `(${names})`).join('|')})(?![\\w])`, 'gi');
const BY_CODE = new RegExp(`(?<![\\w.$€£])(${Object.keys(CODES).join('|')})(?![\\w])`, 'g');

/** Each country named, once, with the words that named it first, in the order they appear. */
export function countriesNamed(sentence: string): { code: string; said: string }[] {
  const found: { code: string; said: string; at: number }[] = [];
  for (const m of sentence.matchAll(BY_NAME)) {
    const group = m.findIndex((g, i) => i > 0 && g !== undefined);
    found.push({ code: NAMES[group - 1]![1], said: m[0], at: m.index });
  }
  for (const m of sentence.matchAll(BY_CODE)) found.push({ code: CODES[m[1]!]!, said: m[1]!, at: m.index });
  found.sort((a, b) => a.at - b.at);
  const seen = new Set<string>();
  return found.filter((f) => !seen.has(f.code) && seen.add(f.code)).map(({ code, said }) => ({ code, said }));
}
