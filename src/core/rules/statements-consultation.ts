import { at, hit } from './helpers.js';
import type { Rule, RuleHit } from './types.js';

export const statementsConsultation: Rule = {
  id: 'statements-consultation',
  severity: 'warning',
  category: 'contingency',
  description: 'Brand and creator consult each other before public statements, within a set number of hours, and a holding statement is drafted.',
  rationale:
    'The worst incidents are made worse by brand and creator contradicting each other in public. A short consultation window and a pre-agreed holding statement let both respond fast without surprising the other.',
  docs: {
    bad: `contingency:
  statements:
    mutual_consultation: false`,
    good: `contingency:
  statements:
    mutual_consultation: true
    consult_window_h: 2
    holding_statement: We are aware of the comments and are looking into them with the creator.`,
  },
  check(spec) {
    const s = spec.contingency.statements;
    const hits: RuleHit[] = [];
    if (!s.mutual_consultation)
      return [
        hit(at('contingency', 'statements', 'mutual_consultation'), 'Brand and creator may make public statements without consulting each other first.', {
          hint: 'Set mutual_consultation: true with a consult_window_h of 2-4 hours.',
        }),
      ];
    if (s.consult_window_h === undefined)
      hits.push(hit(at('contingency', 'statements'), 'The consultation before statements has no time limit (consult_window_h).', { target: 'key', hint: 'Add consult_window_h, e.g. 2.' }));
    else if (s.consult_window_h > 24)
      hits.push(
        hit(at('contingency', 'statements', 'consult_window_h'), `A ${s.consult_window_h}-hour consultation window is too slow for a public incident; 2-4 hours is usual.`, {
          hint: 'Agree 4 hours or less.',
        }),
      );
    if (!s.holding_statement)
      hits.push(
        hit(at('contingency', 'statements'), 'No holding statement is drafted for the first public response.', {
          target: 'key',
          hint: 'Add holding_statement, e.g. "We are aware of the comments and are looking into them."',
        }),
      );
    return hits;
  },
};
