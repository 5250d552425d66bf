import { at, hit } from './helpers.js';
import type { Rule, RuleHit } from './types.js';

export const paymentScheduleComplete: Rule = {
  id: 'payment-schedule-complete',
  severity: 'error',
  category: 'rights-and-money',
  description: 'Each payment schedule adds up to 100 %, and the kill fee after production starts is at least the one before.',
  rationale: 'A schedule of 50 % + 30 % leaves a fifth of the fee unaccounted for, which becomes an argument at the end. A kill fee that drops once production starts rewards cancelling late.',
  docs: {
    bad: `compensation:
  - creator: maya
    schedule:
      - { pct: 50, trigger: signature, net_days: 30 }
      - { pct: 30, trigger: go_live, net_days: 30 }`,
    good: `compensation:
  - creator: maya
    schedule:
      - { pct: 50, trigger: signature, net_days: 30 }
      - { pct: 50, trigger: go_live, net_days: 30 }`,
  },
  check(spec) {
    const hits: RuleHit[] = [];
    spec.compensation.forEach((c, i) => {
      const total = c.schedule.reduce((sum, step) => sum + step.pct, 0);
      if (Math.abs(total - 100) > 1e-9) {
        hits.push(
          hit(at('compensation', i, 'schedule'), `${c.creator}'s payment schedule adds up to ${Number(total.toFixed(4))} %, not 100 %.`, {
            hint: "Change the instalments' pct so they add up to 100 %.",
          }),
        );
      }
      if (c.kill_fee.after_production_pct < c.kill_fee.before_production_pct) {
        hits.push(
          hit(
            at('compensation', i, 'kill_fee', 'after_production_pct'),
            `${c.creator}'s kill fee drops from ${c.kill_fee.before_production_pct} % to ${c.kill_fee.after_production_pct} % once production starts.`,
          ),
        );
      }
    });
    return hits;
  },
};
