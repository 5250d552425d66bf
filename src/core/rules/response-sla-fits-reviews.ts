import { typicalLength } from '../schedule/approval.js';
import { at, hit } from './helpers.js';
import type { Rule } from './types.js';

export const responseSlaFitsReviews: Rule = {
  id: 'response-sla-fits-reviews',
  severity: 'warning',
  category: 'communication',
  description: 'The routine response time is shorter than the shortest review window, both as time on the clock.',
  rationale:
    "If a creator's question about a draft may take 48 hours to answer and the review window is 24 hours, one question uses up the whole review. Response times must fit inside the approval windows.",
  docs: {
    bad: `approvals:
  stages:
    - { name: Brand review, approver: ines-alvarez, review_window: { hours: 24, basis: calendar }, timezone: America/New_York }
communication:
  response_sla_h: 48               # longer than the review window`,
    good: `approvals:
  stages:
    - { name: Brand review, approver: ines-alvarez, review_window: { hours: 24, basis: calendar }, timezone: America/New_York }
communication:
  response_sla_h: 12`,
  },
  check(spec) {
    // Windows are compared as time on the clock: 8 business hours of a 09:00-17:00 day last from morning to evening.
    const lengths = spec.approvals.stages.map((s) => ({ stage: s, clock: typicalLength(s, spec) }));
    const shortest = lengths.reduce((a, b) => (b.clock < a.clock ? b : a));
    const sla = spec.communication.response_sla_h;
    if (sla < shortest.clock) return [];
    const { hours, basis } = shortest.stage.review_window;
    const window = basis === 'business' && hours !== shortest.clock ? `${hours} business h, ${Math.round(shortest.clock)} h on the clock from a Monday` : `${hours} h`;
    return [
      hit(at('communication', 'response_sla_h'), `Routine messages may take ${sla} h to answer, but the shortest review window is ${window}.`, {
        hint: 'Answer routine messages faster than the shortest review window, or lengthen that window.',
      }),
    ];
  },
};
