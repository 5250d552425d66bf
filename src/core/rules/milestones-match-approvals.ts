import { approvalEnd } from '../schedule/approval.js';
import { milestoneKind, milestoneShown } from '../spec/milestone-kinds.js';
import { type Clock, zonedInstant } from '../time/clock.js';
import { parseZoned } from '../time/wall.js';
import type { Deliverable } from '../spec/model.js';
import { at, hit } from './helpers.js';
import type { Rule, RuleHit } from './types.js';

export const milestonesMatchApprovals: Rule = {
  id: 'milestones-match-approvals',
  severity: 'error',
  category: 'schedule',
  description:
    'A milestone that says all content is approved comes after the latest final approval the approval chain allows (revision rounds included), and one that says all drafts are in comes after the last draft is due.',
  rationale:
    'Milestones are what a campaign owner promises upwards ("all content approved by 5 March"), while the approval chain is what the creators and approvers agreed: two reviews and two revision rounds. When the milestone falls before the chain can end, someone is already planning to skip a round or a review, and the person who finds out is the creator whose revision is refused for lack of time. The latest final approval counts every stage in its approver\'s working hours and every revision round the agreement allows.',
  docs: {
    bad: `milestones:
  - id: all-approved
    name: All content approved
    at: 2027-03-05T17:00 America/New_York    # the chain can run to 2027-03-10
approvals:
  revision_rounds: 2`,
    good: `milestones:
  - id: all-approved
    name: All content approved
    at: 2027-03-10T12:00 America/New_York`,
  },
  readsOccurrences: true,
  check(spec, context) {
    const hits: RuleHit[] = [];
    (spec.milestones ?? []).forEach((m, i) => {
      const kind = milestoneKind(m);
      if (kind !== 'all-approved' && kind !== 'all-drafts-in') return;
      const approved = kind === 'all-approved';
      const zone = parseZoned(m.at).zone;
      const end = (clock: Clock, d: Deliverable) => (approved ? approvalEnd(clock, spec, d) : zonedInstant(clock, d.draft_due));
      // The bounding clock settles nearly every deliverable; the exact one (a date library) reads only those it cannot.
      const before = zonedInstant(context.clock, m.at).lo;
      const unsettled = spec.deliverables.filter((d) => end(context.clock, d).hi > before);
      if (unsettled.length === 0) return;
      const clock = context.exactClock();
      const milestone = zonedInstant(clock, m.at).lo;
      const last = unsettled.map((d) => ({ d, when: end(clock, d) })).sort((a, b) => b.when.lo - a.when.lo)[0]!;
      if (last.when.lo <= milestone) return;
      const { shown, fix } = milestoneShown(m, kind);
      const message = approved
        ? `${shown} is ${m.at}, but with the revision rounds the agreement allows, ${last.d.id} can be approved as late as ${clock.format(last.when.lo, zone)}.`
        : `${shown} is ${m.at}, but the draft of ${last.d.id} is not due until ${last.d.draft_due}.`;
      hits.push(
        hit(at('milestones', i, 'at'), message, {
          hint: approved
            ? `Move the milestone after the last possible approval, shorten the chain, or say in its name that it counts first-round approvals.${fix}`
            : `Move the milestone after the last draft date, or the draft earlier.${fix}`,
        }),
      );
    });
    return hits;
  },
};
