/**
 * Working time on a wall clock: the days and hours someone works, minus the
 * public holidays of where they work. Business review windows are counted in
 * the approver's working time: "8 business hours from Thursday 17:00" in a
 * Monday-to-Friday 09:00-17:00 week ends on Friday at 17:00, and a review that
 * starts on a Saturday starts on Monday at 09:00.
 */
import { DAY_MS, formatDate } from './wall.js';

const MINUTE_MS = 60_000;

/** The day of the week of a wall time (0 Sunday … 6 Saturday), by arithmetic: loops call it for every day they cross. */
function weekdayOf(wall: number): number {
  // 1970-01-01 was a Thursday (4, counting Sunday as 0); the double modulo keeps days before 1970 right.
  return (((Math.floor(wall / DAY_MS) + 4) % 7) + 7) % 7;
}

export interface WorkingWeek {
  /** Working days, by JavaScript day number (0 Sunday … 6 Saturday). */
  days: ReadonlySet<number>;
  /** Minutes after midnight the working day starts and ends (end 1440: midnight). */
  start: number;
  end: number;
}

/**
 * What "business hours" mean in an alignkit/v1 spec for an approver without
 * `working_hours`: every hour of Monday to Friday, so 48 business hours are
 * two working days (a review starting on Friday at 17:00 ends on Tuesday at 17:00).
 */
export const WHOLE_WEEKDAYS: WorkingWeek = { days: new Set([1, 2, 3, 4, 5]), start: 0, end: 24 * 60 };

/**
 * The working week of someone who does not state one, from alignkit/v2 on: Monday to Friday, 09:00-17:00,
 * as people count business hours ("1 business day from Thursday 17:00" ends on Friday at 17:00).
 */
export const OFFICE_WEEK: WorkingWeek = { days: new Set([1, 2, 3, 4, 5]), start: 9 * 60, end: 17 * 60 };

/** The same week in the words a spec states it: what `alignkit migrate` writes to keep a v1 spec's meaning. */
export const WHOLE_WEEKDAYS_STATED = { days: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'], start: '00:00', end: '24:00' } as const;
export const OFFICE_WEEK_STATED = { days: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'], start: '09:00', end: '17:00' } as const;

/** The working week a party states: `{ days: [monday, …], start: "09:00", end: "17:00" }`. */
export function workingWeek(stated: { days: readonly string[]; start: string; end: string }): WorkingWeek {
  const order = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
  const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
  return { days: new Set(stated.days.map((d) => order.indexOf(d))), start: minutes(stated.start), end: stated.end === '24:00' ? 24 * 60 : minutes(stated.end) };
}

/** Whether a calendar day (YYYY-MM-DD) is a day off for public holidays; never, without a holiday calendar. */
export type HolidayTest = (date: string) => boolean;

const NO_HOLIDAYS: HolidayTest = () => false;

/**
 * The wall time at which `hours` of working time have passed since `start`.
 * A week with no working time at all never ends, so it is refused up front
 * (rule working-time-valid reports it in a spec).
 */
export function addWorkingHours(start: number, hours: number, week: WorkingWeek = WHOLE_WEEKDAYS, isHoliday: HolidayTest = NO_HOLIDAYS): number {
  if (week.days.size === 0 || week.end <= week.start) throw new RangeError('a working week needs at least one day with working hours');
  let remaining = hours * 60 * MINUTE_MS;
  let t = start;
  // A year of holidays in a row means the calendar is broken, not that the review never ends.
  for (let guard = 0; remaining > 0; guard += 1) {
    if (guard > 4000) throw new RangeError('no working time within ten years');
    const midnight = Math.floor(t / DAY_MS) * DAY_MS; // floor: right before 1970 too
    const next = midnight + DAY_MS;
    const day = weekdayOf(t);
    const opens = midnight + week.start * MINUTE_MS;
    const closes = midnight + week.end * MINUTE_MS;
    if (!week.days.has(day) || t >= closes || (isHoliday !== NO_HOLIDAYS && isHoliday(formatDate(midnight)))) {
      t = next;
      continue;
    }
    if (t < opens) t = opens;
    const step = Math.min(remaining, closes - t);
    t += step;
    remaining -= step;
  }
  return t;
}

/** The working time between two wall times, in hours: what a window leaves an approver to work in. */
export function workingHoursBetween(from: number, to: number, week: WorkingWeek = WHOLE_WEEKDAYS, isHoliday: HolidayTest = NO_HOLIDAYS): number {
  let total = 0;
  for (let midnight = Math.floor(from / DAY_MS) * DAY_MS; midnight < to; midnight += DAY_MS) {
    const day = weekdayOf(midnight);
    if (!week.days.has(day) || (isHoliday !== NO_HOLIDAYS && isHoliday(formatDate(midnight)))) continue;
    total += Math.max(0, Math.min(to, midnight + week.end * MINUTE_MS) - Math.max(from, midnight + week.start * MINUTE_MS));
  }
  return total / (60 * MINUTE_MS);
}
