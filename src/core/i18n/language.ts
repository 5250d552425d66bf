/**
 * A document's language: its messages (ICU MessageFormat, from the catalogs in
 * templates/locales/), the words for the spec's vocabularies, and how it writes
 * dates, numbers, money and lists. English keeps alignkit's own locale-free
 * formats (the same bytes on every Node version); other languages format with
 * Intl in their locale.
 */
import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { IntlMessageFormat, type Formatters } from 'intl-messageformat';
import { MESSAGE_ASTS } from '../../generated/message-asts.js';
import { PLATFORMS_WITH_TOOL } from '../spec/disclosure-labels.js';
import type { Money } from '../spec/model.js';
import { METRIC_GLOSSARY } from '../spec/vocabulary.js';
import * as format from '../render/format.js';
import * as L from '../render/labels.js';
import { parseDate, parseZoned } from '../time/wall.js';
import { catalogFor, ENGLISH_MESSAGES, type Catalog } from './catalogs.js';
import { INTL_LOCALE, type DocumentLocale } from './locales.js';
import { isPlainMessage } from './plain-message.js';

/** The vocabularies a document names in words, by the catalog prefix their labels live under (`label.format.reel`). */
export const ENGLISH_LABELS = {
  platform: L.PLATFORM,
  format: L.FORMAT,
  role: L.ROLE,
  latitude: L.LATITUDE,
  placement: L.PLACEMENT,
  reviewMissed: L.REVIEW_MISSED,
  frequency: L.FREQUENCY,
  weekday: L.WEEKDAY,
  compensationModel: L.COMPENSATION_MODEL,
  paymentTrigger: L.PAYMENT_TRIGGER,
  paidMechanism: L.PAID_MECHANISM,
  edits: L.EDITS,
  morality: L.MORALITY,
  unit: L.UNIT,
  objectiveType: L.OBJECTIVE_TYPE,
  bonusScope: L.BONUS_SCOPE,
  productionStart: L.PRODUCTION_START,
  category: L.CATEGORY,
  authority: L.AUTHORITY,
  raciActivity: L.RACI_ACTIVITY,
  dataSource: L.DATA_SOURCE,
  reportingCadence: L.CADENCE,
  pauseScope: L.PAUSE_SCOPE,
  attributionModel: L.ATTRIBUTION_MODEL,
  followupType: L.FOLLOWUP_TYPE,
  changeArea: L.CHANGE_AREA,
  kpiStatus: L.KPI_STATUS,
  platformTool: PLATFORMS_WITH_TOOL,
  metric: Object.fromEntries(Object.entries(METRIC_GLOSSARY).map(([id, m]) => [id, m.name])),
  metricFormula: Object.fromEntries(Object.entries(METRIC_GLOSSARY).map(([id, m]) => [id, m.formula])),
  mandatory: Object.fromEntries(Object.entries(L.MANDATORY).map(([type, text]) => [type, text('{value}')])),
} as const satisfies Record<string, Readonly<Record<string, string>>>;

export type LabelTable = keyof typeof ENGLISH_LABELS;

export type MessageValues = Record<string, string | number>;

export interface DocumentLanguage {
  readonly locale: DocumentLocale;
  /** A catalog message with its placeholders filled; an unknown key is a programming error. */
  t(key: string, values?: MessageValues): string;
  /** The word for a vocabulary value; the value itself when the catalog has none (lint reports unknown values). */
  label(table: LabelTable, value: string, values?: MessageValues): string;
  /** "2027-03-08" as "Mon 8 Mar 2027" (en) or "lun. 8 mars 2027" (fr). */
  date(date: string): string;
  /** A wall time (epoch ms read as UTC fields) as a date and a time. */
  wall(wall: number): string;
  /** A wall time's clock time only: "17:00", "17 h 00". */
  time(wall: number): string;
  /** A wall time's day of the week, in full. */
  weekday(wall: number): string;
  /** A month of a year (month 0 is January), short: "Mar 2027", "mars 2027". */
  monthYear(year: number, month: number): string;
  /** A day of the week by number (0 Sunday … 6 Saturday), short: "Mon", "lun.", "Mo.". */
  weekdayShort(day: number): string;
  /** A zoned time on the wall clock of `zone` (default: its own). */
  zoned(zoned: string, zone?: string): string;
  number(value: number): string;
  money(money: Money): string;
  and(items: readonly string[]): string;
  or(items: readonly string[]): string;
  /** "3 days", "1 frame": `unit.<name>` in the catalog. */
  count(n: number, unit: 'hour' | 'day' | 'month' | 'frame'): string;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

// The library asks Intl which of the locales it is given are supported, before every first message (4 ms of a
// render); documents are only ever written in the locales of INTL_LOCALE, which every Node ships with full ICU.
IntlMessageFormat.resolveLocale = (locales) => new Intl.Locale(Array.isArray(locales) ? locales[0]! : (locales as string));

/**
 * English plurals and numbers without ICU: a first Intl.PluralRules or Intl.NumberFormat loads ICU's number
 * data, about 10 ms of a render, and English needs neither (one is 1, the rest are other; numbers are written
 * as alignkit writes them everywhere else). The library takes its formatters as an option; a test checks
 * that every English message reads the same with Intl's.
 */
export const ENGLISH_FORMATTERS: Formatters = {
  getNumberFormat: () => ({ format: (n: number) => format.numberText(n) }) as unknown as Intl.NumberFormat,
  getDateTimeFormat: (...args) => new Intl.DateTimeFormat(...args),
  getPluralRules: () => ({ select: (n: number) => (n === 1 ? 'one' : 'other') }) as unknown as Intl.PluralRules,
};

/** A plain message with its `{name}` placeholders filled; a missing value is a programming error. */
function fill(source: string, values: MessageValues | undefined, key: string): string {
  return source.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = values?.[name];
    if (value === undefined) throw new Error(`message "${key}" needs a value for {${name}}`);
    return String(value);
  });
}

