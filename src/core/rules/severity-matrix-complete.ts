import { at, hit, partiesById } from './helpers.js';
import type { Rule, RuleHit } from './types.js';

/** Practitioner defaults: sev1 acknowledged within the hour, sev2 within 2 h, sev3 within a day. */
const LIMITS: Readonly<Record<string, { ackMin: number; actionH: number }>> = {
  sev1: { ackMin: 60, actionH: 2 },
  sev2: { ackMin: 120, actionH: 12 },
  sev3: { ackMin: 1440, actionH: 48 },
};

export const severityMatrixComplete: Rule = {
  id: 'severity-matrix-complete',
  severity: 'error',
  category: 'contingency',
  description: 'The severity matrix defines sev1-sev3 with acknowledge and action times, and sev1 reaches the brand, the agency and the creator side.',
  rationale:
    'In a crisis nobody has time to agree what "urgent" means. A sev1 (legal or safety breach, trending scandal) must be acknowledged within the hour and reach every side at once, including the creator\'s manager.',
  docs: {
    bad: `contingency:
  severity_matrix:
    - { level: sev1, definition: Legal breach, acknowledge_within_min: 240, action_within_h: 24, escalate_to: [ines-alvarez] }`,
    good: `contingency:
  severity_matrix:
    - { level: sev1, definition: Legal or safety breach, acknowledge_within_min: 60, action_within_h: 2, escalate_to: [ines-alvarez, leo-park, kim-osei] }
    - { level: sev2, definition: Disclosure failure or wrong claim, acknowledge_within_min: 120, action_within_h: 12, escalate_to: [ines-alvarez, leo-park] }
    - { level: sev3, definition: Off-brief post or missing tag, acknowledge_within_min: 1440, action_within_h: 48, escalate_to: [leo-park] }`,
  },
  check(spec) {
    const matrix = spec.contingency.severity_matrix;
    const parties = partiesById(spec);
    const hits: RuleHit[] = [];
    const missing = Object.keys(LIMITS).filter((level) => !matrix.some((row) => row.level === level));
    if (missing.length > 0)
      hits.push(
        hit(at('contingency', 'severity_matrix'), `The severity matrix has no ${missing.join(', ')} row${missing.length === 1 ? '' : 's'}.`, {
          hint: 'Add a row for each level, with who is told, how fast it is acknowledged and acted on.',
        }),
      );
    matrix.forEach((row, i) => {
      const limit = LIMITS[row.level]!;
      if (row.acknowledge_within_min > limit.ackMin)
        hits.push(
          hit(at('contingency', 'severity_matrix', i, 'acknowledge_within_min'), `${row.level} is acknowledged within ${row.acknowledge_within_min} min; ${limit.ackMin} min at most is the norm.`, {
            hint: `Agree ${limit.ackMin} min or less, or waive this with the reason a slower response is enough.`,
          }),
        );
      if (row.action_within_h > limit.actionH)
        hits.push(
          hit(at('contingency', 'severity_matrix', i, 'action_within_h'), `${row.level} action comes within ${row.action_within_h} h; ${limit.actionH} h at most is the norm.`, {
            hint: `Agree ${limit.actionH} h or less, or waive this with the reason a slower response is enough.`,
          }),
        );
      if (row.level === 'sev1') {
        const roles = new Set(row.escalate_to.map((id) => parties.get(id)?.role));
        const sides = [
          ['the brand', roles.has('brand')],
          ['the agency', roles.has('agency') || !spec.parties.some((p) => p.role === 'agency')],
          ['the creator side', roles.has('creator') || roles.has('talent_manager')],
        ] as const;
        const absent = sides.filter(([, present]) => !present).map(([side]) => side);
        if (absent.length > 0)
          hits.push(
            hit(at('contingency', 'severity_matrix', i, 'escalate_to'), `A sev1 incident does not reach ${absent.join(' or ')}.`, {
              hint: `Add someone from ${absent.join(' and ')} to escalate_to.`,
            }),
          );
      }
    });
    return hits;
  },
};
