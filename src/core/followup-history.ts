/**
 * What earlier follow-ups left open: action items past their due date that
 * no follow-up since has marked done or dropped. And which requested changes
 * touch the signed agreement, so they need a new sign-off before they apply.
 */
import type { AlignkitFollowUp as FollowUp } from '../generated/followup.types.js';

export interface OverdueAction {
  /** The date of the follow-up that set it. */
  from: string;
  id: string;
  action: string;
  owner: string;
  due: string;
}

/** The key an action item is known by across follow-ups: the follow-up's date and the item's id. */
function keyOf(followup: string, id: string): string {
  return `${followup}/${id}`;
}

/**
 * Action items from follow-ups dated before `current` that were due before
 * its date and whose latest update (in date order, `current` included) is
 * not `done` or `dropped`.
 */
export function overdueActions(current: FollowUp, earlier: readonly FollowUp[]): OverdueAction[] {
  const history = [...earlier].filter((f) => f.date < current.date && f.campaign === current.campaign).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const latest = new Map<string, string>();
  for (const f of [...history, current]) for (const u of f.action_updates ?? []) latest.set(keyOf(u.followup, u.id), u.status);
  const out: OverdueAction[] = [];
  for (const f of history) {
    for (const a of f.action_items) {
      const status = latest.get(keyOf(f.date, a.id));
      if (a.due.slice(0, 10) < current.date && status !== 'done' && status !== 'dropped') {
        out.push({ from: f.date, id: a.id, action: a.action, owner: a.owner, due: a.due });
      }
    }
  }
  return out;
}

/** Change areas outside the signed agreement (the paid media plan is internal). */
const OUTSIDE_AGREEMENT_AREAS = new Set(['paid_media']);

/** Whether a requested change touches the signed agreement, so it needs a new sign-off. */
export function changesAgreement(area: string): boolean {
  return !OUTSIDE_AGREEMENT_AREAS.has(area);
}
