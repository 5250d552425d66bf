import { formatDate, parseZoned, addDays } from '../time/wall.js';
import { at, goLiveStart, hit } from './helpers.js';
import type { Rule, RuleHit } from './types.js';

/** TikTok Spark Ads authorisation codes come in these lengths only. */
const SPARK_CODE_DAYS = [7, 30, 60, 365];

export const paidAuthorizationCoversFlight: Rule = {
  id: 'paid-authorization-covers-flight',
  severity: 'error',
  category: 'rights-and-money',
  description: 'The paid-usage period (and the Spark/partnership-ad authorisation) covers every flight from first to last day.',
  rationale:
    "Spark and partnership ads stop serving the day the creator's authorisation code expires, mid-flight, with budget unspent. Spark codes last 7, 30, 60 or 365 days, so a 45-day grant is really a 30-day code.",
  docs: {
    bad: `usage_rights:
  paid: { mechanisms: [spark_ads], days: 30, start: go_live, territories: [US] }   # go-live 2027-03-12
paid_media_plan:
  - { id: flight-1, deliverables: [maya-tiktok], mechanism: spark_ads, start: "2027-03-13", end: "2027-04-30", territories: [US] }`,
    good: `usage_rights:
  paid: { mechanisms: [spark_ads], days: 60, start: go_live, territories: [US] }`,
  },
  check(spec) {
    const paid = spec.usage_rights.paid;
    if (!paid) return [];
    const hits: RuleHit[] = [];
    if (paid.mechanisms.includes('spark_ads') && !SPARK_CODE_DAYS.includes(paid.days)) {
      const code = [...SPARK_CODE_DAYS].reverse().find((d) => d <= paid.days) ?? 7;
      hits.push(hit(at('usage_rights', 'paid', 'days'), `Spark Ads codes last 7, 30, 60 or 365 days; ${paid.days} days of rights means a ${code}-day code in practice.`));
    }
    const deliverables = new Map(spec.deliverables.map((d) => [d.id, d]));
    (spec.paid_media_plan ?? []).forEach((flight, i) => {
      for (const id of flight.deliverables) {
        const d = deliverables.get(id);
        if (!d) continue;
        const live = formatDate(parseZoned(goLiveStart(d)).wall);
        if (flight.start < live) {
          hits.push(hit(at('paid_media_plan', i, 'start'), `Flight ${flight.id} starts ${flight.start}, before ${id} goes live (${live}).`));
          continue;
        }
        const from = paid.start === 'go_live' ? live : flight.start;
        const lastDay = addDays(from, paid.days - 1);
        if (flight.end > lastDay) {
          hits.push(
            hit(
              at('paid_media_plan', i, 'end'),
              `Flight ${flight.id} runs to ${flight.end}, but paid use of ${id} is granted for ${paid.days} days from ${paid.start === 'go_live' ? 'go-live' : 'first spend'}, until ${lastDay}.`,
              {
                hint: 'End the flight earlier or extend usage_rights.paid.days (and the authorisation code).',
              },
            ),
          );
        }
      }
    });
    return hits;
  },
};
