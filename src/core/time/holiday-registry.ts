/**
 * Whether the public-holiday data is loaded. Schedules that count an
 * approver's working time ask for it only when a party names a holiday
 * calendar; until it is loaded they throw NeedsHolidays, which the rule engine
 * answers by loading it and running the rule again (as for the exact clock),
 * and which every other caller avoids by awaiting loadHolidaysFor(spec) first.
 */
import type { PublicHolidays } from './public-holidays.js';

export class NeedsHolidays extends Error {
  constructor() {
    super('the public-holiday calendars are not loaded');
  }
}

let loaded: PublicHolidays | undefined;

export function publicHolidays(): PublicHolidays {
  if (!loaded) throw new NeedsHolidays();
  return loaded;
}

export async function loadHolidays(): Promise<PublicHolidays> {
  loaded ??= (await import('./public-holidays.js')).publicHolidays;
  return loaded;
}

/** Loads the holiday data when some party of the spec names a holiday calendar. */
export async function loadHolidaysFor(spec: { parties?: readonly unknown[] } | undefined): Promise<void> {
  const parties = Array.isArray(spec?.parties) ? spec.parties : [];
  if (parties.some((p) => typeof (p as { holidays?: unknown } | null)?.holidays === 'string')) await loadHolidays();
}
