import type { CampaignSpec } from '../spec/model.js';
import { PRODUCTION_STARTS } from '../spec/vocabulary.js';
import { at, hit } from './helpers.js';
import type { Rule, RuleHit } from './types.js';

type Compensation = CampaignSpec['compensation'][number];

/** Where each payment trigger falls among the moments production may start from; later triggers come after production. */
const TRIGGER_ORDER: Partial<Record<Compensation['schedule'][number]['trigger'], number>> = { signature: 0, product_received: 1 };

/** The share of the fee paid before production starts: instalments due at a moment that comes before it. */
function paidBeforeProduction(c: Compensation): number {
  // Without a stated start, production starts after the signature (nobody films an unsigned deal).
  const starts = PRODUCTION_STARTS.indexOf(c.kill_fee.production_starts ?? 'product_received');
  return c.schedule.reduce((sum, step) => {
    const order = TRIGGER_ORDER[step.trigger];
    return order !== undefined && order < starts ? sum + step.pct : sum;
  }, 0);
}

const pct = (n: number) => `${Number(n.toFixed(4))} %`;

export const killFeeClear: Rule = {
  id: 'kill-fee-clear',
  severity: 'error',
  category: 'rights-and-money',
  description:
    'When part of the fee is paid before production starts, the kill fee says whether that payment counts towards it, and neither reading asks for a refund nobody agreed or more than the whole fee.',
  rationale:
    'A 50 % deposit at signature and "a 25 % kill fee before production" read two ways. The creator reads 25 % more on top of the deposit; the brand reads that the deposit is the kill fee and wants 25 % back, or that it already paid more than it owes. The same term on top of a deposit after production (50 % + 100 %) pays one and a half fees. The contract has to say which it is, in `kill_fee.paid_counts`, and the percentages have to make sense under that reading.',
  docs: {
    bad: `compensation:
  - creator: maya-chen
    schedule:
      - { pct: 50, trigger: signature, net_days: 15 }
      - { pct: 50, trigger: go_live, net_days: 30 }
    kill_fee: { before_production_pct: 25, after_production_pct: 100 }`,
    good: `compensation:
  - creator: maya-chen
    schedule:
      - { pct: 50, trigger: signature, net_days: 15 }
      - { pct: 50, trigger: go_live, net_days: 30 }
    kill_fee: { before_production_pct: 50, after_production_pct: 100, paid_counts: true }`,
  },
  check(spec) {
    const hits: RuleHit[] = [];
    spec.compensation.forEach((c, i) => {
      const paid = paidBeforeProduction(c);
      if (paid === 0) return;
      const { before_production_pct: before, after_production_pct: after, paid_counts: counts } = c.kill_fee;
      if (counts === undefined) {
        hits.push(
          hit(
            at('compensation', i, 'kill_fee'),
            `${c.creator} is paid ${pct(paid)} of the fee before production starts, and the kill fee before production is ${pct(before)}: it does not say whether that payment counts towards the kill fee (${before <= paid ? `then the creator keeps ${pct(paid)}, ${before < paid ? 'more than' : 'no more than'} the kill fee` : `then ${pct(before - paid)} more is due`}) or comes on top of it (then ${pct(paid + before)} in all).`,
            { hint: 'Add paid_counts: true (payments made count towards the kill fee) or false (it is paid on top), as the contract says.' },
          ),
        );
      } else if (counts && before < paid) {
        hits.push(
          hit(
            at('compensation', i, 'kill_fee', 'before_production_pct'),
            `${c.creator}'s kill fee before production (${pct(before)}) counts payments made, but ${pct(paid)} is already paid by then: the creator would owe ${pct(paid - before)} back, which nothing in the agreement says.`,
            { hint: `Make the kill fee before production at least ${pct(paid)}, or make the deposit smaller.` },
          ),
        );
      } else if (!counts && paid + after > 100) {
        hits.push(
          hit(
            at('compensation', i, 'kill_fee', 'after_production_pct'),
            `${c.creator}'s kill fee after production (${pct(after)}) is paid on top of the ${pct(paid)} paid before production: ${pct(paid + after)} of the fee for content that was cancelled.`,
            { hint: 'Say that payments made count towards the kill fee (paid_counts: true), or lower it.' },
          ),
        );
      }
    });
    return hits;
  },
};
