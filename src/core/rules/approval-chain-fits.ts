import { approvalEnd, firstPassEnd, reReviewStage, workingTimeText } from '../schedule/approval.js';
import type { ApprovalStage, CampaignSpec } from '../spec/model.js';
import { zonedInstant } from '../time/clock.js';
import { HOUR_MS, parseZoned } from '../time/wall.js';
import { at, goLivePointer, goLiveStart, hit, plural } from './helpers.js';
import type { Rule } from './types.js';

/** From this many deliverables on, a failing chain is reported once, at the chain. */
const GROUP_FROM = 3;

function describeChain(spec: CampaignSpec): string {
  const { stages, revision_rounds: rounds, creator_turnaround_h: turnaround } = spec.approvals;
  const window = (s: ApprovalStage) => {
    const working = s.review_window.basis === 'business' ? workingTimeText(spec, s.approver) : '';
    return `${s.review_window.hours} ${s.review_window.basis} h${working ? `, ${working}` : ''}`;
  };
  const steps = stages.map((s, i) => `${i === 0 ? '' : s.parallel_with_previous ? ' alongside ' : ' + '}${s.name} (${window(s)})`).join('');
  const again = reReviewStage(stages, spec);
  return rounds === 0 ? steps : `${steps}, then ${plural(rounds, 'revision round')} of ${turnaround} h turnaround plus re-review by ${again.name} (${window(again)})`;
}

export const approvalChainFits: Rule = {
  id: 'approval-chain-fits',
  severity: 'error',
  category: 'schedule',
  description: "Draft due + every review window (in its approver's calendar) + revision rounds × (creator turnaround + re-review by the longest stage) ends before go-live.",
  rationale:
    'The schedule most often breaks between draft and go-live: a 48-business-hour review that starts on a Friday afternoon in New York ends on Wednesday, and two revision rounds double it. If the chain cannot finish before go-live, someone will skip a review or the post will be late. When it fails for three deliverables or more, the chain is the thing to change: one finding at approvals lists each deliverable and how late it would be.',
  docs: {
    bad: `deliverables:
  - id: maya-tiktok
    draft_due: 2027-03-05T17:00 America/New_York   # Friday
    go_live: { at: 2027-03-08T18:00 America/New_York }
approvals:
  stages:
    - { name: Brand review, approver: ines-alvarez, review_window: { hours: 16, basis: business }, timezone: America/New_York }
  revision_rounds: 1
  creator_turnaround_h: 24`,
    good: `deliverables:
  - id: maya-tiktok
    draft_due: 2027-03-01T17:00 America/New_York   # Monday: the review and one round end Thursday
    go_live: { at: 2027-03-08T18:00 America/New_York }
approvals:
  stages:
    - { name: Brand review, approver: ines-alvarez, review_window: { hours: 16, basis: business }, timezone: America/New_York }
  revision_rounds: 1
  creator_turnaround_h: 24`,
  },
  readsOccurrences: true,
  check(spec, context) {
    const late: { d: (typeof spec.deliverables)[number]; i: number; end: string; short: number; firstPassLate: boolean }[] = [];
    // Deliverables often share a draft date; the chain's rough end depends on nothing else.
    const roughEnds = new Map<string, ReturnType<typeof approvalEnd>>();
    spec.deliverables.forEach((d, i) => {
      const goLive = goLiveStart(d);
      let rough = roughEnds.get(d.draft_due);
      if (!rough) roughEnds.set(d.draft_due, (rough = approvalEnd(context.clock, spec, d)));
      if (rough.hi <= zonedInstant(context.clock, goLive).lo) return;
      const clock = context.exactClock();
      const end = approvalEnd(clock, spec, d).lo;
      const live = zonedInstant(clock, goLive).lo;
      if (end <= live) return;
      // Which pass misses: the first review alone, or only the revision rounds after it (the fix differs).
      const firstPassLate = firstPassEnd(clock, spec, d).lo > live;
      late.push({ d, i, end: clock.format(end, parseZoned(goLive).zone), short: Math.ceil((end - live) / HOUR_MS), firstPassLate });
    });
    // One chain failing for many deliverables is one problem: the chain. Reported once, at it, with each deliverable.
    if (late.length >= GROUP_FROM) {
      const each = late.map(({ d, short, firstPassLate }) => `${d.id} (${plural(short, 'hour')} late${firstPassLate ? ', the first review pass already' : ''})`).join(', ');
      const pass = late.every((l) => l.firstPassLate)
        ? ' The first review pass alone ends after go-live.'
        : late.some((l) => l.firstPassLate)
          ? ''
          : ' The first review pass fits; the revision rounds do not.';
      return [
        hit(
          at('approvals'),
          `The approval chain cannot finish before go-live for ${late.length} of ${spec.deliverables.length} deliverables: ${describeChain(spec)}, counted from each draft, ends after go-live for ${each}.${pass}`,
          {
            target: 'key',
            hint: 'Shorten the review windows or the revision rounds, or move these drafts earlier or their go-lives later.',
          },
        ),
      ];
    }
    return late.map(({ d, i, end, short, firstPassLate }) =>
      hit(
        goLivePointer(d, i),
        `Deliverable ${d.id} cannot be approved before it goes live: from the draft (${d.draft_due}), ${describeChain(spec)} ends ${end}, ${plural(short, 'hour')} after go-live (${goLiveStart(d)}). ${
          firstPassLate || spec.approvals.revision_rounds === 0 ? 'The first review pass alone ends after go-live.' : 'The first review pass fits; the revision rounds do not.'
        }`,
        {
          hint: firstPassLate
            ? 'Move draft_due earlier or go-live later, or shorten the review windows.'
            : 'Agree fewer revision rounds or a shorter turnaround, or move draft_due earlier or go-live later.',
        },
      ),
    );
  },
};
