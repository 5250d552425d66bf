import { at, hit, partiesById } from './helpers.js';
import type { Rule, RuleHit } from './types.js';

export const pauseRightsCoverContent: Rule = {
  id: 'pause-rights-cover-content',
  severity: 'error',
  category: 'contingency',
  description: 'Someone with pause authority can pause both organic and paid content within a set number of hours, and the takedown time is stated.',
  rationale: 'Paid ads keep spending and organic posts keep spreading while people argue over who may pull them. The right to pause, its holder and its deadline must exist before the incident.',
  docs: {
    bad: `contingency:
  pause_rights:
    - { holder: ines, scope: paid, within_h: 1 }   # organic posts cannot be paused`,
    good: `contingency:
  pause_rights:
    - { holder: ines, scope: all, within_h: 1 }
conduct:
  takedown_sla_h: 24`,
  },
  check(spec) {
    const rights = spec.contingency.pause_rights ?? [];
    const parties = partiesById(spec);
    const hits: RuleHit[] = [];
    const scopes = new Set(rights.flatMap((r) => (r.scope === 'all' ? ['organic', 'paid'] : [r.scope])));
    const missing = ['organic', 'paid'].filter((s) => !scopes.has(s));
    if (missing.length > 0) {
      hits.push(
        hit(rights.length > 0 ? at('contingency', 'pause_rights') : at('contingency'), `Nobody may pause ${missing.join(' or ')} content.`, {
          target: 'key',
          hint: 'Add pause_rights with a holder and an hour limit.',
        }),
      );
    }
    rights.forEach((r, i) => {
      const holder = parties.get(r.holder);
      if (holder && !holder.authority.includes('pause_content'))
        hits.push(
          hit(at('contingency', 'pause_rights', i, 'holder'), `${holder.name} holds a pause right but lacks the pause_content authority.`, {
            hint: `Add pause_content to ${holder.name}'s authority, or give the pause right to someone who has it.`,
          }),
        );
    });
    if (!spec.conduct)
      hits.push(
        hit(at('contingency'), 'No takedown time is agreed (conduct.takedown_sla_h).', {
          target: 'key',
          hint: 'Add conduct with takedown_sla_h, the hours within which a creator removes content when asked, e.g. 24.',
        }),
      );
    return hits;
  },
};
