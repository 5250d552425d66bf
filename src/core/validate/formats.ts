/**
 * The string formats of the campaign schema. The generated validator imports
 * this module, so it must stay free of heavy dependencies: it runs on every lint.
 * Countries, currencies and time zones are fixed lists: results do not depend on
 * the ICU data of the Node.js build, and no ICU data is loaded at start-up.
 */
import { TIME_ZONES } from '../spec/time-zones.js';

const ISO_COUNTRIES = new Set(
  (
    'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ ' +
    'CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR ' +
    'GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO ' +
    'JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR ' +
    'MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO ' +
    'RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV ' +
    'TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW EU'
  ).split(' '),
);

const ISO_CURRENCIES = new Set(
  (
    'AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN BWP BYN BZD CAD CDF CHF ' +
    'CLP CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG ' +
    'HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA ' +
    'MKD MMK MNT MOP MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD ' +
    'RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX ' +
    'USD UYU UZS VES VND VUV WST XAF XCD XCG XOF XPF YER ZAR ZMW ZWG'
  ).split(' '),
);

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ZONED = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2}))? (\S+)$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** A real calendar date written YYYY-MM-DD (2027-02-30 is not). */
export function isCalendarDate(value: string): boolean {
  const m = DATE.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** A name from the IANA time zone database (see time-zones.ts). */
export function isTimeZone(value: string): boolean {
  return TIME_ZONES.has(value);
}

/** "2027-03-04T17:00 America/New_York": a real date, a valid clock time, a known zone. */
export function isZonedDateTime(value: string): boolean {
  const m = ZONED.exec(value);
  if (!m) return false;
  const [, date, hh, mm, ss, zone] = m as unknown as [string, string, string, string, string | undefined, string];
  return isCalendarDate(date) && Number(hh) < 24 && Number(mm) < 60 && (ss === undefined || Number(ss) < 60) && isTimeZone(zone);
}

/** Why a zoned date-time is invalid, in words; undefined when it is valid. */
export function zonedDateTimeProblem(value: string): string | undefined {
  const m = ZONED.exec(value);
  if (!m) return undefined;
  const [, date, hh, mm, ss, zone] = m as unknown as [string, string, string, string, string | undefined, string];
  if (!isCalendarDate(date)) return `${date} is not a real calendar date`;
  if (Number(hh) >= 24 || Number(mm) >= 60 || (ss !== undefined && Number(ss) >= 60)) return `${hh}:${mm} is not a clock time`;
  if (!isTimeZone(zone)) return `${zone} is not an IANA time zone`;
  return undefined;
}

export const isCountry = (value: string): boolean => ISO_COUNTRIES.has(value);
export const isCurrency = (value: string): boolean => ISO_CURRENCIES.has(value);
export const isEmail = (value: string): boolean => EMAIL.test(value);

export function isHttpUrl(value: string): boolean {
  if (!/^https?:\/\//i.test(value)) return false;
  try {
    new URL(value);
    return true;
  } catch {
    return false;
  }
}

/** The shape ajv expects for custom formats; the generated validator reads this object. */
export const formats: Record<string, { type: 'string'; validate: (value: string) => boolean }> = {
  date: { type: 'string', validate: isCalendarDate },
  'zoned-date-time': { type: 'string', validate: isZonedDateTime },
  'time-zone': { type: 'string', validate: isTimeZone },
  country: { type: 'string', validate: isCountry },
  currency: { type: 'string', validate: isCurrency },
  email: { type: 'string', validate: isEmail },
  url: { type: 'string', validate: isHttpUrl },
};

/** How each format is described to a person in an error message. */
export const FORMAT_WORDS: Record<string, string> = {
  date: 'a real calendar date written YYYY-MM-DD',
  'zoned-date-time': 'a real date and time followed by an IANA time zone',
  'time-zone': 'an IANA time zone name',
  country: 'an ISO 3166-1 alpha-2 country code',
  currency: 'an ISO 4217 currency code',
  email: 'an email address',
  url: 'an absolute http(s) URL',
};
