/**
 * The law's limits on how long a business may take to pay another, per
 * country, and where a creator works. A creator is a business (a sole trader
 * or a company), so a brand's or agency's payment terms to them are a
 * commercial transaction: the EU's Late Payment Directive and the UK's Late
 * Payment Act cap them at 60 days, and France and Spain allow no agreement
 * beyond that.
 */
import type { Party } from './model.js';

export interface PaymentTermLimit {
  /** The most days after the invoice (or the work) a payment may be agreed to take. */
  days: number;
  /** Whether a longer term holds when it is expressly agreed and not grossly unfair to the creditor. */
  waivable: boolean;
  /** The country's name, for messages. */
  country: string;
  /** Who says so, as a reader can look it up. */
  source: string;
}

const DIRECTIVE = 'EU Late Payment Directive 2011/7/EU, art. 3(5)';

/** Member states whose own statute a reader is likely to look for; the others are cited by the directive. */
const NATIONAL: Readonly<Record<string, PaymentTermLimit>> = {
  DE: { days: 60, waivable: true, country: 'Germany', source: `BGB § 271a, implementing the ${DIRECTIVE}` },
  FR: { days: 60, waivable: false, country: 'France', source: 'Code de commerce art. L441-10' },
  ES: { days: 60, waivable: false, country: 'Spain', source: 'Ley 3/2004, art. 4 (as amended by Ley 15/2010)' },
  IT: { days: 60, waivable: true, country: 'Italy', source: `D.Lgs. 231/2002, art. 4, implementing the ${DIRECTIVE}` },
  NL: { days: 60, waivable: true, country: 'the Netherlands', source: `Burgerlijk Wetboek art. 6:119a, implementing the ${DIRECTIVE}` },
  GB: { days: 60, waivable: true, country: 'the United Kingdom', source: 'Late Payment of Commercial Debts (Interest) Act 1998, s. 4 (as amended by SI 2013/395)' },
};

/** The other EU member states, by ISO code (Greece is GR, not the EU's EL). */
const OTHER_MEMBER_STATES: Readonly<Record<string, string>> = {
  AT: 'Austria',
  BE: 'Belgium',
  BG: 'Bulgaria',
  HR: 'Croatia',
  CY: 'Cyprus',
  CZ: 'the Czech Republic',
  DK: 'Denmark',
  EE: 'Estonia',
  FI: 'Finland',
  GR: 'Greece',
  HU: 'Hungary',
  IE: 'Ireland',
  LV: 'Latvia',
  LT: 'Lithuania',
  LU: 'Luxembourg',
  MT: 'Malta',
  PL: 'Poland',
  PT: 'Portugal',
  RO: 'Romania',
  SK: 'Slovakia',
  SI: 'Slovenia',
  SE: 'Sweden',
};

export function paymentTermLimit(country: string): PaymentTermLimit | undefined {
  const national = NATIONAL[country];
  if (national) return national;
  const name = OTHER_MEMBER_STATES[country];
  return name === undefined ? undefined : { days: 60, waivable: true, country: name, source: DIRECTIVE };
}

/** The time zones of the countries above, by the country they are in. */
const ZONE_COUNTRIES: Readonly<Record<string, string>> = {
  'Europe/London': 'GB',
  'Europe/Belfast': 'GB',
  'Europe/Dublin': 'IE',
  'Europe/Lisbon': 'PT',
  'Atlantic/Madeira': 'PT',
  'Atlantic/Azores': 'PT',
  'Europe/Madrid': 'ES',
  'Atlantic/Canary': 'ES',
  'Africa/Ceuta': 'ES',
  'Europe/Paris': 'FR',
  'Europe/Brussels': 'BE',
  'Europe/Amsterdam': 'NL',
  'Europe/Luxembourg': 'LU',
  'Europe/Berlin': 'DE',
  'Europe/Busingen': 'DE',
  'Europe/Vienna': 'AT',
  'Europe/Rome': 'IT',
  'Europe/Malta': 'MT',
  'Europe/Copenhagen': 'DK',
  'Europe/Stockholm': 'SE',
  'Europe/Helsinki': 'FI',
  'Europe/Mariehamn': 'FI',
  'Europe/Tallinn': 'EE',
  'Europe/Riga': 'LV',
  'Europe/Vilnius': 'LT',
  'Europe/Warsaw': 'PL',
  'Europe/Prague': 'CZ',
  'Europe/Bratislava': 'SK',
  'Europe/Budapest': 'HU',
  'Europe/Ljubljana': 'SI',
  'Europe/Zagreb': 'HR',
  'Europe/Bucharest': 'RO',
  'Europe/Sofia': 'BG',
  'Europe/Athens': 'GR',
  'Asia/Nicosia': 'CY',
  'Asia/Famagusta': 'CY',
};

/**
 * Where a party works, and what the spec says that shows it: their `country`
 * when stated, else the country of their public holidays (DE-BE → DE), else
 * the country of their time zone when it is in one of the countries above.
 */
export function partyCountry(party: Party): { code: string; shownBy: string } | undefined {
  if (party.country !== undefined) return { code: party.country, shownBy: `country: ${party.country}` };
  if (party.holidays !== undefined) return { code: party.holidays.slice(0, 2), shownBy: `holidays: ${party.holidays}` };
  const code = ZONE_COUNTRIES[party.timezone];
  return code === undefined ? undefined : { code, shownBy: `timezone: ${party.timezone}` };
}
