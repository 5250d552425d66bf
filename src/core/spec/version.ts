/**
 * The versions of the campaign spec format alignkit reads. They differ in one
 * meaning only: what "business hours" are for a party that states no working
 * hours. alignkit/v1 counted every hour of Monday to Friday; alignkit/v2
 * counts Monday to Friday, 09:00-17:00, as people do. `alignkit migrate`
 * moves a v1 spec to v2 and writes the v1 meaning out where it mattered.
 */
import { OFFICE_WEEK, OFFICE_WEEK_STATED, WHOLE_WEEKDAYS, WHOLE_WEEKDAYS_STATED, type WorkingWeek } from '../time/working-time.js';
import { isRecord } from './plain-data.js';

export const CURRENT_API_VERSION = 'alignkit/v2';
export const LEGACY_API_VERSION = 'alignkit/v1';

/** Whether a spec (or spec-shaped data) is written in the v1 format; anything else is read as the current one. */
export function isV1(spec: unknown): boolean {
  return spec !== null && typeof spec === 'object' && (spec as { apiVersion?: unknown }).apiVersion === LEGACY_API_VERSION;
}

/** The working week of a party that states none, in this spec's version. */
export function defaultWorkingWeek(spec: unknown): WorkingWeek {
  return isV1(spec) ? WHOLE_WEEKDAYS : OFFICE_WEEK;
}

/** That week as a spec would state it. */
export function defaultWorkingHoursStated(spec: unknown): { days: readonly string[]; start: string; end: string } {
  return isV1(spec) ? WHOLE_WEEKDAYS_STATED : OFFICE_WEEK_STATED;
}

/** The parties whose working hours a business review window counts in: approvers, when any window is business. */
export function partiesWithBusinessHours(spec: unknown): Set<string> {
  const approvals = isRecord(spec) && isRecord(spec.approvals) ? spec.approvals : undefined;
  const stages = Array.isArray(approvals?.stages) ? approvals.stages.filter(isRecord) : [];
  const reReview = isRecord(approvals?.re_review_window) && approvals.re_review_window.basis === 'business';
  const out = new Set<string>();
  for (const stage of stages) {
    const business = isRecord(stage.review_window) && stage.review_window.basis === 'business';
    if ((business || reReview) && typeof stage.approver === 'string') out.add(stage.approver);
  }
  return out;
}
