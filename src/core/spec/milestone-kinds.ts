/**
 * What a milestone marks, where the schedule can check it: all content
 * approved ("All content approved", "Every post signed off"), all drafts in
 * ("All first drafts received"), or the product in the creators' hands
 * ("Product delivered to every creator", "Samples shipped"). The milestone's
 * `kind` says so when the team states it; otherwise its English name is read.
 * Read by rules milestones-match-approvals and product-before-drafts, and by
 * kickoff, which keeps an all-approved milestone after the approval chain when
 * nobody stated its date.
 */
const ALL = /\b(?:all|every)\b/i;
const APPROVED = /\bapprov(?:ed|al|als)\b|\bsigned[- ]off\b|\bfinal\b/i;
const DRAFTS_IN = /\bdrafts?\b.*\b(?:in|received|submitted|delivered|due)\b/i;
const PRODUCT = /\b(?:products?|samples?|units?|devices?|kits?|seeding|gifting)\b/i;
const IN_HAND = /\b(?:deliver(?:ed|y)|receive[ds]?|ship(?:s|ped|ping)?|arriv(?:e|es|ed|al)|in hand|in (?:their|the creators') hands)\b/i;
/** "Sample edit delivered", "Product video shipped": content, not the product reaching a creator. */
const CONTENT = /\b(?:posts?|videos?|reels?|drafts?|edits?|content|stor(?:y|ies)|cuts?|scripts?|briefs?)\b/i;

export type MilestoneKind = 'all-approved' | 'all-drafts-in' | 'product-in-hand';

const STATED: Readonly<Record<string, MilestoneKind | undefined>> = {
  product_delivered: 'product-in-hand',
  all_drafts_in: 'all-drafts-in',
  all_content_approved: 'all-approved',
  other: undefined,
};

/** The `kind` value that states each kind: STATED the other way round. */
const STATED_AS = new Map(Object.entries(STATED).flatMap(([stated, kind]) => (kind ? [[kind, stated] as const] : [])));

/**
 * How a rule names a milestone in a finding: with its name, and, when what it
 * marks was read from that name rather than stated, saying so, so the reading
 * is never silent. `fix` (for the hint) tells how to state it instead.
 */
export function milestoneShown(milestone: { id: string; name: string; kind?: string }, kind: MilestoneKind): { shown: string; fix: string } {
  if (milestone.kind !== undefined) return { shown: `Milestone ${milestone.id} (${milestone.name})`, fix: '' };
  return {
    shown: `Milestone ${milestone.id} (${milestone.name}, read from its name)`,
    fix: ` To state what it marks instead of its name: kind: ${STATED_AS.get(kind)}, or kind: other.`,
  };
}

/** The kind a milestone states (`kind`), else the one its English name says. */
export function milestoneKind(milestone: { name: string; kind?: string }): MilestoneKind | undefined {
  if (milestone.kind !== undefined) return STATED[milestone.kind];
  const name = milestone.name;
  if (ALL.test(name) && APPROVED.test(name)) return 'all-approved';
  if (ALL.test(name) && DRAFTS_IN.test(name)) return 'all-drafts-in';
  return PRODUCT.test(name) && IN_HAND.test(name) && !CONTENT.test(name) ? 'product-in-hand' : undefined;
}
