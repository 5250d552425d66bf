/**
 * Plain-language formatting for documents: dates, times in a reader's zone,
 * money and numbers. Locale-free on purpose (no Intl): the same spec renders
 * the same bytes on every machine and Node version.
 */
import type { Money } from '../spec/model.js';
import { exactClock } from '../time/exact-clock.js';
import { parseDate, parseZoned } from '../time/wall.js';

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** A wall time as "Fri 19 Feb 2027". */
export function dayText(wall: number): string {
  const d = new Date(wall);
  return `${WEEKDAYS[d.getUTCDay()]} ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** A wall time as "Fri 19 Feb 2027, 17:00". */
export function wallText(wall: number): string {
  const d = new Date(wall);
  return `${dayText(wall)}, ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

/** "2027-03-08" → "Mon 8 Mar 2027". */
export function dateText(date: string): string {
  return dayText(parseDate(date));
}

/** The instant (epoch ms) of "2027-02-19T17:00 America/Los_Angeles". */
export function instantOf(zoned: string): number {
  const { wall, zone } = parseZoned(zoned);
  return exactClock.instant(wall, zone).lo;
}

/** The wall time in `zone` at an instant. */
export function wallIn(instant: number, zone: string): number {
  return exactClock.wallAt(instant, zone).lo;
}

/** A zoned time shown on the wall clock of `zone` (default: its own), without the zone name. */
export function zonedText(zoned: string, zone?: string): string {
  const parsed = parseZoned(zoned);
  if (zone === undefined || zone === parsed.zone) return wallText(parsed.wall);
  return wallText(wallIn(instantOf(zoned), zone));
}

/** 2500000 → "2,500,000"; 5.5 → "5.5"; at most two decimals. */
export function numberText(value: number): string {
  const negative = value < 0;
  const [whole, fraction] = Math.abs(Math.round(value * 100) / 100)
    .toFixed(2)
    .split('.') as [string, string];
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const decimals = fraction === '00' ? '' : `.${fraction.replace(/0$/, '')}`;
  return `${negative ? '-' : ''}${grouped}${decimals}`;
}

/** { amount: 14000, currency: USD } → "USD 14,000"; cents are kept when there are any. */
export function moneyText(money: Money): string {
  const cents = Math.round(money.amount * 100) % 100 !== 0;
  const text = cents ? numberText(money.amount).replace(/\.(\d)$/, '.$10') : numberText(money.amount);
  return `${money.currency} ${text}`;
}

/** Share of an amount, for instalments: 50 % of USD 14,000 → USD 7,000. */
export function moneyShare(money: Money, pct: number): Money {
  return { amount: Math.round(money.amount * pct) / 100, currency: money.currency };
}

export function pluralText(n: number, word: string, many = `${word}s`): string {
  return `${numberText(n)} ${n === 1 ? word : many}`;
}

/** 1440 minutes → "24 h"; 90 → "90 min". */
export function minutesText(minutes: number): string {
  return minutes >= 120 && minutes % 60 === 0 ? `${minutes / 60} h` : `${minutes} min`;
}

/** "a, b and c". */
export function andList(items: readonly string[], conjunction = 'and'): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}

/** "a, b or c": for prohibitions, where "and" would allow each one alone. */
export function orList(items: readonly string[]): string {
  return andList(items, 'or');
}
