import { at, hit } from './helpers.js';
import type { Rule } from './types.js';

export const responseSlaFitsReviews: Rule = {
  id: 'response-sla-fits-reviews',
  severity: 'warning',
  category: 'communication',
  description: 'The routine response time is shorter than the shortest review window.',
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
    const shortest = Math.min(...spec.approvals.stages.map((s) => s.review_window.hours));
    const sla = spec.communication.response_sla_h;
    return sla >= shortest ? [hit(at('communication', 'response_sla_h'), `Routine messages may take ${sla} h to answer, but the shortest review window is ${shortest} h.`)] : [];
  },
};
