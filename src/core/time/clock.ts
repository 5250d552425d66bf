/**
 * Turning wall time into instants. Two clocks share one interface:
 * - the bounding clock knows only each zone's range of UTC offsets (a small
 *   generated table) and answers with an interval that surely holds the instant;
 * - the exact clock (exact-clock.ts, the runtime's zone data) answers with a single instant.
 * Schedule rules first compute with the bounding clock; only when the interval
 * cannot decide (a tight schedule, or a finding whose message needs exact times)
 * do they ask for the exact clock, which the engine then loads. Start-up stays
 * free of time zone data for the common, comfortable case.
 */
import { ZONE_OFFSET_RANGES } from '../../generated/zone-offsets.js';
import { HOUR_MS, parseDate, parseZoned } from './wall.js';
import { addWorkingHours, WHOLE_WEEKDAYS, type HolidayTest, type WorkingWeek } from './working-time.js';

/** Instants (epoch ms) known to lie between `lo` and `hi`; equal on the exact clock. */
export interface Interval {
  lo: number;
  hi: number;
}

export interface Clock {
  readonly exact: boolean;
  /** The instant of a zone's wall time. */
  instant(wall: number, zone: string): Interval;
  /** The wall time in `zone` at an instant. */
  wallAt(instant: number, zone: string): Interval;
  /** Human form of an instant in a zone; only the exact clock can give one. */
  format(instant: number, zone: string): string;
}

/** Thrown by the bounding clock's `format`, and by `RuleContext.exactClock()` before the exact clock is loaded. */
export class NeedsExactClock extends Error {
  constructor() {
    super('the exact clock is not loaded');
  }
}

const FALLBACK: readonly [number, number] = [-12 * 60, 14 * 60];
const MINUTE_MS = 60_000;

function offsets(zone: string): readonly [number, number] {
  return ZONE_OFFSET_RANGES[zone] ?? FALLBACK;
}

export const boundingClock: Clock = {
  exact: false,
  instant(wall, zone) {
    const [min, max] = offsets(zone);
    return { lo: wall - max * MINUTE_MS, hi: wall - min * MINUTE_MS };
  },
  wallAt(instant, zone) {
    const [min, max] = offsets(zone);
    return { lo: instant + min * MINUTE_MS, hi: instant + max * MINUTE_MS };
  },
  format() {
    throw new NeedsExactClock();
  },
};

// ---- interval arithmetic shared by both clocks ------------------------------

export function zonedInstant(clock: Clock, value: string): Interval {
  const { wall, zone } = parseZoned(value);
  return clock.instant(wall, zone);
}

/** The instant a date begins (00:00) in a zone. */
export function dayStart(clock: Clock, date: string, zone: string): Interval {
  return clock.instant(parseDate(date), zone);
}

export function addCalendarHours(at: Interval, hours: number): Interval {
  return { lo: at.lo + hours * HOUR_MS, hi: at.hi + hours * HOUR_MS };
}

/** Business hours are counted in working time on the wall clock of `zone`; addWorkingHours is monotone, so bounds map to bounds. */
export function addZoneBusinessHours(clock: Clock, at: Interval, hours: number, zone: string, week: WorkingWeek = WHOLE_WEEKDAYS, isHoliday?: HolidayTest): Interval {
  const start = { lo: clock.wallAt(at.lo, zone).lo, hi: clock.wallAt(at.hi, zone).hi };
  return {
    lo: clock.instant(addWorkingHours(start.lo, hours, week, isHoliday), zone).lo,
    hi: clock.instant(addWorkingHours(start.hi, hours, week, isHoliday), zone).hi,
  };
}
