/**
 * The approval chain in time: the draft goes through every stage, each in its
 * approver's calendar; each revision round adds the creator's turnaround and a
 * re-review. Shared by the approval-chain-fits rule, the documents and the calendar.
 */
import type { ApprovalStage, CampaignSpec, Deliverable } from '../spec/model.js';
import { addCalendarHours, addZoneBusinessHours, zonedInstant, type Clock, type Interval } from '../time/clock.js';

function reviewStage(clock: Clock, from: Interval, stage: ApprovalStage): Interval {
  const { hours, basis } = stage.review_window;
  return basis === 'calendar' ? addCalendarHours(from, hours) : addZoneBusinessHours(clock, from, hours, stage.timezone);
}

export function review(clock: Clock, from: Interval, stages: readonly ApprovalStage[]): Interval {
  let t = from;
  for (const stage of stages) t = reviewStage(clock, t, stage);
  return t;
}

/** The stage a revision goes back to: the one with the longest window, so the estimate is never optimistic. */
export function reReviewStage(stages: readonly ApprovalStage[]): ApprovalStage {
  return stages.reduce((longest, s) => (s.review_window.hours > longest.review_window.hours ? s : longest));
}

/** When each stage's review window closes on the first pass, if the draft arrives on time. */
export function stageClosings(clock: Clock, spec: CampaignSpec, d: Deliverable): { stage: ApprovalStage; closes: Interval }[] {
  let t = zonedInstant(clock, d.draft_due);
  return spec.approvals.stages.map((stage) => {
    t = reviewStage(clock, t, stage);
    return { stage, closes: t };
  });
}

/** When the first review pass ends (every stage once, no revision), if the draft arrives on time. */
export function firstPassEnd(clock: Clock, spec: CampaignSpec, d: Deliverable): Interval {
  return review(clock, zonedInstant(clock, d.draft_due), spec.approvals.stages);
}

/** When the last approval can land, with every revision round used. */
export function approvalEnd(clock: Clock, spec: CampaignSpec, d: Deliverable): Interval {
  const { stages, revision_rounds: rounds, creator_turnaround_h: turnaround } = spec.approvals;
  let t = review(clock, zonedInstant(clock, d.draft_due), stages);
  const again = [reReviewStage(stages)];
  for (let round = 0; round < rounds; round += 1) t = review(clock, addCalendarHours(t, turnaround), again);
  return t;
}
