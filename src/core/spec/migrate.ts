/**
 * Moving a spec from alignkit/v1 to alignkit/v2 in its own text. The formats
 * differ in one meaning (what business hours are for a party that states no
 * working hours), so a migration either keeps what the v1 spec meant, writing
 * "every hour of Monday to Friday" out as working_hours for each approver who
 * reviews in business hours, or adopts the v2 working day on request. Every
 * other byte of the file stays as it was.
 */
import { editScalar, insertEntry } from '../interview/edit.js';
import { WHOLE_WEEKDAYS_STATED } from '../time/working-time.js';
import { CURRENT_API_VERSION, LEGACY_API_VERSION, partiesWithBusinessHours } from './version.js';

export interface Migration {
  /** The migrated text; the same text when there was nothing to do. */
  text: string;
  /** Whether the file was v1 and is now v2. */
  migrated: boolean;
  /** The approvers whose v1 business hours were written out (names, in spec order). */
  keptEveryHour: string[];
  /** The approvers who now count in the v2 working day (with --working-day). */
  nowWorkingDay: string[];
}

/** In the block style of the bundled examples, which the fast reader of clean files reads (it gives up on nested flow collections). */
const EVERY_WEEKDAY_HOUR = [`days: [${WHOLE_WEEKDAYS_STATED.days.join(', ')}]`, `start: "${WHOLE_WEEKDAYS_STATED.start}"`, `end: "${WHOLE_WEEKDAYS_STATED.end}"`].join('\n');

/**
 * Migrates a parsed spec's text. `keepMeaning` (the default) writes the v1 business hours out for every
 * approver who counts in them and states none, so lint, documents and the sign-off hash stay as they were.
 */
export function migrateSpec(text: string, data: unknown, options: { keepMeaning: boolean }): Migration {
  const spec = data as { apiVersion?: unknown; parties?: { id?: unknown; name?: unknown; working_hours?: unknown }[] };
  if (spec.apiVersion !== LEGACY_API_VERSION) return { text, migrated: false, keptEveryHour: [], nowWorkingDay: [] };
  let out = editScalar(text, '/apiVersion', CURRENT_API_VERSION);
  const counted = partiesWithBusinessHours(spec);
  const affected = (spec.parties ?? []).flatMap((party, index) =>
    typeof party.id === 'string' && counted.has(party.id) && party.working_hours === undefined ? [{ index, name: String(party.name ?? party.id) }] : [],
  );
  if (options.keepMeaning) {
    for (const { index } of affected) out = insertEntry(out, ['parties', index], 'working_hours', EVERY_WEEKDAY_HOUR, { ...WHOLE_WEEKDAYS_STATED, days: [...WHOLE_WEEKDAYS_STATED.days] }, 'timezone');
  }
  const names = affected.map((a) => a.name);
  return { text: out, migrated: true, keptEveryHour: options.keepMeaning ? names : [], nowWorkingDay: options.keepMeaning ? [] : names };
}
