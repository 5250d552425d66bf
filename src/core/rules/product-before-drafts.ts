import { milestoneKind, milestoneShown } from '../spec/milestone-kinds.js';
import type { CampaignSpec, Deliverable } from '../spec/model.js';
import { type Clock, zonedInstant } from '../time/clock.js';
import { at, deliverableJurisdictions, hit, partiesById } from './helpers.js';
import type { Rule, RuleHit } from './types.js';

/** Who says an endorser must have used what they endorse, per market. */
const GENUINE_ENDORSEMENT: Readonly<Record<string, string>> = {
  US: 'FTC Endorsement Guides, 16 CFR § 255.1(c)',
  CA: 'Canadian Code of Advertising Standards, clause 7',
  GB: 'CAP Code 3.45',
};

/** The creators a product milestone names ("Samples to Jon"), or every creator when it names none. */
function creatorsOf(spec: CampaignSpec, name: string): Set<string> | undefined {
  const words = new Set(name.toLowerCase().split(/[^\p{L}\p{N}-]+/u));
  const named = spec.parties.filter((p) => p.role === 'creator' && (words.has(p.id) || words.has(p.name.split(' ')[0]!.toLowerCase())));
  return named.length === 0 ? undefined : new Set(named.map((p) => p.id));
}

/** Whether a draft is due before the product arrives: the bounding clock settles nearly all, the exact one the rest. */
function dueBefore(context: { clock: Clock; exactClock(): Clock }, draftDue: string, arrives: string): boolean {
  const draft = zonedInstant(context.clock, draftDue);
  const product = zonedInstant(context.clock, arrives);
  if (draft.hi < product.lo) return true;
  if (draft.lo >= product.hi) return false;
  const clock = context.exactClock();
  return zonedInstant(clock, draftDue).lo < zonedInstant(clock, arrives).lo;
}

function sourcesFor(spec: CampaignSpec, deliverables: readonly Deliverable[]): string {
  const markets = [...new Set(deliverables.flatMap((d) => deliverableJurisdictions(spec, d)))].sort();
  const sources = [...new Set(markets.flatMap((m) => (GENUINE_ENDORSEMENT[m] ? [GENUINE_ENDORSEMENT[m]!] : [])))];
  return sources.length > 0 ? sources.join('; ') : "the consumer-protection rules on genuine endorsements of the content's markets";
}

export const productBeforeDrafts: Rule = {
  id: 'product-before-drafts',
  severity: 'warning',
  category: 'schedule',
  description:
    'Creators have the product before their drafts are due: a milestone that delivers it (`kind: product_delivered`, or a name that says so) comes before every draft of the creators it reaches.',
  rationale:
    'A creator who reviews earbuds they have not worn is endorsing a product they have not used, which the law does not allow: an endorser who says they use a product must be a bona fide user of it when the endorsement is given (FTC Endorsement Guides, 16 CFR § 255.1(c)); in Canada an endorsement must rest on adequate experience with the product (Canadian Code of Advertising Standards, clause 7), and in the UK the advertiser must be able to show it is genuine (CAP Code 3.45). It happens when shipping slips and the drafts stay where they were. A milestone of `kind: product_delivered`, or without a kind one whose English name says the product, samples or units are delivered, received, shipped or in hand, is read as the day the creators have it (every creator, or those its name names); each draft due before it is reported, once, at the milestone. Content that shows no use of the product (a teaser) can be waived with that reason.',
  docs: {
    bad: `milestones:
  - id: product-delivered
    name: Product delivered to every creator
    at: 2027-02-22T17:00 America/New_York   # the second batch
deliverables:
  - id: maya-tiktok
    draft_due: 2027-02-19T17:00 America/Los_Angeles`,
    good: `milestones:
  - id: product-delivered
    name: Product delivered to every creator
    at: 2027-02-16T17:00 America/New_York
deliverables:
  - id: maya-tiktok
    draft_due: 2027-02-19T17:00 America/Los_Angeles`,
  },
  readsOccurrences: true,
  check(spec, context) {
    const hits: RuleHit[] = [];
    const parties = partiesById(spec);
    (spec.milestones ?? []).forEach((m, i) => {
      if (milestoneKind(m) !== 'product-in-hand') return;
      const reached = creatorsOf(spec, m.name);
      const early = spec.deliverables.filter((d) => (reached === undefined || reached.has(d.creator)) && dueBefore(context, d.draft_due, m.at));
      if (early.length === 0) return;
      const who = (d: Deliverable) => parties.get(d.creator)?.name ?? d.creator;
      const drafts =
        early.length === 1
          ? `the draft of ${early[0]!.id} is due ${early[0]!.draft_due}: ${who(early[0]!)} would make it before having the product`
          : `the drafts of ${early.map((d) => `${d.id} (${who(d)}, ${d.draft_due})`).join(', ')} are due before it: their creators would make them before having the product`;
      const { shown, fix } = milestoneShown(m, 'product-in-hand');
      hits.push(
        hit(at('milestones', i, 'at'), `${shown} is ${m.at}, but ${drafts}. An endorser must have used what they endorse (${sourcesFor(spec, early)}).`, {
          hint: `Deliver the product earlier or move the drafts after it, with time to use it; waive this for content that shows no use of the product, with that reason.${fix}`,
        }),
      );
    });
    return hits;
  },
};
