import { at, hit } from './helpers.js';
import type { Rule, RuleHit } from './types.js';

/** Activities every campaign has; each needs a row. */
export const REQUIRED_ACTIVITIES = ['content_review', 'posting', 'payment', 'crisis_statement'] as const;

export const raciOneAccountable: Rule = {
  id: 'raci-one-accountable',
  severity: 'error',
  category: 'responsibility',
  description: 'Each activity has exactly one RACI row (so one Accountable), and the core activities (content review, posting, payment, crisis statements) are covered.',
  rationale:
    'Two Accountables for the same activity means two people who each think the other decides; none means nobody does. Content review, posting, payment and crisis statements are where that ambiguity hurts most.',
  docs: {
    bad: `raci:
  - { activity: content_review, responsible: [sara-lind], accountable: ines-alvarez }
  - { activity: content_review, responsible: [sara-lind], accountable: leo-park }`,
    good: `raci:
  - { activity: content_review, responsible: [sara-lind], accountable: ines-alvarez }
  - { activity: claims_review, responsible: [sara-lind], accountable: dana-whitfield }`,
  },
  check(spec) {
    const hits: RuleHit[] = [];
    const first = new Map<string, number>();
    spec.raci.forEach((row, i) => {
      const earlier = first.get(row.activity);
      if (earlier === undefined) first.set(row.activity, i);
      else
        hits.push(
          hit(at('raci', i, 'activity'), `${row.activity} already has a RACI row (raci[${earlier}], accountable: ${spec.raci[earlier]!.accountable}); one activity needs exactly one Accountable.`, {
            hint: 'Merge the rows, or split the activity (e.g. claims_review apart from content_review).',
          }),
        );
    });
    const missing = REQUIRED_ACTIVITIES.filter((a) => !first.has(a));
    if (missing.length > 0) {
      hits.push(
        hit(at('raci'), `The RACI has no row for ${missing.join(', ')}: say who is Accountable for ${missing.length === 1 ? 'it' : 'each'}.`, {
          target: 'key',
          hint: `Add a row for each, e.g. { activity: ${missing[0]}, responsible: [${spec.campaign.owner}], accountable: ${spec.campaign.owner} }.`,
        }),
      );
    }
    return hits;
  },
};