/**
 * Most messages only fill placeholders, and are filled here. The others (plurals, selects) are formatted by
 * intl-messageformat from the form its parser gives them, parsed at build time (src/generated/message-asts.ts):
 * parsing them in every render cost 3-4 ms, and the bundle carries no parser (scripts/bundle.mjs).
 */
function messages(locale: DocumentLocale, catalog: Catalog, formatters?: Formatters): (key: string, values?: MessageValues) => string {
  const compiled = new Map<string, (values?: MessageValues) => string>();
  let parsed: Readonly<Record<string, MessageFormatElement[]>> | undefined;
  return (key, values) => {
    let format = compiled.get(key);
    if (!format) {
      const source = catalog[key] ?? ENGLISH_MESSAGES[key];
      if (source === undefined) throw new Error(`no message "${key}" in the document catalogs`);
      if (isPlainMessage(source)) {
        format = (v) => fill(source, v, key);
      } else {
        parsed ??= JSON.parse(MESSAGE_ASTS[locale]) as Record<string, MessageFormatElement[]>;
        const ast = parsed[key];
        if (ast === undefined) throw new Error(`message "${key}" was not parsed at build time: run npm run generate`);
        const message = new IntlMessageFormat(ast, INTL_LOCALE[locale], undefined, { ignoreTag: true, ...(formatters ? { formatters } : {}) });
        format = (v) => String(message.format(v));
      }
      compiled.set(key, format);
    }
    return format(values);
  };
}

function wallZoned(zoned: string, zone: string | undefined): number {
  const parsed = parseZoned(zoned);
  return zone === undefined || zone === parsed.zone ? parsed.wall : format.wallIn(format.instantOf(zoned), zone);
}

const cache = new Map<DocumentLocale, DocumentLanguage>();

export function documentLanguage(locale: DocumentLocale): DocumentLanguage {
  const known = cache.get(locale);
  if (known) return known;
  const language = locale === 'en' ? english() : intlLanguage(locale);
  cache.set(locale, language);
  return language;
}

function english(): DocumentLanguage {
  const t = messages('en', ENGLISH_MESSAGES, ENGLISH_FORMATTERS);
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    locale: 'en',
    t,
    label: (table, value, values) => {
      const text = (ENGLISH_LABELS[table] as Readonly<Record<string, string>>)[value];
      return text === undefined ? value : values ? fill(text, values, `label.${table}.${value}`) : text;
    },
    date: format.dateText,
    wall: format.wallText,
    time: (wall) => `${pad(new Date(wall).getUTCHours())}:${pad(new Date(wall).getUTCMinutes())}`,
    weekday: (wall) => DAY_NAMES[new Date(wall).getUTCDay()]!,
    monthYear: (year, month) => `${MONTHS[month]} ${year}`,
    weekdayShort: (day) => DAY_NAMES[day]!.slice(0, 3),
    zoned: format.zonedText,
    number: format.numberText,
    money: format.moneyText,
    and: (items) => format.andList(items),
    or: (items) => format.orList(items),
    count: (n, unit) => t(`unit.${unit}`, { n }),
  };
}

function intlLanguage(locale: DocumentLocale): DocumentLanguage {
  const catalog = catalogFor(locale);
  const t = messages(locale, catalog);
  const tag = INTL_LOCALE[locale];
  // Wall times are epoch milliseconds whose UTC fields are the wall clock, so every format reads them in UTC.
  const dayFormat = new Intl.DateTimeFormat(tag, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  const wallFormat = new Intl.DateTimeFormat(tag, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC' });
  const timeFormat = new Intl.DateTimeFormat(tag, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC' });
  const weekdayFormat = new Intl.DateTimeFormat(tag, { weekday: 'long', timeZone: 'UTC' });
  const shortWeekdayFormat = new Intl.DateTimeFormat(tag, { weekday: 'short', timeZone: 'UTC' });
  const monthFormat = new Intl.DateTimeFormat(tag, { month: 'short', year: 'numeric', timeZone: 'UTC' });
  const numberFormat = new Intl.NumberFormat(tag, { maximumFractionDigits: 2 });
  const and = new Intl.ListFormat(tag, { type: 'conjunction' });
  const or = new Intl.ListFormat(tag, { type: 'disjunction' });
  return {
    locale,
    t,
    label: (table, value, values) => (catalog[`label.${table}.${value}`] === undefined && ENGLISH_MESSAGES[`label.${table}.${value}`] === undefined ? value : t(`label.${table}.${value}`, values)),
    date: (date) => dayFormat.format(parseDate(date)),
    wall: (wall) => wallFormat.format(wall),
    time: (wall) => timeFormat.format(wall),
    weekday: (wall) => weekdayFormat.format(wall),
    monthYear: (year, month) => monthFormat.format(Date.UTC(year, month, 1)),
    // 1970-01-04 was a Sunday.
    weekdayShort: (day) => shortWeekdayFormat.format(Date.UTC(1970, 0, 4 + day)),
    zoned: (zoned, zone) => wallFormat.format(wallZoned(zoned, zone)),
    number: (value) => numberFormat.format(value),
    money: (money) => {
      const cents = Math.round(money.amount * 100) % 100 !== 0;
      return new Intl.NumberFormat(tag, { style: 'currency', currency: money.currency, currencyDisplay: 'code', minimumFractionDigits: cents ? 2 : 0, maximumFractionDigits: 2 }).format(money.amount);
    },
    and: (items) => and.format(items),
    or: (items) => or.format(items),
    count: (n, unit) => t(`unit.${unit}`, { n }),
  };
}
