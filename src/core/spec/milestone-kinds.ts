/**
 * What a milestone's name says it marks, where the schedule can check it: all
 * content approved ("All content approved", "Every post signed off"), or all
 * drafts in ("All first drafts received"). Read by rule
 * milestones-match-approvals and by kickoff, which keeps such a milestone after
 * the approval chain when nobody stated its date.
 */
const ALL = /\b(?:all|every)\b/i;
const APPROVED = /\bapprov(?:ed|al|als)\b|\bsigned[- ]off\b|\bfinal\b/i;
const DRAFTS_IN = /\bdrafts?\b.*\b(?:in|received|submitted|delivered|due)\b/i;

export type MilestoneKind = 'all-approved' | 'all-drafts-in';

export function milestoneKind(name: string): MilestoneKind | undefined {
  if (!ALL.test(name)) return undefined;
  if (APPROVED.test(name)) return 'all-approved';
  return DRAFTS_IN.test(name) ? 'all-drafts-in' : undefined;
}
